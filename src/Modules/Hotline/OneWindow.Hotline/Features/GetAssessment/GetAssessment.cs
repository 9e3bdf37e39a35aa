using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using OneWindow.Hotline.Contracts;
using OneWindow.Hotline.Data;
using OneWindow.Hotline.Domain;
using OneWindow.SharedKernel.Api;
using OneWindow.SharedKernel.Security;

namespace OneWindow.Hotline.Features.GetAssessment;

/// <summary>
/// 三率考核 (api.md): over the orders whose final callback falls in [from, to] (China dates) and is valid, per unit:
/// 响应率 = contacted / valid, 解决率 = solved / valid, 满意率 = (satisfied + 0.9 × basically satisfied) / valid;
/// score = 100 × (w1 × 响应率 + w2 × 解决率 + w3 × 满意率). Exact decimal arithmetic; rates are rounded to 4 places
/// and the score to 2 (half away from zero) at the end; rank 1 is the highest rounded score and equal scores share a
/// rank (1, 1, 3). A unit without a valid callback in the period has no rates and is not ranked.
/// </summary>
internal static class GetAssessment
{
    public const int MaxDays = 366 * 3;

    /// <summary>The API row: exactly the fields of api.md, plus the unit's name and the counts behind the rates.</summary>
    public sealed record Row(string UnitCode, string UnitName, int ValidCallbacks, int Contacted, int Solved, int Satisfied, int BasicallySatisfied, decimal ResponseRate, decimal ResolutionRate, decimal SatisfactionRate, decimal Score, int Rank);

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/api/v1/work-orders/assessment", async (string? from, string? to, HotlineDesk desk, CancellationToken ct) =>
                (await HandleAsync(from, to, desk, ct)).ToOk())
            .RequireAuthorization(Policies.Staff)
            .WithTags("Hotline");

    public static async Task<Result<IReadOnlyList<Row>>> HandleAsync(string? from, string? to, HotlineDesk desk, CancellationToken ct)
    {
        var v = new Validation();
        if (!DateOnly.TryParseExact(from, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var start))
        {
            v.Add("from", "must be a date YYYY-MM-DD");
        }

        if (!DateOnly.TryParseExact(to, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var end))
        {
            v.Add("to", "must be a date YYYY-MM-DD");
        }
        else if (v.IsValid && (end < start || end.DayNumber - start.DayNumber > MaxDays))
        {
            v.Add("to", $"must be on or after from, and at most {MaxDays} days later");
        }

        if (!v.IsValid)
        {
            return Error.Invalid(v);
        }

        var rows = await AssessAsync(desk, start, end, ct);
        return rows.Select(r => new Row(r.UnitCode, r.UnitName, r.ValidCallbacks, r.Contacted, r.Solved, r.Satisfied, r.BasicallySatisfied, r.ResponseRate, r.ResolutionRate, r.SatisfactionRate, r.Score, r.Rank)).ToList();
    }

    public static async Task<IReadOnlyList<UnitAssessment>> AssessAsync(HotlineDesk desk, DateOnly from, DateOnly to, CancellationToken ct)
    {
        var start = ListWorkOrders.ListWorkOrders.Start(from);
        var end = ListWorkOrders.ListWorkOrders.Start(to.AddDays(1));
        var counts = await desk.Db.Orders.AsNoTracking()
            .Where(o => o.CallbackAt >= start && o.CallbackAt < end && o.CallbackValid == true && o.UnitCode != null)
            .GroupBy(o => o.UnitCode!)
            .Select(g => new Counts(
                g.Key,
                g.Count(),
                g.Sum(o => o.CallbackContacted == true ? 1 : 0),
                g.Sum(o => o.CallbackSolved == true ? 1 : 0),
                g.Sum(o => o.CallbackSatisfaction == Satisfaction.Satisfied ? 1 : 0),
                g.Sum(o => o.CallbackSatisfaction == Satisfaction.BasicallySatisfied ? 1 : 0)))
            .ToListAsync(ct);
        var names = (await desk.UnitsAsync(ct)).ToDictionary(u => u.Code, u => u.Name, StringComparer.Ordinal);
        var o = desk.Options;
        return Rank(counts, names, o.ResponseWeight, o.ResolutionWeight, o.SatisfactionWeight);
    }

    public sealed record Counts(string UnitCode, int Valid, int Contacted, int Solved, int Satisfied, int BasicallySatisfied);

    /// <summary>The arithmetic of api.md on counts, separately testable.</summary>
    public static IReadOnlyList<UnitAssessment> Rank(IEnumerable<Counts> counts, IReadOnlyDictionary<string, string> names, decimal w1, decimal w2, decimal w3)
    {
        var scored = counts.Where(c => c.Valid > 0).Select(c =>
        {
            decimal valid = c.Valid;
            var response = c.Contacted / valid;
            var resolution = c.Solved / valid;
            var satisfaction = (c.Satisfied + (0.9m * c.BasicallySatisfied)) / valid;
            var score = 100m * ((w1 * response) + (w2 * resolution) + (w3 * satisfaction));
            return new UnitAssessment(
                c.UnitCode,
                names.TryGetValue(c.UnitCode, out var name) ? name : c.UnitCode,
                c.Valid,
                c.Contacted,
                c.Solved,
                c.Satisfied,
                c.BasicallySatisfied,
                Math.Round(response, 4, MidpointRounding.AwayFromZero),
                Math.Round(resolution, 4, MidpointRounding.AwayFromZero),
                Math.Round(satisfaction, 4, MidpointRounding.AwayFromZero),
                Math.Round(score, 2, MidpointRounding.AwayFromZero),
                0);
        })
            .OrderByDescending(a => a.Score)
            .ThenByDescending(a => a.ValidCallbacks)
            .ThenBy(a => a.UnitCode, StringComparer.Ordinal)
            .ToList();
        var ranked = new List<UnitAssessment>(scored.Count);
        for (var i = 0; i < scored.Count; i++)
        {
            var rank = i > 0 && scored[i].Score == scored[i - 1].Score ? ranked[i - 1].Rank : i + 1;
            ranked.Add(scored[i] with { Rank = rank });
        }

        return ranked;
    }
}

/// <summary>Hotline figures for other modules (reports).</summary>
internal sealed class HotlineFigures(HotlineDesk desk) : IHotlineFigures
{
    public Task<IReadOnlyList<UnitAssessment>> AssessAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken = default) =>
        GetAssessment.AssessAsync(desk, from, to, cancellationToken);

    public async Task<(int Registered, int ClosedAtIntake)> CountAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken = default)
    {
        var start = ListWorkOrders.ListWorkOrders.Start(from);
        var end = ListWorkOrders.ListWorkOrders.Start(to.AddDays(1));
        var orders = desk.Db.Orders.AsNoTracking().Where(o => o.CreatedAt >= start && o.CreatedAt < end);
        return (await orders.CountAsync(cancellationToken), await orders.CountAsync(o => o.ClosedAtIntake, cancellationToken));
    }
}
