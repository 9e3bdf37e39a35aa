using System.Net;
using Microsoft.EntityFrameworkCore;
using OneWindow.Testing;
using static OneWindow.Workforce.Tests.Integration.Staffing;

namespace OneWindow.Workforce.Tests.Integration;

/// <summary>请假: request → approve | reject → 销假; overlapping leave of one person is refused.</summary>
[Trait("Category", "Integration")]
public sealed class LeaveTests(WorkforceApp app) : IClassFixture<WorkforceApp>
{
    [Fact]
    public async Task A_leave_is_requested_approved_and_ended_early_with_the_working_days_counted()
    {
        var admin = await app.AdminAsync();
        var center = await CenterAsync(admin);
        var person = await StaffCodeAsync(admin, center);
        var monday = Today.AddDays(30);
        while (monday.DayOfWeek != DayOfWeek.Monday)
        {
            monday = monday.AddDays(1);
        }

        var sunday = monday.AddDays(6);
        var requested = await (await admin.PostJsonAsync("/api/v1/workforce/leave", new { staffCode = person, type = "annual", from = Text(monday), to = Text(sunday), reason = "探亲", startsAfternoon = true }))
            .ExpectAsync(HttpStatusCode.Created);
        Assert.Equal("requested", requested.GetProperty("status").GetString());
        var workdays = 0m;
        for (var d = monday; d <= sunday; d = d.AddDays(1))
        {
            workdays += await WorkdayAsync(admin, d, center) == d ? 1 : 0;
        }

        Assert.Equal(workdays - (await WorkdayAsync(admin, monday, center) == monday ? 0.5m : 0m), requested.GetProperty("days").GetDecimal());
        var id = requested.GetProperty("id").GetGuid();
        var approved = await (await admin.PostJsonAsync($"/api/v1/workforce/leave/{id}/approve", new { note = "同意" })).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal(("approved", "admin", "同意"), (approved.GetProperty("status").GetString(), approved.GetProperty("decidedBy").GetString(), approved.GetProperty("decisionNote").GetString()));
        await (await admin.PostJsonAsync($"/api/v1/workforce/leave/{id}/approve", new { })).ExpectProblemAsync(HttpStatusCode.Conflict, "workforce.leave_not_pending");

        Assert.Equal(["returnedOn"], await (await admin.PostJsonAsync($"/api/v1/workforce/leave/{id}/return", new { returnedOn = Text(sunday.AddDays(2)) })).ExpectProblemAsync(HttpStatusCode.BadRequest, "validation.failed"));
        var returned = await (await admin.PostJsonAsync($"/api/v1/workforce/leave/{id}/return", new { returnedOn = Text(monday.AddDays(3)) })).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal(("returned", Text(monday.AddDays(3))), (returned.GetProperty("status").GetString(), returned.GetProperty("returnedOn").GetString()));
        Assert.True(returned.GetProperty("days").GetDecimal() < approved.GetProperty("days").GetDecimal());
        await (await admin.PostJsonAsync($"/api/v1/workforce/leave/{id}/return", new { returnedOn = Text(monday.AddDays(3)) })).ExpectProblemAsync(HttpStatusCode.Conflict, "workforce.leave_not_approved");

        // After 销假 the days from the return on are free again.
        await LeaveAsync(admin, person, monday.AddDays(4), monday.AddDays(4), type: "sick");
        var list = await (await admin.GetAsync($"/api/v1/workforce/leave?month={Month(monday)}&center={center}")).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal(2, list.EnumerateArray().Count(l => l.GetProperty("staffCode").GetString() == person));
    }

    [Fact]
    public async Task Overlapping_leave_of_one_person_is_refused_and_nothing_is_stored_but_half_days_can_meet()
    {
        var admin = await app.AdminAsync();
        var center = await CenterAsync(admin);
        var person = await StaffCodeAsync(admin, center);
        var day = await WorkdayAsync(admin, Today.AddDays(40), center);
        await (await admin.PostJsonAsync("/api/v1/workforce/leave", new { staffCode = person, type = "personal", from = Text(day), to = Text(day.AddDays(2)), reason = "办事", endsMorning = true }))
            .ExpectAsync(HttpStatusCode.Created);

        await (await admin.PostJsonAsync("/api/v1/workforce/leave", new { staffCode = person, type = "sick", from = Text(day.AddDays(1)), to = Text(day.AddDays(1)), reason = "看病" }))
            .ExpectProblemAsync(HttpStatusCode.Conflict, "workforce.leave_overlap");
        await (await admin.PostJsonAsync("/api/v1/workforce/leave", new { staffCode = person, type = "sick", from = Text(day.AddDays(-3)), to = Text(day), reason = "看病" }))
            .ExpectProblemAsync(HttpStatusCode.Conflict, "workforce.leave_overlap");
        Assert.Equal(1, await app.ReadAsync(db => db.Leaves.CountAsync(l => db.Staff.Any(s => s.Id == l.StaffId && s.Code == person))));

        // The afternoon of the last day is still free.
        await (await admin.PostJsonAsync("/api/v1/workforce/leave", new { staffCode = person, type = "sick", from = Text(day.AddDays(2)), to = Text(day.AddDays(2)), startsAfternoon = true, reason = "看病" }))
            .ExpectAsync(HttpStatusCode.Created);

        // A rejected request frees its days.
        var other = await StaffCodeAsync(admin, center);
        var first = await LeaveAsync(admin, other, day, day, approve: false);
        await (await admin.PostJsonAsync($"/api/v1/workforce/leave/{first.GetProperty("id").GetGuid()}/reject", new { note = "人手不足" })).ExpectAsync(HttpStatusCode.OK);
        await LeaveAsync(admin, other, day, day);
    }

