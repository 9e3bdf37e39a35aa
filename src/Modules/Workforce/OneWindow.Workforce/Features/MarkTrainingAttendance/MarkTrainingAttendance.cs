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

namespace OneWindow.Workforce.Features.MarkTrainingAttendance;

/// <summary>
/// 培训签到: present, absent or on-leave for people of a held session (dated today or earlier). On-leave needs
/// approved leave that day (请假 of this module); a person must work at the session's center or below and be employed
/// that day. Every bad entry is reported (errors keyed entries[i]); with any bad entry nothing is stored. A person
/// marked again is updated.
/// </summary>
internal static class MarkTrainingAttendance
{
    public sealed record Entry(string? StaffCode, string? Status);

    public sealed record Request(IReadOnlyList<Entry>? Entries);

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapPut("/api/v1/workforce/training/sessions/{id:guid}/attendance", async Task<Results<Ok<SaveTrainingSession.SaveTrainingSession.SessionDetail>, ProblemHttpResult>> (Guid id, Request request, ClaimsPrincipal user, WorkforceDesk desk, CancellationToken ct) =>
                (await HandleAsync(id, request, user, desk, ct)).ToOk())
            .RequireAuthorization(Policies.WorkforceAdmin)
            .WithTags("Workforce");

    public static async Task<Result<SaveTrainingSession.SaveTrainingSession.SessionDetail>> HandleAsync(Guid id, Request request, ClaimsPrincipal user, WorkforceDesk desk, CancellationToken ct)
    {
        var scope = await desk.ScopeAsync(user, ct);
        var session = await desk.Db.TrainingSessions.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, ct);
        if (session is null || !scope.Contains(session.CenterCode))
        {
            return SaveTrainingSession.SaveTrainingSession.SessionNotFound(id);
        }

        if (session.Date > desk.Today)
        {
            return Error.Conflict("workforce.training_not_held", $"The session of {Wire.Text(session.Date)} has not been held yet.");
        }

        var entries = request.Entries ?? [];
        var v = new Validation();
        if (entries.Count == 0 || entries.Count > 1000)
        {
            v.Add("entries", "must have 1-1000 entries");
            return Error.Invalid(v);
        }

        var codes = entries.Select(e => e.StaffCode?.Trim()).Where(c => !string.IsNullOrEmpty(c)).Distinct().ToList();
        var subtree = await desk.SubtreeAsync(session.CenterCode, ct);
        var staff = await desk.Db.Staff.AsNoTracking().Where(s => codes.Contains(s.Code)).ToDictionaryAsync(s => s.Code, ct);
        var onLeave = await TrainingBook.OnLeaveAsync(desk.Db, staff.Values.Select(s => s.Id).ToList(), session.Date, ct);
        var marks = new Dictionary<Guid, TrainingPresence>();
        for (var i = 0; i < entries.Count; i++)
        {
            var key = $"entries[{i}]";
            var code = entries[i].StaffCode?.Trim();
            var status = TrainingBook.Presence(entries[i].Status);
            if (status is null)
            {
                v.Add(key, "status must be present, absent or on-leave");
            }

            if (string.IsNullOrEmpty(code) || !staff.TryGetValue(code, out var person) || !subtree.Contains(person.CenterCode))
            {
                v.Add(key, $"{code} is not a staff member of the session's center");
                continue;
            }

            if (!person.EmployedOn(session.Date))
            {
                v.Add(key, $"{code} is not employed on {Wire.Text(session.Date)}");
            }
            else if (status == TrainingPresence.OnLeave && !onLeave.Contains(person.Id))
            {
                v.Add(key, $"{code} has no approved leave on {Wire.Text(session.Date)}");
            }

            if (!marks.TryAdd(person.Id, status ?? TrainingPresence.Absent))
            {
                v.Add(key, $"{code} is listed twice");
            }
        }

        if (!v.IsValid)
        {
            return Error.Invalid(v);
        }

        var ids = marks.Keys.ToList();
        var existing = await desk.Db.TrainingAttendance.Where(a => a.SessionId == id && ids.Contains(a.StaffId)).ToDictionaryAsync(a => a.StaffId, ct);
        var now = desk.Now;
        var by = WorkforceDesk.Actor(user);
        foreach (var (staffId, status) in marks)
        {
            if (existing.TryGetValue(staffId, out var row))
            {
                row.Status = status;
                row.MarkedAt = now;
                row.MarkedBy = by;
            }
            else
            {
                desk.Db.TrainingAttendance.Add(new TrainingAttendance { SessionId = id, StaffId = staffId, Status = status, MarkedAt = now, MarkedBy = by });
            }
        }

        try
        {
            await desk.Db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            return Error.Conflict("workforce.training_attendance_conflict", "Someone marked this session at the same time; reload and mark again.");
        }

        return await SaveTrainingSession.SaveTrainingSession.DetailAsync(id, scope, desk, ct);
    }
}
