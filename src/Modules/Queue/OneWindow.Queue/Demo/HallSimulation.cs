using OneWindow.Calendar.Contracts;
using OneWindow.Organization.Contracts;
using OneWindow.Queue.Data;
using OneWindow.Queue.Domain;

namespace OneWindow.Queue.Demo;

/// <summary>
/// A hall's day as a queue simulation: Poisson arrivals shaped like a service hall's day (a morning peak, a lunch dip,
/// an afternoon peak, thin extended hours), log-normal service times per category, first come first served at the
/// windows whose first category it is, 3% no-shows. Each ticket carries the estimate the live engine would have given
/// at issue (people ahead x smoothed service time / windows), so the estimate's error can be measured afterwards.
/// </summary>
internal static class HallSimulation
{
    private static readonly Dictionary<string, double> ServiceMinutes = new(StringComparer.Ordinal)
    {
        ["enterprise"] = 14, ["personal"] = 8, ["social"] = 7, ["property"] = 18, ["tax"] = 10, ["household"] = 9,
        ["bundle"] = 20, ["cross"] = 12, ["consult"] = 4, ["issue"] = 3,
    };

    private static readonly string[] Clerks = ["张敏", "李娜", "王磊", "刘洋", "陈静", "杨帆", "赵丽", "黄涛", "周婷", "吴昊", "徐静", "孙悦", "马骏", "朱琳", "胡蓉", "郭鹏"];

    /// <summary>One day of a hall; <paramref name="clerks"/> names who serves each window in window order (windows past its end wrap around), made-up names when null or empty.</summary>
    public static List<Ticket> Day(HallLayout hall, DateOnly day, IReadOnlyList<ServicePeriod> periods, Random random, double smoothing, double defaultMinutes, IReadOnlyList<string>? clerks = null)
    {
        var staff = clerks is { Count: > 0 } ? clerks : Clerks;
        var servedBy = hall.Windows.OrderBy(w => w.Code, StringComparer.Ordinal).Select((w, i) => (w.Code, Clerk: staff[i % staff.Count])).ToDictionary(x => x.Code, x => x.Clerk, StringComparer.Ordinal);
        var tickets = new List<Ticket>();
        foreach (var category in hall.Categories)
        {
            var windows = hall.Windows.Where(w => w.Categories.Count > 0 && w.Categories[0] == category.Code).Select(w => w.Code).ToList();
            if (windows.Count == 0)
            {
                continue;
            }

            var aht = ServiceMinutes.GetValueOrDefault(category.Code, 10);
            tickets.AddRange(Line(hall.Code, category, windows, servedBy, aht, day, periods, random, smoothing, defaultMinutes));
        }

        return tickets;
    }

    private static List<Ticket> Line(string hallCode, CategoryLayout category, List<string> windows, Dictionary<string, string> servedBy, double aht, DateOnly day, IReadOnlyList<ServicePeriod> periods, Random random, double smoothing, double defaultMinutes)
    {
        // Windows 60% busy at the base rate: Monday mornings queue up, the lunch dip drains the line.
        var baseRate = windows.Count * 60.0 / aht * 0.6;
        var weekday = day.DayOfWeek switch { DayOfWeek.Monday => 1.25, DayOfWeek.Friday => 0.9, DayOfWeek.Saturday => 0.45, DayOfWeek.Sunday => 0.3, _ => 1.0 };
        var free = windows.ToDictionary(w => w, _ => DateTime.MinValue);
        var pending = new PriorityQueue<double, DateTime>();
        double? average = null;
        var tickets = new List<Ticket>();
        var starts = new List<DateTime>();
        foreach (var period in periods.OrderBy(p => p.Start))
        {
            var clock = day.ToDateTime(period.Start);
            var end = day.ToDateTime(period.End);
            while (true)
            {
                var rate = baseRate * weekday * Shape(clock.TimeOfDay, period.Extended);
                clock = clock.AddMinutes(-Math.Log(1 - random.NextDouble()) * 60 / Math.Max(rate, 0.01));
                if (clock >= end)
                {
                    break;
                }

                while (pending.TryPeek(out var minutes, out var done) && done <= clock)
                {
                    pending.Dequeue();
                    average = average is null ? minutes : (smoothing * minutes) + ((1 - smoothing) * average.Value);
                }

                var ahead = starts.Count(s => s > clock);
                var estimate = (int)Math.Round(ahead * (average ?? defaultMinutes) / windows.Count, MidpointRounding.AwayFromZero);
                var window = free.MinBy(f => f.Value).Key;
                var start = free[window] > clock ? free[window] : clock;
                var noShow = random.NextDouble() < 0.03;
                var service = noShow ? 2 : Math.Max(1, aht * Math.Exp((0.5 * Normal(random)) - 0.125));
                var finish = start.AddMinutes(service);
                free[window] = finish;
                starts.Add(start);
                if (!noShow)
                {
                    pending.Enqueue(service, finish);
                }

                var number = tickets.Count + 1;
                tickets.Add(new Ticket
                {
                    HallCode = hallCode,
                    ServiceDay = day,
                    Category = category.Code,
                    Prefix = category.TicketPrefix,
                    Number = number,
                    DisplayNumber = Features.IssueTicket.IssueTicket.Display(category.TicketPrefix, number),
                    Priority = random.NextDouble() < 0.05 ? TicketPriority.Priority : TicketPriority.Normal,
                    Status = noShow ? TicketStatus.NoShow : TicketStatus.Completed,
                    IssuedAt = Utc(clock),
                    CreatedAt = Utc(clock),
                    CalledAt = Utc(start),
                    StartedAt = noShow ? null : Utc(start.AddSeconds(30)),
                    EndedAt = Utc(finish),
                    WindowCode = window,
                    CalledBy = servedBy[window],
                    AheadAtIssue = ahead,
                    EstimatedWaitMinutes = estimate,
                });
            }
        }

        return tickets;
    }

    /// <summary>Relative arrival rate over the day.</summary>
    private static double Shape(TimeSpan time, bool extended) => extended ? 0.3 : time.TotalHours switch
    {
        < 10 => 1.4,
        < 11.5 => 1.2,
        < 13 => 0.6,
        < 14 => 0.9,
        < 16 => 1.1,
        _ => 0.7,
    };

    private static DateTimeOffset Utc(DateTime chinaTime) => new DateTimeOffset(chinaTime, BusinessHours.Offset).ToUniversalTime();

    private static double Normal(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
