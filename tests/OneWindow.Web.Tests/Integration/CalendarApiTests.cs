using System.Net;
using System.Text.Json;
using OneWindow.Testing;

namespace OneWindow.Web.Tests.Integration;

/// <summary>The calendar through HTTP as api.md fixes it, on SQLite and (second pass) PostgreSQL.</summary>
[Trait("Category", "Integration")]
public sealed class CalendarApiTests(DemoApp app) : IClassFixture<DemoApp>
{
    [Theory]
    [InlineData("2026-10-01", false, "holiday", "国庆节")]
    [InlineData("2026-10-10", true, "adjusted-workday", "国庆节")]
    [InlineData("2026-02-14", true, "adjusted-workday", "春节")]
    [InlineData("2025-10-08", false, "holiday", "国庆节、中秋节")]
    [InlineData("2024-02-18", true, "adjusted-workday", "春节")]
    [InlineData("2026-11-28", false, "weekend", null)]
    [InlineData("2026-11-25", true, "workday", null)]
    public async Task A_day_answers_with_its_kind_and_holiday(string date, bool isWorkday, string kind, string? holiday)
    {
        var body = await (await app.CreateClient().GetAsync($"/api/v1/calendar/days/{date}")).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal(date, body.GetProperty("date").GetString());
        Assert.Equal(isWorkday, body.GetProperty("isWorkday").GetBoolean());
        Assert.Equal(kind, body.GetProperty("kind").GetString());
        Assert.Equal(holiday, body.GetProperty("holiday").ValueKind == JsonValueKind.Null ? null : body.GetProperty("holiday").GetString());
        Assert.Equal(["date", "isWorkday", "kind", "holiday"], body.EnumerateObject().Select(p => p.Name).ToArray());
    }

    [Fact]
    public async Task The_deadline_is_the_nth_working_day_after_the_start_and_provisional_beyond_the_loaded_years()
    {
        var client = app.CreateClient();
        var body = await (await client.GetAsync("/api/v1/calendar/deadline?start=2026-09-30&workdays=5")).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal("2026-09-30", body.GetProperty("start").GetString());
        Assert.Equal(5, body.GetProperty("workdays").GetInt32());
        Assert.Equal("2026-10-13", body.GetProperty("deadline").GetString());
        Assert.False(body.GetProperty("provisional").GetBoolean());

        var far = await (await client.GetAsync("/api/v1/calendar/deadline?start=2028-03-01&workdays=1")).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal("2028-03-02", far.GetProperty("deadline").GetString());
        Assert.True(far.GetProperty("provisional").GetBoolean());
    }

    [Theory]
    [InlineData("/api/v1/calendar/deadline?start=2026-02-30&workdays=5", "start")]
    [InlineData("/api/v1/calendar/deadline?start=2026-09-30&workdays=0", "workdays")]
    [InlineData("/api/v1/calendar/deadline?start=2026-09-30&workdays=3651", "workdays")]
    [InlineData("/api/v1/calendar/deadline?start=2026-09-30&workdays=-3", "workdays")]
    [InlineData("/api/v1/calendar/deadline?start=30.09.2026&workdays=5", "start")]
    [InlineData("/api/v1/calendar/deadline?workdays=5", "start")]
    [InlineData("/api/v1/calendar/days/2026-13-01", "date")]
    [InlineData("/api/v1/calendar/days/9999-01-01", "date")]
    [InlineData("/api/v1/calendar/working-deadline?start=2026-09-30T16:00&hours=4&minutes=5", "hours")]
    [InlineData("/api/v1/calendar/working-deadline?start=2026-09-30&hours=4", "start")]
    [InlineData("/api/v1/calendar/working-deadline?start=2026-09-30T16:00&minutes=0", "minutes")]
    public async Task Bad_input_is_a_problem_naming_the_field(string url, string field)
    {
        var fields = await (await app.CreateClient().GetAsync(url)).ExpectProblemAsync(HttpStatusCode.BadRequest, "validation.failed");
        Assert.Contains(field, fields);
    }

    [Fact]
    public async Task An_unknown_center_is_refused()
    {
        await (await app.CreateClient().GetAsync("/api/v1/calendar/deadline?start=2026-09-30&workdays=5&center=atlantis"))
            .ExpectProblemAsync(HttpStatusCode.BadRequest, "calendar.unknown_center");
    }

