using System.Net;
using Microsoft.Playwright;
using OneWindow.Testing;

namespace OneWindow.E2E.Tests;

[Collection("browser")]
public sealed class EvaluationJourneyTests(BrowserFixture browser)
{
    [Fact]
    public async Task A_finished_visit_is_rated_two_stars_on_the_pad_and_the_task_is_verified_rectified_called_back_and_closed_then_ranked()
    {
        var admin = await browser.App.ClientForAsync();
        var hall = "zz-ev-" + Guid.NewGuid().ToString("N")[..6]; // after the scenario's halls, which pages open first
        await (await admin.PostJsonAsync("/api/v1/halls", new { code = hall, name = "石景山区政务服务中心评价测试厅", centerCode = "sjs" })).ExpectAsync(HttpStatusCode.Created);
        await (await admin.PostJsonAsync($"/api/v1/halls/{hall}/categories", new { code = "personal", name = "个人综合事项", ticketPrefix = "B" })).ExpectAsync(HttpStatusCode.Created);
        await (await admin.PostJsonAsync($"/api/v1/halls/{hall}/windows", new { code = "01", name = "1号综合窗口", kind = "comprehensive", categories = new[] { "personal" } })).ExpectAsync(HttpStatusCode.Created);
        await (await admin.PostAsync($"/api/v1/halls/{hall}/windows/01/open", null)).ExpectAsync(HttpStatusCode.OK);

        var pad = await browser.NewPageAsync();
        await pad.SetViewportSizeAsync(1280, 800);
        await pad.OpenAsync($"/evaluate/pad/{hall}/01");
        await Assertions.Expect(pad.Locator("#pad")).ToHaveAttributeAsync("data-link", "connected");
        await Assertions.Expect(pad.Locator("#pad-idle")).ToBeVisibleAsync();
        await pad.ScreenshotAsync("70-evaluation-pad-idle");

        var ticket = await (await browser.App.CreateClient().PostJsonAsync($"/api/v1/halls/{hall}/tickets", new { category = "personal" })).ExpectAsync(HttpStatusCode.Created);
        var id = ticket.GetProperty("id").GetGuid();
        var number = ticket.GetProperty("number").GetString()!;
        await (await admin.PostJsonAsync($"/api/v1/tickets/{id}/call", new { window = "01" })).ExpectAsync(HttpStatusCode.OK);
        await (await admin.PostAsync($"/api/v1/tickets/{id}/complete", null)).ExpectAsync(HttpStatusCode.OK);

        await Assertions.Expect(pad.Locator("#pad-prompt")).ToContainTextAsync(number);
        await pad.ClickAsync("#pad-grade-2");
        await pad.ClickAsync("#pad-tags [data-tag='服务态度差']");
        await Assertions.Expect(pad.Locator("#pad-tags [data-tag='服务态度差']")).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("ev-on"));
        await pad.ScreenshotAsync("71-evaluation-pad-rating");
        await pad.ClickAsync("#pad-submit");
        await Assertions.Expect(pad.Locator("#pad-thanks")).ToContainTextAsync("感谢您的评价");
        await pad.ScreenshotAsync("72-evaluation-pad-thanks");

