using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using OneWindow.Organization.Contracts;
using OneWindow.SharedKernel.Api;
using OneWindow.SharedKernel.Security;
using OneWindow.Workforce.Data;
using OneWindow.Workforce.Domain;

namespace OneWindow.Workforce.Features.GetAttendance;

/// <summary>
/// A day's attendance against the plan: who was expected (published roster, else every working day), when (the hall's
/// regular hours, widened by the person's extended shifts), the punches, and the result: ok, late, early-leave,
/// absent, no-clock-out, on-leave (all day), rest (not expected), or pending (today, not over yet). A half day of leave
/// excuses that half. Grace minutes: OneWindow:Workforce:GraceMinutes.
/// </summary>
internal static class GetAttendance
{
    public sealed record Line(
        string StaffCode,
        string StaffName,
        string CenterCode,
        string Date,
        bool Expected,
        string? PostCode,
        IReadOnlyList<string> Shifts,
        string? ExpectedStart,
        string? ExpectedEnd,
        string? ClockIn,
        string? ClockOut,
        IReadOnlyList<string> Results);

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/api/v1/workforce/attendance", async Task<Results<Ok<IReadOnlyList<Line>>, ProblemHttpResult>> (string? date, string? center, ClaimsPrincipal user, WorkforceDesk desk, PlanBook plans, CancellationToken ct) =>
                (await HandleAsync(date, center, null, await desk.ScopeAsync(user, ct), desk, plans, ct)).ToOk())
            .RequireAuthorization(Policies.WorkforceSupervisor)
            .WithTags("Workforce");

    public static async Task<Result<IReadOnlyList<Line>>> HandleAsync(string? dateText, string? center, string? staffCode, CenterScope scope, WorkforceDesk desk, PlanBook plans, CancellationToken ct)
    {
        var v = new Validation();
        var date = Fields.Date(v, "date", dateText);
        if (!v.IsValid)
        {
            return Error.Invalid(v);
        }

        var centers = await ListPosts.ListPosts.CentersAsync(center, scope, desk, ct);
        if (!centers.IsSuccess)
        {
            return centers.Error!;
        }

        var codes = centers.Value!.ToList();
        var query = desk.Db.Staff.AsNoTracking().Where(s => codes.Contains(s.CenterCode) && s.HiredOn <= date && (s.LeftOn == null || s.LeftOn >= date));
        if (staffCode is not null)
        {
            query = query.Where(s => s.Code == staffCode);
        }

        var staff = await query.OrderBy(s => s.Code).ToListAsync(ct);
        var ids = staff.Select(s => s.Id).ToList();
        var plan = await plans.ForAsync(staff, date, date, ct);
        var punches = await desk.Db.Punches.AsNoTracking().Where(p => ids.Contains(p.StaffId) && p.Date == date).ToDictionaryAsync(p => p.StaffId, ct);
        var leaves = (await desk.Db.Leaves.AsNoTracking()
            .Where(l => ids.Contains(l.StaffId) && (l.Status == LeaveStatus.Approved || l.Status == LeaveStatus.Returned) && l.From <= date && l.To >= date)
            .ToListAsync(ct)).ToLookup(l => l.StaffId);
        var today = desk.Today;
        var now = desk.TimeOfDay;
        var grace = TimeSpan.FromMinutes(desk.Options.GraceMinutes);
        var lines = new List<Line>(staff.Count);
        foreach (var person in staff)
        {
            var day = plan[(person.Id, date)];
            punches.TryGetValue(person.Id, out var punch);
            var morningOff = leaves[person.Id].Any(l => Covers(l, date.DayNumber * 2));
            var afternoonOff = leaves[person.Id].Any(l => Covers(l, date.DayNumber * 2 + 1));
            TimeOnly? start = null, end = null;
            var results = new List<string>();
            if (day.Expected)
            {
                var calendar = await desk.CalendarAsync(person.CenterCode, ct);
                if (day.PostCode is not null || (day.RosterId is null && calendar.IsWorkday(date)))
                {
                    (start, end) = await desk.RegularHoursAsync(person.CenterCode, date, ct);
                }

                foreach (var shift in day.Shifts)
                {
                    start = start is { } s && s <= shift.Start ? s : shift.Start;
                    end = end is { } e && e >= shift.End ? e : shift.End;
                }
            }

            if (morningOff && afternoonOff)
            {
                results.Add("on-leave");
            }
            else if (!day.Expected || start is null || end is null)
            {
                results.Add("rest");
            }
            else
            {
                var over = date < today || (date == today && now >= end.Value);
                var started = date < today || (date == today && now >= start.Value.Add(grace));
                if (punch?.ClockIn is null && punch?.ClockOut is null)
                {
                    results.Add(started ? "absent" : "pending");
                }
                else
                {
                    if (!morningOff && punch.ClockIn is { } clockIn && clockIn > start.Value.Add(grace))
                    {
                        results.Add("late");
                    }

                    if (!morningOff && punch.ClockIn is null)
                    {
                        results.Add("late");
                    }

                    if (punch.ClockOut is { } clockOut)
                    {
                        if (!afternoonOff && clockOut.Add(grace) < end.Value)
                        {
                            results.Add("early-leave");
                        }
                    }
                    else if (over && !afternoonOff)
                    {
                        results.Add("no-clock-out");
                    }

                    if (results.Count == 0)
                    {
                        results.Add(over ? "ok" : "pending");
                    }
                }
            }

            lines.Add(new Line(person.Code, person.DisplayName, person.CenterCode, Wire.Text(date), day.Expected, day.PostCode,
                day.Shifts.Select(s => s.Label).ToList(), Wire.Text(start), Wire.Text(end), Wire.Text(punch?.ClockIn), Wire.Text(punch?.ClockOut), results));
        }

        return lines;
    }

    private static bool Covers(Leave leave, int unit)
    {
        var (start, end) = leave.Units;
        return start <= unit && unit < end;
    }
}
