using System.Globalization;

namespace OneWindow.ContractLedger.Domain;

/// <summary>Yuan in <see cref="decimal"/>, rounded to the fen (0.01) half away from zero; on the wire a string with two places.</summary>
internal static class Money
{
    public static decimal Fen(decimal yuan) => Math.Round(yuan, 2, MidpointRounding.AwayFromZero);

    /// <summary><paramref name="percent"/>% of <paramref name="amount"/>, to the fen (0.3 means 0.3%).</summary>
    public static decimal Percent(decimal amount, decimal percent) => Fen(amount * percent / 100m);

    /// <summary>"15631000.00": invariant, no grouping, always two places.</summary>
    public static string Text(decimal yuan) => Fen(yuan).ToString("0.00", CultureInfo.InvariantCulture);

    public static string? Text(decimal? yuan) => yuan is { } value ? Text(value) : null;

    /// <summary>"15,631,000.00" for people.</summary>
    public static string Display(decimal yuan) => Fen(yuan).ToString("#,##0.00", CultureInfo.InvariantCulture);

    /// <summary>A percentage as people write it: 0.3 → "0.3%".</summary>
    public static string PercentText(decimal percent) => percent.ToString("0.####", CultureInfo.InvariantCulture) + "%";

    /// <summary>Whole fen only: a money value with more than two decimal places is refused, not silently rounded.</summary>
    public static bool HasAtMostTwoPlaces(decimal yuan) => yuan == Fen(yuan);
}

/// <summary>A calendar month, written YYYY-MM.</summary>
internal readonly record struct YearMonth(int Year, int Month) : IComparable<YearMonth>
{
    public DateOnly First => new(Year, Month, 1);

    public DateOnly Last => First.AddMonths(1).AddDays(-1);

    public YearMonth Next => Month == 12 ? new(Year + 1, 1) : new(Year, Month + 1);

    public static YearMonth Of(DateOnly date) => new(date.Year, date.Month);

    /// <summary>Exactly YYYY-MM with a month 01-12.</summary>
    public static bool TryParse(string? text, out YearMonth month)
    {
        month = default;
        if (text is not { Length: 7 } || text[4] != '-' || !text.AsSpan(0, 4).ToString().All(char.IsAsciiDigit) || !char.IsAsciiDigit(text[5]) || !char.IsAsciiDigit(text[6]))
        {
            return false;
        }

        var year = int.Parse(text.AsSpan(0, 4), CultureInfo.InvariantCulture);
        var number = int.Parse(text.AsSpan(5, 2), CultureInfo.InvariantCulture);
        if (year < 1 || number is < 1 or > 12)
        {
            return false;
        }

        month = new(year, number);
        return true;
    }

    public int CompareTo(YearMonth other) => (Year * 12 + Month).CompareTo(other.Year * 12 + other.Month);

    public static bool operator <(YearMonth a, YearMonth b) => a.CompareTo(b) < 0;

    public static bool operator >(YearMonth a, YearMonth b) => a.CompareTo(b) > 0;

    public static bool operator <=(YearMonth a, YearMonth b) => a.CompareTo(b) <= 0;

    public static bool operator >=(YearMonth a, YearMonth b) => a.CompareTo(b) >= 0;

    public override string ToString() => $"{Year:0000}-{Month:00}";
}
