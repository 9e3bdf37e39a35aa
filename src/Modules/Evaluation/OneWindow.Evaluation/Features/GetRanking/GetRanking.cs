using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using MiniExcelLibs;
using OneWindow.Evaluation.Contracts;
using OneWindow.Evaluation.Data;
using OneWindow.Organization.Contracts;
using OneWindow.SharedKernel.Api;
using OneWindow.SharedKernel.Security;

namespace OneWindow.Evaluation.Features.GetRanking;

/// <summary>
/// The monthly ranking of windows and staff: counts per grade, 差评 that stand after appeals, and the good rate
/// (ratings that are not a standing 差评, over all ratings) that ranks them; equal rates share a rank.
/// </summary>
internal static class GetRanking
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public sealed record Row(int Rank, string Key, string Name, int Total, int VerySatisfied, int Satisfied, int BasicallySatisfied, int Dissatisfied, int VeryDissatisfied, int UpheldBad, decimal? GoodRate);

    public sealed record Ranking(string Month, string From, string To, IReadOnlyList<Row> Windows, IReadOnlyList<Row> Staff);

    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/evaluations/ranking", async (string? month, ClaimsPrincipal user, EvaluationDesk desk, EvaluationFiguresQuery figures, IHallDirectory halls, CancellationToken ct) =>
                (await HandleAsync(month, user, desk, figures, halls, ct)).ToOk())
            .RequireAuthorization(Policies.EvaluationManager)
            .WithTags("Evaluation");
        app.MapGet("/api/v1/evaluations/ranking.xlsx", async Task<Results<FileContentHttpResult, ProblemHttpResult>> (string? month, ClaimsPrincipal user, EvaluationDesk desk, EvaluationFiguresQuery figures, IHallDirectory halls, CancellationToken ct) =>
            {
                var ranking = await HandleAsync(month, user, desk, figures, halls, ct);
                return ranking.IsSuccess
                    ? TypedResults.File(Workbook(ranking.Value!), ContentType, $"好差评排名-{ranking.Value!.Month}.xlsx")
                    : ranking.Error!.ToProblem();
            })
            .RequireAuthorization(Policies.EvaluationManager)
            .WithTags("Evaluation");
    }

    public static async Task<Result<Ranking>> HandleAsync(string? month, ClaimsPrincipal user, EvaluationDesk desk, EvaluationFiguresQuery figures, IHallDirectory halls, CancellationToken ct)
    {
        DateOnly first;
        if (month is null)
        {
            var today = desk.Today;
            first = new DateOnly(today.Year, today.Month, 1);
        }
        else if (DateOnly.TryParseExact(month + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            first = parsed;
        }
        else
        {
            return Error.Invalid("month", "must be YYYY-MM");
        }

        var last = first.AddMonths(1).AddDays(-1);
        var scope = await desk.ScopeAsync(user, ct);
        var windows = await figures.GroupAsync(first, last, scope, EvaluationFiguresQuery.WindowKey, ct);
        var staff = await figures.GroupAsync(first, last, scope, r => r.ClerkUserName, ct);
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var hall in windows.Select(w => w.Key.Split('/')[0]).Distinct(StringComparer.Ordinal))
        {
            if (await halls.HallAsync(hall, ct) is { } layout)
            {
                foreach (var w in layout.Windows)
                {
                    names[hall + "/" + w.Code] = $"{layout.Name} · {w.Name}";
                }
            }
        }

        return new Ranking(
            first.ToString("yyyy-MM", CultureInfo.InvariantCulture),
            EvaluationDesk.Text(first),
            EvaluationDesk.Text(last),
            Rank(windows, k => names.GetValueOrDefault(k, k)),
            Rank(staff, k => k));
    }

    /// <summary>The rate that ranks: share of ratings that are not a standing 差评 (set-aside ones count as not bad).</summary>
    public static decimal? RankRate(EvaluationFigures f) =>
        f.Total == 0 ? null : Math.Round((decimal)(f.Total - f.UpheldBad) / f.Total, 4, MidpointRounding.AwayFromZero);

    public static IReadOnlyList<Row> Rank(IReadOnlyList<EvaluationFigures> figures, Func<string, string> name)
    {
        var ordered = figures.OrderByDescending(RankRate).ThenByDescending(f => f.Total).ThenBy(f => f.Key, StringComparer.Ordinal).ToList();
        var rows = new List<Row>(ordered.Count);
        for (var i = 0; i < ordered.Count; i++)
        {
            var f = ordered[i];
            var rank = i > 0 && RankRate(ordered[i - 1]) == RankRate(f) ? rows[i - 1].Rank : i + 1;
            rows.Add(new Row(rank, f.Key, name(f.Key), f.Total, f.VerySatisfied, f.Satisfied, f.BasicallySatisfied, f.Dissatisfied, f.VeryDissatisfied, f.UpheldBad, RankRate(f)));
        }

        return rows;
    }

    public static byte[] Workbook(Ranking ranking)
    {
        static IReadOnlyList<Dictionary<string, object?>> Sheet(IReadOnlyList<Row> rows) =>
            rows.Count == 0
                ? [new Dictionary<string, object?> { ["名次"] = null, ["名称"] = "（无评价）" }]
                : rows.Select(r => new Dictionary<string, object?>
                {
                    ["名次"] = r.Rank,
                    ["名称"] = r.Name,
                    ["评价数"] = r.Total,
                    ["非常满意"] = r.VerySatisfied,
                    ["满意"] = r.Satisfied,
                    ["基本满意"] = r.BasicallySatisfied,
                    ["不满意"] = r.Dissatisfied,
                    ["非常不满意"] = r.VeryDissatisfied,
                    ["差评（申诉后）"] = r.UpheldBad,
                    ["好评率"] = r.GoodRate,
                }).ToList();

        using var stream = new MemoryStream();
        stream.SaveAs(new Dictionary<string, object> { ["窗口排名"] = Sheet(ranking.Windows), ["人员排名"] = Sheet(ranking.Staff) });
        return stream.ToArray();
    }
}
