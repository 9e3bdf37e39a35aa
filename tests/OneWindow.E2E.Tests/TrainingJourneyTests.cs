using System.Globalization;
using Microsoft.Playwright;

namespace OneWindow.E2E.Tests;

/// <summary>
/// 培训与考核: the year's plan of the Shijingshan center is shown with its completion; a manager holds a session today,
/// uploads the handout, marks who came, enters a quarterly score, and the month's scorecard shows the training
/// attendance and the score.
/// </summary>
[Collection("browser")]
public sealed class TrainingJourneyTests(BrowserFixture browser)
{
    private const string Present = "SJ0005";
    private const string Absent = "SJ0006";

    [Fact]
    public async Task A_session_is_held_and_marked_a_score_is_entered_and_the_scorecard_shows_both()
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
        var todayText = today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var month = today.ToString("yyyy-MM", CultureInfo.InvariantCulture);
        var topic = "窗口业务抽测 " + Guid.NewGuid().ToString("N")[..4];

        var page = await browser.NewPageAsync();
        await page.SetViewportSizeAsync(1600, 1000);
        await page.SignInAsync();
        await page.OpenAsync($"/workforce/training?center=sjs&month={month}");
        await Assertions.Expect(page.Locator("#page-title")).ToHaveTextAsync("培训管理");

        // A session outside the plan, today, offline in the training room.
        await page.Field("session-date").FillAsync(todayText);
        await page.Field("session-start").FillAsync("07:00");
        await page.Field("session-end").FillAsync("08:00");
        await page.Field("session-topic").FillAsync(topic);
        await page.SelectOptionAsync("#session-form-kind", "offline");
        await page.Field("session-trainer").FillAsync("业务经理 王老师");
        await page.Field("session-location").FillAsync("三层培训室");
        await page.ClickAsync("#session-save");
        await Assertions.Expect(page.Locator("#training-message")).ToContainTextAsync(topic);
        await Assertions.Expect(page.Locator("#session-detail")).ToContainTextAsync(topic);

        // The handout: a PDF is taken.
        await page.Locator("#material-file").SetInputFilesAsync(new FilePayload { Name = "讲义.pdf", MimeType = "application/pdf", Buffer = "%PDF-1.4\n1 0 obj\n<<>>\nendobj\n%%EOF\n"u8.ToArray() });
        await Assertions.Expect(page.Locator("#materials-list .material")).ToHaveCountAsync(1);

        // Attendance: one came, one did not.
        await page.Locator($"#attendance-table tr[data-staff='{Present}'] select").SelectOptionAsync("present");
        await page.Locator($"#attendance-table tr[data-staff='{Absent}'] select").SelectOptionAsync("absent");
        await page.ClickAsync("#attendance-save");
        await Assertions.Expect(page.Locator("#training-message")).ToContainTextAsync("出席 1 / 缺席 1 / 请假 0");
        await Assertions.Expect(page.Locator($"#sessions-table tr.session-row[data-topic='{topic}'] .session-counts")).ToHaveTextAsync("出席 1 / 缺席 1 / 请假 0");
        await page.ScreenshotAsync("75-workforce-training");

        // A score of this quarter.
        await page.OpenAsync($"/workforce/scores?center=sjs&month={month}");
        await Assertions.Expect(page.Locator("#page-title")).ToHaveTextAsync("季度考核");
        await page.Field("score-staff").FillAsync(Present);
        await page.Field("score-kind").FillAsync("服务礼仪");
        await page.Field("score-value").FillAsync("93.5");
        await page.Field("score-assessor").FillAsync("业务经理");
        await page.ClickAsync("#score-save");
        await Assertions.Expect(page.Locator("#scores-message")).ToContainTextAsync("93.5");
        await Assertions.Expect(page.Locator($"#scores-table tr.score-row[data-staff='{Present}'][data-kind='服务礼仪']")).ToHaveAttributeAsync("data-score", "93.5");
        await page.ScreenshotAsync("75b-workforce-scores");

        // The month's scorecard: full training attendance for the one who came, none for the other, the score.
        await page.OpenAsync($"/workforce/scorecard?center=sjs&month={month}");
        await Assertions.Expect(page.Locator("#page-title")).ToHaveTextAsync("月度考评");
        var present = page.Locator($"#scorecard-table tr.scorecard-row[data-staff='{Present}']");
        await Assertions.Expect(present.Locator(".scorecard-training")).ToHaveTextAsync("100%", new() { Timeout = 60_000 });
        await Assertions.Expect(present.Locator(".scorecard-scores")).ToContainTextAsync("服务礼仪 93.5");
        await Assertions.Expect(page.Locator($"#scorecard-table tr.scorecard-row[data-staff='{Absent}'] .scorecard-training")).ToHaveTextAsync("0%");
        await page.ScreenshotAsync("75c-workforce-scorecard");
    }
}
