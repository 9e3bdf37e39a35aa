namespace OneWindow.Calendar.Contracts;

/// <summary>What a calendar date is for a service center.</summary>
public enum DayKind
{
    Workday,
    Weekend,
    Holiday,
    AdjustedWorkday,
}

/// <summary>One date as the calendar sees it.</summary>
public sealed record CalendarDay(DateOnly Date, bool IsWorkday, DayKind Kind, string? Holiday);

/// <summary>A deadline and whether it rests on a year whose official arrangement is not loaded yet.</summary>
public readonly record struct Deadline(DateOnly Date, bool Provisional);

/// <summary>An inclusive range of dates during which a case's clock stands still (补正, 中止).</summary>
public readonly record struct Pause(DateOnly From, DateOnly To);

/// <summary>An official or local exception to the Monday-Friday week.</summary>
public sealed record DayException(DateOnly Date, bool IsWorkday, string? Name);

/// <summary>
/// The working-day arithmetic every deadline, roster and SLA uses. Immutable; build once per calendar version and
/// share. Inside the covered range a deadline is two array reads and a binary search; outside it (before the first
/// loaded year or more than <see cref="HorizonYears"/> after the last), weekends alone are assumed and the answer is
/// provisional.
/// </summary>
public sealed class WorkCalendar
{
    /// <summary>Years after the last loaded year that the fast table covers (3650 working days is about 14 years).</summary>
    public const int HorizonYears = 16;

    private readonly DateOnly _origin;
    private readonly int _originDayNumber;
    private readonly int[] _cumulative;
    private readonly bool[] _workday;
    private readonly Dictionary<DateOnly, DayException> _exceptions;
    private readonly HashSet<int> _loadedYears;

    public WorkCalendar(IEnumerable<int> loadedYears, IEnumerable<DayException> exceptions)
    {
        ArgumentNullException.ThrowIfNull(loadedYears);
        ArgumentNullException.ThrowIfNull(exceptions);
        _loadedYears = [.. loadedYears];
        _exceptions = new Dictionary<DateOnly, DayException>();
        foreach (var exception in exceptions)
        {
            _exceptions[exception.Date] = exception;
        }

        var first = _loadedYears.Count == 0 ? 2000 : _loadedYears.Min();
        var last = (_loadedYears.Count == 0 ? 2000 : _loadedYears.Max()) + HorizonYears;
        _origin = new DateOnly(first, 1, 1);
        _originDayNumber = _origin.DayNumber;
        var length = new DateOnly(last, 12, 31).DayNumber - _originDayNumber + 1;
        _workday = new bool[length];
        _cumulative = new int[length];
        var count = 0;
        for (var i = 0; i < length; i++)
        {
            _workday[i] = IsWorkdaySlow(_origin.AddDays(i));
            count += _workday[i] ? 1 : 0;
            _cumulative[i] = count;
        }

        FirstLoadedYear = _loadedYears.Count == 0 ? null : _loadedYears.Min();
        LastLoadedYear = _loadedYears.Count == 0 ? null : _loadedYears.Max();
    }

    public int? FirstLoadedYear { get; }

    public int? LastLoadedYear { get; }

    public IReadOnlyCollection<int> LoadedYears => _loadedYears;

    public bool IsLoaded(int year) => _loadedYears.Contains(year);

    public bool IsWorkday(DateOnly date)
    {
        var i = date.DayNumber - _originDayNumber;
        return (uint)i < (uint)_workday.Length ? _workday[i] : IsWorkdaySlow(date);
    }

    public CalendarDay Describe(DateOnly date)
    {
        if (_exceptions.TryGetValue(date, out var exception))
        {
            var weekend = date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
            var kind = exception.IsWorkday ? (weekend ? DayKind.AdjustedWorkday : DayKind.Workday) : (weekend && exception.Name is null ? DayKind.Weekend : DayKind.Holiday);
            return new CalendarDay(date, exception.IsWorkday, kind, exception.Name);
        }

        return date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday
            ? new CalendarDay(date, false, DayKind.Weekend, null)
            : new CalendarDay(date, true, DayKind.Workday, null);
    }

