using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using OneWindow.Calendar.Contracts;
using OneWindow.Queue.Data;
using OneWindow.Queue.Domain;
using OneWindow.Queue.Tidal;
using OneWindow.SharedKernel.Api;
using OneWindow.SharedKernel.Security;

namespace OneWindow.Queue.Features.GetStaffing;

/// <summary>
/// 潮汐窗口 planning: arrivals per category and 30-minute interval forecast from the same weekday of past weeks, and the
/// windows Erlang C says each interval needs for the target (default 90% called within 15 minutes).
/// </summary>
internal static class GetStaffing
{
    public const int IntervalMinutes = 30;

    public sealed record Plan(string HallCode, DateOnly Date, string DayKind, int HistoryDays, double TargetServiceLevel, double TargetWaitMinutes, IReadOnlyList<CategoryPlan> Categories, IReadOnlyList<IntervalTotal> Totals, int PeakWindows, int RosteredStaff);

    public sealed record CategoryPlan(string Code, string Name, double ServiceMinutes, double ForecastArrivals, IReadOnlyList<IntervalPlan> Intervals);

    public sealed record IntervalPlan(string Start, double Arrivals, int Windows, double ServiceLevel);

    public sealed record IntervalTotal(string Start, double Arrivals, int Windows);

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/api/v1/halls/{hall}/staffing", async (string hall, DateOnly? date, ClaimsPrincipal user, QueueDesk desk, IBusinessHoursProvider hours, CancellationToken ct) =>
                (await HandleAsync(hall, date, user, desk, hours, ct)).ToOk())
            .RequireAuthorization(Policies.Staff)
            .WithTags("Queue");

    public static async Task<Result<Plan>> HandleAsync(string hallCode, DateOnly? date, ClaimsPrincipal user, QueueDesk desk, IBusinessHoursProvider hours, CancellationToken ct)
    {
        var found = await desk.StaffHallAsync(hallCode, user, ct);
        if (!found.IsSuccess)
        {
            return found.Error!;
        }

        if (date is { Year: < 2000 or > 2199 })
        {
            return Error.Invalid("date", "must be a date between 2000 and 2199");
        }

        var hall = found.Value!;
        var options = desk.Options;
        var day = date ?? desk.ServiceDay(desk.Now).AddDays(1);
        var schedule = await hours.ForHallAsync(hallCode, ct);
        var kind = schedule?.Calendar.Describe(day).Kind ?? (day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday ? DayKind.Weekend : DayKind.Workday);
        var periods = schedule?.PeriodsOn(day) ?? [];

        // The same weekday in past weeks; days the hall did not serve (holidays) drop out of the average.
        var pastDays = Enumerable.Range(1, options.ForecastWeeks).Select(w => day.AddDays(-7 * w)).ToList();
        var first = pastDays[^1];
        var history = await desk.Db.Tickets.AsNoTracking()
            .Where(t => t.HallCode == hallCode && t.TransferredFromId == null && t.ServiceDay >= first && t.ServiceDay < day)
            .Select(t => new { t.ServiceDay, t.Category, t.IssuedAt, t.Status, t.CalledAt, t.StartedAt, t.EndedAt })
            .ToListAsync(ct);
        history = history.Where(h => pastDays.Contains(h.ServiceDay)).ToList();
        var served = history.Select(h => h.ServiceDay).Distinct().Count();

        var categories = new List<CategoryPlan>();
        var totals = new SortedDictionary<int, (double Arrivals, int Windows)>();
        foreach (var category in hall.Categories)
        {
            var mine = history.Where(h => h.Category == category.Code).ToList();
            var durations = mine.Where(h => h.Status == TicketStatus.Completed && h.EndedAt is not null)
                .Select(h => (h.EndedAt!.Value - (h.StartedAt ?? h.CalledAt ?? h.EndedAt.Value)).TotalMinutes).Where(m => m > 0).ToList();
            var aht = durations.Count > 0 ? durations.Average() : options.DefaultServiceMinutes;
            var intervals = new List<IntervalPlan>();
            foreach (var slot in Intervals(periods))
            {
                var count = mine.Count(h => IntervalOf(h.IssuedAt) == slot);
                var arrivals = served == 0 ? 0 : (double)count / served;
                var answer = ErlangC.Needed(arrivals * (60.0 / IntervalMinutes), aht, options.TargetWaitMinutes, options.TargetServiceLevel);
                intervals.Add(new IntervalPlan(Label(slot), Math.Round(arrivals, 2), answer.Windows, Math.Round(answer.ServiceLevel, 3)));
                var total = totals.GetValueOrDefault(slot);
                totals[slot] = (total.Arrivals + arrivals, total.Windows + answer.Windows);
            }

            categories.Add(new CategoryPlan(category.Code, category.Name, Math.Round(aht, 1), Math.Round(intervals.Sum(i => i.Arrivals), 1), intervals));
        }

        var peak = totals.Count == 0 ? 0 : totals.Values.Max(t => t.Windows);
        return new Plan(hallCode, day, EnumParsing.ToWire(kind), served, options.TargetServiceLevel, options.TargetWaitMinutes, categories,
            totals.Select(t => new IntervalTotal(Label(t.Key), Math.Round(t.Value.Arrivals, 2), t.Value.Windows)).ToList(),
            peak, ErlangC.Rostered(peak, options.Shrinkage));
    }

    /// <summary>The 30-minute intervals (minutes from midnight) that overlap the hall's periods that day.</summary>
    private static IEnumerable<int> Intervals(IReadOnlyList<ServicePeriod> periods) =>
        periods
            .SelectMany(p => Enumerable.Range(0, 48).Select(i => i * IntervalMinutes)
                .Where(m => m < p.End.Hour * 60 + p.End.Minute && m + IntervalMinutes > p.Start.Hour * 60 + p.Start.Minute))
            .Distinct()
            .Order();

    private static int IntervalOf(DateTimeOffset instant)
    {
        var local = BusinessHours.Local(instant);
        return (local.Hour * 60 + local.Minute) / IntervalMinutes * IntervalMinutes;
    }

    private static string Label(int minutes) => $"{minutes / 60:00}:{minutes % 60:00}";
}
