using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace OneWindow.SharedKernel.PersonalData;

/// <summary>A mainland resident identity number (GB 11643-1999): 17 digits and an ISO 7064 MOD 11-2 check character.</summary>
public readonly record struct ResidentIdNumber
{
    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    private const string CheckCharacters = "10X98765432";

    private ResidentIdNumber(string value) => Value = value;

    public string Value { get; }

    public DateOnly BirthDate => DateOnly.ParseExact(Value.AsSpan(6, 8), "yyyyMMdd", CultureInfo.InvariantCulture);

    public static bool TryParse(string? input, [NotNullWhen(true)] out ResidentIdNumber? result, out string error)
    {
        result = null;
        var value = input?.Trim().ToUpperInvariant() ?? string.Empty;
        if (value.Length != 18)
        {
            error = "must be 18 characters";
            return false;
        }

        for (var i = 0; i < 17; i++)
        {
            if (!char.IsAsciiDigit(value[i]))
            {
                error = "the first 17 characters must be digits";
                return false;
            }
        }

        if (!DateOnly.TryParseExact(value.AsSpan(6, 8), "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var birth) || birth.Year < 1900)
        {
            error = "the birth date (characters 7-14) is not a real date";
            return false;
        }

        if (value[17] != CheckCharacterFor(value.AsSpan(0, 17)))
        {
            error = "the check character does not match (GB 11643)";
            return false;
        }

        error = string.Empty;
        result = new ResidentIdNumber(value);
        return true;
    }

    public static bool IsValid(string? input) => TryParse(input, out _, out _);

    public static char CheckCharacterFor(ReadOnlySpan<char> first17)
    {
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += (first17[i] - '0') * Weights[i];
        }

        return CheckCharacters[sum % 11];
    }

    public override string ToString() => Masking.IdNumber(Value);
}
