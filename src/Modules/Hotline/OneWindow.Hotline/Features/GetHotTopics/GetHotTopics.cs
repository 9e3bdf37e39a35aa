using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using OneWindow.Calendar.Contracts;
using OneWindow.Hotline.Data;
using OneWindow.Hotline.Reports;
using OneWindow.SharedKernel.Api;
using OneWindow.SharedKernel.Security;

namespace OneWindow.Hotline.Features.GetHotTopics;

/// <summary>A count with its share of the period's orders (percent, 2 places).</summary>
internal sealed record ShareLine(string? Code, string Name, int Count, decimal Share);

/// <summary>A category's count and share now, its count in the period before and the change (percent of before; null when it had none).</summary>
internal sealed record CategoryLine(string Code, string Name, int Count, decimal Share, int Previous, int Change, decimal? ChangePercent);

/// <summary>热点分析: the categories and streets most called about, and the terms rising against the period before.</summary>
internal sealed record HotTopics(
    DateOnly From,
    DateOnly To,
    DateOnly PreviousFrom,
    DateOnly PreviousTo,
    int Orders,
    int MinOccurrences,
    IReadOnlyList<CategoryLine> TopCategories,
    IReadOnlyList<ShareLine> TopLeaves,
    IReadOnlyList<ShareLine> TopStreets,
    IReadOnlyList<TermRise> RisingTerms,
    IReadOnlyList<TermCount> FrequentTerms);

/// <summary>
/// <c>GET /api/v1/work-orders/hot-topics?from&amp;to</c>: the hot topics of the orders registered in [from, to] against
/// the same number of days just before. A rising term occurs in at least
/// <c>OneWindow:Hotline:RisingTermMinOccurrences</c> orders (default 5) of the period.
/// </summary>
internal static class GetHotTopics
{
    public const int MaxDays = 366;
    public const int Top = 10;
    public const string MinOccurrencesKey = "OneWindow:Hotline:RisingTermMinOccurrences";

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/api/v1/work-orders/hot-topics", async (string? from, string? to, HotlineDesk desk, ICalendarProvider calendars, IConfiguration configuration, CancellationToken ct) =>
                (await HandleAsync(from, to, desk, calendars, configuration, ct)).ToOk())
            .RequireAuthorization(Policies.Staff)
            .WithTags("Hotline");

    public static async Task<Result<HotTopics>> HandleAsync(string? from, string? to, HotlineDesk desk, ICalendarProvider calendars, IConfiguration configuration, CancellationToken ct)
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
        else if (v.IsValid && (end < start || end.DayNumber - start.DayNumber >= MaxDays))
        {
            v.Add("to", $"must be on or after from, and cover at most {MaxDays} days");
        }

        if (!v.IsValid)
        {
            return Error.Invalid(v);
        }

        var calendar = await calendars.ForCenterAsync(null, ct);
        var days = end.DayNumber - start.DayNumber + 1;
        var current = await OrderTally.CountAsync(desk, start, end, null, withTerms: true, calendar, ct);
        var previous = await OrderTally.CountAsync(desk, start.AddDays(-days), start.AddDays(-1), null, withTerms: true, calendar, ct);
        return await BuildAsync(current, previous, desk, MinOccurrences(configuration), ct);
    }

    public static int MinOccurrences(IConfiguration configuration) => Math.Max(1, configuration.GetValue(MinOccurrencesKey, 5));

    /// <summary>The hot topics of two tallies (both counted with their terms).</summary>
    public static async Task<HotTopics> BuildAsync(OrderTally current, OrderTally previous, HotlineDesk desk, int minOccurrences, CancellationToken ct)
    {
        var categories = await desk.CategoriesAsync(ct);
        var streets = await desk.StreetsAsync(ct);
        var terms = current.Terms ?? throw new InvalidOperationException("The period was counted without its terms.");
        return new HotTopics(
            current.From,
            current.To,
            previous.From,
            previous.To,
            current.Received,
            minOccurrences,
            Categories(current, previous, categories).Take(Top).ToList(),
            current.ByCategory.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Take(Top)
                .Select(p => new ShareLine(p.Key, categories.PathName(p.Key), p.Value, Share(p.Value, current.Received))).ToList(),
            Streets(current, streets).Where(s => s.Code is not null).Take(Top).ToList(),
            terms.RisingAgainst(previous.Terms ?? new TermTally(), minOccurrences, Top),
            terms.Top(Top));
    }

    /// <summary>First-level categories by count now (with the period before), those seen in either period.</summary>
    public static IEnumerable<CategoryLine> Categories(OrderTally current, OrderTally previous, CategoryTree.Snapshot categories) =>
        current.ByTopCategory.Keys.Union(previous.ByTopCategory.Keys)
            .Select(code =>
            {
                var now = current.ByTopCategory.GetValueOrDefault(code);
                var before = previous.ByTopCategory.GetValueOrDefault(code);
                return new CategoryLine(code, categories.Name(code), now, Share(now, current.Received), before, now - before, OrderTally.Percent(now - before, before));
            })
            .OrderByDescending(c => c.Count).ThenByDescending(c => c.Previous).ThenBy(c => c.Code, StringComparer.Ordinal);

    /// <summary>Streets by count, the orders naming none last.</summary>
    public static IEnumerable<ShareLine> Streets(OrderTally tally, IReadOnlyList<Organization.Contracts.CenterName> streets)
    {
        var names = streets.ToDictionary(s => s.Code, s => ReportNames.Street(s.Name), StringComparer.Ordinal);
        return tally.ByStreet
            .OrderBy(p => p.Key.Length == 0).ThenByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => p.Key.Length == 0
                ? new ShareLine(null, ReportNames.NoStreet, p.Value, Share(p.Value, tally.Received))
                : new ShareLine(p.Key, names.GetValueOrDefault(p.Key, p.Key), p.Value, Share(p.Value, tally.Received)));
    }

    public static decimal Share(int count, int total) => OrderTally.Percent(count, total) ?? 0m;
}
