using System.Globalization;
using System.Net;
using Microsoft.Playwright;
using OneWindow.Testing;

namespace OneWindow.E2E.Tests;

[Collection("browser")]
public sealed class HotlineReportJourneyTests(BrowserFixture browser)
{
    private const string Docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    [Fact]
    public async Task Staff_open_this_months_report_see_the_new_orders_counted_and_download_the_Word_report()
    {
        // Five calls about cooking fumes (环境保护 / 大气污染 / 餐饮油烟), two of them handled to the callback.
        var agent = await browser.App.ClientForAsync();
        string[] texts = ["楼下烧烤店餐饮油烟直排，熏得无法开窗", "饭馆油烟机噪音大，油烟飘进卧室", "早点铺油烟扰民", "商铺后厨油烟管道漏油", "夜市油烟呛人"];
        var ids = new List<Guid>();
        for (var i = 0; i < texts.Length; i++)
        {
            var created = await (await agent.PostJsonAsync("/api/v1/work-orders", new
            {
                type = "complaint",
                channel = "phone",
                caller = new { name = "周红", phone = "1391660" + (1000 + i).ToString(CultureInfo.InvariantCulture) },
                content = texts[i],
                categoryCode = "100101",
                streetCode = "sjs-gucheng",
            })).ExpectAsync(HttpStatusCode.Created);
            ids.Add(created.GetProperty("id").GetGuid());
        }

        foreach (var id in ids.Take(2))
        {
            await (await agent.PostJsonAsync($"/api/v1/work-orders/{id}/dispatch", new { unitCode = "u-sjs-sthj" })).ExpectAsync(HttpStatusCode.OK);
            await (await agent.PostJsonAsync($"/api/v1/work-orders/{id}/accept", new { })).ExpectAsync(HttpStatusCode.OK);
            await (await agent.PostJsonAsync($"/api/v1/work-orders/{id}/reply", new { content = "已责令商户安装油烟净化设备", solved = true })).ExpectAsync(HttpStatusCode.OK);
            await (await agent.PostJsonAsync($"/api/v1/work-orders/{id}/callback", new { valid = true, contacted = true, solved = true, satisfaction = "satisfied" })).ExpectAsync(HttpStatusCode.OK);
        }

        var summary = await (await agent.GetAsync("/api/v1/work-orders/summary?kind=monthly")).ExpectAsync(HttpStatusCode.OK);
        var received = summary.GetProperty("totals").GetProperty("received").GetInt32();
        var environment = summary.GetProperty("byCategory").EnumerateArray().Single(c => c.GetProperty("code").GetString() == "10").GetProperty("count").GetInt32();
        Assert.True(environment >= 5, $"the five orders are this month's, got {environment}");

        var page = await browser.NewPageAsync();
        await page.SetViewportSizeAsync(1440, 1000);
        await page.SignInAsync();
        await page.OpenAsync("/hotline/reports");
        await Assertions.Expect(page.Locator("#page-title")).ToHaveTextAsync("汇总报告");
        await Assertions.Expect(page.Locator("#report-heading")).ToContainTextAsync("石景山区 12345 接诉即办 月报（");
        await Assertions.Expect(page.Locator("#report-heading")).ToContainTextAsync("考核期）");
        await Assertions.Expect(page.Locator("#report-received .report-value")).ToHaveTextAsync(received.ToString(CultureInfo.InvariantCulture));
        await Assertions.Expect(page.Locator("#report-categories tr[data-code='10'] .report-count")).ToHaveTextAsync(environment.ToString(CultureInfo.InvariantCulture));
        await Assertions.Expect(page.Locator("#report-rising tr[data-term='油烟']")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#report-ranking tr[data-unit='u-sjs-sthj']")).ToContainTextAsync("区生态环境局");
        await Assertions.Expect(page.Locator("#report-type-chart svg")).ToBeVisibleAsync();
        await page.ScreenshotAsync("66-hotline-reports");

        // The download links answer with the document, on the signed-in browser's cookie.
        var href = await page.Locator("#report-docx").GetAttributeAsync("href");
        Assert.NotNull(href);
        Assert.Contains("format=docx", href, StringComparison.Ordinal);
        var document = await page.APIRequest.GetAsync(href);
        Assert.Equal(200, document.Status);
        Assert.Equal(Docx, document.Headers["content-type"]);
        Assert.Contains("filename*=UTF-8''", document.Headers["content-disposition"], StringComparison.Ordinal);
        var bytes = await document.BodyAsync();
        Assert.Equal("PK", System.Text.Encoding.ASCII.GetString(bytes, 0, 2));

        var workbook = await page.APIRequest.GetAsync((await page.Locator("#report-xlsx").GetAttributeAsync("href"))!);
        Assert.Equal(200, workbook.Status);

        // Another kind re-reads the figures: this week holds the five orders too.
        await page.Locator(".mud-input-control:has(#report-kind), .mud-input-control#report-kind").First.ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item", new() { HasText = "周报" }).ClickAsync();
        await Assertions.Expect(page.Locator("#report-heading")).ToContainTextAsync("周报");
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("kind=weekly"));
        var week = int.Parse(await page.Locator("#report-categories tr[data-code='10'] .report-count").InnerTextAsync(), CultureInfo.InvariantCulture);
        Assert.True(week >= 5, $"the five orders are this week's, got {week}");
    }
}
