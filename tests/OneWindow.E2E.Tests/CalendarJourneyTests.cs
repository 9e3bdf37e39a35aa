using Microsoft.Playwright;

namespace OneWindow.E2E.Tests;

[Collection("browser")]
public sealed class CalendarJourneyTests(BrowserFixture browser)
{
    [Fact]
    public async Task An_admin_sees_the_2026_holidays_adds_the_2027_arrangement_and_deadlines_follow_it()
    {
        var page = await browser.NewPageAsync();
        await page.SignInAsync();
        await page.OpenAsync("/calendar");
        await page.ClickAsync("#year-2026");
        await Assertions.Expect(page.Locator("#holidays-table")).ToContainTextAsync("国庆节");
        await Assertions.Expect(page.Locator("#holidays-table")).ToContainTextAsync("2026-10-01 ~ 2026-10-07");
        await Assertions.Expect(page.Locator("td[data-date='2026-10-10']")).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("ow-adjusted-workday"));
        await Assertions.Expect(page.Locator("td[data-date='2026-10-05']")).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("ow-holiday"));
        await page.ScreenshotAsync("20-calendar-2026");

        // Before 2027 is loaded, a deadline that reaches into it is provisional.
        await page.Field("deadline-start").FillAsync("2026-12-30");
        await page.Field("deadline-workdays").FillAsync("5");
        await page.ClickAsync("#deadline-compute");
        await Assertions.Expect(page.Locator("#deadline-result")).ToContainTextAsync("2027-01-06");
        await Assertions.Expect(page.Locator("#deadline-result")).ToContainTextAsync("临时结果");

        await page.Field("new-year").FillAsync("2027");
        await page.Field("new-source").FillAsync("国务院办公厅关于2027年部分节假日安排的通知（端到端测试数据）");
        await page.Field("h-0-name").FillAsync("元旦");
        await page.Field("h-0-start").FillAsync("2027-01-01");
        await page.Field("h-0-end").FillAsync("2027-01-03");
        await page.ClickAsync("#add-holiday-row");
        await page.Field("h-1-name").FillAsync("春节");
        await page.Field("h-1-start").FillAsync("2027-02-06");
        await page.Field("h-1-end").FillAsync("2027-02-14");
        await page.Field("w-0-date").FillAsync("2027-02-20");
        await page.Field("w-0-holiday").FillAsync("春节");
        await page.ScreenshotAsync("21-calendar-add-2027");
        await page.ClickAsync("#year-save");
        await Assertions.Expect(page.Locator("#cal-message")).ToContainTextAsync("已录入 2027 年节假日安排");
        await Assertions.Expect(page.Locator("#year-2027")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#holidays-table")).ToContainTextAsync("2027-02-06 ~ 2027-02-14");
        await Assertions.Expect(page.Locator("td[data-date='2027-02-08']")).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("ow-holiday"));
        await Assertions.Expect(page.Locator("td[data-date='2027-02-20']")).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("ow-adjusted-workday"));
        await page.ScreenshotAsync("22-calendar-2027");

        // The same question now has a firm answer that skips 元旦 2027.
        await page.Field("deadline-start").FillAsync("2026-12-30");
        await page.Field("deadline-workdays").FillAsync("5");
        await page.ClickAsync("#deadline-compute");
        await Assertions.Expect(page.Locator("#deadline-result")).ToContainTextAsync("2027-01-07");
        await Assertions.Expect(page.Locator("#deadline-result")).Not.ToContainTextAsync("临时结果");

        // And the API says the same.
        var api = await page.APIRequest.GetAsync("/api/v1/calendar/days/2027-02-08");
        Assert.Contains("\"kind\":\"holiday\"", await api.TextAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bad_arrangement_is_refused_with_the_field_named_and_nothing_is_added()
    {
        var page = await browser.NewPageAsync();
        await page.SignInAsync();
        await page.OpenAsync("/calendar");
        await page.Field("new-year").FillAsync("2031");
        await page.Field("new-source").FillAsync("测试");
        await page.Field("h-0-name").FillAsync("元旦");
        await page.Field("h-0-start").FillAsync("2031-01-01");
        await page.Field("h-0-end").FillAsync("2031-01-01");
        await page.Field("w-0-date").FillAsync("2031-01-06");
        await page.Field("w-0-holiday").FillAsync("元旦");
        await page.ClickAsync("#year-save");
        await Assertions.Expect(page.Locator("#cal-message")).ToContainTextAsync("only a weekend day can become an adjusted working day");
        await Assertions.Expect(page.Locator("#year-2031")).ToHaveCountAsync(0);
        await page.ScreenshotAsync("23-calendar-invalid");
    }

    [Fact]
    public async Task Hall_hours_show_the_extended_periods_and_an_admin_schedules_new_hours()
    {
        var page = await browser.NewPageAsync();
        await page.SignInAsync();
        await page.OpenAsync("/calendar/hours");
        await Assertions.Expect(page.Locator("#serving-chip")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".schedule-table").First).ToContainTextAsync("午间延时");
        await Assertions.Expect(page.Locator(".schedule-table").First).ToContainTextAsync("周六");
        await page.ScreenshotAsync("24-hall-hours");

        await page.Field("schedule-from").FillAsync("2027-03-01");
        await page.Field("schedule-note").FillAsync("夏季作息");
        await page.Field("p-0-start").FillAsync("08:00");
        await page.ClickAsync("#schedule-save");
        await Assertions.Expect(page.Locator("#cal-message")).ToContainTextAsync("2027-03-01");
        await Assertions.Expect(page.Locator("body")).ToContainTextAsync("夏季作息");
        var hours = await page.APIRequest.GetAsync("/api/v1/calendar/halls/sjs-hall/hours?date=2027-03-01");
        Assert.Contains("\"start\":\"08:00\"", await hours.TextAsync(), StringComparison.Ordinal);
        await page.ScreenshotAsync("25-hall-hours-new");
    }
}
