using System.Globalization;

namespace OneWindow.Hotline.Reports;

/// <summary>日报 / 周报 / 月报 (by assessment period) / 年报.</summary>
internal enum ReportKind
{
    Daily,
    Weekly,
    Monthly,
    Annual,
}

/// <summary>
/// The dates [From, To] (China dates, both included) a report covers, and the periods it is compared with. A monthly
/// report covers an assessment period (考核期, <see cref="HotlineOptions.PeriodStartDay"/>): the calendar month with
/// start day 1; with start day 21, "2026年11月考核期" runs from 21 October to 20 November.
/// </summary>
internal sealed record ReportPeriod(ReportKind Kind, DateOnly From, DateOnly To, int StartDay)
{
    public static readonly IReadOnlyList<string> Kinds = ["daily", "weekly", "monthly", "annual"];

    public static bool TryParseKind(string? text, out ReportKind kind)
    {
        kind = text switch
        {
            "daily" => ReportKind.Daily,
            "weekly" => ReportKind.Weekly,
            "monthly" => ReportKind.Monthly,
            "annual" => ReportKind.Annual,
            _ => (ReportKind)(-1),
        };
        return Enum.IsDefined(kind);
    }

    /// <summary>The period of <paramref name="kind"/> containing <paramref name="date"/>; weeks run Monday to Sunday.</summary>
    public static ReportPeriod Of(ReportKind kind, DateOnly date, int startDay)
    {
        switch (kind)
        {
            case ReportKind.Daily:
                return new(kind, date, date, startDay);
            case ReportKind.Weekly:
            {
                var monday = date.AddDays(-(((int)date.DayOfWeek + 6) % 7));
                return new(kind, monday, monday.AddDays(6), startDay);
            }

            case ReportKind.Monthly:
            {
                // 考核期: the shared definition of the assessment (named after the month it ends in).
                var period = Features.GetAssessmentTrend.AssessmentPeriods.Containing(date, startDay);
                return new(kind, period.From, period.To, startDay);
            }

            default:
                return new(kind, new DateOnly(date.Year, 1, 1), new DateOnly(date.Year, 12, 31), startDay);
        }
    }

    public string Wire => Kinds[(int)Kind];

    public int Days => To.DayNumber - From.DayNumber + 1;

    /// <summary>The period just before (环比; for a year, the year before).</summary>
    public ReportPeriod Previous => Of(Kind, From.AddDays(-1), StartDay);

    /// <summary>The same period a year earlier (同比), for days and assessment periods; null for weeks (they do not line up) and years (that is <see cref="Previous"/>).</summary>
    public ReportPeriod? SameLastYear => Kind switch
    {
        ReportKind.Daily => Of(Kind, From.AddYears(-1), StartDay),
        ReportKind.Monthly => Of(Kind, To.AddYears(-1), StartDay),
        _ => null,
    };

    /// <summary>日报, 周报, 月报, 年报.</summary>
    public string KindName => Kind switch
    {
        ReportKind.Daily => "日报",
        ReportKind.Weekly => "周报",
        ReportKind.Monthly => "月报",
        _ => "年报",
    };

    /// <summary>2026年11月5日 · 2026年11月2日至11月8日 · 2026年11月考核期 · 2026年度.</summary>
    public string Label => Kind switch
    {
        ReportKind.Daily => Date(From),
        ReportKind.Weekly => $"{Date(From)}至{(To.Year == From.Year ? To.ToString("M月d日", CultureInfo.InvariantCulture) : Date(To))}",
        ReportKind.Monthly => To.ToString("yyyy年M月", CultureInfo.InvariantCulture) + "考核期",
        _ => From.Year.ToString(CultureInfo.InvariantCulture) + "年度",
    };

    /// <summary>2026年10月21日至2026年11月20日.</summary>
    public string Range => From == To ? Date(From) : $"{Date(From)}至{Date(To)}";

    public static string Date(DateOnly date) => date.ToString("yyyy年M月d日", CultureInfo.InvariantCulture);
}