    [Fact]
    public async Task An_administrator_adds_a_year_and_deadlines_use_it_at_once_while_bad_years_store_nothing()
    {
        var admin = await app.ClientForAsync();
        var before = await (await admin.GetAsync("/api/v1/calendar/deadline?start=2029-04-27&workdays=1")).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal("2029-04-30", before.GetProperty("deadline").GetString());
        Assert.True(before.GetProperty("provisional").GetBoolean());

        var bad = new
        {
            year = 2029,
            source = "测试",
            holidays = new object[] { new { name = "劳动节", start = "2029-05-01", end = "2029-04-28" }, new { name = "", start = "2029-10-01", end = "2029-10-07" } },
            adjustedWorkdays = new object[] { new { date = "2029-04-30", holiday = "劳动节" } },
        };
        var fields = await (await admin.PostJsonAsync("/api/v1/calendar/years", bad)).ExpectProblemAsync(HttpStatusCode.BadRequest, "validation.failed");
        Assert.Contains("holidays[0].end", fields);
        Assert.Contains("holidays[1].name", fields);
        Assert.Contains("adjustedWorkdays[0].date", fields);
        var years = await (await admin.GetAsync("/api/v1/calendar/years")).ExpectAsync(HttpStatusCode.OK);
        Assert.DoesNotContain(years.EnumerateArray(), y => y.GetProperty("year").GetInt32() == 2029);

        var good = new
        {
            year = 2029,
            source = "测试安排",
            holidays = new object[] { new { name = "劳动节", start = "2029-04-30", end = "2029-05-04" } },
            adjustedWorkdays = new object[] { new { date = "2029-04-28", holiday = "劳动节" } },
        };
        var created = await (await admin.PostJsonAsync("/api/v1/calendar/years", good)).ExpectAsync(HttpStatusCode.Created);
        Assert.Equal(5, created.GetProperty("holidayDays").GetInt32());
        await (await admin.PostJsonAsync("/api/v1/calendar/years", good)).ExpectProblemAsync(HttpStatusCode.Conflict, "calendar.year_exists");

        var after = await (await admin.GetAsync("/api/v1/calendar/deadline?start=2029-04-27&workdays=1")).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal("2029-04-28", after.GetProperty("deadline").GetString());
        Assert.False(after.GetProperty("provisional").GetBoolean());
    }

