using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace OneWindow.E2E.Tests;

/// <summary>帮办代办 and 跨域通办 as the staff use them: a green-channel escort, a signed proxy hand-over, a dossier forwarded and received, the month's figures.</summary>
[Collection("browser")]
public sealed partial class AssistanceJourneyTests(BrowserFixture browser)
{
    [Fact]
    public async Task A_helper_escorts_a_disabled_visitor_through_the_green_channel_and_takes_over_a_proxy_with_a_signed_handover()
    {
        var page = await browser.NewPageAsync();
        await page.SetViewportSizeAsync(1440, 1000);
        await page.SignInAsync("babaoshan.wang");
        await page.OpenAsync("/assistance");
        await Assertions.Expect(page.Locator("#page-title")).ToHaveTextAsync("帮办代办");

        await page.Field("help-item").FillAsync("CL-001");
        await page.Locator(".mud-input-control:has(#help-group), .mud-input-control#help-group").First.ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item", new() { HasText = "残疾人" }).ClickAsync();
        await page.Field("help-visitor-name").FillAsync("周德明");
        await page.Field("help-visitor-phone").FillAsync("13911112222");
        await page.Locator("#help-green input[type='checkbox'], input#help-green").First.CheckAsync();
        await page.Field("help-queue-category").FillAsync("personal");
        await page.ClickAsync("#help-create");
        await Assertions.Expect(page.Locator("#assistance-message")).ToContainTextAsync("已保存");
        var help = page.Locator("#helps-table tbody tr[data-group='disabled'][data-status='open']", new() { HasText = "周**" }).First;
        await Assertions.Expect(help).ToContainTextAsync("139****2222");
        await Assertions.Expect(help).ToContainTextAsync("残疾人证新办");
        await Assertions.Expect(help.Locator(".mud-chip")).ToHaveTextAsync(TicketNumber());

        await help.Locator("[data-action='finish']").ClickAsync();
        await page.Field("step-window").FillAsync("03");
        await page.Field("step-text").FillAsync("已陪同至3号窗口，现场受理");
        await page.ClickAsync("#step-save");
        await Assertions.Expect(page.Locator("#helps-table tbody tr", new() { HasText = "周**" }).First).ToHaveAttributeAsync("data-status", "finished");

        await page.Field("proxy-name").FillAsync("吴桂兰");
        await page.Field("proxy-identifier").FillAsync("11010519491231002X");
        await page.Field("proxy-phone").FillAsync("13800138000");
        await page.Field("proxy-item").FillAsync("MZ-007");
        await page.ClickAsync("#proxy-load-materials");
        var lines = page.Locator("#proxy-materials tbody tr");
        await Assertions.Expect(lines.First).ToBeVisibleAsync();
        var count = await lines.CountAsync();
        Assert.True(count >= 2);
        await lines.Nth(0).Locator("[data-field='handed']").CheckAsync();
        await lines.Nth(1).Locator("[data-field='handed']").CheckAsync();
        await lines.Nth(1).Locator("[data-field='copies']").FillAsync("2");
        for (var i = 2; i < count; i++)
        {
            await lines.Nth(i).Locator("[data-field='handed']").UncheckAsync();
        }

        await page.Field("proxy-applicant-signature").FillAsync("吴桂兰");
        await page.Field("proxy-staff-signature").FillAsync("王丽");
        await page.ClickAsync("#proxy-create");
        await Assertions.Expect(page.Locator("#assistance-message")).ToContainTextAsync("已保存");
        var proxy = page.Locator("#proxies-table tbody tr[data-status='received']", new() { HasText = "吴**" }).First;
        await Assertions.Expect(proxy).ToContainTextAsync("1101**********002X");
        await page.ScreenshotAsync("assistance-home");

        var download = await page.RunAndWaitForDownloadAsync(() => proxy.Locator("[data-action='handover']").ClickAsync());
        Assert.EndsWith(".docx", download.SuggestedFilename, StringComparison.Ordinal);
        Assert.True(new FileInfo(await download.PathAsync()).Length > 2000);
        await download.SaveAsAsync(Path.Combine(BrowserFixture.ScreenshotDirectory, "assistance-handover.docx"));

        await proxy.Locator("[data-action='cancel']").ClickAsync();
        await page.Field("step-text").FillAsync("申请人决定自行办理");
        await page.ClickAsync("#step-save");
        await Assertions.Expect(page.Locator("#proxies-table tbody tr", new() { HasText = "吴**" }).First).ToHaveAttributeAsync("data-status", "cancelled");
    }

