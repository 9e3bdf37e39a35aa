using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using OneWindow.Organization.Contracts;
using OneWindow.SharedKernel.Api;
using OneWindow.SharedKernel.Security;
using OneWindow.Workforce.Data;
using OneWindow.Workforce.Domain;

namespace OneWindow.Workforce.Features.SaveTrainingSession;

/// <summary>
/// 培训场次: a session on a day from when to when, usually for an item of the center's plan (topic and form default to
/// the item's), with its trainer and where it is held (a place for offline, a link for online, either for mixed);
/// the sessions of a year, and one session with its materials and the people expected (everyone employed at the
/// center and below that day) with their attendance, on-leave suggested from approved leave. An Idempotency-Key makes a
/// retry return the first session (200) instead of a second one.
/// </summary>
internal static class SaveTrainingSession
{
    public sealed record Request(string? CenterCode, Guid? PlanItemId, string? Date, string? Start, string? End, string? Topic, string? Form, string? Trainer, string? Location, string? Link);

    public sealed record SessionView(Guid Id, string CenterCode, Guid? PlanItemId, string? PlanPeriod, string? PlanKind, string Date, string Start, string End, string Topic, string Form, string Trainer, string? Location, string? Link, bool Held, int Present, int Absent, int OnLeave, int Materials);

    public sealed record MaterialView(Guid Id, string FileName, string ContentType, long Size, string At, string By);

    public sealed record AttendanceLine(string StaffCode, string StaffName, string CenterCode, string? Status, bool OnApprovedLeave);

