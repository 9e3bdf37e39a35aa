using Microsoft.Playwright;

namespace OneWindow.E2E.Tests;

[Collection("browser")]
public sealed class GuideConsoleJourneyTests(BrowserFixture browser)
{
    [Fact]
    public async Task A_guide_hears_a_colloquial_question_shows_the_bundle_and_its_materials_and_records_the_outcome()
    {
        var page = await browser.NewPageAsync();
        await page.SetViewportSizeAsync(1024, 1366);
        await page.SignInAsync();
        await page.OpenAsync("/guidance/console");
        await Assertions.Expect(page.Locator("#page-title")).ToHaveTextAsync("导办台");
        var before = int.Parse(await page.Locator("#today-count").InnerTextAsync(), System.Globalization.CultureInfo.InvariantCulture);

        await page.Field("console-query").FillAsync("我想开个小饭馆");
        await page.ClickAsync("#console-search");
        await Assertions.Expect(page.Locator("#console-hits .ow-hit").First).ToContainTextAsync("开办餐饮店一件事");
        await Assertions.Expect(page.Locator("#console-materials")).ToContainTextAsync("营业执照");
        await Assertions.Expect(page.Locator("#console-guide")).ToHaveAttributeAsync("href", "guide/bundles/YJS-KBCYD");
        await page.ScreenshotAsync("37-guide-console");

        await page.ClickAsync("#outcome-window");
        await Assertions.Expect(page.Locator("#console-message")).ToContainTextAsync("到窗口办理");
        await Assertions.Expect(page.Locator("#today-count")).ToHaveTextAsync((before + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));

        await page.Field("console-query").FillAsync("周六可以办事吗");
        await page.Field("console-query").PressAsync("Enter");
        await Assertions.Expect(page.Locator("#console-answer")).ToContainTextAsync("延时服务");
        await page.ClickAsync("#outcome-answered");
        await Assertions.Expect(page.Locator("#today-count")).ToHaveTextAsync((before + 2).ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.ScreenshotAsync("38-guide-console-recorded");
    }
}