    /// <summary>The <paramref name="workdays"/>-th working day strictly after <paramref name="start"/>.</summary>
    public Deadline AddWorkdays(DateOnly start, int workdays)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(workdays);
        var s = start.DayNumber - _originDayNumber;
        if (s >= 0 && s < _cumulative.Length)
        {
            var target = _cumulative[s] + workdays;
            if (target <= _cumulative[^1])
            {
                var i = LowerBound(target, s + 1);
                var date = DateOnly.FromDayNumber(_originDayNumber + i);
                return new Deadline(date, !Covers(start.Year, date.Year));
            }
        }

        var day = start;
        var left = workdays;
        while (left > 0)
        {
            day = day.AddDays(1);
            if (IsWorkday(day))
            {
                left--;
            }
        }

        return new Deadline(day, !Covers(start.Year, day.Year));
    }

    /// <summary>
    /// Like <see cref="AddWorkdays(DateOnly, int)"/>, but working days inside a pause (after the start) do not count,
    /// so pausing for k working days moves the deadline by k working days.
    /// </summary>
    public Deadline AddWorkdays(DateOnly start, int workdays, IReadOnlyList<Pause> pauses)
    {
        ArgumentNullException.ThrowIfNull(pauses);
        var deadline = AddWorkdays(start, workdays);
        if (pauses.Count == 0)
        {
            return deadline;
        }

        var merged = Merge(pauses);
        while (true)
        {
            var paused = 0;
            foreach (var pause in merged)
            {
                var from = pause.From > start ? pause.From : start.AddDays(1);
                var to = pause.To < deadline.Date ? pause.To : deadline.Date;
                if (from <= to)
                {
                    paused += CountWorkdays(from, to);
                }
            }

            var next = AddWorkdays(start, workdays + paused);
            if (next.Date == deadline.Date)
            {
                return next;
            }

            deadline = next;
        }
    }

    /// <summary>Overlapping or adjacent pauses become one, so no day is subtracted twice.</summary>
    private static List<Pause> Merge(IReadOnlyList<Pause> pauses)
    {
        var merged = new List<Pause>(pauses.Count);
        foreach (var pause in pauses.Where(p => p.From <= p.To).OrderBy(p => p.From))
        {
            if (merged.Count > 0 && pause.From.DayNumber <= merged[^1].To.DayNumber + 1)
            {
                merged[^1] = new Pause(merged[^1].From, pause.To > merged[^1].To ? pause.To : merged[^1].To);
            }
            else
            {
                merged.Add(pause);
            }
        }

        return merged;
    }

    /// <summary>Natural days; when the last day is not a working day the deadline moves to the next working day (民法典 第二百零三条).</summary>
    public Deadline AddNaturalDays(DateOnly start, int days)
    {
        var date = start.AddDays(days);
        while (!IsWorkday(date))
        {
            date = date.AddDays(1);
        }

        return new Deadline(date, !Covers(start.Year, date.Year));
    }

    /// <summary>Working days in [from, to], both included.</summary>
    public int CountWorkdays(DateOnly from, DateOnly to)
    {
        if (to < from)
        {
            return 0;
        }

        var a = from.DayNumber - _originDayNumber;
        var b = to.DayNumber - _originDayNumber;
        if (a >= 0 && b < _cumulative.Length)
        {
            return _cumulative[b] - (a == 0 ? 0 : _cumulative[a - 1]);
        }

        var count = 0;
        for (var d = from; d <= to; d = d.AddDays(1))
        {
            count += IsWorkday(d) ? 1 : 0;
        }

        return count;
    }

    private bool Covers(int fromYear, int toYear)
    {
        for (var year = fromYear; year <= toYear; year++)
        {
            if (!_loadedYears.Contains(year))
            {
                return false;
            }
        }

        return true;
    }

    private int LowerBound(int target, int from)
    {
        int lo = from, hi = _cumulative.Length - 1;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (_cumulative[mid] >= target)
            {
                hi = mid;
            }
            else
            {
                lo = mid + 1;
            }
        }

        return lo;
    }

    private bool IsWorkdaySlow(DateOnly date) =>
        _exceptions.TryGetValue(date, out var exception) ? exception.IsWorkday : date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);
}
