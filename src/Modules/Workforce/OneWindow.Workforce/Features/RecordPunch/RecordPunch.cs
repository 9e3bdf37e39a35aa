using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using OneWindow.SharedKernel.Api;
using OneWindow.SharedKernel.Data;
using OneWindow.SharedKernel.Security;
using OneWindow.Workforce.Data;
using OneWindow.Workforce.Domain;

namespace OneWindow.Workforce.Features.RecordPunch;

/// <summary>
/// 打卡: a manager records or corrects a person's clock-in and clock-out of a day (a time left out keeps the one on
/// record), and a signed-in staff member clocks in or out now. Clock-out before clock-in is refused.
/// </summary>
internal static class RecordPunch
{
    public sealed record Request(string? StaffCode, string? Date, string? ClockIn, string? ClockOut);

    public sealed record ClockRequest(string? Action);

    public sealed record PunchView(string StaffCode, string StaffName, string Date, string? ClockIn, string? ClockOut, string Source);

    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapPost("/api/v1/workforce/attendance/punches", async Task<Results<Ok<PunchView>, ProblemHttpResult>> (Request request, ClaimsPrincipal user, WorkforceDesk desk, CancellationToken ct) =>
                (await HandleAsync(request, user, desk, ct)).ToOk())
            .RequireAuthorization(Policies.WorkforceAdmin)
            .WithTags("Workforce");
        app.MapPost("/api/v1/workforce/attendance/clock", async Task<Results<Ok<PunchView>, ProblemHttpResult>> (ClockRequest request, ClaimsPrincipal user, WorkforceDesk desk, CancellationToken ct) =>
                (await ClockAsync(request, user, desk, ct)).ToOk())
            .RequireAuthorization(Policies.Staff)
            .WithTags("Workforce");
    }

    public static async Task<Result<PunchView>> HandleAsync(Request request, ClaimsPrincipal user, WorkforceDesk desk, CancellationToken ct)
    {
        var v = new Validation().Required("staffCode", request.StaffCode, 32);
        var date = Fields.Date(v, "date", request.Date);
        var clockIn = Fields.OptionalTime(v, "clockIn", request.ClockIn);
        var clockOut = Fields.OptionalTime(v, "clockOut", request.ClockOut);
        if (v.IsValid && clockIn is null && clockOut is null)
        {
            v.Add("clockIn", "give clockIn, clockOut or both");
        }

        if (date != default && date > desk.Today)
        {
            v.Add("date", "must not be in the future");
        }

        if (!v.IsValid)
        {
            return Error.Invalid(v);
        }

        var staff = await desk.StaffByCodeAsync(request.StaffCode, tracked: false, ct);
        if (staff is null || !(await desk.ScopeAsync(user, ct)).Contains(staff.CenterCode))
        {
            return WorkforceDesk.StaffNotFound(request.StaffCode);
        }

        if (!staff.EmployedOn(date))
        {
            return Error.Invalid("date", $"{staff.Code} was not employed on {Wire.Text(date)}");
        }

        var punch = await desk.Db.Punches.FirstOrDefaultAsync(p => p.StaffId == staff.Id && p.Date == date, ct);
        var newIn = clockIn ?? punch?.ClockIn;
        var newOut = clockOut ?? punch?.ClockOut;
        if (OutBeforeIn(newIn, newOut) is { } error)
        {
            return error;
        }

        return await SaveAsync(punch, staff, date, newIn, newOut, "web", WorkforceDesk.Actor(user), desk, ct);
    }

    public static async Task<Result<PunchView>> ClockAsync(ClockRequest request, ClaimsPrincipal user, WorkforceDesk desk, CancellationToken ct)
    {
        if (request.Action is not ("in" or "out"))
        {
            return Error.Invalid("action", "must be in or out");
        }

        var staff = await desk.StaffOfAsync(user, ct);
        if (staff is null)
        {
            return Error.NotFound("workforce.no_staff_record", "Your account is not linked to a staff member.");
        }

        var today = desk.Today;
        var now = desk.TimeOfDay;
        now = new TimeOnly(now.Hour, now.Minute);
        var punch = await desk.Db.Punches.FirstOrDefaultAsync(p => p.StaffId == staff.Id && p.Date == today, ct);
        if (request.Action == "in")
        {
            if (punch?.ClockIn is { } already)
            {
                return Error.Conflict("workforce.already_clocked_in", $"You clocked in at {Wire.Text(already)} today.");
            }

            return await SaveAsync(punch, staff, today, now, punch?.ClockOut, "web", WorkforceDesk.Actor(user), desk, ct);
        }

        if (punch?.ClockIn is null)
        {
            return Error.Conflict("workforce.not_clocked_in", "Clock in first.");
        }

        if (OutBeforeIn(punch.ClockIn, now) is { } error)
        {
            return error;
        }

        return await SaveAsync(punch, staff, today, punch.ClockIn, now, "web", WorkforceDesk.Actor(user), desk, ct);
    }

    public static Error? OutBeforeIn(TimeOnly? clockIn, TimeOnly? clockOut) =>
        clockIn is { } a && clockOut is { } b && b < a
            ? Error.Invalid("clockOut", $"clock-out {Wire.Text(b)} is before clock-in {Wire.Text(a)}", "workforce.clock_out_before_in")
            : null;

    private static async Task<Result<PunchView>> SaveAsync(Punch? punch, Staff staff, DateOnly date, TimeOnly? clockIn, TimeOnly? clockOut, string source, string actor, WorkforceDesk desk, CancellationToken ct)
    {
        if (punch is null)
        {
            punch = new Punch { StaffId = staff.Id, Date = date, Source = source, UpdatedBy = actor };
            desk.Db.Punches.Add(punch);
        }

        punch.ClockIn = clockIn;
        punch.ClockOut = clockOut;
        punch.Source = source;
        punch.UpdatedBy = actor;
        punch.UpdatedAt = desk.Now;
        try
        {
            await desk.Db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException ex) when (UniqueViolation.Is(ex))
        {
            return Error.Conflict("workforce.punch_changed", "The day's punches were recorded at the same moment elsewhere; reload and try again.");
        }

        return View(punch, staff);
    }

    public static PunchView View(Punch punch, Staff staff) =>
        new(staff.Code, staff.DisplayName, Wire.Text(punch.Date), Wire.Text(punch.ClockIn), Wire.Text(punch.ClockOut), punch.Source);
}
