using System.Globalization;
using System.Net;
using System.Text.Json;
using Microsoft.Playwright;
using OneWindow.Testing;

namespace OneWindow.E2E.Tests;

/// <summary>
/// 人员与排班: the whole Shijingshan roster (140 posts, about 170 people) for next month is generated and published on
/// the page; a leave approved for an A holder afterwards makes the B holder cover in the vacancy ledger; removing
/// the B holder leaves the post vacant for that day, and the contract ledger deducts that person-day in that month.
/// </summary>
[Collection("browser")]
public sealed class WorkforceJourneyTests(BrowserFixture browser)
{
    private const string Post = "ZX-03";

    [Fact]
    public async Task The_roster_is_generated_and_published_then_leave_hands_a_post_to_B_and_removing_B_leaves_it_vacant()
    {
        var admin = await browser.App.ClientForAsync();
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
        var month = new DateOnly(today.Year, today.Month, 1).AddMonths(1);
        var monthText = month.ToString("yyyy-MM", CultureInfo.InvariantCulture);
        var day = await WorkdayAsync(admin, month.AddDays(2));
        var dayText = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var post = (await (await admin.GetAsync("/api/v1/workforce/posts?center=sjs")).ExpectAsync(HttpStatusCode.OK)).EnumerateArray().Single(p => p.GetProperty("code").GetString() == Post);
        var a = post.GetProperty("a")[0];
        var b = post.GetProperty("b")[0];

        var page = await browser.NewPageAsync();
        await page.SetViewportSizeAsync(1600, 1000);
        await page.SignInAsync();
        await page.OpenAsync($"/workforce/roster?center=sjs&month={monthText}");
        await Assertions.Expect(page.Locator("#page-title")).ToHaveTextAsync("排班");
        await page.ClickAsync("#roster-generate");
        await Assertions.Expect(page.Locator("#roster-summary")).ToHaveAttributeAsync("data-status", "draft", new() { Timeout = 120_000 });
        await Assertions.Expect(page.Locator("#roster-summary")).ToHaveAttributeAsync("data-shortfalls", "0");
        await Assertions.Expect(page.Locator($"#roster-grid td[data-staff='{a.GetProperty("code").GetString()}'][data-date='{dayText}']")).ToHaveAttributeAsync("data-post", Post);

        // A post on a day off breaks a rule: refused, with the reason.
        var weekend = Enumerable.Range(0, 7).Select(i => month.AddDays(i)).First(d => d.DayOfWeek == DayOfWeek.Sunday).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        await page.ClickAsync($"#roster-grid td[data-staff='{a.GetProperty("code").GetString()}'][data-date='{weekend}']");
        await Assertions.Expect(page.Locator("#roster-editor")).ToHaveAttributeAsync("data-date", weekend);
        await page.Locator(".mud-input-control:has(#roster-edit-post), .mud-input-control#roster-edit-post").First.ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item").Filter(new() { HasText = Post }).First.ClickAsync();
        await Assertions.Expect(page.Locator("#roster-editor")).ToHaveAttributeAsync("data-post", Post);
        await page.ClickAsync("#roster-edit-save");
        await Assertions.Expect(page.Locator("#roster-message")).ToContainTextAsync("改动违反排班规则");
        await Assertions.Expect(page.Locator(".roster-violation").First).ToContainTextAsync("not-a-workday");
        await page.ScreenshotAsync("70b-workforce-roster-rule");

        await page.ClickAsync("#roster-publish");
        await Assertions.Expect(page.Locator("#roster-summary")).ToHaveAttributeAsync("data-status", "published");
        await page.EvaluateAsync("() => { window.scrollTo(0, 0); document.querySelector('.wf-scroll').scrollTo(0, 0); }");
        await page.ScreenshotAsync("70-workforce-roster");

        // The A holder asks for the day off after publishing; the manager approves it on the leave page.
        await page.OpenAsync($"/workforce/leave?center=sjs&month={monthText}");
        await page.Field("leave-staff").FillAsync(a.GetProperty("code").GetString()!);
        await page.Field("leave-from").FillAsync(dayText);
        await page.Field("leave-to").FillAsync(dayText);
        await page.Field("leave-reason").FillAsync("孩子学校开家长会");
        await page.ClickAsync("#leave-submit");
        await Assertions.Expect(page.Locator("#leave-message")).ToContainTextAsync("已提交");
        var row = page.Locator($"#leave-table tr.leave-row[data-staff='{a.GetProperty("code").GetString()}']");
        await row.Locator(".leave-approve").ClickAsync();
        await Assertions.Expect(row).ToHaveAttributeAsync("data-status", "approved");
        await page.ScreenshotAsync("70e-workforce-leave");

        // The vacancy ledger shows B covering that day.
        await page.OpenAsync($"/workforce/vacancies?center=sjs&month={monthText}");
        var cell = page.Locator($"#vac-ledger td.wf-cell[data-post='{Post}'][data-date='{dayText}']");
        await Assertions.Expect(cell).ToHaveAttributeAsync("data-coverage", "b");
        await Assertions.Expect(cell).ToHaveAttributeAsync("title", new System.Text.RegularExpressions.Regex(b.GetProperty("name").GetString()!));
        var before = int.Parse(await page.Locator("#vac-month").GetAttributeAsync("data-person-days") ?? "0", CultureInfo.InvariantCulture);
        var deduction = await (await admin.GetAsync($"/api/v1/contracts/sjs-2026/deductions?month={monthText}")).ExpectAsync(HttpStatusCode.OK);
        var contractDaysBefore = deduction.GetProperty("vacancyPersonDays").GetInt32();

        // Without a B holder nobody covers: the post is vacant for that day.
        await page.OpenAsync("/workforce/posts?center=sjs");
        await page.Locator($".posts-b[data-post='{Post}'] .posts-b-holder[data-staff='{b.GetProperty("code").GetString()}'] .mud-chip-close-button").ClickAsync();
        await Assertions.Expect(page.Locator("#posts-message")).ToContainTextAsync("已移除");
        await Assertions.Expect(page.Locator($".posts-b[data-post='{Post}']")).ToContainTextAsync("无B岗");
        await page.Field("posts-search").FillAsync(Post[..2]);
        await page.ScreenshotAsync("70c-workforce-posts");

        await page.OpenAsync($"/workforce/vacancies?center=sjs&month={monthText}");
        await Assertions.Expect(cell).ToHaveAttributeAsync("data-coverage", "vacant");
        await Assertions.Expect(page.Locator("#vac-month")).ToHaveAttributeAsync("data-person-days", (before + 1).ToString(CultureInfo.InvariantCulture));
        await Assertions.Expect(page.Locator("#vac-person-days")).ToContainTextAsync("人天");
        await page.ClickAsync("#vac-only-gaps");
        await Assertions.Expect(page.Locator($"#vac-ledger tr[data-post='{Post}']")).ToBeVisibleAsync();
        await page.ScreenshotAsync("71-workforce-vacancies");

        var ledger = await (await admin.GetAsync($"/api/v1/workforce/vacancies?month={monthText}&center=sjs")).ExpectAsync(HttpStatusCode.OK);
        var apiCell = ledger.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("postCode").GetString() == Post).GetProperty("cells").EnumerateArray().Single(c => c.GetProperty("date").GetString() == dayText);
        Assert.Equal(1, apiCell.GetProperty("vacant").GetInt32());

