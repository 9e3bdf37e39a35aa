using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using OneWindow.Calendar.Contracts;
using OneWindow.Hotline.Contracts;
using OneWindow.Hotline.Data;
using OneWindow.Hotline.Domain;
using OneWindow.Hotline.Features.GetHotTopics;
using OneWindow.Hotline.Reports;
using OneWindow.SharedKernel.Api;
using OneWindow.SharedKernel.Security;

namespace OneWindow.Hotline.Features.GetSummary;

/// <summary>The dates a summary covers, its kind (daily | weekly | monthly | annual) and its name.</summary>
internal sealed record PeriodView(string Kind, string Label, string Range, DateOnly From, DateOnly To);

/// <summary>总体情况. Rates are percent with 2 places (null when nothing was due yet); see <see cref="OrderTally"/> for what each counts.</summary>
internal sealed record Totals(
    int Received,
    int ClosedAtIntake,
    int Dispatched,
    int Closed,
    int Replied,
    int Open,
    int Merged,
    int Overdue,
    decimal? ClosedAtIntakeRate,
    decimal? OnTimeSignOffRate,
    decimal? OnTimeCompletionRate,
    decimal? AverageHandlingWorkdays)
{
    public static Totals Of(OrderTally t) => new(
        t.Received,
        t.ClosedAtIntake,
        t.Dispatched,
        t.Closed,
        t.Replied,
        t.Open,
        t.Merged,
        t.Overdue,
        OrderTally.Percent(t.ClosedAtIntake, t.Received),
        OrderTally.Percent(t.SignOffOnTime, t.SignOffDecided),
        OrderTally.Percent(t.CompletionOnTime, t.CompletionDecided),
        t.AverageHandlingWorkdays);
}

/// <summary>A unit's orders of the period: how many it has, replied and overdue, and its on-time rates (percent).</summary>
internal sealed record UnitLine(string UnitCode, string UnitName, int Received, int Replied, int Overdue, decimal? OnTimeSignOffRate, decimal? OnTimeCompletionRate);

/// <summary>Another period's totals and the change of the received count against it (percent of it; null when it had none).</summary>
internal sealed record Comparison(PeriodView Period, Totals Totals, int ReceivedChange, decimal? ReceivedChangePercent);

/// <summary>Orders received in one hour, day or month of the period.</summary>
internal sealed record TrendPoint(string Label, int Received);

/// <summary>The whole summary: what the page shows and the DOCX / XLSX documents print.</summary>
internal sealed record Summary(
    string Title,
    string Place,
    PeriodView Period,
    DateTimeOffset GeneratedAt,
    Totals Totals,
    IReadOnlyList<ShareLine> ByType,
    IReadOnlyList<ShareLine> ByChannel,
    IReadOnlyList<CategoryLine> ByCategory,
    IReadOnlyList<ShareLine> ByStreet,
    IReadOnlyList<UnitLine> ByUnit,
    IReadOnlyList<UnitAssessment> Ranking,
    Comparison Previous,
    Comparison? SameLastYear,
    IReadOnlyList<TrendPoint> Trend,
    HotTopics HotTopics);

