using System.Diagnostics.CodeAnalysis;

namespace OneWindow.SharedKernel.PersonalData;

/// <summary>统一社会信用代码 (GB 32100-2015): 18 characters from a 31-symbol alphabet, the last a MOD 31 check character.</summary>
public readonly record struct UnifiedSocialCreditCode
{
    private const string Alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static readonly int[] Weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

    private UnifiedSocialCreditCode(string value) => Value = value;

    public string Value { get; }

    public static bool TryParse(string? input, [NotNullWhen(true)] out UnifiedSocialCreditCode? result, out string error)
    {
        result = null;
        var value = input?.Trim().ToUpperInvariant() ?? string.Empty;
        if (value.Length != 18)
        {
            error = "must be 18 characters";
            return false;
        }

        foreach (var c in value)
        {
            if (!Alphabet.Contains(c, StringComparison.Ordinal))
            {
                error = $"'{c}' is not allowed (I, O, S, V and Z are never used)";
                return false;
            }
        }

        if (value[17] != CheckCharacterFor(value.AsSpan(0, 17)))
        {
            error = "the check character does not match (GB 32100)";
            return false;
        }

        error = string.Empty;
        result = new UnifiedSocialCreditCode(value);
        return true;
    }

    public static bool IsValid(string? input) => TryParse(input, out _, out _);

    public static char CheckCharacterFor(ReadOnlySpan<char> first17)
    {
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += Alphabet.IndexOf(first17[i], StringComparison.Ordinal) * Weights[i];
        }

        var check = 31 - (sum % 31);
        return Alphabet[check == 31 ? 0 : check];
    }

    public override string ToString() => Value;
}
