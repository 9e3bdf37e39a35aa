using Microsoft.Playwright;

namespace OneWindow.E2E.Tests;

/// <summary>
/// 一窗受理 → 材料流转 → 授权审批 → 统一出件 in the browser: the clerk registers a case with a material missing and prints the
/// one-time notice; the material arrives and the case is accepted with its receipt; it is handed over (the clerk signs,
/// the department signs in); the department asks for a correction, receives it and approves; the result is posted.
/// </summary>
[Collection("browser")]
public sealed class CasesJourneyTests(BrowserFixture browser)
{
    private const string Docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private static async Task ExpectDocxAsync(IPage page, string selector)
    {
        var href = await page.Locator(selector).GetAttributeAsync("href");
        Assert.NotNull(href);
        var response = await page.APIRequest.GetAsync(href);
        Assert.Equal(200, response.Status);
        Assert.Equal(Docx, response.Headers["content-type"]);
    }

    [Fact]
    public async Task A_case_with_a_missing_material_is_noticed_accepted_handed_over_corrected_approved_and_posted()
    {
        var clerk = await browser.NewPageAsync();
        await clerk.SetViewportSizeAsync(1500, 1000);
        await clerk.SignInAsync("clerk.li");
        await clerk.OpenAsync("/cases/accept");
        await Assertions.Expect(clerk.Locator("#page-title")).ToHaveTextAsync("综合受理");
        await clerk.SelectOptionAsync("#accept-subject", "MZ-005");
        await Assertions.Expect(clerk.Locator("#accept-missing")).ToHaveAttributeAsync("data-count", "3");
        await clerk.Field("accept-name").FillAsync("王建华");
        await clerk.Field("accept-id").FillAsync("110107198503214513");
        await clerk.Field("accept-phone").FillAsync("13911112222");
        await clerk.Field("accept-address").FillAsync("北京市石景山区八角街道八角北路12号");
        await clerk.Locator("tr.accept-line[data-code='MZ-005-M01'] select.accept-form").SelectOptionAsync("paper-original");
        await clerk.Locator("tr.accept-line[data-code='ID_CARD'] select.accept-form").SelectOptionAsync("electronic-license");
        await clerk.Locator("tr.accept-line[data-code='ID_CARD'] input.accept-license").FillAsync("DZZZ-SFZ-214513");
        await Assertions.Expect(clerk.Locator("#accept-missing")).ToHaveAttributeAsync("data-count", "1");
        await Assertions.Expect(clerk.Locator("#accept-missing .accept-missing-item")).ToHaveTextAsync("困难情况说明");
        await clerk.ClickAsync("#accept-register");
        await Assertions.Expect(clerk.Locator("#accept-result")).ToHaveAttributeAsync("data-status", "incomplete");
        var number = await clerk.Locator("#accept-result").GetAttributeAsync("data-number");
        Assert.Matches(@"^\d{14}$", number);
        await ExpectDocxAsync(clerk, "#accept-notice");
        await clerk.ScreenshotAsync("80-cases-accept-desk");

        // The material arrives; the case is accepted and the receipt printed.
        await clerk.ClickAsync("#accept-open");
        await Assertions.Expect(clerk.Locator("#case-summary")).ToHaveAttributeAsync("data-status", "incomplete");
        await clerk.Locator("input.case-arrived[data-code='MZ-005-M03']").CheckAsync();
        await clerk.ClickAsync("#case-materials-arrived");
        await Assertions.Expect(clerk.Locator("#case-summary")).ToHaveAttributeAsync("data-status", "submitted");
        await clerk.ClickAsync("#case-do-accept");
        await Assertions.Expect(clerk.Locator("#case-summary")).ToHaveAttributeAsync("data-status", "accepted");
        await ExpectDocxAsync(clerk, "#case-doc-acceptance-notice");
        await clerk.ScreenshotAsync("81-cases-detail-accepted");
        var caseUrl = clerk.Url;

        // Hand-over: the clerk signs the batch out.
        await clerk.OpenAsync("/cases/handover");
        await clerk.SelectOptionAsync("#handover-department", "sjs-mzj");
        await clerk.Locator($"input.handover-pick[data-number='{number}']").CheckAsync();
        await clerk.Field("handover-sender").FillAsync("李晓燕");
        await clerk.ClickAsync("#handover-send");
        var batch = clerk.Locator($"tr.handover-batch[data-cases*='{number}']");
        await Assertions.Expect(batch).ToHaveAttributeAsync("data-received", "false");

        // The department signs in, reviews, asks for a correction, gets it and approves.
        var reviewer = await browser.NewPageAsync();
        await reviewer.SetViewportSizeAsync(1500, 1000);
        await reviewer.SignInAsync("mzj.zhou");
        await reviewer.OpenAsync("/cases/handover");
        var row = reviewer.Locator($"tr.handover-batch[data-cases*='{number}']");
        await row.Locator("input.handover-receiver").FillAsync("周敏");
        await row.Locator(".handover-receive").ClickAsync();
        await Assertions.Expect(row).ToHaveAttributeAsync("data-received", "true");
        await reviewer.ScreenshotAsync("82-cases-handover");

        await reviewer.OpenAsync("/cases/review");
        await Assertions.Expect(reviewer.Locator($"#review-queue tr.case-row[data-number='{number}']")).ToHaveAttributeAsync("data-status", "handed-over");
        await reviewer.ScreenshotAsync("83-cases-review");
        await reviewer.Locator($"#review-queue tr.case-row[data-number='{number}'] a").ClickAsync();
        await reviewer.WaitForInteractiveAsync();
        await Assertions.Expect(reviewer.Locator("#case-summary")).ToHaveAttributeAsync("data-status", "handed-over");
        await reviewer.ClickAsync("#case-do-start-review");
        await Assertions.Expect(reviewer.Locator("#case-summary")).ToHaveAttributeAsync("data-status", "under-review");
        await reviewer.Field("case-reason").FillAsync("困难情况说明缺少社区盖章，请补正");
        await reviewer.ClickAsync("#case-do-request-correction");
        await Assertions.Expect(reviewer.Locator("#case-summary")).ToHaveAttributeAsync("data-status", "correction-requested");
        await ExpectDocxAsync(reviewer, "#case-doc-correction-notice");
        await reviewer.ClickAsync("#case-do-correction-received");
        await Assertions.Expect(reviewer.Locator("#case-summary")).ToHaveAttributeAsync("data-status", "under-review");
        await reviewer.Field("case-reason").FillAsync("符合临时救助条件");
        await reviewer.ClickAsync("#case-do-approve");
        await Assertions.Expect(reviewer.Locator("#case-summary")).ToHaveAttributeAsync("data-status", "approved");

        // 统一出件: the result is registered and posted.
        await clerk.OpenAsync(new Uri(caseUrl).PathAndQuery);
        await Assertions.Expect(clerk.Locator("#case-summary")).ToHaveAttributeAsync("data-status", "approved");
        await clerk.Field("case-reason").FillAsync("临时救助审批决定书");
        await clerk.ClickAsync("#case-do-result-ready");
        await Assertions.Expect(clerk.Locator("#case-summary")).ToHaveAttributeAsync("data-status", "result-ready");
        await clerk.Field("case-post-company").FillAsync("中国邮政EMS");
        await clerk.Field("case-post-tracking").FillAsync("1190000000001");
        await clerk.ClickAsync("#case-do-post");
        await Assertions.Expect(clerk.Locator("#case-summary")).ToHaveAttributeAsync("data-status", "issued");
        var actions = await clerk.Locator("#case-history tr.case-event").EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.action)");
        Assert.Equal(["created-incomplete", "materials-received", "accepted", "handover-sent", "handed-over", "review-started", "correction-requested", "correction-received", "approved", "result-ready", "issued"], actions);
        await clerk.ScreenshotAsync("84-cases-detail-issued");

