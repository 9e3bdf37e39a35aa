using System.Net;
using System.Net.Http.Headers;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using OneWindow.Testing;
using static OneWindow.Workforce.Tests.Integration.Staffing;

namespace OneWindow.Workforce.Tests.Integration;

/// <summary>打卡: web punches, the clock device's XLSX, and the day's results against the plan; duty records.</summary>
[Trait("Category", "Integration")]
public sealed class AttendanceTests(WorkforceApp app) : IClassFixture<WorkforceApp>
{
    [Fact]
    public async Task Punches_against_the_plan_give_late_early_leave_absent_and_on_leave()
    {
        var admin = await app.AdminAsync();
        var center = await CenterAsync(admin);
        var late = await StaffCodeAsync(admin, center, "迟到");
        var early = await StaffCodeAsync(admin, center, "早退");
        var absent = await StaffCodeAsync(admin, center, "缺勤");
        var onTime = await StaffCodeAsync(admin, center, "准时");
        var away = await StaffCodeAsync(admin, center, "请假");
        var day = await WorkdayAsync(admin, Today.AddDays(-20), center);

        await Punch(admin, late, day, "09:31", "17:05");
        await Punch(admin, early, day, "08:50", "16:10");
        await Punch(admin, onTime, day, "08:55", "17:02");
        await LeaveAsync(admin, away, day, day, type: "sick");

        var lines = (await (await admin.GetAsync($"/api/v1/workforce/attendance?date={Text(day)}&center={center}")).ExpectAsync(HttpStatusCode.OK)).EnumerateArray()
            .ToDictionary(l => l.GetProperty("staffCode").GetString()!, l => string.Join(",", l.GetProperty("results").EnumerateArray().Select(r => r.GetString())));
        Assert.Equal("late", lines[late]);
        Assert.Equal("early-leave", lines[early]);
        Assert.Equal("absent", lines[absent]);
        Assert.Equal("ok", lines[onTime]);
        Assert.Equal("on-leave", lines[away]);
    }

    [Fact]
    public async Task Clock_out_before_clock_in_is_refused_and_nothing_is_stored()
    {
        var admin = await app.AdminAsync();
        var center = await CenterAsync(admin);
        var person = await StaffCodeAsync(admin, center);
        var day = await WorkdayAsync(admin, Today.AddDays(-10), center);
        var fields = await (await admin.PostJsonAsync("/api/v1/workforce/attendance/punches", new { staffCode = person, date = Text(day), clockIn = "09:00", clockOut = "08:30" }))
            .ExpectProblemAsync(HttpStatusCode.BadRequest, "workforce.clock_out_before_in");
        Assert.Equal(["clockOut"], fields);
        Assert.Equal(0, await PunchesAsync(person));

        // A clock-out given alone is checked against the clock-in on record.
        await Punch(admin, person, day, "09:00", null);
        await (await admin.PostJsonAsync("/api/v1/workforce/attendance/punches", new { staffCode = person, date = Text(day), clockOut = "08:59" }))
            .ExpectProblemAsync(HttpStatusCode.BadRequest, "workforce.clock_out_before_in");
        var stored = await app.ReadAsync(db => db.Punches.AsNoTracking().SingleAsync(p => db.Staff.Any(s => s.Id == p.StaffId && s.Code == person)));
        Assert.Null(stored.ClockOut);

        fields = await (await admin.PostJsonAsync("/api/v1/workforce/attendance/punches", new { staffCode = person, date = Text(Today.AddDays(2)), clockIn = "9:00" }))
            .ExpectProblemAsync(HttpStatusCode.BadRequest, "validation.failed");
        Assert.Equal(["clockIn", "date"], fields.Order(StringComparer.Ordinal));
        await (await admin.PostJsonAsync("/api/v1/workforce/attendance/punches", new { staffCode = person, date = Text(day) }))
            .ExpectProblemAsync(HttpStatusCode.BadRequest, "validation.failed");
    }

