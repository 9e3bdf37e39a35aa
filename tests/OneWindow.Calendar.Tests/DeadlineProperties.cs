using FsCheck;
using FsCheck.Xunit;
using OneWindow.Calendar.Contracts;

namespace OneWindow.Calendar.Tests;

/// <summary>Laws every deadline obeys, checked on random dates 2023-2027 (so spans also leave the loaded years).</summary>
public sealed class DeadlineProperties
{
    private static readonly WorkCalendar Calendar = OfficialTable.Shipped();
    private static readonly DateOnly Origin = new(2023, 6, 1);

    private static DateOnly Day(int seed) => Origin.AddDays((int)((uint)seed % 1400));

    private static int Count(int seed, int max) => 1 + (int)((uint)seed % (uint)max);

    [Property(MaxTest = 3000)]
    public bool A_deadline_is_always_a_working_day_after_the_start_with_exactly_n_working_days(int startSeed, int nSeed)
    {
        var start = Day(startSeed);
        var n = Count(nSeed, 400);
        var deadline = Calendar.AddWorkdays(start, n).Date;
        return deadline > start && Calendar.IsWorkday(deadline) && Calendar.CountWorkdays(start.AddDays(1), deadline) == n;
    }

    [Property(MaxTest = 3000)]
    public bool N_then_m_working_days_is_n_plus_m(int startSeed, int nSeed, int mSeed)
    {
        var start = Day(startSeed);
        var (n, m) = (Count(nSeed, 300), Count(mSeed, 300));
        return Calendar.AddWorkdays(Calendar.AddWorkdays(start, n).Date, m).Date == Calendar.AddWorkdays(start, n + m).Date;
    }

    [Property(MaxTest = 3000)]
    public bool Pausing_for_k_working_days_moves_the_deadline_by_k_working_days(int startSeed, int nSeed, int pauseSeed, int lengthSeed)
    {
        var start = Day(startSeed);
        var n = Count(nSeed, 60);
        var original = Calendar.AddWorkdays(start, n).Date;
        var from = start.AddDays(Count(pauseSeed, original.DayNumber - start.DayNumber));
        var to = from.AddDays(Count(lengthSeed, 40) - 1);
        var k = Calendar.CountWorkdays(from, to);
        var paused = Calendar.AddWorkdays(start, n, [new Pause(from, to)]).Date;
        return k == 0 ? paused == original : paused == Calendar.AddWorkdays(original, k).Date;
    }

    [Property(MaxTest = 2000)]
    public bool With_several_pauses_the_deadline_is_the_nth_working_day_outside_them(int startSeed, int nSeed, int a, int b, int c, int d)
    {
        var start = Day(startSeed);
        var n = Count(nSeed, 40);
        Pause[] pauses =
        [
            new(start.AddDays(Count(a, 50)), start.AddDays(Count(a, 50) + Count(b, 10))),
            new(start.AddDays(Count(c, 80)), start.AddDays(Count(c, 80) + Count(d, 20))),
        ];
        var expected = start;
        for (var left = n; left > 0;)
        {
            expected = expected.AddDays(1);
            if (Calendar.IsWorkday(expected) && !pauses.Any(p => p.From <= expected && expected <= p.To))
            {
                left--;
            }
        }

        return Calendar.AddWorkdays(start, n, pauses).Date == expected;
    }

    [Property(MaxTest = 2000)]
    public bool Provisional_exactly_when_the_span_touches_a_year_not_loaded(int startSeed, int nSeed)
    {
        var start = Day(startSeed);
        var deadline = Calendar.AddWorkdays(start, Count(nSeed, 400));
        var loaded = Enumerable.Range(start.Year, deadline.Date.Year - start.Year + 1).All(y => y is >= 2024 and <= 2026);
        return deadline.Provisional == !loaded;
    }

    [Property(MaxTest = 2000)]
    public bool Natural_day_deadlines_land_on_the_first_working_day_on_or_after_the_last_day(int startSeed, int nSeed)
    {
        var start = Day(startSeed);
        var days = Count(nSeed, 60);
        var deadline = Calendar.AddNaturalDays(start, days).Date;
        var last = start.AddDays(days);
        return Calendar.IsWorkday(deadline) && deadline >= last && Calendar.CountWorkdays(last, deadline.AddDays(-1)) == 0;
    }
}
