using System.Globalization;
using OneWindow.Calendar.Contracts;
using OneWindow.Calendar.Data;
using OneWindow.Calendar.Features.AddYear;

namespace OneWindow.Calendar.Tests;

/// <summary>
/// The State Council arrangements 2024-2026 typed in again from the notices, independently of the shipped data file:
/// holiday ranges (inclusive) and the weekend days worked instead.
/// </summary>
internal static class OfficialTable
{
    private const string Table = """
        2024 元旦 01-01..01-01 -
        2024 春节 02-10..02-17 02-04,02-18
        2024 清明 04-04..04-06 04-07
        2024 劳动节 05-01..05-05 04-28,05-11
        2024 端午 06-10..06-10 -
        2024 中秋 09-15..09-17 09-14
        2024 国庆 10-01..10-07 09-29,10-12
        2025 元旦 01-01..01-01 -
        2025 春节 01-28..02-04 01-26,02-08
        2025 清明 04-04..04-06 -
        2025 劳动节 05-01..05-05 04-27
        2025 端午 05-31..06-02 -
        2025 国庆中秋 10-01..10-08 09-28,10-11
        2026 元旦 01-01..01-03 01-04
        2026 春节 02-15..02-23 02-14,02-28
        2026 清明 04-04..04-06 -
        2026 劳动节 05-01..05-05 05-09
        2026 端午 06-19..06-21 -
        2026 中秋 09-25..09-27 -
        2026 国庆 10-01..10-07 09-20,10-10
        """;

    public static readonly DateOnly First = new(2024, 1, 1);

    public static readonly DateOnly Last = new(2026, 12, 31);

    /// <summary>Expected kind of every date named by the table; other dates are weekends or working days by weekday.</summary>
    public static IReadOnlyDictionary<DateOnly, DayKind> Exceptions { get; } = Parse();

    public static DayKind Expected(DateOnly date) =>
        Exceptions.TryGetValue(date, out var kind) ? kind : date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday ? DayKind.Weekend : DayKind.Workday;

    /// <summary>The calendar as the product builds it from the shipped arrangements.</summary>
    public static WorkCalendar Shipped() => FromRequests(OfficialHolidays.Shipped());

    public static WorkCalendar FromRequests(IEnumerable<AddYear.Request> requests)
    {
        var years = new List<int>();
        var exceptions = new List<DayException>();
        foreach (var request in requests)
        {
            var valid = AddYear.Validate(request);
            Assert.True(valid.IsSuccess, valid.Error?.Describe());
            years.Add(valid.Value!.Year);
            exceptions.AddRange(valid.Value.Dates.Select(d => new DayException(d.Date, d.IsWorkday, d.Holiday)));
        }

        return new WorkCalendar(years, exceptions);
    }

    private static Dictionary<DateOnly, DayKind> Parse()
    {
        var result = new Dictionary<DateOnly, DayKind>();
        foreach (var line in Table.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var parts = line.Split(' ');
            var year = int.Parse(parts[0], CultureInfo.InvariantCulture);
            var range = parts[2].Split("..");
            for (var d = Date(year, range[0]); d <= Date(year, range[1]); d = d.AddDays(1))
            {
                result[d] = DayKind.Holiday;
            }

            if (parts[3] != "-")
            {
                foreach (var worked in parts[3].Split(','))
                {
                    result[Date(year, worked)] = DayKind.AdjustedWorkday;
                }
            }
        }

        return result;
    }

    private static DateOnly Date(int year, string monthDay) =>
        DateOnly.ParseExact($"{year}-{monthDay}", "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
