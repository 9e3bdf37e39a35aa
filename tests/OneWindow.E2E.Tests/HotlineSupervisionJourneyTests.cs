using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using MiniExcelLibs;
using OneWindow.Testing;

namespace OneWindow.E2E.Tests;

[Collection("browser")]
public sealed class HotlineSupervisionJourneyTests(BrowserFixture browser)
{
    private const string Housing = "020201";
    private const string Burst = "010701";

    [Fact]
    public async Task The_supervisor_decides_a_return_on_the_desk_and_the_ranking_and_the_ledger_show_the_units_figures()
    {
        var api = await browser.App.ClientForAsync();
        var marker = "督办核对" + Guid.NewGuid().ToString("N")[..6];

        // 民政局: 3 valid callbacks — 3 contacted, 2 solved, 2 satisfied + 1 basically:
        //   100.00% / 66.67% / 96.67%, score 10 + 33.33 + 38.67 = 82.00.
        // 园林绿化局: 2 valid callbacks — 1 contacted, 1 solved, 1 satisfied: 50.00% each, score 50.00.
        await LifecycleAsync(api, "u-sjs-mzj", marker, true, true, "satisfied");
        await LifecycleAsync(api, "u-sjs-mzj", marker, true, true, "satisfied");
        await LifecycleAsync(api, "u-sjs-mzj", marker, true, false, "basically-satisfied");
        await LifecycleAsync(api, "u-sjs-yllh", marker, true, true, "satisfied");
        await LifecycleAsync(api, "u-sjs-yllh", marker, false, false, "dissatisfied");

        // 交通支队 asks to give an order back; another waits for an extension; a third is 挂牌督办; a burst pipe is due within hours.
        var returned = await CreateAsync(api, marker + "：小区门口道路破损，车辆颠簸", Housing);
        await ActAsync(api, returned.Id, "dispatch", new { unitCode = "u-sjs-jtj" });
        await ActAsync(api, returned.Id, "accept");
        await ActAsync(api, returned.Id, "return", new { reason = "道路维修不属于交通支队职责，应由区城管委处理" });
        var extended = await CreateAsync(api, marker + "：楼道墙皮脱落", Housing);
        await ActAsync(api, extended.Id, "dispatch", new { unitCode = "u-sjs-zjw" });
        await ActAsync(api, extended.Id, "accept");
        await ActAsync(api, extended.Id, "extension", new { days = 5, reason = "需要等待维修基金审批" });
        var supervised = await CreateAsync(api, marker + "：楼顶漏水三个月未修", Housing);
        await ActAsync(api, supervised.Id, "dispatch", new { unitCode = "u-sjs-zjw" });
        await ActAsync(api, supervised.Id, "supervise", new { reason = "多次反映未解决", level = 3 });
        var urgent = await CreateAsync(api, marker + "：路口自来水管爆裂", Burst);

        var page = await browser.NewPageAsync();
        await page.SetViewportSizeAsync(1440, 900);
        await page.SignInAsync();
        await page.OpenAsync("/hotline/supervisor");
        await Assertions.Expect(page.Locator("#page-title")).ToHaveTextAsync("督办台");
        var returnRow = page.Locator($"#sup-returns tr.sup-row[data-order='{returned.Id}']");
        await Assertions.Expect(returnRow).ToContainTextAsync("不属于交通支队职责");
        await Assertions.Expect(returnRow).ToContainTextAsync("石景山交通支队");
        await Assertions.Expect(page.Locator($"#sup-extensions tr.sup-row[data-order='{extended.Id}']")).ToContainTextAsync("申请延期 5 个工作日");
        await Assertions.Expect(page.Locator($"#sup-supervised tr.sup-row[data-order='{supervised.Id}'] .sup-level")).ToHaveTextAsync("挂牌督办");
        await Assertions.Expect(page.Locator($"#sup-due-soon tr.sup-row[data-order='{urgent.Id}']")).ToContainTextAsync("剩余");
        Assert.True(await CountAsync(page, "sup-count-supervised") >= 1);
        Assert.True(await CountAsync(page, "sup-count-due-soon") >= 1);
        Assert.True(await CountAsync(page, "sup-count-open") >= 4);
        Assert.True(await CountAsync(page, "sup-count-pending") >= 2);
        await Assertions.Expect(page.Locator("#sup-ranking .sup-rank-row[data-unit='u-sjs-mzj']")).ToContainTextAsync("区民政局");
        await Assertions.Expect(page.Locator($"#sup-returns a.sup-open[href='hotline/orders/{returned.Id}']")).ToHaveTextAsync(returned.Number);
        await page.ScreenshotAsync("63-hotline-supervisor");

        // Approve the return: the order goes back to the agents to be dispatched again.
        await returnRow.Locator(".sup-approve-return").ClickAsync();
        await Assertions.Expect(page.Locator("#order-dialog-title")).ToContainTextAsync("同意退单");
        await page.Locator("#order-dialog-text textarea, textarea#order-dialog-text").First.FillAsync("同意退回，重新派单给区城管委");
        await page.ClickAsync("#order-dialog-submit");
        await Assertions.Expect(page.Locator("#sup-message")).ToContainTextAsync($"同意退单：工单 {returned.Number} 已处理");
        await Assertions.Expect(returnRow).ToHaveCountAsync(0);
        var detail = await (await api.GetAsync($"/api/v1/work-orders/{returned.Id}")).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal("registered", detail.GetProperty("order").GetProperty("status").GetString());
        var last = detail.GetProperty("history").EnumerateArray().Last();
        Assert.Equal(("return-approved", "admin", "同意退回，重新派单给区城管委"), (last.GetProperty("action").GetString(), last.GetProperty("actor").GetString(), last.GetProperty("detail").GetString()));

        // The ranking of this period, and of today alone (where only this test's callbacks of the two units fall).
        await page.OpenAsync("/hotline/ranking");
        await Assertions.Expect(page.Locator("#page-title")).ToHaveTextAsync("单位考核排名");
        await Assertions.Expect(page.Locator("#rank-weights")).ToContainTextAsync("响应率 × 10%");
        await Assertions.Expect(page.Locator("#rank-weights")).ToContainTextAsync("解决率 × 50%");
        await Assertions.Expect(page.Field("rank-period")).ToHaveValueAsync(BusinessDay()[..7]);
        await Assertions.Expect(page.Locator("#rank-range")).ToContainTextAsync($"考核期 {BusinessDay()[..7]}：{BusinessDay()[..7]}-01 至 ");
        await Assertions.Expect(page.Locator("#rank-table tr[data-unit='u-sjs-mzj']")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#rank-score-chart svg").First).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#rank-trend-chart svg").First).ToBeVisibleAsync();
        await page.ScreenshotAsync("64-hotline-ranking");

        // The previous period, picked from the list, had no callbacks of this test's units.
        var month = DateOnly.ParseExact(BusinessDay()[..7] + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var previous = month.AddMonths(-1).ToString("yyyy-MM", CultureInfo.InvariantCulture);
        await page.Locator(".mud-input-control:has(#rank-period), .mud-input-control#rank-period").First.ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item", new() { HasText = previous + "（" }).ClickAsync();
        await Assertions.Expect(page.Locator("#rank-range")).ToContainTextAsync($"考核期 {previous}：{previous}-01 至 ");
        await Assertions.Expect(page.Locator("#rank-table tr[data-unit='u-sjs-mzj']")).ToHaveCountAsync(0);
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("period=" + previous));

        var today = BusinessDay();
        await page.OpenAsync($"/hotline/ranking?from={today}&to={today}");
        await Assertions.Expect(page.Locator("#rank-range")).ToContainTextAsync($"{today} 至 {today}");
        var mzj = page.Locator("#rank-table tr[data-unit='u-sjs-mzj']");
        var yllh = page.Locator("#rank-table tr[data-unit='u-sjs-yllh']");
        await Assertions.Expect(mzj.Locator(".rank-valid")).ToHaveTextAsync("3");
        await Assertions.Expect(mzj.Locator(".rank-response")).ToHaveTextAsync("100.00%");
        await Assertions.Expect(mzj.Locator(".rank-resolution")).ToHaveTextAsync("66.67%");
        await Assertions.Expect(mzj.Locator(".rank-satisfaction")).ToHaveTextAsync("96.67%");
        await Assertions.Expect(mzj.Locator(".rank-score")).ToHaveTextAsync("82.00");
        await Assertions.Expect(yllh.Locator(".rank-score")).ToHaveTextAsync("50.00");
        await Assertions.Expect(yllh.Locator(".rank-response")).ToHaveTextAsync("50.00%");
        var mzjRank = int.Parse((await mzj.GetAttributeAsync("data-rank"))!, CultureInfo.InvariantCulture);
        var yllhRank = int.Parse((await yllh.GetAttributeAsync("data-rank"))!, CultureInfo.InvariantCulture);
        Assert.True(mzjRank < yllhRank, $"民政局 ranks {mzjRank}, 园林绿化局 {yllhRank}");
        await Assertions.Expect(mzj.Locator(".rank-rank")).ToContainTextAsync(mzjRank.ToString(CultureInfo.InvariantCulture));

        // The ledger finds the orders by keyword and exports them, the caller masked.
        await page.OpenAsync("/hotline/ledger");
        await Assertions.Expect(page.Locator("#page-title")).ToHaveTextAsync("工单台账");
        await page.Field("ledger-q").FillAsync(marker);
        await page.ClickAsync("#ledger-search");
        await Assertions.Expect(page.Locator("#ledger-total")).ToHaveAttributeAsync("data-total", "9");
        await Assertions.Expect(page.Locator($"#ledger-table tr.ledger-row[data-number='{supervised.Number}']")).ToContainTextAsync("挂牌督办");
        await Assertions.Expect(page.Locator($"#ledger-table tr.ledger-row[data-number='{returned.Number}']")).ToContainTextAsync("待派单");
        await Assertions.Expect(page.Locator("#ledger-table .ledger-caller").First).ToContainTextAsync("137****");
        await page.ScreenshotAsync("65-hotline-ledger");

        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#ledger-export"));
        Assert.EndsWith(".xlsx", download.SuggestedFilename, StringComparison.Ordinal);
        var file = Path.Combine(Path.GetTempPath(), $"ledger-{Guid.NewGuid():N}.xlsx");
        await download.SaveAsAsync(file);
        var rows = MiniExcel.Query(file, useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal(9, rows.Count);
        Assert.All(rows, r => Assert.Matches("^137\\*{4}[0-9]{4}$", r["联系电话"]?.ToString()));
        Assert.Contains(rows, r => r["督办级别"]?.ToString() == "挂牌督办" && r["承办单位"]?.ToString() == "区住房和城乡建设委员会");
        File.Delete(file);
    }

    private static string BusinessDay() =>
        TimeProvider.System.GetUtcNow().ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static async Task<int> CountAsync(IPage page, string id) =>
        int.Parse((await page.Locator("#" + id).GetAttributeAsync("data-count"))!, CultureInfo.InvariantCulture);

    private static async Task<(Guid Id, string Number)> CreateAsync(HttpClient api, string content, string category)
    {
        var phone = "137" + Random.Shared.Next(10_000_000, 99_999_999).ToString(CultureInfo.InvariantCulture);
        var created = await (await api.PostJsonAsync("/api/v1/work-orders", new { type = "complaint", channel = "phone", caller = new { name = "赵丽娟", phone }, content, categoryCode = category })).ExpectAsync(HttpStatusCode.Created);
        return (created.GetProperty("id").GetGuid(), created.GetProperty("number").GetString()!);
    }

    private static async Task<JsonElement> ActAsync(HttpClient api, Guid id, string action, object? body = null) =>
        await (await api.PostJsonAsync($"/api/v1/work-orders/{id}/{action}", body ?? new { })).ExpectAsync(HttpStatusCode.OK);

    private static async Task LifecycleAsync(HttpClient api, string unit, string marker, bool contacted, bool solved, string satisfaction)
    {
        var (id, _) = await CreateAsync(api, marker + "：养老服务补贴咨询后续办理", Housing);
        await ActAsync(api, id, "dispatch", new { unitCode = unit });
        await ActAsync(api, id, "accept");
        await ActAsync(api, id, "reply", new { content = "已办理", solved });
        await ActAsync(api, id, "callback", new { valid = true, contacted, solved, satisfaction });
    }
}
