namespace OneWindow.Calendar.Contracts;

/// <summary>Which days a service period applies to. Adjusted working days (调休上班) count as working days; holidays have no hours.</summary>
public enum PeriodDays
{
    Workday,
    Saturday,
    Sunday,
}

/// <summary>A stretch of the day when a hall serves: regular hours, or extended service (早间/午间/晚间/周六延时).</summary>
public sealed record ServicePeriod(PeriodDays Days, TimeOnly Start, TimeOnly End, bool Extended, string Label);

/// <summary>A hall's weekly hours from a date on; the latest schedule whose date has come applies.</summary>
public sealed record WeeklyHours(DateOnly EffectiveFrom, IReadOnlyList<ServicePeriod> Periods);

/// <summary>Whether a hall serves at an instant, in which period, until when, and when it opens next.</summary>
public sealed record ServingState(bool Serving, bool Extended, string? Label, DateTime? Until, DateTime? NextOpening);

/// <summary>A working-hours deadline in China Standard Time, provisional when the span leaves the loaded years.</summary>
public readonly record struct TimedDeadline(DateTime At, bool Provisional);

/// <summary>An interval of local time during which the clock stands still.</summary>
public readonly record struct TimePause(DateTime From, DateTime To);

/// <summary>
/// Business hours of a hall (or a center's office hours) on top of its <see cref="WorkCalendar"/>. All times are China
/// Standard Time (UTC+8, no daylight saving since 1991), so the arithmetic uses plain local <see cref="DateTime"/>s.
/// </summary>
public sealed class BusinessHours
{
    /// <summary>China Standard Time.</summary>
    public static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    /// <summary>How far a working-hours deadline may reach; beyond it the request is refused as absurd.</summary>
    public const int MaxSearchDays = 3660;

    private readonly WeeklyHours[] _schedules;

