using System.Globalization;
using OneWindow.SharedKernel.Api;

namespace OneWindow.Workforce.Data;

/// <summary>Dates YYYY-MM-DD, months YYYY-MM and times HH:mm on the wire; nothing else is accepted.</summary>
internal static class Wire
{
    public static bool TryDate(string? text, out DateOnly date) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date) && date.Year is >= 2000 and < 2200;

    public static bool TryMonth(string? text, out DateOnly first)
    {
        first = default;
        if (!DateOnly.TryParseExact(text + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) || date.Year is < 2000 or >= 2200)
        {
            return false;
        }

        first = date;
        return true;
    }

    public static bool TryTime(string? text, out TimeOnly time) =>
        TimeOnly.TryParseExact(text, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out time);

    public static string Text(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string? Text(DateOnly? date) => date is { } d ? Text(d) : null;

    public static string Month(DateOnly date) => date.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    public static string Text(TimeOnly time) => time.ToString("HH:mm", CultureInfo.InvariantCulture);

    public static string? Text(TimeOnly? time) => time is { } t ? Text(t) : null;

    public static string Text<TEnum>(TEnum value) where TEnum : struct, Enum => EnumParsing.ToWire(value);

    public static DateOnly LastOfMonth(DateOnly first) => first.AddMonths(1).AddDays(-1);

    public static IEnumerable<DateOnly> Days(DateOnly from, DateOnly to)
    {
        for (var d = from; d <= to; d = d.AddDays(1))
        {
            yield return d;
        }
    }
}
