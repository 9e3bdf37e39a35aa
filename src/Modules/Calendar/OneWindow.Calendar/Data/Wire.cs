using System.Globalization;
using OneWindow.Calendar.Contracts;
using OneWindow.SharedKernel.Api;

namespace OneWindow.Calendar.Data;

internal static class Wire
{
    public static string Kind(DayKind kind) => EnumParsing.ToWire(kind);

    /// <summary>YYYY-MM-DD, nothing else, years 1900-2199.</summary>
    public static bool TryDate(string? text, out DateOnly date) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date) && date.Year is >= 1900 and < 2200;

    public static string Text(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Time(TimeOnly time) => time.ToString("HH:mm", CultureInfo.InvariantCulture);

    /// <summary>Local China Standard Time with the offset, to the minute: 2026-09-30T16:00+08:00.</summary>
    public static string Instant(DateTime local) => local.ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture) + "+08:00";

    /// <summary>An instant: with an offset it is converted to China Standard Time; without one it is taken as local time.</summary>
    public static bool TryInstant(string? text, out DateTime local)
    {
        local = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        string[] withOffset = ["yyyy-MM-dd'T'HH:mmzzz", "yyyy-MM-dd'T'HH:mm:sszzz", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz", "yyyy-MM-dd'T'HH:mm'Z'", "yyyy-MM-dd'T'HH:mm:ss'Z'", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'"];
        if (DateTimeOffset.TryParseExact(text, withOffset, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant))
        {
            local = BusinessHours.Local(instant);
        }
        else if (!DateTime.TryParseExact(text, ["yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out local))
        {
            return false;
        }

        return local.Year is >= 1900 and < 2200;
    }
}