    public BusinessHours(WorkCalendar calendar, IEnumerable<WeeklyHours> schedules)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentNullException.ThrowIfNull(schedules);
        Calendar = calendar;
        _schedules = [.. schedules.OrderBy(s => s.EffectiveFrom)];
    }

    public WorkCalendar Calendar { get; }

    public IReadOnlyList<WeeklyHours> Schedules => _schedules;

    public static DateTime Local(DateTimeOffset instant) => instant.ToOffset(Offset).DateTime;

    /// <summary>The schedule in force on a date, or null when the hall had no hours yet.</summary>
    public WeeklyHours? ScheduleOn(DateOnly date)
    {
        WeeklyHours? found = null;
        foreach (var schedule in _schedules)
        {
            if (schedule.EffectiveFrom > date)
            {
                break;
            }

            found = schedule;
        }

        return found;
    }

    /// <summary>The periods served on a date, in order of start; empty on holidays and on days the hall is closed.</summary>
    public IReadOnlyList<ServicePeriod> PeriodsOn(DateOnly date)
    {
        var schedule = ScheduleOn(date);
        if (schedule is null)
        {
            return [];
        }

        PeriodDays days;
        if (Calendar.IsWorkday(date))
        {
            days = PeriodDays.Workday;
        }
        else if (Calendar.Describe(date).Kind == DayKind.Weekend)
        {
            days = date.DayOfWeek == DayOfWeek.Saturday ? PeriodDays.Saturday : PeriodDays.Sunday;
        }
        else
        {
            return [];
        }

        return schedule.Periods.Where(p => p.Days == days).OrderBy(p => p.Start).ToList();
    }

    public ServingState At(DateTime local)
    {
        var date = DateOnly.FromDateTime(local);
        var time = TimeOnly.FromDateTime(local);
        foreach (var period in PeriodsOn(date))
        {
            if (period.Start <= time && time < period.End)
            {
                return new ServingState(true, period.Extended, period.Label, UntilOf(date, period), null);
            }
        }

        return new ServingState(false, false, null, null, NextOpening(local));
    }

    /// <summary>
    /// The instant when <paramref name="minutes"/> minutes of service time have passed after <paramref name="start"/>,
    /// counting regular hours only (or extended hours too), skipping pauses. Null when no such time lies within
    /// <see cref="MaxSearchDays"/> days (the hall has no hours).
    /// </summary>
    public TimedDeadline? AddWorkingMinutes(DateTime start, int minutes, bool includeExtended = false, IReadOnlyList<TimePause>? pauses = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(minutes);
        var left = (long)minutes;
        var date = DateOnly.FromDateTime(start);
        for (var day = 0; day < MaxSearchDays; day++, date = date.AddDays(1))
        {
            foreach (var (from, to) in Intervals(date, includeExtended))
            {
                var a = from < start ? start : from;
                foreach (var (x, y) in Subtract(a, to, pauses))
                {
                    var available = (long)(y - x).TotalMinutes;
                    if (available >= left)
                    {
                        var at = x.AddMinutes(left);
                        return new TimedDeadline(at, !Covers(start.Year, at.Year));
                    }

                    left -= available;
                }
            }
        }

        return null;
    }

    private bool Covers(int fromYear, int toYear)
    {
        for (var year = fromYear; year <= toYear; year++)
        {
            if (!Calendar.IsLoaded(year))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Merged service intervals of a date as local date-times.</summary>
    private List<(DateTime From, DateTime To)> Intervals(DateOnly date, bool includeExtended)
    {
        var merged = new List<(DateTime From, DateTime To)>();
        foreach (var period in PeriodsOn(date))
        {
            if (period.Extended && !includeExtended)
            {
                continue;
            }

            var from = date.ToDateTime(period.Start);
            var to = date.ToDateTime(period.End);
            if (merged.Count > 0 && from <= merged[^1].To)
            {
                merged[^1] = (merged[^1].From, to > merged[^1].To ? to : merged[^1].To);
            }
            else
            {
                merged.Add((from, to));
            }
        }

        return merged;
    }

    private static IEnumerable<(DateTime From, DateTime To)> Subtract(DateTime from, DateTime to, IReadOnlyList<TimePause>? pauses)
    {
        if (from >= to)
        {
            yield break;
        }

        if (pauses is null || pauses.Count == 0)
        {
            yield return (from, to);
            yield break;
        }

        var cursor = from;
        foreach (var pause in pauses.Where(p => p.To > from && p.From < to).OrderBy(p => p.From))
        {
            if (pause.From > cursor)
            {
                yield return (cursor, pause.From);
            }

            if (pause.To > cursor)
            {
                cursor = pause.To;
            }
        }

        if (cursor < to)
        {
            yield return (cursor, to);
        }
    }

    /// <summary>End of the continuous service that contains a period (adjacent periods run on).</summary>
    private DateTime UntilOf(DateOnly date, ServicePeriod current)
    {
        var end = current.End;
        foreach (var period in PeriodsOn(date))
        {
            if (period.Start <= end && period.End > end)
            {
                end = period.End;
            }
        }

        return date.ToDateTime(end);
    }

    private DateTime? NextOpening(DateTime local)
    {
        var date = DateOnly.FromDateTime(local);
        for (var day = 0; day < 60; day++, date = date.AddDays(1))
        {
            foreach (var period in PeriodsOn(date))
            {
                var opens = date.ToDateTime(period.Start);
                if (opens > local)
                {
                    return opens;
                }
            }
        }

        return null;
    }
}

/// <summary>Hours of halls and office hours of centers, cached like the calendar they sit on.</summary>
public interface IBusinessHoursProvider
{
    /// <summary>The hall's hours on its center's calendar; null when the hall does not exist.</summary>
    Task<BusinessHours?> ForHallAsync(string hallCode, CancellationToken cancellationToken = default);

    /// <summary>Office hours (configuration Calendar:OfficeHours) on a center's calendar, for response limits of handling units.</summary>
    Task<BusinessHours> OfficeHoursAsync(string? centerCode, CancellationToken cancellationToken = default);
}

/// <summary>The hours part of a demo scenario: one weekly schedule for a set of halls.</summary>
public sealed record ScenarioHours(IReadOnlyList<string> Halls, string EffectiveFrom, IReadOnlyList<ScenarioPeriod> Periods);

public sealed record ScenarioPeriod(string Days, string Start, string End, bool Extended, string Label);

/// <summary>Loads scenario hours idempotently.</summary>
public interface IBusinessHoursSeeder
{
    Task SeedAsync(IReadOnlyList<ScenarioHours> hours, CancellationToken cancellationToken = default);
}