    [Fact]
    public async Task Bad_leave_requests_name_every_field_and_store_nothing()
    {
        var admin = await app.AdminAsync();
        var center = await CenterAsync(admin);
        var person = await StaffCodeAsync(admin, center);
        var fields = await (await admin.PostJsonAsync("/api/v1/workforce/leave", new { staffCode = person, type = "holiday", from = "2026-13-01", to = "2026-05-01", reason = "" }))
            .ExpectProblemAsync(HttpStatusCode.BadRequest, "validation.failed");
        Assert.Equal(["from", "reason", "type"], fields.Order(StringComparer.Ordinal));
        fields = await (await admin.PostJsonAsync("/api/v1/workforce/leave", new { staffCode = person, type = "sick", from = "2026-05-06", to = "2026-05-05", reason = "x" }))
            .ExpectProblemAsync(HttpStatusCode.BadRequest, "validation.failed");
        Assert.Equal(["to"], fields);
        fields = await (await admin.PostJsonAsync("/api/v1/workforce/leave", new { staffCode = person, type = "sick", from = "2026-05-06", to = "2026-05-06", startsAfternoon = true, endsMorning = true, reason = "x" }))
            .ExpectProblemAsync(HttpStatusCode.BadRequest, "validation.failed");
        Assert.Equal(["endsMorning"], fields);
        await (await admin.PostJsonAsync("/api/v1/workforce/leave", new { staffCode = "NOBODY", type = "sick", from = "2026-05-06", to = "2026-05-06", reason = "x" }))
            .ExpectProblemAsync(HttpStatusCode.NotFound, "workforce.unknown_staff");
        await (await admin.PostJsonAsync("/api/v1/workforce/leave", new { staffCode = person, type = "sick", from = "2023-05-06", to = "2023-05-06", reason = "入职前" }))
            .ExpectProblemAsync(HttpStatusCode.BadRequest, "validation.failed");

        // 调休 needs comp time: a new person has none.
        var day = await WorkdayAsync(admin, Today.AddDays(10), center);
        await (await admin.PostJsonAsync("/api/v1/workforce/leave", new { staffCode = person, type = "comp-time", from = Text(day), to = Text(day), reason = "调休" }))
            .ExpectProblemAsync(HttpStatusCode.Conflict, "workforce.comp_time_insufficient");
        Assert.Equal(0, await app.ReadAsync(db => db.Leaves.CountAsync(l => db.Staff.Any(s => s.Id == l.StaffId && s.Code == person))));

        await (await admin.PostJsonAsync($"/api/v1/workforce/leave/{Guid.NewGuid()}/approve", new { })).ExpectProblemAsync(HttpStatusCode.NotFound, "workforce.unknown_leave");
        Assert.Equal(["month"], await (await admin.GetAsync("/api/v1/workforce/leave?month=May")).ExpectProblemAsync(HttpStatusCode.BadRequest, "validation.failed"));
    }

    [Fact]
    public async Task Staff_request_leave_for_themselves_only_and_cannot_approve_it()
    {
        var clerk = await app.AsAsync("clerk.li");
        var admin = await app.AdminAsync();
        var day = await WorkdayAsync(admin, Today.AddDays(50));
        var own = await (await clerk.PostJsonAsync("/api/v1/workforce/leave", new { staffCode = "SJ0024", type = "personal", from = Text(day), to = Text(day), reason = "别人的假" })).ReadAsync();
        var staff = (await (await admin.GetAsync("/api/v1/workforce/staff?center=sjs")).ExpectAsync(HttpStatusCode.OK)).EnumerateArray().ToList();
        var li = staff.Single(s => s.GetProperty("userName").GetString() == "clerk.li").GetProperty("code").GetString()!;
        var someoneElse = staff.First(s => s.GetProperty("code").GetString() != li).GetProperty("code").GetString()!;
        await (await clerk.PostJsonAsync("/api/v1/workforce/leave", new { staffCode = someoneElse, type = "personal", from = Text(day), to = Text(day), reason = "别人的假" }))
            .ExpectProblemAsync(HttpStatusCode.Forbidden, "workforce.not_your_leave");
        var mine = await (await clerk.PostJsonAsync("/api/v1/workforce/leave", new { staffCode = li, type = "personal", from = Text(day), to = Text(day), reason = "孩子开家长会" }))
            .ExpectAsync(HttpStatusCode.Created);
        Assert.Equal("clerk.li", mine.GetProperty("requestedBy").GetString());
        Assert.Equal(HttpStatusCode.Forbidden, (await clerk.PostJsonAsync($"/api/v1/workforce/leave/{mine.GetProperty("id").GetGuid()}/approve", new { })).StatusCode);
        Assert.NotEqual(default, own.ValueKind);
    }
}
