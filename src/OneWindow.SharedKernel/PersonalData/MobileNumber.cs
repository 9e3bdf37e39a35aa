using System.Diagnostics.CodeAnalysis;

namespace OneWindow.SharedKernel.PersonalData;

/// <summary>A mainland mobile number: 11 digits starting 13-19.</summary>
public readonly record struct MobileNumber
{
    private MobileNumber(string value) => Value = value;

    public string Value { get; }

    public static bool TryParse(string? input, [NotNullWhen(true)] out MobileNumber? result, out string error)
    {
        result = null;
        var value = input?.Trim() ?? string.Empty;
        if (value.StartsWith("+86", StringComparison.Ordinal))
        {
            value = value[3..];
        }

        if (value.Length != 11 || !value.All(char.IsAsciiDigit) || value[0] != '1' || value[1] < '3')
        {
            error = "must be an 11-digit mainland mobile number (1[3-9]XXXXXXXXX)";
            return false;
        }

        error = string.Empty;
        result = new MobileNumber(value);
        return true;
    }

    public static bool IsValid(string? input) => TryParse(input, out _, out _);

    public override string ToString() => Masking.Phone(Value);
}