    [Fact]
    public async Task Only_calendar_administrators_add_years()
    {
        var anonymous = app.CreateClient();
        var response = await anonymous.PostJsonAsync("/api/v1/calendar/years", new { year = 2030 });
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task A_center_closure_moves_that_centers_deadlines_only()
    {
        var admin = await app.ClientForAsync();
        await (await admin.PostJsonAsync("/api/v1/calendar/overrides", new { centerCode = "sjs-lugu", date = "2026-12-02", isWorkday = false, reason = "停电闭厅" }))
            .ExpectAsync(HttpStatusCode.Created);
        await (await admin.PostJsonAsync("/api/v1/calendar/overrides", new { centerCode = "sjs-lugu", date = "2026-12-02", isWorkday = false, reason = "again" }))
            .ExpectProblemAsync(HttpStatusCode.Conflict, "calendar.override_exists");

        var client = app.CreateClient();
        var local = await (await client.GetAsync("/api/v1/calendar/deadline?start=2026-12-01&workdays=1&center=sjs-lugu")).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal("2026-12-03", local.GetProperty("deadline").GetString());
        var national = await (await client.GetAsync("/api/v1/calendar/deadline?start=2026-12-01&workdays=1")).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal("2026-12-02", national.GetProperty("deadline").GetString());
        var day = await (await client.GetAsync("/api/v1/calendar/days/2026-12-02?center=sjs-lugu")).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal("holiday", day.GetProperty("kind").GetString());
        Assert.Equal("停电闭厅", day.GetProperty("holiday").GetString());
    }

    [Fact]
    public async Task Hall_hours_and_serving_state_follow_the_scenario_schedule_and_the_holidays()
    {
        var client = app.CreateClient();
        var saturday = await (await client.GetAsync("/api/v1/calendar/halls/sjs-hall/hours?date=2026-11-28")).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal("周六延时", saturday.GetProperty("periods")[0].GetProperty("label").GetString());
        Assert.True(saturday.GetProperty("periods")[0].GetProperty("extended").GetBoolean());
        var holiday = await (await client.GetAsync("/api/v1/calendar/halls/sjs-hall/hours?date=2026-10-03")).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal(0, holiday.GetProperty("periods").GetArrayLength());

        var noon = await (await client.GetAsync("/api/v1/calendar/halls/sjs-hall/serving?at=2026-11-25T04:30Z")).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal("2026-11-25T12:30+08:00", noon.GetProperty("at").GetString());
        Assert.True(noon.GetProperty("serving").GetBoolean());
        Assert.True(noon.GetProperty("extended").GetBoolean());
        var night = await (await client.GetAsync("/api/v1/calendar/halls/sjs-hall/serving?at=2026-09-30T19:00%2B08:00")).ExpectAsync(HttpStatusCode.OK);
        Assert.False(night.GetProperty("serving").GetBoolean());
        Assert.Equal("2026-10-08T08:30+08:00", night.GetProperty("nextOpening").GetString());

        await (await client.GetAsync("/api/v1/calendar/halls/atlantis/hours")).ExpectProblemAsync(HttpStatusCode.NotFound, "calendar.unknown_hall");
        await (await client.GetAsync("/api/v1/calendar/halls/sjs-hall/serving?at=yesterday")).ExpectProblemAsync(HttpStatusCode.BadRequest, "validation.failed");
    }

    [Fact]
    public async Task Working_hour_deadlines_use_office_hours_or_a_halls_regular_hours()
    {
        var client = app.CreateClient();
        var office = await (await client.GetAsync("/api/v1/calendar/working-deadline?start=2026-09-30T16:00&hours=4")).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal("2026-10-08T11:30+08:00", office.GetProperty("deadline").GetString());
        Assert.Equal(240, office.GetProperty("minutes").GetInt32());
        Assert.Equal("office", office.GetProperty("basis").GetString());
        var hall = await (await client.GetAsync("/api/v1/calendar/working-deadline?start=2026-09-30T16:00&minutes=240&hall=sjs-hall")).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal("2026-10-08T12:00+08:00", hall.GetProperty("deadline").GetString());
    }

    [Fact]
    public async Task A_new_schedule_is_validated_stored_and_applies_from_its_date()
    {
        var admin = await app.ClientForAsync();
        var overlapping = new
        {
            effectiveFrom = "2027-06-01",
            periods = new object[]
            {
                new { days = "workday", start = "09:00", end = "12:00", extended = false, label = "上午" },
                new { days = "workday", start = "11:00", end = "13:00", extended = true, label = "午间" },
                new { days = "holiday", start = "09:00", end = "10:00", extended = false, label = "x" },
                new { days = "saturday", start = "25:00", end = "10:00", extended = false, label = "周六" },
            },
        };
        var fields = await (await admin.PostJsonAsync("/api/v1/calendar/halls/sjs-bajiao-hall/schedules", overlapping)).ExpectProblemAsync(HttpStatusCode.BadRequest, "validation.failed");
        Assert.Equal(["periods[1]", "periods[2].days", "periods[3].start"], fields.Order(StringComparer.Ordinal).ToArray());
        var listed = await (await admin.GetAsync("/api/v1/calendar/halls/sjs-bajiao-hall/schedules")).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal(1, listed.GetArrayLength());

        var summer = new { effectiveFrom = "2027-06-01", note = "夏季作息", periods = new object[] { new { days = "workday", start = "08:30", end = "17:30", extended = false, label = "全天" } } };
        await (await admin.PostJsonAsync("/api/v1/calendar/halls/sjs-bajiao-hall/schedules", summer)).ExpectAsync(HttpStatusCode.Created);
        await (await admin.PostJsonAsync("/api/v1/calendar/halls/sjs-bajiao-hall/schedules", summer)).ExpectProblemAsync(HttpStatusCode.Conflict, "calendar.schedule_exists");

        var client = app.CreateClient();
        var before = await (await client.GetAsync("/api/v1/calendar/halls/sjs-bajiao-hall/hours?date=2027-05-31")).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal("09:00", before.GetProperty("periods")[0].GetProperty("start").GetString());
        var after = await (await client.GetAsync("/api/v1/calendar/halls/sjs-bajiao-hall/hours?date=2027-06-01")).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal("08:30", after.GetProperty("periods")[0].GetProperty("start").GetString());
    }
}