    public sealed record SessionDetail(SessionView Session, IReadOnlyList<MaterialView> Materials, IReadOnlyList<AttendanceLine> Attendance);

    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapPost("/api/v1/workforce/training/sessions", async Task<Results<Created<SessionView>, Ok<SessionView>, ProblemHttpResult>> (Request request, [FromHeader(Name = "Idempotency-Key")] string? idempotencyKey, ClaimsPrincipal user, WorkforceDesk desk, CancellationToken ct) =>
            {
                if (idempotencyKey is not null && await ReplayAsync(idempotencyKey, user, desk, ct) is { } earlier)
                {
                    return TypedResults.Ok(earlier);
                }

                var result = await HandleAsync(request, user, desk, ct, idempotencyKey);
                if (!result.IsSuccess && result.Error!.Code == "workforce.duplicate_request" && idempotencyKey is not null && await ReplayAsync(idempotencyKey, user, desk, ct) is { } raced)
                {
                    return TypedResults.Ok(raced);
                }

                return result.IsSuccess ? TypedResults.Created($"/api/v1/workforce/training/sessions/{result.Value!.Id}", result.Value) : result.Error!.ToProblem();
            })
            .RequireAuthorization(Policies.WorkforceAdmin)
            .WithTags("Workforce");
        app.MapGet("/api/v1/workforce/training/sessions", async Task<Results<Ok<IReadOnlyList<SessionView>>, ProblemHttpResult>> (string? center, int? year, ClaimsPrincipal user, WorkforceDesk desk, CancellationToken ct) =>
                (await ListAsync(center, year, await desk.ScopeAsync(user, ct), desk, ct)).ToOk())
            .RequireAuthorization(Policies.WorkforceSupervisor)
            .WithTags("Workforce");
        app.MapGet("/api/v1/workforce/training/sessions/{id:guid}", async Task<Results<Ok<SessionDetail>, ProblemHttpResult>> (Guid id, ClaimsPrincipal user, WorkforceDesk desk, CancellationToken ct) =>
                (await DetailAsync(id, await desk.ScopeAsync(user, ct), desk, ct)).ToOk())
            .RequireAuthorization(Policies.WorkforceSupervisor)
            .WithTags("Workforce");
    }

    public static async Task<Result<SessionView>> HandleAsync(Request request, ClaimsPrincipal user, WorkforceDesk desk, CancellationToken ct, string? idempotencyKey = null)
    {
        var v = new Validation().Name("trainer", request.Trainer, 100);
        if (idempotencyKey is { Length: > 100 })
        {
            v.Add("Idempotency-Key", "must be at most 100 characters");
        }

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

        TrainingPlanItem? item = null;
        TrainingPlan? plan = null;
        if (request.PlanItemId is { } itemId)
        {
            item = await desk.Db.TrainingPlanItems.AsNoTracking().FirstOrDefaultAsync(i => i.Id == itemId, ct);
            plan = item is null ? null : await desk.Db.TrainingPlans.AsNoTracking().FirstOrDefaultAsync(p => p.Id == item.PlanId, ct);
            if (item is null || plan is null || plan.CenterCode != request.CenterCode?.Trim())
            {
                v.Add("planItemId", "is not an item of this center's plan");
            }
            else if (date != default && date.Year != plan.Year)
            {
                v.Add("date", $"must be in the plan's year {plan.Year}");
            }
        }

        var topic = string.IsNullOrWhiteSpace(request.Topic) ? item?.Topic : request.Topic.Trim();
        var form = string.IsNullOrWhiteSpace(request.Form) ? item?.Form : request.Form.Trim();
        v.Name("topic", topic, 200);
        if (form is null || !TrainingBook.Forms.Contains(form))
        {
            v.Add("form", "must be online, offline or mixed");
        }

        var location = string.IsNullOrWhiteSpace(request.Location) ? null : request.Location.Trim();
        var link = string.IsNullOrWhiteSpace(request.Link) ? null : request.Link.Trim();
        if (location is not null)
        {
            v.Name("location", location, 200);
        }

        if (link is not null && (link.Length > 500 || !Uri.TryCreate(link, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http")))
        {
            v.Add("link", "must be an http(s) address of at most 500 characters");
        }

        if (form == "offline" && location is null)
        {
            v.Add("location", "is required for an offline session");
        }
        else if (form == "online" && link is null)
        {
            v.Add("link", "is required for an online session");
        }
        else if (form == "mixed" && location is null && link is null)
        {
            v.Add("location", "a place or a link is required");
        }

        var scope = await desk.ScopeAsync(user, ct);
        if (await desk.CheckCenterAsync(request.CenterCode, scope, "centerCode", ct) is { } centerError)
        {
            if (centerError.Status == StatusCodes.Status403Forbidden)
            {
                return centerError;
            }

            v.Add("centerCode", centerError.Message);
        }

        if (!v.IsValid)
        {
            return Error.Invalid(v);
        }

        var session = new TrainingSession
        {
            CenterCode = request.CenterCode!.Trim(),
            PlanItemId = item?.Id,
            Date = date,
            Start = start!.Value,
            End = end!.Value,
            Topic = topic!,
            Form = form!,
            Trainer = request.Trainer!.Trim(),
            Location = location,
            Link = link,
            IdempotencyKey = idempotencyKey,
            CreatedAt = desk.Now,
            CreatedBy = WorkforceDesk.Actor(user),
        };
        desk.Db.TrainingSessions.Add(session);
        try
        {
            await desk.Db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException) when (idempotencyKey is not null)
        {
            return Error.Conflict("workforce.duplicate_request", "A session with this Idempotency-Key was created at the same time.");
        }

        return View(session, item, desk.Today, [], 0);
    }

    /// <summary>The session created earlier with this Idempotency-Key, when the user may see it.</summary>
    private static async Task<SessionView?> ReplayAsync(string key, ClaimsPrincipal user, WorkforceDesk desk, CancellationToken ct)
    {
        var earlier = await desk.Db.TrainingSessions.AsNoTracking().FirstOrDefaultAsync(s => s.IdempotencyKey == key, ct);
        if (earlier is null || !(await desk.ScopeAsync(user, ct)).Contains(earlier.CenterCode))
        {
            return null;
        }

        return (await ViewsAsync([earlier], desk, ct))[0];
    }

    public static async Task<Result<IReadOnlyList<SessionView>>> ListAsync(string? center, int? year, CenterScope scope, WorkforceDesk desk, CancellationToken ct)
    {
        if (year is not (>= 2000 and < 2200))
        {
            return Error.Invalid("year", "must be a year 2000-2199");
        }

        var centers = await ListPosts.ListPosts.CentersAsync(center, scope, desk, ct);
        if (!centers.IsSuccess)
        {
            return centers.Error!;
        }

        var codes = centers.Value!.ToList();
        var from = new DateOnly(year.Value, 1, 1);
        var to = new DateOnly(year.Value, 12, 31);
        var sessions = await desk.Db.TrainingSessions.AsNoTracking().Where(s => codes.Contains(s.CenterCode) && s.Date >= from && s.Date <= to).ToListAsync(ct);
        return Result<IReadOnlyList<SessionView>>.Ok(await ViewsAsync(sessions, desk, ct));
    }

    public static async Task<IReadOnlyList<SessionView>> ViewsAsync(IReadOnlyList<TrainingSession> sessions, WorkforceDesk desk, CancellationToken ct)
    {
        var ids = sessions.Select(s => s.Id).ToList();
        var itemIds = sessions.Where(s => s.PlanItemId != null).Select(s => s.PlanItemId!.Value).Distinct().ToList();
        var items = await desk.Db.TrainingPlanItems.AsNoTracking().Where(i => itemIds.Contains(i.Id)).ToDictionaryAsync(i => i.Id, ct);
        var marks = (await desk.Db.TrainingAttendance.AsNoTracking().Where(a => ids.Contains(a.SessionId)).Select(a => new { a.SessionId, a.Status }).ToListAsync(ct))
            .ToLookup(a => a.SessionId, a => a.Status);
        var materials = (await desk.Db.TrainingMaterials.AsNoTracking().Where(m => ids.Contains(m.SessionId)).Select(m => m.SessionId).ToListAsync(ct))
            .GroupBy(x => x).ToDictionary(g => g.Key, g => g.Count());
        var today = desk.Today;
        return sessions.OrderBy(s => s.Date).ThenBy(s => s.Start).ThenBy(s => s.Topic, StringComparer.Ordinal)
            .Select(s => View(s, s.PlanItemId is { } i ? items.GetValueOrDefault(i) : null, today, marks[s.Id].ToList(), materials.GetValueOrDefault(s.Id)))
            .ToList();
    }

    public static async Task<Result<SessionDetail>> DetailAsync(Guid id, CenterScope scope, WorkforceDesk desk, CancellationToken ct)
    {
        var session = await desk.Db.TrainingSessions.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, ct);
        if (session is null || !scope.Contains(session.CenterCode))
        {
            return SessionNotFound(id);
        }

        var view = (await ViewsAsync([session], desk, ct))[0];
        var materials = await desk.Db.TrainingMaterials.AsNoTracking().Where(m => m.SessionId == id).OrderBy(m => m.At).ToListAsync(ct);
        var people = await ExpectedAsync(session, desk, ct);
        var marks = await desk.Db.TrainingAttendance.AsNoTracking().Where(a => a.SessionId == id).ToDictionaryAsync(a => a.StaffId, a => a.Status, ct);
        var marked = marks.Keys.Except(people.Select(p => p.Id)).ToList();
        if (marked.Count > 0)
        {
            people.AddRange(await desk.Db.Staff.AsNoTracking().Where(s => marked.Contains(s.Id)).ToListAsync(ct));
        }

        var onLeave = await TrainingBook.OnLeaveAsync(desk.Db, people.Select(p => p.Id).ToList(), session.Date, ct);
        var lines = people.OrderBy(p => p.CenterCode.Length).ThenBy(p => p.CenterCode, StringComparer.Ordinal).ThenBy(p => p.Code, StringComparer.Ordinal)
            .Select(p => new AttendanceLine(p.Code, p.DisplayName, p.CenterCode, marks.TryGetValue(p.Id, out var m) ? TrainingBook.Presence(m) : null, onLeave.Contains(p.Id)))
            .ToList();
        return new SessionDetail(view, materials.Select(m => new MaterialView(m.Id, m.FileName, m.ContentType, m.Size, m.At.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture), m.By)).ToList(), lines);
    }

    /// <summary>Everyone employed at the session's center and the centers below it on the day.</summary>
    public static async Task<List<Staff>> ExpectedAsync(TrainingSession session, WorkforceDesk desk, CancellationToken ct)
    {
        var codes = (await desk.SubtreeAsync(session.CenterCode, ct)).ToList();
        var date = session.Date;
        return await desk.Db.Staff.AsNoTracking().Where(s => codes.Contains(s.CenterCode) && s.HiredOn <= date && (s.LeftOn == null || s.LeftOn >= date)).ToListAsync(ct);
    }

    public static Error SessionNotFound(Guid id) => Error.NotFound("workforce.unknown_training_session", $"There is no training session '{id}'.");

    private static SessionView View(TrainingSession s, TrainingPlanItem? item, DateOnly today, IReadOnlyList<TrainingPresence> marks, int materials) =>
        new(s.Id, s.CenterCode, s.PlanItemId, item?.Period, item?.Kind, Wire.Text(s.Date), Wire.Text(s.Start), Wire.Text(s.End), s.Topic, s.Form, s.Trainer, s.Location, s.Link,
            s.Date <= today, marks.Count(m => m == TrainingPresence.Present), marks.Count(m => m == TrainingPresence.Absent), marks.Count(m => m == TrainingPresence.OnLeave), materials);
}
