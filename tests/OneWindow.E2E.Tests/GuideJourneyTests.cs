using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace OneWindow.E2E.Tests;

[Collection("browser")]
public sealed class GuideJourneyTests(BrowserFixture browser)
{
    [Fact]
    public async Task A_visitor_finds_an_item_ticks_what_they_brought_sees_what_is_missing_and_prints_the_checklist()
    {
        var page = await browser.NewPageAsync();
        await page.OpenAsync("/guide");
        await Assertions.Expect(page.Locator("#page-title")).ToHaveTextAsync("办事指南");
        await Assertions.Expect(page.Locator("#bundle-cards")).ToContainTextAsync("新生儿出生一件事");
        await page.ScreenshotAsync("30-guide-list");

        await page.Field("guide-search").FillAsync("残疾人证");
        await page.Field("guide-search").PressAsync("Enter");
        await Assertions.Expect(page.Locator("#items-table")).ToContainTextAsync("残疾人证新办");
        await Assertions.Expect(page.Locator("#items-table")).Not.ToContainTextAsync("营业执照");
        await page.ScreenshotAsync("31-guide-search");

        await page.Locator("#items-table a", new() { HasTextString = "残疾人证新办" }).ClickAsync();
        await page.WaitForURLAsync(new Regex("/guide/items/CL-001$"));
        await page.WaitForInteractiveAsync();
        await Assertions.Expect(page.Locator("#page-title")).ToHaveTextAsync("残疾人证新办");
        await Assertions.Expect(page.Locator("#promised")).ToHaveTextAsync("7 个工作日");
        await Assertions.Expect(page.Locator(".ow-qr svg")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#checklist-result")).ToContainTextAsync("居民身份证");

        await page.Locator("tr[data-material='ID_CARD'] input[type=checkbox]").CheckAsync();
        await page.Locator("tr[data-material='HOUSEHOLD_REGISTER'] input[type=checkbox]").CheckAsync();
        await Assertions.Expect(page.Locator("#checklist-result")).Not.ToContainTextAsync("居民身份证");
        await Assertions.Expect(page.Locator("#checklist-result")).ToContainTextAsync("近期免冠照片");
        await page.ScreenshotAsync("32-guide-item-checklist");

        await page.StubPrintAsync();
        await page.ClickAsync("#print");
        await page.WaitForFunctionAsync("() => window.owPrints === 1");
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        await Assertions.Expect(page.Locator("#print")).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator(".mud-drawer")).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator("#materials-table")).ToBeVisibleAsync();
        await page.ScreenshotAsync("33-guide-item-print");
        var pdf = await page.PdfAsync(new PagePdfOptions { Format = "A4" });
        Assert.True(pdf.Length > 10_000, $"the printed guide is only {pdf.Length} bytes");
    }

    [Fact]
    public async Task A_bundle_asks_each_shared_material_once_and_names_the_items_it_is_for()
    {
        var page = await browser.NewPageAsync();
        await page.OpenAsync("/guide/bundles/YJS-XSECS");
        await Assertions.Expect(page.Locator("#page-title")).ToHaveTextAsync("新生儿出生一件事");
        await Assertions.Expect(page.Locator("#bundle-items")).ToContainTextAsync("出生登记(新生儿落户)");
        await Assertions.Expect(page.Locator("#bundle-promise")).ToContainTextAsync("5 个工作日");
        await Assertions.Expect(page.Locator("tr[data-material='ID_CARD']")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("tr[data-material='ID_CARD']")).ToContainTextAsync("生育登记");
        await Assertions.Expect(page.Locator("tr[data-material='ID_CARD']")).ToContainTextAsync("社会保障卡申领/补换");
        await page.ScreenshotAsync("34-guide-bundle");

        await page.ClickAsync("#combined-form-link");
        await page.WaitForURLAsync(new Regex("/guide/bundles/YJS-XSECS/form$"));
        await page.WaitForInteractiveAsync();
        await Assertions.Expect(page.Locator("#page-title")).ToContainTextAsync("新生儿出生一件事 申请表");
        await Assertions.Expect(page.Locator("#form-items tr")).ToHaveCountAsync(6);
        await Assertions.Expect(page.Locator("#form-materials td", new() { HasTextString = "居民身份证" })).ToHaveCountAsync(1);
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        await Assertions.Expect(page.Locator("#print")).ToBeHiddenAsync();
        await page.ScreenshotAsync("35-guide-bundle-form-print");
    }

    [Fact]
    public async Task The_guide_speaks_english_after_the_switch_and_an_unknown_item_says_so()
    {
        var page = await browser.NewPageAsync();
        await page.OpenAsync("/guide/items/NOPE-1");
        await Assertions.Expect(page.Locator("#not-found")).ToContainTextAsync("没有这个事项");
        await page.OpenAsync("/guide");
        await page.ClickAsync("#lang-en");
        await page.WaitForInteractiveAsync();
        await Assertions.Expect(page.Locator("#page-title")).ToHaveTextAsync("Service guide");
    }
}
