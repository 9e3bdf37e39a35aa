using Microsoft.EntityFrameworkCore;
using OneWindow.Calendar.Contracts;
using OneWindow.Hotline.Data;
using OneWindow.Hotline.Domain;

namespace OneWindow.Hotline.Reports;

/// <summary>The columns of an order a report reads (no caller data).</summary>
internal sealed record OrderFacts(
    OrderType Type,
    OrderChannel Channel,
    OrderStatus Status,
    string CategoryCode,
    string TopCategoryCode,
    string? StreetCode,
    string? UnitCode,
    bool ClosedAtIntake,
    DateTimeOffset CreatedAt,
    DateTimeOffset? RespondBy,
    DateTimeOffset? AcceptedAt,
    DateTimeOffset DueAt,
    DateTimeOffset? RepliedAt,
    string? Content);

/// <summary>One unit's share of the period's orders (those with it now).</summary>
internal sealed class UnitTally
{
    public int Received { get; set; }

    public int Replied { get; set; }

    public int Overdue { get; set; }

    public int SignOffDecided { get; set; }

    public int SignOffOnTime { get; set; }

    public int CompletionDecided { get; set; }

    public int CompletionOnTime { get; set; }
}

/// <summary>
/// Everything a summary counts over the orders registered in [From, To], gathered in one pass over the rows. Rules:
/// <list type="bullet">
/// <item>received = closed + replied (waiting for the callback) + open + merged; 直办 = answered at intake; 转办 = with a unit.</item>
/// <item>overdue = still open and past its handling limit now.</item>
/// <item>按期签收率 = signed off by the response deadline / (signed off + not signed and past the deadline), over orders with a unit.</item>
/// <item>按期办结率 = replied by the handling deadline / (replied + not replied and past the deadline), over orders with a unit.</item>
/// <item>平均办结时长 = registration to the unit's reply, counting only the time on working days of the district calendar.</item>
/// </list>
/// Merged duplicates count as received and nowhere else.
/// </summary>
internal sealed class OrderTally
{
    private const long DayMs = 86_400_000;
    private readonly DateOnly _from;
    private readonly ReportKind? _trendKind;
    private readonly DateTimeOffset _now;
    private readonly WorkCalendar _calendar;
    private readonly Dictionary<DateOnly, (long BaseMs, bool Workday)> _days = [];
    private long _handlingMs;

    public OrderTally(DateOnly from, DateOnly to, ReportKind? trendKind, bool withTerms, DateTimeOffset now, WorkCalendar calendar)
    {
        _from = from;
        To = to;
        _trendKind = trendKind;
        _now = now;
        _calendar = calendar;
        Terms = withTerms ? new TermTally() : null;
        Trend = new int[trendKind switch
        {
            null => 0,
            ReportKind.Daily => 24,
            ReportKind.Annual => 12,
            _ => to.DayNumber - from.DayNumber + 1,
        }];
    }

    public DateOnly From => _from;

    public DateOnly To { get; }

    public int Received { get; private set; }

    public int ClosedAtIntake { get; private set; }

    public int Dispatched { get; private set; }

    public int Closed { get; private set; }

    public int Replied { get; private set; }

    public int Open { get; private set; }

    public int Merged { get; private set; }

    public int Overdue { get; private set; }

    public int SignOffDecided { get; private set; }

    public int SignOffOnTime { get; private set; }

    public int CompletionDecided { get; private set; }

    public int CompletionOnTime { get; private set; }

    public int HandlingCount { get; private set; }

    /// <summary>Average working days from registration to the reply, 2 places; null without replies.</summary>
    public decimal? AverageHandlingWorkdays => HandlingCount == 0 ? null : Math.Round((decimal)_handlingMs / HandlingCount / DayMs, 2, MidpointRounding.AwayFromZero);

    public int[] ByType { get; } = new int[Enum.GetValues<OrderType>().Length];

    public int[] ByChannel { get; } = new int[Enum.GetValues<OrderChannel>().Length];