/// <summary>
/// 汇总报告 (contract §2(3)): <c>GET /api/v1/work-orders/summary?kind=daily|weekly|monthly|annual&amp;date=YYYY-MM-DD</c>
/// over the orders registered in the day, the Monday–Sunday week, the assessment period
/// (<c>OneWindow:Hotline:PeriodStartDay</c>) or the calendar year containing the date (today when omitted): totals,
/// types, channels, categories, streets, units, the three-rate ranking over the callbacks of the period, 环比 and 同比,
/// the trend and the hot topics.
/// </summary>
internal static class GetSummary
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/api/v1/work-orders/summary", async (string? kind, string? date, HotlineDesk desk, ICalendarProvider calendars, IConfiguration configuration, CancellationToken ct) =>
                (await HandleAsync(kind, date, desk, calendars, configuration, ct)).ToOk())
            .RequireAuthorization(Policies.Staff)
            .WithTags("Hotline");

    /// <summary>The period asked for; the bad fields go to <paramref name="v"/>.</summary>
    public static ReportPeriod? Period(string? kind, string? date, HotlineDesk desk, Validation v)
    {
        var valid = v.IsValid;
        if (!ReportPeriod.TryParseKind(kind, out var k))
        {
            v.Add("kind", $"must be one of: {string.Join(", ", ReportPeriod.Kinds)}");
        }

        var day = desk.Today;
        if (date is not null && !DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out day))
        {
            v.Add("date", "must be a date YYYY-MM-DD");
        }
        else if (day.Year is < 2000 or > 2099)
        {
            v.Add("date", "must be in the years 2000-2099");
        }

        return valid && v.IsValid ? ReportPeriod.Of(k, day, desk.Options.PeriodStartDay) : null;
    }

    public static async Task<Result<Summary>> HandleAsync(string? kind, string? date, HotlineDesk desk, ICalendarProvider calendars, IConfiguration configuration, CancellationToken ct)
    {
        var v = new Validation();
        return Period(kind, date, desk, v) is { } period ? await BuildAsync(period, desk, calendars, configuration, ct) : Error.Invalid(v);
    }

    public static async Task<Summary> BuildAsync(ReportPeriod period, HotlineDesk desk, ICalendarProvider calendars, IConfiguration configuration, CancellationToken ct)
    {
        var calendar = await calendars.ForCenterAsync(null, ct);
        var previousPeriod = period.Previous;
        var current = await OrderTally.CountAsync(desk, period.From, period.To, period.Kind, withTerms: true, calendar, ct);
        var previous = await OrderTally.CountAsync(desk, previousPeriod.From, previousPeriod.To, null, withTerms: true, calendar, ct);
        var lastYear = period.SameLastYear is { } ly ? (Period: ly, Tally: await OrderTally.CountAsync(desk, ly.From, ly.To, null, withTerms: false, calendar, ct)) : default;
        var ranking = await GetAssessment.GetAssessment.AssessAsync(desk, period.From, period.To, ct);
        var categories = await desk.CategoriesAsync(ct);
        var units = (await desk.UnitsAsync(ct)).ToDictionary(u => u.Code, u => u.Name, StringComparer.Ordinal);
        var place = ReportNames.Place(await desk.StreetsAsync(ct));
        var total = current.Received;
        return new Summary(
            $"{place} 12345 接诉即办 {period.KindName}（{period.Label}）".TrimStart(),
            place,
            View(period),
            desk.Now,
            Totals.Of(current),
            Enum.GetValues<OrderType>().Select(t => new ShareLine(HotlineDesk.Wire(t), ReportNames.Type(t), current.ByType[(int)t], GetHotTopics.GetHotTopics.Share(current.ByType[(int)t], total))).ToList(),
            Enum.GetValues<OrderChannel>().Select(c => new ShareLine(HotlineDesk.Wire(c), ReportNames.Channel(c), current.ByChannel[(int)c], GetHotTopics.GetHotTopics.Share(current.ByChannel[(int)c], total))).ToList(),
            GetHotTopics.GetHotTopics.Categories(current, previous, categories).ToList(),
            GetHotTopics.GetHotTopics.Streets(current, await desk.StreetsAsync(ct)).ToList(),
            current.ByUnit
                .Select(p => new UnitLine(p.Key, units.GetValueOrDefault(p.Key, p.Key), p.Value.Received, p.Value.Replied, p.Value.Overdue, OrderTally.Percent(p.Value.SignOffOnTime, p.Value.SignOffDecided), OrderTally.Percent(p.Value.CompletionOnTime, p.Value.CompletionDecided)))
                .OrderByDescending(u => u.Received).ThenBy(u => u.UnitCode, StringComparer.Ordinal).ToList(),
            ranking,
            Compare(current, previousPeriod, previous),
            lastYear.Tally is null ? null : Compare(current, lastYear.Period, lastYear.Tally),
            Trend(period, current, desk.Today),
            await GetHotTopics.GetHotTopics.BuildAsync(current, previous, desk, GetHotTopics.GetHotTopics.MinOccurrences(configuration), ct));
    }

    public static PeriodView View(ReportPeriod p) => new(p.Wire, p.Label, p.Range, p.From, p.To);

    private static Comparison Compare(OrderTally current, ReportPeriod period, OrderTally other) =>
        new(View(period), Totals.Of(other), current.Received - other.Received, OrderTally.Percent(current.Received - other.Received, other.Received));

    /// <summary>The trend up to today when the period is still running (days and months to come are left out).</summary>
    private static List<TrendPoint> Trend(ReportPeriod period, OrderTally tally, DateOnly today) =>
        tally.Trend.Take(period.Kind switch
        {
            ReportKind.Daily => 24,
            ReportKind.Annual when today.Year == period.From.Year => today.Month,
            ReportKind.Weekly or ReportKind.Monthly when today >= period.From && today <= period.To => today.DayNumber - period.From.DayNumber + 1,
            _ => tally.Trend.Length,
        }).Select((count, i) => new TrendPoint(
            period.Kind switch
            {
                ReportKind.Daily => i.ToString("00", CultureInfo.InvariantCulture) + "时",
                ReportKind.Annual => (i + 1).ToString(CultureInfo.InvariantCulture) + "月",
                _ => period.From.AddDays(i).ToString("M/d", CultureInfo.InvariantCulture),
            },
            count)).ToList();
}
