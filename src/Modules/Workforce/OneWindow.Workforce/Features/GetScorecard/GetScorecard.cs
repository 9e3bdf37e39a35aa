using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;
using OneWindow.Evaluation.Contracts;
using OneWindow.Organization.Contracts;
using OneWindow.Queue.Contracts;
using OneWindow.SharedKernel.Api;
using OneWindow.SharedKernel.Security;
using OneWindow.Workforce.Data;
using OneWindow.Workforce.Domain;

namespace OneWindow.Workforce.Features.GetScorecard;

/// <summary>
/// 月度考评: per person employed in the month at the center and below — tickets served and the average service minutes
/// (queue statistics of the halls, keyed by the serving clerk's account, or by display name in the person's own
/// center's halls), 好差评 (evaluation figures, absent when that module does not answer) and the 差评 upheld as
/// complaints, attendance against the roster (late, early-leave and absent days), the training attendance rate, the
/// quarter's assessment scores; a composite with the weights of OneWindow:Workforce:Scorecard and the rank among the
/// people shown (ties share a rank). Decimals are exact and rounded half away from zero: parts and the composite to
/// two places, average minutes and the assessment mean to one.
/// </summary>
internal static class GetScorecard
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public sealed record ScoreItem(string Kind, decimal Score);

    public sealed record Parts(decimal? Service, decimal? Evaluation, decimal? Attendance, decimal? Training, decimal? Assessment);

    public sealed record Row(
        string StaffCode,
        string StaffName,
        string CenterCode,
        int Served,
        decimal? AverageServiceMinutes,
        int? Evaluations,
        decimal? GoodRate,
        int? Complaints,
        int WorkDays,
        int LateDays,
        int EarlyLeaveDays,
        int AbsentDays,
        int TrainingPresent,
        int TrainingAbsent,
        decimal? TrainingRate,
        IReadOnlyList<ScoreItem> Scores,
        decimal? AssessmentMean,
        Parts Parts,
        decimal? Composite,
        int? Rank);

    public sealed record Weights(decimal Service, decimal Evaluation, decimal Attendance, decimal Training, decimal Assessment, int TicketsForFullMarks, decimal ComplaintPenalty, decimal LatePenalty, decimal AbsentPenalty);

    public sealed record Scorecard(string Month, string? Center, string Quarter, bool EvaluationsAvailable, Weights Weights, IReadOnlyList<Row> Rows);

    public sealed record Workbook(string FileName, byte[] Bytes);

    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/workforce/scorecards", async Task<Results<Ok<Scorecard>, ProblemHttpResult>> (string? month, string? center, ClaimsPrincipal user, WorkforceDesk desk, PlanBook plans, IServiceProvider services, CancellationToken ct) =>
                (await HandleAsync(month, center, await desk.ScopeAsync(user, ct), desk, plans, services, ct)).ToOk())
            .RequireAuthorization(Policies.WorkforceSupervisor)
            .WithTags("Workforce");
        app.MapGet("/api/v1/workforce/scorecards/export", async Task<Results<FileContentHttpResult, ProblemHttpResult>> (string? month, string? center, ClaimsPrincipal user, WorkforceDesk desk, PlanBook plans, IServiceProvider services, CancellationToken ct) =>
            {
                var result = await ExportAsync(month, center, await desk.ScopeAsync(user, ct), desk, plans, services, ct);
                return result.IsSuccess ? TypedResults.File(result.Value!.Bytes, ContentType, result.Value.FileName) : result.Error!.ToProblem();
            })
            .RequireAuthorization(Policies.WorkforceSupervisor)
            .WithTags("Workforce");
    }

    public static async Task<Result<Scorecard>> HandleAsync(string? monthText, string? center, CenterScope scope, WorkforceDesk desk, PlanBook plans, IServiceProvider services, CancellationToken ct)
    {
        var v = new Validation();
        var first = Fields.Month(v, "month", monthText);
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
        var staff = await desk.Db.Staff.AsNoTracking().Where(s => codes.Contains(s.CenterCode) && s.HiredOn <= last && (s.LeftOn == null || s.LeftOn >= first))
            .OrderBy(s => s.Code).ToListAsync(ct);
        var ids = staff.Select(s => s.Id).ToList();

        // Tickets served, from every hall of these centers.
        var queue = services.GetService<IQueueStatistics>();
        var hallFigures = new List<(string CenterCode, GroupFigures Figures)>();
        if (queue is not null)
        {
            foreach (var hall in (await desk.HallsAsync(ct)).Where(h => codes.Contains(h.CenterCode)))
            {
                var summary = await queue.SummaryAsync(hall.Code, first, last, ct);
                hallFigures.AddRange(summary.ByStaff.Select(g => (hall.CenterCode, g)));
            }
        }

        // 好差评, when the evaluation module answers.
        var evaluation = services.GetService<IEvaluationFigures>();
        IReadOnlyList<EvaluationFigures>? clerks = evaluation is null ? null : await evaluation.ByClerkAsync(first, last, center, ct);

        // Attendance results of every day of the month up to today.
        var today = desk.Today;
        var attendance = new Dictionary<string, (int Work, int Late, int Early, int Absent)>(StringComparer.Ordinal);
        for (var day = first; day <= last && day <= today; day = day.AddDays(1))
        {
            var lines = await GetAttendance.GetAttendance.HandleAsync(Wire.Text(day), center, null, scope, desk, plans, ct);
            foreach (var line in lines.Value ?? [])
            {
                if (!line.Expected || line.Results.Contains("pending") || line.Results.Contains("rest") || line.Results.Contains("on-leave"))
                {
                    continue;
                }

                var (work, late, early, absent) = attendance.GetValueOrDefault(line.StaffCode);
                attendance[line.StaffCode] = (work + 1, late + (line.Results.Contains("late") ? 1 : 0), early + (line.Results.Contains("early-leave") ? 1 : 0), absent + (line.Results.Contains("absent") ? 1 : 0));
            }
        }

        // Training sessions of the month held so far.
        var sessionIds = desk.Db.TrainingSessions.Where(s => s.Date >= first && s.Date <= last && s.Date <= today).Select(s => s.Id);
        var marks = (await desk.Db.TrainingAttendance.AsNoTracking().Where(a => sessionIds.Contains(a.SessionId) && ids.Contains(a.StaffId)).Select(a => new { a.StaffId, a.Status }).ToListAsync(ct))
            .ToLookup(a => a.StaffId, a => a.Status);

        // The quarter's assessment scores.
        var quarter = ((first.Month - 1) / 3) + 1;
        var scores = (await desk.Db.AssessmentScores.AsNoTracking().Where(s => s.Year == first.Year && s.Quarter == quarter && ids.Contains(s.StaffId)).ToListAsync(ct))
            .ToLookup(s => s.StaffId);

        var w = desk.Options.Scorecard;
        var rows = new List<Row>(staff.Count);
        foreach (var person in staff)
        {
            bool Mine(string key, string hallCenter) => (person.UserName is not null && key == person.UserName) || (hallCenter == person.CenterCode && key == person.DisplayName);
            var groups = hallFigures.Where(h => Mine(h.Figures.Key, h.CenterCode)).Select(h => h.Figures).ToList();
            var served = groups.Sum(g => g.Served);
            decimal? minutes = served == 0 ? null : Round1(groups.Sum(g => (decimal)g.AverageServiceMinutes * g.Served) / served);

            var figures = clerks?.Where(c => (person.UserName is not null && c.Key == person.UserName) || c.Key == person.DisplayName).ToList();
            int? total = figures?.Sum(f => f.Total);
            var bad = figures?.Sum(f => f.Bad);
            int? upheld = figures?.Sum(f => f.UpheldBad);
            decimal? goodRate = total is > 0 ? Math.Round((decimal)(total.Value - bad!.Value) / total.Value, 4, MidpointRounding.AwayFromZero) : null;

            var (work, late, early, absent) = attendance.GetValueOrDefault(person.Code);
            var mine = marks[person.Id].ToList();
            var present = mine.Count(m => m == TrainingPresence.Present);
            var missed = mine.Count(m => m == TrainingPresence.Absent);
            var trainingRate = TrainingBook.Percent(present, present + missed);
            var personScores = scores[person.Id].OrderBy(s => s.Kind, StringComparer.Ordinal).Select(s => new ScoreItem(s.Kind, s.Score)).ToList();
            decimal? mean = personScores.Count == 0 ? null : Round1(personScores.Sum(s => s.Score) / personScores.Count);

            var parts = new Parts(
                groups.Count == 0 ? null : Round2(Math.Min(100m, served * 100m / w.TicketsForFullMarks)),
                goodRate is null ? null : Round2(Math.Max(0m, (goodRate.Value * 100m) - (w.ComplaintPenalty * upheld!.Value))),
                work == 0 ? null : Round2(Math.Max(0m, 100m - (w.LatePenalty * (late + early)) - (w.AbsentPenalty * absent))),
                trainingRate,
                mean);
            rows.Add(new Row(person.Code, person.DisplayName, person.CenterCode, served, minutes, total, goodRate is null ? null : Round2(goodRate.Value * 100m), upheld,
                work, late, early, absent, present, missed, trainingRate, personScores, mean, parts, Composite(parts, w), null));
        }

        var ranked = Rank(rows);
        return new Scorecard(Wire.Month(first), center, TrainingBook.QuarterText(first.Year, quarter), evaluation is not null,
            new Weights(w.Service, w.Evaluation, w.Attendance, w.Training, w.Assessment, w.TicketsForFullMarks, w.ComplaintPenalty, w.LatePenalty, w.AbsentPenalty), ranked);
    }

    /// <summary>The weighted mean of the parts that have data, two places.</summary>
    public static decimal? Composite(Parts p, ScorecardWeights w)
    {
        var weighted = new (decimal? Part, decimal Weight)[] { (p.Service, w.Service), (p.Evaluation, w.Evaluation), (p.Attendance, w.Attendance), (p.Training, w.Training), (p.Assessment, w.Assessment) }
            .Where(x => x.Part is not null && x.Weight > 0).ToList();
        var weights = weighted.Sum(x => x.Weight);
        return weights == 0 ? null : Round2(weighted.Sum(x => x.Part!.Value * x.Weight) / weights);
    }

    /// <summary>Best composite first; equal composites share a rank and the next rank skips (1, 1, 3); no composite, no rank.</summary>
    public static IReadOnlyList<Row> Rank(IReadOnlyList<Row> rows)
    {
        var ordered = rows.OrderByDescending(r => r.Composite ?? -1m).ThenBy(r => r.StaffCode, StringComparer.Ordinal).ToList();
        var result = new List<Row>(ordered.Count);
        for (var i = 0; i < ordered.Count; i++)
        {
            var r = ordered[i];
            int? rank = r.Composite is null ? null : (i > 0 && ordered[i - 1].Composite == r.Composite ? result[i - 1].Rank : i + 1);
            result.Add(r with { Rank = rank });
        }

        return result;
    }

    public static async Task<Result<Workbook>> ExportAsync(string? month, string? center, CenterScope scope, WorkforceDesk desk, PlanBook plans, IServiceProvider services, CancellationToken ct)
    {
        var card = await HandleAsync(month, center, scope, desk, plans, services, ct);
        if (!card.IsSuccess)
        {
            return card.Error!;
        }

        var c = card.Value!;
        var kinds = c.Rows.SelectMany(r => r.Scores.Select(s => s.Kind)).Distinct().Order(StringComparer.Ordinal).ToList();
        var rows = c.Rows.Select(r =>
        {
            var line = new Dictionary<string, object?>
            {
                ["排名"] = r.Rank,
                ["工号"] = r.StaffCode,
                ["姓名"] = r.StaffName,
                ["中心"] = r.CenterCode,
                ["办件量"] = r.Served,
                ["平均办理时长（分钟）"] = r.AverageServiceMinutes,
                ["评价数"] = r.Evaluations,
                ["好评率（%）"] = r.GoodRate,
                ["差评（投诉）"] = r.Complaints,
                ["迟到"] = r.LateDays,
                ["早退"] = r.EarlyLeaveDays,
                ["缺勤"] = r.AbsentDays,
                ["培训出勤率（%）"] = r.TrainingRate,
            };
            foreach (var kind in kinds)
            {
                line[$"{c.Quarter} {kind}"] = r.Scores.FirstOrDefault(s => s.Kind == kind)?.Score;
            }

            line["综合得分"] = r.Composite;
            return line;
        }).ToList();
        var weights = new List<Dictionary<string, object?>>
        {
            new() { ["项目"] = "办件量", ["权重"] = c.Weights.Service, ["计分"] = $"办件量 ÷ {c.Weights.TicketsForFullMarks} × 100，最高 100" },
            new() { ["项目"] = "好差评", ["权重"] = c.Weights.Evaluation, ["计分"] = $"好评率 × 100 − 每件差评 {c.Weights.ComplaintPenalty}" },
            new() { ["项目"] = "考勤", ["权重"] = c.Weights.Attendance, ["计分"] = $"100 − 迟到/早退每次 {c.Weights.LatePenalty} − 缺勤每天 {c.Weights.AbsentPenalty}" },
            new() { ["项目"] = "培训", ["权重"] = c.Weights.Training, ["计分"] = "培训出勤率" },
            new() { ["项目"] = "季度考核", ["权重"] = c.Weights.Assessment, ["计分"] = "本季度各类考核成绩平均" },
        };
        var sheets = new Dictionary<string, object> { ["月度考评"] = rows, ["计分说明"] = weights };
        using var stream = new MemoryStream();
        await MiniExcel.SaveAsAsync(stream, sheets, cancellationToken: ct);
        return new Workbook($"scorecard-{center ?? "all"}-{c.Month}.xlsx", stream.ToArray());
    }

    private static decimal Round1(decimal value) => Math.Round(value, 1, MidpointRounding.AwayFromZero);

    private static decimal Round2(decimal value) => Math.Round(value, 2, MidpointRounding.AwayFromZero);
}