    [Fact]
    public async Task A_clerk_accepts_a_jing_jin_ji_dossier_forwards_it_by_post_and_records_the_receipt_and_the_month_figures_show_it()
    {
        var page = await browser.NewPageAsync();
        await page.SetViewportSizeAsync(1440, 1000);
        await page.SignInAsync("clerk.li");
        await page.OpenAsync("/assistance/cross-region");
        await Assertions.Expect(page.Locator("#page-title")).ToHaveTextAsync("跨域通办");
        await Assertions.Expect(page.Locator("#dossiers-table tr[data-overdue='true'] [data-field='overdue']").First).ToHaveTextAsync("超期未签收");

        await page.Locator(".mud-input-control:has(#dossier-item), .mud-input-control#dossier-item").First.ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item", new() { HasText = "京津冀通办 · 异地就医备案" }).ClickAsync();
        await page.Field("dossier-region").FillAsync("天津市河西区");
        await page.Field("dossier-department").FillAsync("河西区医疗保障局");
        await page.Field("dossier-applicant").FillAsync("郑海燕");
        await page.Field("dossier-phone").FillAsync("13700002222");
        await page.ClickAsync("#dossier-create");
        await Assertions.Expect(page.Locator("#cross-message")).ToContainTextAsync("已保存");
        var row = page.Locator("#dossiers-table tbody tr", new() { HasText = "天津市河西区" }).First;
        await Assertions.Expect(row).ToHaveAttributeAsync("data-status", "accepted");

        await row.Locator("[data-action='forward']").ClickAsync();
        await page.Field("step-express").FillAsync("中国邮政EMS");
        await page.Field("step-tracking").FillAsync("1100998877665");
        await page.ClickAsync("#step-save");
        await Assertions.Expect(row).ToHaveAttributeAsync("data-status", "forwarded");
        await Assertions.Expect(row).ToContainTextAsync("1100998877665");

        await row.Locator("[data-action='receive']").ClickAsync();
        await page.Field("step-received-by").FillAsync("河西区医保窗口 刘洋");
        await page.ClickAsync("#step-save");
        await Assertions.Expect(row).ToHaveAttributeAsync("data-status", "received");
        await page.ScreenshotAsync("assistance-cross-region");

        await page.OpenAsync("/assistance/stats");
        await Assertions.Expect(page.Locator("#page-title")).ToHaveTextAsync("帮办代办统计");
        var sjs = page.Locator("#stats-cross tr[data-center='sjs']");
        await Assertions.Expect(sjs).ToBeVisibleAsync();
        Assert.True(int.Parse(await sjs.Locator("[data-field='jing-jin-ji']").InnerTextAsync(), System.Globalization.CultureInfo.InvariantCulture) >= 1);
        Assert.True(int.Parse(await sjs.Locator("[data-field='received']").InnerTextAsync(), System.Globalization.CultureInfo.InvariantCulture) >= 1);
        await Assertions.Expect(page.Locator("#stats-export")).ToHaveAttributeAsync("href", ExportHref());
        await page.ScreenshotAsync("assistance-stats");
    }

    [GeneratedRegex(@"^\S+$")]
    private static partial Regex TicketNumber();

    [GeneratedRegex(@"stats\.xlsx\?month=\d{4}-\d{2}$")]
    private static partial Regex ExportHref();
}
