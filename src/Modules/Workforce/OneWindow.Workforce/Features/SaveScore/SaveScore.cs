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

namespace OneWindow.Workforce.Features.SaveScore;

/// <summary>
/// 季度考核成绩: one score (0-100, one decimal) per person, quarter and kind (业务知识, 服务礼仪 …) with the assessor and a
/// note. Entering it again updates it and keeps what it was in the history (201 new, 200 updated). The person must
/// have been employed in the quarter, which may not lie in the future.
/// </summary>
internal static class SaveScore
{
    public sealed record Request(string? StaffCode, string? Quarter, string? Kind, decimal? Score, string? Assessor, string? Note);

    public sealed record HistoryView(decimal Score, string Assessor, string? Note, string At, string By);

    public sealed record ScoreView(Guid Id, string StaffCode, string StaffName, string CenterCode, string Quarter, string Kind, decimal Score, string Assessor, string? Note, string At, string By, IReadOnlyList<HistoryView> History);

    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapPost("/api/v1/workforce/training/scores", async Task<Results<Created<ScoreView>, Ok<ScoreView>, ProblemHttpResult>> (Request request, ClaimsPrincipal user, WorkforceDesk desk, CancellationToken ct) =>
            {
                var result = await HandleAsync(request, user, desk, ct);
                if (!result.IsSuccess)
                {
                    return result.Error!.ToProblem();
                }

                var (score, created) = result.Value!;
                return created ? TypedResults.Created($"/api/v1/workforce/training/scores/{score.Id}", score) : TypedResults.Ok(score);
            })
            .RequireAuthorization(Policies.WorkforceAdmin)
            .WithTags("Workforce");
        app.MapGet("/api/v1/workforce/training/scores", async Task<Results<Ok<IReadOnlyList<ScoreView>>, ProblemHttpResult>> (string? quarter, string? center, ClaimsPrincipal user, WorkforceDesk desk, CancellationToken ct) =>
                (await ListAsync(quarter, center, await desk.ScopeAsync(user, ct), desk, ct)).ToOk())
            .RequireAuthorization(Policies.WorkforceSupervisor)
            .WithTags("Workforce");
    }

    /// <summary>A checked score ready to store.</summary>
    internal sealed record Checked(Staff Staff, int Year, int Quarter, string Kind, decimal Score, string Assessor, string? Note);

    /// <summary>The score as stored, and whether it is new (else an update).</summary>
    public sealed record Saved(ScoreView Score, bool Created);

    public static async Task<Result<Saved>> HandleAsync(Request request, ClaimsPrincipal user, WorkforceDesk desk, CancellationToken ct)
    {
        var v = new Validation();
        var scope = await desk.ScopeAsync(user, ct);
        var staff = await desk.StaffByCodeAsync(request.StaffCode, tracked: false, ct);
        var checkedScore = Check(v, "", request, staff is not null && scope.Contains(staff.CenterCode) ? staff : null, desk.Today);
        if (!v.IsValid || checkedScore is null)
        {
            return Error.Invalid(v);
        }

        try
        {
            var stored = await StoreAsync([checkedScore], WorkforceDesk.Actor(user), desk, ct);
            var id = stored[0].Id;
            return new Saved((await ViewsAsync(desk.Db.AssessmentScores.AsNoTracking().Where(s => s.Id == id), desk, ct))[0], stored[0].Created);
        }
        catch (DbUpdateException)
        {
            return Error.Conflict("workforce.score_conflict", "The score was entered by someone else at the same time; reload and enter it again.");
        }
    }

    /// <summary>Checks one score; field names get the prefix ("" or "row5: " style keys are the caller's).</summary>
    internal static Checked? Check(Validation v, string prefix, Request request, Staff? staff, DateOnly today)
    {
        var before = v.Errors.Count;
        if (staff is null)
        {
            v.Add(prefix + "staffCode", string.IsNullOrWhiteSpace(request.StaffCode) ? "is required" : $"{request.StaffCode} is not a staff member");
        }

        var quarter = TrainingBook.Quarter(request.Quarter);
        var first = default(DateOnly);
        if (quarter is null)
        {
            v.Add(prefix + "quarter", "must be a quarter YYYY-Qn");
        }
        else
        {
            first = new DateOnly(quarter.Value.Year, (quarter.Value.Quarter * 3) - 2, 1);
            if (first > today)
            {
                v.Add(prefix + "quarter", "must not be in the future");
            }
            else if (staff is not null && !(staff.HiredOn <= first.AddMonths(3).AddDays(-1) && (staff.LeftOn is null || staff.LeftOn >= first)))
            {
                v.Add(prefix + "staffCode", $"{staff.Code} was not employed in {TrainingBook.QuarterText(quarter.Value.Year, quarter.Value.Quarter)}");
            }
        }

        v.Name(prefix + "kind", request.Kind, 32).Name(prefix + "assessor", request.Assessor, 100).Optional(prefix + "note", request.Note, 500);
        if (request.Score is not { } score || !TrainingBook.ValidScore(score))
        {
            v.Add(prefix + "score", "must be 0-100 with at most one decimal");
        }

        if (v.Errors.Count > before)
        {
            return null;
        }

        return new Checked(staff!, quarter!.Value.Year, quarter.Value.Quarter, request.Kind!.Trim(), request.Score!.Value, request.Assessor!.Trim(), string.IsNullOrWhiteSpace(request.Note) ? null : request.Note.Trim());
    }

    /// <summary>Stores new scores and updates existing ones (their old values go to the history), in one save.</summary>
    internal static async Task<IReadOnlyList<(Guid Id, bool Created)>> StoreAsync(IReadOnlyList<Checked> scores, string by, WorkforceDesk desk, CancellationToken ct)
    {
        var now = desk.Now;
        var ids = new List<(Guid, bool)>(scores.Count);
        var staffIds = scores.Select(s => s.Staff.Id).Distinct().ToList();
        var years = scores.Select(s => s.Year).Distinct().ToList();
        var existing = (await desk.Db.AssessmentScores.Where(s => staffIds.Contains(s.StaffId) && years.Contains(s.Year)).ToListAsync(ct))
            .ToDictionary(s => (s.StaffId, s.Year, s.Quarter, s.Kind));
        foreach (var c in scores)
        {
            if (existing.TryGetValue((c.Staff.Id, c.Year, c.Quarter, c.Kind), out var row))
            {
                desk.Db.AssessmentScoreHistory.Add(new AssessmentScoreHistory { ScoreId = row.Id, Score = row.Score, Assessor = row.Assessor, Note = row.Note, At = row.At, By = row.By });
                row.Score = c.Score;
                row.Assessor = c.Assessor;
                row.Note = c.Note;
                row.At = now;
                row.By = by;
                row.Revision++;
                ids.Add((row.Id, false));
            }
            else
            {
                var added = new AssessmentScore { StaffId = c.Staff.Id, Year = c.Year, Quarter = c.Quarter, Kind = c.Kind, Score = c.Score, Assessor = c.Assessor, Note = c.Note, At = now, By = by };
                desk.Db.AssessmentScores.Add(added);
                existing[(c.Staff.Id, c.Year, c.Quarter, c.Kind)] = added;
                ids.Add((added.Id, true));
            }
        }

        await desk.Db.SaveChangesAsync(ct);
        return ids;
    }

    public static async Task<Result<IReadOnlyList<ScoreView>>> ListAsync(string? quarterText, string? center, CenterScope scope, WorkforceDesk desk, CancellationToken ct)
    {
        if (TrainingBook.Quarter(quarterText) is not { } quarter)
        {
            return Error.Invalid("quarter", "must be a quarter YYYY-Qn");
        }

        var centers = await ListPosts.ListPosts.CentersAsync(center, scope, desk, ct);
        if (!centers.IsSuccess)
        {
            return centers.Error!;
        }

        var codes = centers.Value!.ToList();
        var staffIds = desk.Db.Staff.Where(s => codes.Contains(s.CenterCode)).Select(s => s.Id);
        return Result<IReadOnlyList<ScoreView>>.Ok(await ViewsAsync(desk.Db.AssessmentScores.AsNoTracking().Where(s => s.Year == quarter.Year && s.Quarter == quarter.Quarter && staffIds.Contains(s.StaffId)), desk, ct));
    }

    private static async Task<IReadOnlyList<ScoreView>> ViewsAsync(IQueryable<AssessmentScore> query, WorkforceDesk desk, CancellationToken ct)
    {
        var rows = await query.Join(desk.Db.Staff.AsNoTracking(), s => s.StaffId, p => p.Id, (s, p) => new { Score = s, Staff = p }).ToListAsync(ct);
        var ids = rows.Select(r => r.Score.Id).ToList();
        var history = (await desk.Db.AssessmentScoreHistory.AsNoTracking().Where(h => ids.Contains(h.ScoreId)).ToListAsync(ct)).ToLookup(h => h.ScoreId);
        return rows.OrderBy(r => r.Staff.CenterCode.Length).ThenBy(r => r.Staff.CenterCode, StringComparer.Ordinal).ThenBy(r => r.Staff.Code, StringComparer.Ordinal).ThenBy(r => r.Score.Kind, StringComparer.Ordinal)
            .Select(r => new ScoreView(r.Score.Id, r.Staff.Code, r.Staff.DisplayName, r.Staff.CenterCode, TrainingBook.QuarterText(r.Score.Year, r.Score.Quarter), r.Score.Kind, r.Score.Score,
                r.Score.Assessor, r.Score.Note, At(r.Score.At), r.Score.By,
                history[r.Score.Id].OrderByDescending(h => h.At).Select(h => new HistoryView(h.Score, h.Assessor, h.Note, At(h.At), h.By)).ToList()))
            .ToList();
    }

    private static string At(DateTimeOffset at) => at.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture);
}