    public Dictionary<string, int> ByTopCategory { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, int> ByCategory { get; } = new(StringComparer.Ordinal);

    /// <summary>By street/town center code; orders naming none under the empty string.</summary>
    public Dictionary<string, int> ByStreet { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, UnitTally> ByUnit { get; } = new(StringComparer.Ordinal);

    /// <summary>Received per hour (a day), per day (a week or an assessment period) or per month (a year).</summary>
    public int[] Trend { get; }

    public TermTally? Terms { get; }

    /// <summary>Reads the orders registered in [from, to] once, the listed columns only, and counts them.</summary>
    public static async Task<OrderTally> CountAsync(HotlineDesk desk, DateOnly from, DateOnly to, ReportKind? trendKind, bool withTerms, WorkCalendar calendar, CancellationToken ct)
    {
        var tally = new OrderTally(from, to, trendKind, withTerms, desk.Now, calendar);
        var start = Features.ListWorkOrders.ListWorkOrders.Start(from);
        var end = Features.ListWorkOrders.ListWorkOrders.Start(to.AddDays(1));
        var orders = desk.Db.Orders.AsNoTracking().Where(o => o.CreatedAt >= start && o.CreatedAt < end);
        var rows = withTerms
            ? orders.Select(o => new OrderFacts(o.Type, o.Channel, o.Status, o.CategoryCode, o.TopCategoryCode, o.StreetCode, o.UnitCode, o.ClosedAtIntake, o.CreatedAt, o.RespondBy, o.AcceptedAt, o.DueAt, o.RepliedAt, o.Content))
            : orders.Select(o => new OrderFacts(o.Type, o.Channel, o.Status, o.CategoryCode, o.TopCategoryCode, o.StreetCode, o.UnitCode, o.ClosedAtIntake, o.CreatedAt, o.RespondBy, o.AcceptedAt, o.DueAt, o.RepliedAt, null));
        await foreach (var row in rows.AsAsyncEnumerable().WithCancellation(ct))
        {
            tally.Add(row);
        }

        return tally;
    }

    public void Add(OrderFacts o)
    {
        Received++;
        ByType[(int)o.Type]++;
        ByChannel[(int)o.Channel]++;
        Increment(ByTopCategory, o.TopCategoryCode);
        Increment(ByCategory, o.CategoryCode);
        Increment(ByStreet, o.StreetCode ?? string.Empty);
        Terms?.Add(o.Content);
        if (Trend.Length > 0)
        {
            var local = BusinessHours.Local(o.CreatedAt);
            var index = _trendKind switch
            {
                ReportKind.Daily => local.Hour,
                ReportKind.Annual => local.Month - 1,
                _ => DateOnly.FromDateTime(local).DayNumber - _from.DayNumber,
            };
            if (index >= 0 && index < Trend.Length)
            {
                Trend[index]++;
            }
        }

        var open = HotlineDesk.IsOpen(o.Status);
        switch (o.Status)
        {
            case OrderStatus.Merged:
                Merged++;
                return;
            case OrderStatus.Closed:
                Closed++;
                break;
            case OrderStatus.Replied:
                Replied++;
                break;
            default:
                Open++;
                break;
        }

        var overdue = open && o.DueAt < _now;
        Overdue += overdue ? 1 : 0;
        if (o.ClosedAtIntake)
        {
            ClosedAtIntake++;
        }

        if (o.UnitCode is null)
        {
            return;
        }

        Dispatched++;
        if (!ByUnit.TryGetValue(o.UnitCode, out var unit))
        {
            unit = new UnitTally();
            ByUnit[o.UnitCode] = unit;
        }

        unit.Received++;
        unit.Overdue += overdue ? 1 : 0;
        if (o.AcceptedAt is { } accepted)
        {
            var onTime = o.RespondBy is not { } by || accepted <= by;
            SignOffDecided++;
            unit.SignOffDecided++;
            SignOffOnTime += onTime ? 1 : 0;
            unit.SignOffOnTime += onTime ? 1 : 0;
        }
        else if (o.RespondBy is { } by && by < _now)
        {
            SignOffDecided++;
            unit.SignOffDecided++;
        }

        if (o.RepliedAt is { } replied)
        {
            var onTime = replied <= o.DueAt;
            unit.Replied++;
            CompletionDecided++;
            unit.CompletionDecided++;
            CompletionOnTime += onTime ? 1 : 0;
            unit.CompletionOnTime += onTime ? 1 : 0;
            HandlingCount++;
            _handlingMs += Math.Max(0, WorkingMs(replied) - WorkingMs(o.CreatedAt));
        }
        else if (o.DueAt < _now)
        {
            CompletionDecided++;
            unit.CompletionDecided++;
        }
    }

    /// <summary>Percent of <paramref name="part"/> in <paramref name="whole"/>, 2 places; null when there is no whole.</summary>
    public static decimal? Percent(int part, int whole) =>
        whole == 0 ? null : Math.Round(100m * part / whole, 2, MidpointRounding.AwayFromZero);

    /// <summary>Working time from the start of the period to an instant, in milliseconds (non-working days stand still).</summary>
    private long WorkingMs(DateTimeOffset instant)
    {
        var local = BusinessHours.Local(instant);
        var date = DateOnly.FromDateTime(local);
        if (!_days.TryGetValue(date, out var day))
        {
            var before = date > _from ? _calendar.CountWorkdays(_from, date.AddDays(-1)) : -_calendar.CountWorkdays(date, _from.AddDays(-1));
            day = (before * DayMs, _calendar.IsWorkday(date));
            _days[date] = day;
        }

        return day.BaseMs + (day.Workday ? (long)local.TimeOfDay.TotalMilliseconds : 0);
    }

    private static void Increment(Dictionary<string, int> counts, string key) =>
        counts[key] = counts.TryGetValue(key, out var n) ? n + 1 : 1;
}
