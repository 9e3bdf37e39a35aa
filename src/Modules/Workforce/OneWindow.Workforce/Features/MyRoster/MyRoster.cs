using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using OneWindow.SharedKernel.Api;
using OneWindow.SharedKernel.Security;
using OneWindow.Workforce.Data;
using OneWindow.Workforce.Domain;

namespace OneWindow.Workforce.Features.MyRoster;

/// <summary>我的排班: the signed-in staff member's month from the published roster, with leave and the comp time left.</summary>
internal static class MyRoster
{
    public sealed record MyShift(string Code, string Label, string Start, string End);

    public sealed record MyDay(string Date, bool IsWorkday, string? PostCode, string? PostName, IReadOnlyList<MyShift> Shifts, bool CompDay, bool OnLeave, bool Published);

    public sealed record Mine(string StaffCode, string Name, string Month, decimal CompBalance, IReadOnlyList<MyDay> Days);

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/api/v1/workforce/rosters/mine", async Task<Results<Ok<Mine>, ProblemHttpResult>> (string? month, ClaimsPrincipal user, WorkforceDesk desk, PlanBook plans, CompTimeBook comp, CancellationToken ct) =>
                (await HandleAsync(month, user, desk, plans, comp, ct)).ToOk())
            .RequireAuthorization(Policies.Staff)
            .WithTags("Workforce");

    public static async Task<Result<Mine>> HandleAsync(string? month, ClaimsPrincipal user, WorkforceDesk desk, PlanBook plans, CompTimeBook comp, CancellationToken ct)
    {
        var v = new Validation();
        var first = Fields.Month(v, "month", month);
        if (!v.IsValid)
        {
            return Error.Invalid(v);
        }

        var staff = await desk.StaffOfAsync(user, ct);
        if (staff is null)
        {
            return Error.NotFound("workforce.no_staff_record", "Your account is not linked to a staff member.");
        }

        var last = Wire.LastOfMonth(first);
        var plan = await plans.ForAsync([staff], first, last, ct);
        var posts = await desk.Db.Posts.AsNoTracking().Select(p => new { p.Code, p.Name }).ToDictionaryAsync(p => p.Code, p => p.Name, ct);
        var leaves = await desk.Db.Leaves.AsNoTracking()
            .Where(l => l.StaffId == staff.Id && (l.Status == LeaveStatus.Approved || l.Status == LeaveStatus.Returned) && l.From <= last && l.To >= first)
            .ToListAsync(ct);
        var calendar = await desk.CalendarAsync(staff.CenterCode, ct);
        var days = Wire.Days(first, last).Select(d =>
        {
            var day = plan[(staff.Id, d)];
            return new MyDay(Wire.Text(d), calendar.IsWorkday(d), day.PostCode, day.PostCode is { } code ? posts.GetValueOrDefault(code) : null,
                day.Shifts.Select(s => new MyShift(s.ShiftCode, s.Label, Wire.Text(s.Start), Wire.Text(s.End))).ToList(),
                day.CompDay, leaves.Any(l => l.AwayAllDay(d)), day.RosterId is not null);
        }).ToList();
        var balance = (await comp.BalancesAsync([staff.Id], ct))[staff.Id].Balance;
        return new Mine(staff.Code, staff.DisplayName, Wire.Month(first), balance, days);
    }
}