        // The contract ledger deducts that person-day at the contract's standard in that month.
        await page.OpenAsync($"/contracts/sjs-2026?month={monthText}");
        var contract = await (await admin.GetAsync("/api/v1/contracts/sjs-2026")).ExpectAsync(HttpStatusCode.OK);
        var standard = decimal.Parse(contract.GetProperty("deductions").GetProperty("vacancyStandard").GetString()!, CultureInfo.InvariantCulture);
        var monthRow = page.Locator($"#deductions-table tr[data-month='{monthText}']");
        await Assertions.Expect(monthRow.Locator("[data-field='vacancyPersonDays']")).ToHaveTextAsync((contractDaysBefore + 1).ToString(CultureInfo.InvariantCulture));
        await Assertions.Expect(monthRow.Locator("[data-field='vacancyAmount']")).ToHaveTextAsync(((contractDaysBefore + 1) * standard).ToString("#,##0.00", CultureInfo.InvariantCulture));
        await page.ScreenshotAsync("75b-contract-month-deduction");
    }

    [Fact]
    public async Task Staff_attendance_and_my_roster_pages_show_the_people_their_punches_and_the_month()
    {
        var page = await browser.NewPageAsync();
        await page.SetViewportSizeAsync(1600, 1000);
        await page.SignInAsync();
        await page.OpenAsync("/workforce/staff?center=sjs");
        await Assertions.Expect(page.Locator("#page-title")).ToHaveTextAsync("人员名册");
        await Assertions.Expect(page.Locator("#staff-table")).ToContainTextAsync("李晓燕");
        await Assertions.Expect(page.Locator("#staff-table .staff-id").First).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^\d{4}\*{10}[\dX]{4}$"));
        await page.ScreenshotAsync("70d-workforce-staff");

        // An ID number is shown in full only after a reason is given; the view is audited.
        var first = page.Locator("#staff-table .staff-reveal").First;
        var staffCode = await first.GetAttributeAsync("data-staff");
        await first.ClickAsync();
        await page.ClickAsync("#staff-reveal-confirm");
        await Assertions.Expect(page.Locator("#staff-message")).ToContainTextAsync("reason");
        await page.Field("staff-reveal-reason").FillAsync("核对社保缴纳信息");
        await page.ClickAsync("#staff-reveal-confirm");
        await Assertions.Expect(page.Locator("#staff-message")).ToContainTextAsync("审计");
        var revealedRow = page.Locator("#staff-table tr").Filter(new() { Has = page.Locator($".staff-edit[data-staff='{staffCode}']") });
        await Assertions.Expect(revealedRow.Locator(".staff-id")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^\d{17}[\dX]$"));
        await Assertions.Expect(revealedRow.Locator(".staff-phone")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^1\d{10}$"));
        await page.ScreenshotAsync("70h-workforce-staff-revealed");
        await page.GetByRole(AriaRole.Tab, new() { Name = "人员流动" }).ClickAsync();
        await Assertions.Expect(page.Locator("#turnover-table")).ToContainTextAsync("全年");

        await page.OpenAsync("/workforce/attendance?center=sjs-babaoshan");
        await Assertions.Expect(page.Locator("#page-title")).ToHaveTextAsync("考勤与值班");
        var code = await page.Locator("#att-table td.att-result").First.GetAttributeAsync("data-staff");
        await page.Field("punch-staff").FillAsync(code!);
        await page.Field("punch-in").FillAsync("09:00");
        await page.Field("punch-out").FillAsync("08:00");
        await page.ClickAsync("#punch-save");
        await Assertions.Expect(page.Locator("#att-message")).ToContainTextAsync("before");
        await page.Field("punch-out").FillAsync("17:30");
        await page.ClickAsync("#punch-save");
        await Assertions.Expect(page.Locator("#att-message")).ToContainTextAsync("已记录");
        await Assertions.Expect(page.Locator($"#att-table td.att-result[data-staff='{code}']")).Not.ToHaveAttributeAsync("data-result", "absent");
        await page.ScreenshotAsync("70f-workforce-attendance");

        var wang = await browser.NewPageAsync();
        await wang.SignInAsync("babaoshan.wang");
        await wang.OpenAsync("/workforce/mine");
        await Assertions.Expect(wang.Locator("#page-title")).ToHaveTextAsync("我的排班");
        await Assertions.Expect(wang.Locator("#mine-table")).ToContainTextAsync("BBS-ZC-01");
        await wang.ScreenshotAsync("70g-workforce-mine");
    }

    private static async Task<DateOnly> WorkdayAsync(HttpClient client, DateOnly from)
    {
        for (var date = from; ; date = date.AddDays(1))
        {
            var day = await (await client.GetAsync($"/api/v1/calendar/days/{date:yyyy-MM-dd}")).ExpectAsync(HttpStatusCode.OK);
            if (day.GetProperty("isWorkday").GetBoolean())
            {
                return date;
            }
        }
    }
}