        await clerk.OpenAsync("/cases/issuance");
        await Assertions.Expect(clerk.Locator($"#issuance-lines tr.issuance-line[data-number='{number}']")).ToHaveAttributeAsync("data-method", "post");
        await clerk.ScreenshotAsync("85-cases-issuance");

        await clerk.OpenAsync("/cases");
        await Assertions.Expect(clerk.Locator($"#cases-table tr.case-row[data-number='{number}']")).ToHaveAttributeAsync("data-status", "issued");
        await clerk.SelectOptionAsync("#cases-status", "issued");
        await clerk.ClickAsync("#cases-search");
        await Assertions.Expect(clerk.Locator("#cases-table tr.case-row").First).ToHaveAttributeAsync("data-status", "issued");
        await clerk.ScreenshotAsync("86-cases-list");

        // The applicant looks the case up by its number and phone digits, and rates it 2 stars online (一事一评).
        var applicant = await browser.NewPageAsync();
        await applicant.SetViewportSizeAsync(420, 900);
        await applicant.OpenAsync("/cases/lookup");
        await applicant.Field("lookup-number").FillAsync(number!);
        await applicant.Field("lookup-phone").FillAsync("0000");
        await applicant.ClickAsync("#lookup-go");
        await Assertions.Expect(applicant.Locator("#lookup-error")).ToBeVisibleAsync();
        await applicant.Field("lookup-phone").FillAsync("2222");
        await applicant.ClickAsync("#lookup-go");
        await Assertions.Expect(applicant.Locator("#lookup-result")).ToHaveAttributeAsync("data-status", "issued");
        await Assertions.Expect(applicant.Locator("#lookup-status")).ToHaveTextAsync("已出件");
        await Assertions.Expect(applicant.Locator(".lookup-step[data-reached='true']")).ToHaveCountAsync(5);
        await applicant.ScreenshotAsync("87-cases-lookup");
        await applicant.ClickAsync("#lookup-evaluate");
        await applicant.WaitForURLAsync(url => url.Contains("/evaluate/case", StringComparison.Ordinal));
        await applicant.WaitForInteractiveAsync();
        await Assertions.Expect(applicant.Field("case-number")).ToHaveValueAsync(number!);
        await applicant.Field("case-phone").FillAsync("2222");
        await applicant.ClickAsync("#case-grade-2");
        await applicant.ClickAsync("#case-tags [data-tag='一次性告知不到位']");
        await applicant.ClickAsync("#case-submit");
        await Assertions.Expect(applicant.Locator("#case-thanks")).ToBeVisibleAsync();

