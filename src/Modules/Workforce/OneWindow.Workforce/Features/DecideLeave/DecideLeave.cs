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
using OneWindow.Workforce.Features.RequestLeave;

namespace OneWindow.Workforce.Features.DecideLeave;

/// <summary>
/// Approves or rejects a requested leave, and 销假: an approved leave ends when the person is back (the first day at
/// work, from the leave's first day to the day after its last). Anything else is 409.
/// </summary>
internal static class DecideLeave
{
    public sealed record Decision(string? Note);

    public sealed record Return(string? ReturnedOn);

    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapPost("/api/v1/workforce/leave/{id:guid}/approve", async Task<Results<Ok<LeaveView>, ProblemHttpResult>> (Guid id, Decision? request, ClaimsPrincipal user, WorkforceDesk desk, CancellationToken ct) =>
                (await DecideAsync(id, approve: true, request?.Note, user, desk, ct)).ToOk())
            .RequireAuthorization(Policies.WorkforceAdmin)
            .WithTags("Workforce");
        app.MapPost("/api/v1/workforce/leave/{id:guid}/reject", async Task<Results<Ok<LeaveView>, ProblemHttpResult>> (Guid id, Decision? request, ClaimsPrincipal user, WorkforceDesk desk, CancellationToken ct) =>
                (await DecideAsync(id, approve: false, request?.Note, user, desk, ct)).ToOk())
            .RequireAuthorization(Policies.WorkforceAdmin)
            .WithTags("Workforce");
        app.MapPost("/api/v1/workforce/leave/{id:guid}/return", async Task<Results<Ok<LeaveView>, ProblemHttpResult>> (Guid id, Return request, ClaimsPrincipal user, WorkforceDesk desk, CancellationToken ct) =>
                (await ReturnAsync(id, request, user, desk, ct)).ToOk())
            .RequireAuthorization(Policies.WorkforceAdmin)
            .WithTags("Workforce");
    }

    public static async Task<Result<LeaveView>> DecideAsync(Guid id, bool approve, string? note, ClaimsPrincipal user, WorkforceDesk desk, CancellationToken ct)
    {
        var v = new Validation().Optional("note", note, 500);
        if (!v.IsValid)
        {
            return Error.Invalid(v);
        }

        var found = await FindAsync(id, user, desk, ct);
        if (!found.IsSuccess)
        {
            return found.Error!;
        }

        var (leave, staff) = found.Value;
        if (leave.Status != LeaveStatus.Requested)
        {
            return Error.Conflict("workforce.leave_not_pending", $"The leave is {Wire.Text(leave.Status)} already.");
        }

        leave.Status = approve ? LeaveStatus.Approved : LeaveStatus.Rejected;
        leave.DecidedAt = desk.Now;
        leave.DecidedBy = WorkforceDesk.Actor(user);
        leave.DecisionNote = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        return await SaveAsync(leave, staff, desk, ct);
    }

    public static async Task<Result<LeaveView>> ReturnAsync(Guid id, Return request, ClaimsPrincipal user, WorkforceDesk desk, CancellationToken ct)
    {
        var v = new Validation();
        var back = Fields.Date(v, "returnedOn", request.ReturnedOn);
        if (!v.IsValid)
        {
            return Error.Invalid(v);
        }

        var found = await FindAsync(id, user, desk, ct);
        if (!found.IsSuccess)
        {
            return found.Error!;
        }

        var (leave, staff) = found.Value;
        if (leave.Status != LeaveStatus.Approved)
        {
            return Error.Conflict("workforce.leave_not_approved", $"Only an approved leave can be ended (销假); this one is {Wire.Text(leave.Status)}.");
        }

        if (back < leave.From || back > leave.To.AddDays(1))
        {
            return Error.Invalid("returnedOn", $"must be from {Wire.Text(leave.From)} to {Wire.Text(leave.To.AddDays(1))} (the first day back at work)");
        }

        leave.Status = LeaveStatus.Returned;
        leave.ReturnedOn = back;
        return await SaveAsync(leave, staff, desk, ct);
    }

    private static async Task<Result<(Leave Leave, Staff Staff)>> FindAsync(Guid id, ClaimsPrincipal user, WorkforceDesk desk, CancellationToken ct)
    {
        var leave = await desk.Db.Leaves.FirstOrDefaultAsync(l => l.Id == id, ct);
        var staff = leave is null ? null : await desk.Db.Staff.AsNoTracking().FirstAsync(s => s.Id == leave.StaffId, ct);
        if (leave is null || staff is null || !(await desk.ScopeAsync(user, ct)).Contains(staff.CenterCode))
        {
            return Error.NotFound("workforce.unknown_leave", "There is no such leave request.");
        }

        return (leave, staff);
    }

    private static async Task<Result<LeaveView>> SaveAsync(Leave leave, Staff staff, WorkforceDesk desk, CancellationToken ct)
    {
        leave.Revision++;
        try
        {
            await desk.Db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Error.Conflict("workforce.leave_changed", "Someone else decided this leave just now; reload to see the outcome.");
        }

        var calendar = await desk.CalendarAsync(staff.CenterCode, ct);
        return LeaveView.Of(leave, staff, CompTimeBook.WorkingDays(leave, calendar));
    }
}
