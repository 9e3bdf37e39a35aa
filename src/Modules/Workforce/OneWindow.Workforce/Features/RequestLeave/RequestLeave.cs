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

namespace OneWindow.Workforce.Features.RequestLeave;

/// <summary>
/// 请假: a leave request for a staff member (managers for anyone in their centers, everyone else for themselves).
/// Refused when it overlaps another request or leave of the same person (409 workforce.leave_overlap) and, for 调休,
/// when the comp time left is less than the working days asked for (409 workforce.comp_time_insufficient).
/// </summary>
internal static class RequestLeave
{
    public sealed record Request(string? StaffCode, string? Type, string? From, string? To, bool? StartsAfternoon, bool? EndsMorning, string? Reason);

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapPost("/api/v1/workforce/leave", async Task<Results<Created<LeaveView>, ProblemHttpResult>> (Request request, ClaimsPrincipal user, WorkforceDesk desk, CompTimeBook comp, CancellationToken ct) =>
            {
                var result = await HandleAsync(request, user, desk, comp, ct);
                return result.IsSuccess ? TypedResults.Created($"/api/v1/workforce/leave/{result.Value!.Id}", result.Value) : result.Error!.ToProblem();
            })
            .RequireAuthorization(Policies.Staff)
            .WithTags("Workforce");

    public static async Task<Result<LeaveView>> HandleAsync(Request request, ClaimsPrincipal user, WorkforceDesk desk, CompTimeBook comp, CancellationToken ct)
    {
        var v = new Validation().Required("staffCode", request.StaffCode, 32).Required("reason", request.Reason, 500);
        if (!EnumParsing.TryParseWire<LeaveType>(request.Type, out var type))
        {
            v.Add("type", $"must be one of {EnumParsing.Allowed<LeaveType>()}");
        }

        var from = Fields.Date(v, "from", request.From);
        var to = Fields.Date(v, "to", request.To);
        var startsAfternoon = request.StartsAfternoon ?? false;
        var endsMorning = request.EndsMorning ?? false;
        if (from != default && to != default)
        {
            if (to < from)
            {
                v.Add("to", "must be on or after from");
            }
            else if (from == to && startsAfternoon && endsMorning)
            {
                v.Add("endsMorning", "a one-day leave cannot start in the afternoon and end in the morning");
            }
        }

        if (!v.IsValid)
        {
            return Error.Invalid(v);
        }

        var staff = await desk.StaffByCodeAsync(request.StaffCode, tracked: false, ct);
        var scope = await desk.ScopeAsync(user, ct);
        if (staff is null || !scope.Contains(staff.CenterCode))
        {
            return WorkforceDesk.StaffNotFound(request.StaffCode);
        }

        if (!WorkforceDesk.IsManager(user) && staff.UserName != user.Identity?.Name)
        {
            return Error.Forbidden("workforce.not_your_leave", "You may request leave for yourself only.");
        }

        if (from < staff.HiredOn || (staff.LeftOn is { } left && to > left))
        {
            return Error.Invalid("from", $"{staff.Code} is employed from {Wire.Text(staff.HiredOn)}{(staff.LeftOn is { } l ? " to " + Wire.Text(l) : "")}; the leave must fall within it.");
        }

        var leave = new Leave
        {
            StaffId = staff.Id,
            Type = type,
            From = from,
            To = to,
            StartsAfternoon = startsAfternoon,
            EndsMorning = endsMorning,
            Reason = request.Reason!.Trim(),
            Status = LeaveStatus.Requested,
            RequestedAt = desk.Now,
            RequestedBy = WorkforceDesk.Actor(user),
        };
        var (start, end) = leave.Units;
        var others = await desk.Db.Leaves.AsNoTracking()
            .Where(l => l.StaffId == staff.Id && l.Status != LeaveStatus.Rejected && l.From <= to && l.To >= from)
            .ToListAsync(ct);
        var overlap = others.FirstOrDefault(o => o.Units.Start < end && start < o.Units.End);
        if (overlap is not null)
        {
            return Error.Conflict("workforce.leave_overlap", $"{staff.Code} already has leave {Wire.Text(overlap.From)}..{Wire.Text(overlap.To)} ({Wire.Text(overlap.Status)}) overlapping these days.");
        }

        var calendar = await desk.CalendarAsync(staff.CenterCode, ct);
        var days = CompTimeBook.WorkingDays(leave, calendar);
        if (type == LeaveType.CompTime)
        {
            if (days == 0)
            {
                return Error.Invalid("to", "a 调休 leave must take at least half a working day");
            }

            var balance = (await comp.BalancesAsync([staff.Id], ct))[staff.Id];
            if (balance.Balance < days)
            {
                return Error.Conflict("workforce.comp_time_insufficient", $"{staff.Code} has {balance.Balance} comp days left; the request takes {days}.");
            }
        }

        desk.Db.Leaves.Add(leave);
        await desk.Db.SaveChangesAsync(ct);
        return LeaveView.Of(leave, staff, days);
    }
}

/// <summary>A leave request as lists show it; <see cref="Days"/> counts working days (half days as 0.5).</summary>
internal sealed record LeaveView(
    Guid Id,
    string StaffCode,
    string StaffName,
    string CenterCode,
    string Type,
    string From,
    string To,
    bool StartsAfternoon,
    bool EndsMorning,
    decimal Days,
    string Reason,
    string Status,
    string RequestedBy,
    DateTimeOffset RequestedAt,
    string? DecidedBy,
    DateTimeOffset? DecidedAt,
    string? DecisionNote,
    string? ReturnedOn)
{
    public static LeaveView Of(Leave l, Staff s, decimal days) => new(
        l.Id, s.Code, s.DisplayName, s.CenterCode, Wire.Text(l.Type), Wire.Text(l.From), Wire.Text(l.To), l.StartsAfternoon, l.EndsMorning, days,
        l.Reason, Wire.Text(l.Status), l.RequestedBy, l.RequestedAt, l.DecidedBy, l.DecidedAt, l.DecisionNote, Wire.Text(l.ReturnedOn));
}