        // The 差评 becomes a rectification task of the department, which verifies, rectifies, calls back and closes it.
        var manager = await browser.NewPageAsync();
        await manager.SetViewportSizeAsync(1440, 900);
        await manager.SignInAsync();
        await manager.OpenAsync("/evaluation/tasks");
        var task = manager.Locator($".task-row[data-subject='{number}']").First;
        await Assertions.Expect(task).ToHaveAttributeAsync("data-status", "open");
        await task.ClickAsync();
        await Area(manager, "task-findings").FillAsync("核实：受理时未告知需社区盖章，申请人多跑一次，情况属实。");
        await manager.ClickAsync("#task-verify");
        await Assertions.Expect(manager.Locator("#task-detail")).ToHaveAttributeAsync("data-status", "verified");
        await Area(manager, "task-measures").FillAsync("完善一次性告知单，增加社区盖章提示；对窗口人员开展告知规范培训。");
        await manager.ClickAsync("#task-rectify");
        await Assertions.Expect(manager.Locator("#task-detail")).ToHaveAttributeAsync("data-status", "rectified");
        await Area(manager, "task-view").FillAsync("已电话回访申请人，对整改表示认可");
        await manager.ClickAsync("#task-callback");
        await Assertions.Expect(manager.Locator("#task-detail")).ToHaveAttributeAsync("data-status", "called-back");
        await Assertions.Expect(manager.Locator("#task-detail")).Not.ToContainTextAsync("未能联系");
        await manager.ClickAsync("#task-close");
        await Assertions.Expect(manager.Locator("#task-detail")).ToHaveAttributeAsync("data-status", "closed");
        await manager.ScreenshotAsync("88-cases-rectification-closed");
    }

    private static ILocator Area(IPage page, string id) => page.Locator($"textarea#{id}, #{id} textarea").First;
}
