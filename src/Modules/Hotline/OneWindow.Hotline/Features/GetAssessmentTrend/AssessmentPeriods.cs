using System.Globalization;

namespace OneWindow.Hotline.Features.GetAssessmentTrend;

/// <summary>One assessment period: named after the month it ends in (yyyy-MM), from its first to its last day (China dates).</summary>
internal sealed record AssessmentPeriod(string Label, DateOnly From, DateOnly To)
{
    public bool Contains(DateOnly date) => date >= From && date <= To;
}

/// <summary>
/// Assessment periods from <see cref="HotlineOptions.PeriodStartDay"/>: with start day 1 they are calendar months; with
/// start day 21 the period "2026-11" runs from 2026-10-21 to 2026-11-20 (a period is named after the month it ends in).
/// </summary>
internal static class AssessmentPeriods
{
    /// <summary>The most periods one request may ask for (three years of monthly figures).</summary>
    public const int MaxPeriods = 36;

    /// <summary>The period that ends in the given month.</summary>
    public static AssessmentPeriod Of(int year, int month, int startDay)
    {
        Check(startDay);
        var first = new DateOnly(year, month, 1);
        var label = first.ToString("yyyy-MM", CultureInfo.InvariantCulture);
        return startDay == 1
            ? new AssessmentPeriod(label, first, first.AddMonths(1).AddDays(-1))
            : new AssessmentPeriod(label, first.AddMonths(-1).AddDays(startDay - 1), first.AddDays(startDay - 2));
    }

    /// <summary>The period a day falls in.</summary>
    public static AssessmentPeriod Containing(DateOnly date, int startDay)
    {
        Check(startDay);
        var month = new DateOnly(date.Year, date.Month, 1);
        if (startDay > 1 && date.Day >= startDay)
        {
            month = month.AddMonths(1);
        }

        return Of(month.Year, month.Month, startDay);
    }

    /// <summary>The <paramref name="count"/> periods up to and including the one of <paramref name="day"/>, oldest first.</summary>
    public static IReadOnlyList<AssessmentPeriod> Last(DateOnly day, int count, int startDay)
    {
        var current = Containing(day, startDay);
        var end = new DateOnly(current.To.Year, current.To.Month, 1);
        return Enumerable.Range(0, count).Select(i => end.AddMonths(i - count + 1)).Select(m => Of(m.Year, m.Month, startDay)).ToList();
    }

    /// <summary>Every period that has a day in [from, to], oldest first.</summary>
    public static IReadOnlyList<AssessmentPeriod> Between(DateOnly from, DateOnly to, int startDay)
    {
        var periods = new List<AssessmentPeriod>();
        for (var period = Containing(from, startDay); period.From <= to; period = Containing(period.To.AddDays(1), startDay))
        {
            periods.Add(period);
        }

        return periods;
    }

    /// <summary>A period by its label (yyyy-MM).</summary>
    public static bool TryParse(string? label, int startDay, out AssessmentPeriod period)
    {
        if (DateOnly.TryParseExact(label + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month) && month.Year is >= 1990 and < 2200)
        {
            period = Of(month.Year, month.Month, startDay);
            return true;
        }

        period = default!;
        return false;
    }

    private static void Check(int startDay)
    {
        if (startDay is < 1 or > 28)
        {
            throw new ArgumentOutOfRangeException(nameof(startDay), startDay, "The period start day must be 1-28.");
        }
    }
}