        var manager = await browser.NewPageAsync();
        await manager.SetViewportSizeAsync(1440, 900);
        await manager.SignInAsync();
        await manager.OpenAsync("/evaluation/tasks");
        var row = manager.Locator($".task-row[data-subject='{number}']").First;
        await Assertions.Expect(row).ToHaveAttributeAsync("data-status", "open");
        await row.ClickAsync();
        await Assertions.Expect(manager.Locator("#task-detail")).ToHaveAttributeAsync("data-status", "open");
        await Area(manager, "task-findings").FillAsync("调取窗口录像核实，工作人员答复生硬，情况属实。");
        await manager.ClickAsync("#task-verify");
        await Assertions.Expect(manager.Locator("#task-detail")).ToHaveAttributeAsync("data-status", "verified");
        await Area(manager, "task-measures").FillAsync("对当事人批评教育，组织服务礼仪培训。");
        await manager.ClickAsync("#task-rectify");
        await Assertions.Expect(manager.Locator("#task-detail")).ToHaveAttributeAsync("data-status", "rectified");
        await Area(manager, "task-view").FillAsync("现场匿名评价，评价人未留联系方式");
        await manager.ClickAsync("#task-contacted");
        await manager.ClickAsync("#task-callback");
        await Assertions.Expect(manager.Locator("#task-detail")).ToHaveAttributeAsync("data-status", "called-back");
        await manager.ClickAsync("#task-close");
        await Assertions.Expect(manager.Locator("#task-detail")).ToHaveAttributeAsync("data-status", "closed");
        await Assertions.Expect(manager.Locator("#task-history .task-event")).ToHaveCountAsync(5);
        await manager.ScreenshotAsync("73-evaluation-task-closed");

        await manager.OpenAsync("/evaluation/ranking");
        var ranked = manager.Locator($"#rank-windows .rank-row[data-key='{hall}/01']");
        await Assertions.Expect(ranked.Locator(".rank-bad")).ToHaveTextAsync("1");
        await Assertions.Expect(ranked.Locator(".rank-name")).ToContainTextAsync("1号综合窗口");
        await manager.ScreenshotAsync("74-evaluation-ranking");

        // A pad that missed the push (switched on late): the visitor types the ticket number instead.
        var second = await (await browser.App.CreateClient().PostJsonAsync($"/api/v1/halls/{hall}/tickets", new { category = "personal" })).ExpectAsync(HttpStatusCode.Created);
        var secondId = second.GetProperty("id").GetGuid();
        var secondNumber = second.GetProperty("number").GetString()!;
        await (await admin.PostJsonAsync($"/api/v1/tickets/{secondId}/call", new { window = "01" })).ExpectAsync(HttpStatusCode.OK);
        await (await admin.PostAsync($"/api/v1/tickets/{secondId}/complete", null)).ExpectAsync(HttpStatusCode.OK);
        var late = await browser.NewPageAsync();
        await late.OpenAsync($"/evaluate/pad/{hall}/01");
        await late.FillAsync("#pad-manual-number", "Z999");
        await late.ClickAsync("#pad-manual-rate");
        await Assertions.Expect(late.Locator("#pad-error")).ToHaveTextAsync("今天本大厅没有这个号");
        await late.FillAsync("#pad-manual-number", secondNumber.ToLowerInvariant());
        await late.ClickAsync("#pad-manual-rate");
        await Assertions.Expect(late.Locator("#pad-prompt")).ToContainTextAsync(secondNumber);
        await late.ClickAsync("#pad-grade-5");
        await late.ClickAsync("#pad-submit");
        await Assertions.Expect(late.Locator("#pad-thanks")).ToBeVisibleAsync();
    }

    private static ILocator Area(IPage page, string id) => page.Locator($"textarea#{id}, #{id} textarea").First;

    [Fact]
    public async Task The_receipt_QR_opens_the_online_page_with_the_case_number_filled_in_and_asks_for_a_grade_first()
    {
        var page = await browser.NewPageAsync();
        await page.SetViewportSizeAsync(420, 900);
        await page.OpenAsync("/evaluate/case?number=SJ20261201000123");
        await Assertions.Expect(page.Field("case-number")).ToHaveValueAsync("SJ20261201000123");
        await page.Field("case-phone").FillAsync("5678");
        await page.ClickAsync("#case-submit");
        await Assertions.Expect(page.Locator("#case-error")).ToContainTextAsync("请选择评价等级");
        await page.ClickAsync("#case-grade-4");
        await page.ClickAsync("#case-tags [data-tag='办事高效']");
        await page.ScreenshotAsync("75-evaluation-online");
    }
}