    [Fact]
    public async Task A_clock_device_workbook_is_imported_whole_or_not_at_all()
    {
        var admin = await app.AdminAsync();
        var center = await CenterAsync(admin);
        var one = await StaffCodeAsync(admin, center);
        var two = await StaffCodeAsync(admin, center);
        var day = await WorkdayAsync(admin, Today.AddDays(-14), center);
        var next = await WorkdayAsync(admin, day.AddDays(1), center);

        var bad = Workbook(
            Row(one, Text(day), "08:58", "17:03"),
            Row(two, "2026/02/30", "08:40", "17:00"),
            Row("NOBODY", Text(day), "08:40", "17:00"),
            Row(two, Text(day), "18:00", "09:00"),
            Row(one, Text(day), "08:59", "17:00"),
            Row(two, Text(next), "later", ""));
        var problem = await (await Upload(admin, bad)).ExpectAsync(HttpStatusCode.BadRequest);
        Assert.Equal("workforce.import_rejected", problem.GetProperty("code").GetString());
        var rows = problem.GetProperty("errors").EnumerateObject().Select(e => e.Name).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(["row3", "row4", "row5", "row6", "row7"], rows);
        Assert.Contains("before", problem.GetProperty("errors").GetProperty("row5")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(0, await PunchesAsync(one) + await PunchesAsync(two));

        await Punch(admin, two, day, "10:00", null);
        var good = Workbook(Row(one, Text(day), "08:58", "17:03"), Row(two, Text(day), "08:40", "17:00"), Row(two, Text(next), "08:45", null));
        var imported = await (await Upload(admin, good)).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal((3, 2, 1), (imported.GetProperty("rows").GetInt32(), imported.GetProperty("created").GetInt32(), imported.GetProperty("updated").GetInt32()));
        var lines = (await (await admin.GetAsync($"/api/v1/workforce/attendance?date={Text(day)}&center={center}")).ExpectAsync(HttpStatusCode.OK)).EnumerateArray().ToList();
        var line = lines.Single(l => l.GetProperty("staffCode").GetString() == two);
        Assert.Equal(("08:40", "17:00"), (line.GetProperty("clockIn").GetString(), line.GetProperty("clockOut").GetString()));

        var notExcel = new ByteArrayContent("not a workbook"u8.ToArray());
        using var form = new MultipartFormDataContent { { notExcel, "file", "punches.xlsx" } };
        await (await admin.PostAsync("/api/v1/workforce/attendance/import", form)).ExpectProblemAsync(HttpStatusCode.BadRequest, "workforce.import_rejected");
        var wrongColumns = new MemoryStream();
        await MiniExcel.SaveAsAsync(wrongColumns, new[] { new Dictionary<string, object?> { ["姓名"] = "张三", ["日期"] = Text(day) } });
        await (await Upload(admin, wrongColumns.ToArray())).ExpectProblemAsync(HttpStatusCode.BadRequest, "workforce.import_rejected");
    }

    [Fact]
    public async Task A_linked_staff_member_clocks_in_and_out_on_the_web_once_each()
    {
        var wang = await app.AsAsync("babaoshan.wang");
        var before = await (await wang.PostJsonAsync("/api/v1/workforce/attendance/clock", new { action = "out" })).ReadAsync();
        Assert.Equal("workforce.not_clocked_in", before.GetProperty("code").GetString());
        var clockedIn = await (await wang.PostJsonAsync("/api/v1/workforce/attendance/clock", new { action = "in" })).ExpectAsync(HttpStatusCode.OK);
        Assert.NotNull(clockedIn.GetProperty("clockIn").GetString());
        await (await wang.PostJsonAsync("/api/v1/workforce/attendance/clock", new { action = "in" })).ExpectProblemAsync(HttpStatusCode.Conflict, "workforce.already_clocked_in");
        var clockedOut = await (await wang.PostJsonAsync("/api/v1/workforce/attendance/clock", new { action = "out" })).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal(clockedIn.GetProperty("clockIn").GetString(), clockedOut.GetProperty("clockIn").GetString());
        await (await wang.PostJsonAsync("/api/v1/workforce/attendance/clock", new { action = "lunch" })).ExpectProblemAsync(HttpStatusCode.BadRequest, "validation.failed");

        var auditor = await app.AsAsync("auditor.zhao");
        await (await auditor.PostJsonAsync("/api/v1/workforce/attendance/clock", new { action = "in" })).ExpectProblemAsync(HttpStatusCode.NotFound, "workforce.no_staff_record");
    }

    [Fact]
    public async Task Duty_records_are_listed_by_month_and_overlaps_or_bad_times_are_refused()
    {
        var admin = await app.AdminAsync();
        var center = await CenterAsync(admin);
        var person = await StaffCodeAsync(admin, center);
        var day = Today.AddDays(5);
        await (await admin.PostJsonAsync("/api/v1/workforce/duties", new { staffCode = person, date = Text(day), start = "18:00", end = "21:00", kind = "夜间值守", note = "系统升级" })).ExpectAsync(HttpStatusCode.Created);
        await (await admin.PostJsonAsync("/api/v1/workforce/duties", new { staffCode = person, date = Text(day), start = "20:00", end = "22:00", kind = "应急值班" }))
            .ExpectProblemAsync(HttpStatusCode.Conflict, "workforce.duty_overlap");
        var fields = await (await admin.PostJsonAsync("/api/v1/workforce/duties", new { staffCode = person, date = Text(day), start = "21:00", end = "20:00", kind = "" }))
            .ExpectProblemAsync(HttpStatusCode.BadRequest, "validation.failed");
        Assert.Equal(["end", "kind"], fields.Order(StringComparer.Ordinal));
        var list = await (await admin.GetAsync($"/api/v1/workforce/duties?month={Month(day)}&center={center}")).ExpectAsync(HttpStatusCode.OK);
        var duty = Assert.Single(list.EnumerateArray());
        Assert.Equal(("夜间值守", "18:00", "21:00"), (duty.GetProperty("kind").GetString(), duty.GetProperty("start").GetString(), duty.GetProperty("end").GetString()));
    }

    private static async Task Punch(HttpClient admin, string staffCode, DateOnly date, string? clockIn, string? clockOut) =>
        await (await admin.PostJsonAsync("/api/v1/workforce/attendance/punches", new { staffCode, date = Text(date), clockIn, clockOut })).ExpectAsync(HttpStatusCode.OK);

    private Task<int> PunchesAsync(string staffCode) =>
        app.ReadAsync(db => db.Punches.CountAsync(p => db.Staff.Any(s => s.Id == p.StaffId && s.Code == staffCode)));

    private static Dictionary<string, object?> Row(string code, string date, string? clockIn, string? clockOut) =>
        new() { ["工号"] = code, ["日期"] = date, ["上班打卡"] = clockIn, ["下班打卡"] = clockOut };

    private static byte[] Workbook(params Dictionary<string, object?>[] rows)
    {
        using var stream = new MemoryStream();
        MiniExcel.SaveAs(stream, rows);
        return stream.ToArray();
    }

    private static Task<HttpResponseMessage> Upload(HttpClient client, byte[] bytes)
    {
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        var form = new MultipartFormDataContent { { file, "file", "punches.xlsx" } };
        return client.PostAsync("/api/v1/workforce/attendance/import", form);
    }
}
