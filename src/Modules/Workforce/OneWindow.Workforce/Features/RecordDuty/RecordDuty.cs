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

namespace OneWindow.Workforce.Features.RecordDuty;

/// <summary>值班: who is on duty on a date from when to when (节假日值班, 夜间值守 …), and the month's duty list.</summary>
internal static class RecordDuty
{
    public sealed record Request(string? StaffCode, string? Date, string? Start, string? End, string? Kind, string? Note);

    public sealed record DutyView(Guid Id, string StaffCode, string StaffName, string CenterCode, string Date, string Start, string End, string Kind, string? Note, string RecordedBy);

    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapPost("/api/v1/workforce/duties", async Task<Results<Created<DutyView>, ProblemHttpResult>> (Request request, ClaimsPrincipal user, WorkforceDesk desk, CancellationToken ct) =>
            {
                var result = await HandleAsync(request, user, desk, ct);
                return result.IsSuccess ? TypedResults.Created($"/api/v1/workforce/duties/{result.Value!.Id}", result.Value) : result.Error!.ToProblem();
            })
            .RequireAuthorization(Policies.WorkforceAdmin)
            .WithTags("Workforce");
        app.MapGet("/api/v1/workforce/duties", async Task<Results<Ok<IReadOnlyList<DutyView>>, ProblemHttpResult>> (string? month, string? center, ClaimsPrincipal user, WorkforceDesk desk, CancellationToken ct) =>
                (await ListAsync(month, center, await desk.ScopeAsync(user, ct), desk, ct)).ToOk())
            .RequireAuthorization(Policies.WorkforceSupervisor)
            .WithTags("Workforce");
    }

    public static async Task<Result<DutyView>> HandleAsync(Request request, ClaimsPrincipal user, WorkforceDesk desk, CancellationToken ct)
    {
        var v = new Validation().Required("staffCode", request.StaffCode, 32).Name("kind", request.Kind, 50).Optional("note", request.Note, 500);
        var date = Fields.Date(v, "date", request.Date);
        var start = Fields.OptionalTime(v, "start", request.Start);
        var end = Fields.OptionalTime(v, "end", request.End);
        if (start is null && !v.Errors.ContainsKey("start"))
        {
            v.Add("start", "is required");
        }

        if (end is null && !v.Errors.ContainsKey("end"))
        {
            v.Add("end", "is required");
        }
        else if (start is { } s && end is { } e && e <= s)
        {
            v.Add("end", "must be after start");
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
            return Error.Invalid("date", $"{staff.Code} is not employed on {Wire.Text(date)}");
        }

        var overlapping = await desk.Db.Duties.AsNoTracking().Where(d => d.StaffId == staff.Id && d.Date == date).ToListAsync(ct);
        if (overlapping.FirstOrDefault(d => d.Start < end && start < d.End) is { } clash)
        {
            return Error.Conflict("workforce.duty_overlap", $"{staff.Code} is on duty {Wire.Text(clash.Start)}-{Wire.Text(clash.End)} that day already.");
        }

        var duty = new Duty
        {
            StaffId = staff.Id,
            Date = date,
            Start = start!.Value,
            End = end!.Value,
            Kind = request.Kind!.Trim(),
            Note = string.IsNullOrWhiteSpace(request.Note) ? null : request.Note.Trim(),
            RecordedAt = desk.Now,
            RecordedBy = WorkforceDesk.Actor(user),
        };
        desk.Db.Duties.Add(duty);
        await desk.Db.SaveChangesAsync(ct);
        return View(duty, staff);
    }

    public static async Task<Result<IReadOnlyList<DutyView>>> ListAsync(string? month, string? center, CenterScope scope, WorkforceDesk desk, CancellationToken ct)
    {
        var v = new Validation();
        var first = Fields.Month(v, "month", month);
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
        var last = Wire.LastOfMonth(first);
        var rows = await desk.Db.Duties.AsNoTracking().Where(d => d.Date >= first && d.Date <= last)
            .Join(desk.Db.Staff.AsNoTracking().Where(s => codes.Contains(s.CenterCode)), d => d.StaffId, s => s.Id, (d, s) => new { Duty = d, Staff = s })
            .ToListAsync(ct);
        return rows.OrderBy(r => r.Duty.Date).ThenBy(r => r.Duty.Start).Select(r => View(r.Duty, r.Staff)).ToList();
    }

    private static DutyView View(Duty d, Staff s) =>
        new(d.Id, s.Code, s.DisplayName, s.CenterCode, Wire.Text(d.Date), Wire.Text(d.Start), Wire.Text(d.End), d.Kind, d.Note, d.RecordedBy);
}
