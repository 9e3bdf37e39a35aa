using System.Text.RegularExpressions;
using OneWindow.SharedKernel.PersonalData;

namespace OneWindow.Hotline.Domain;

/// <summary>A caller's number: an 11-digit mainland mobile, or a landline with its area code (010-68871234).</summary>
internal static partial class CallerPhone
{
    public static bool TryNormalize(string? input, out string normalized, out string error)
    {
        normalized = string.Empty;
        var text = input?.Trim().Replace(" ", string.Empty, StringComparison.Ordinal) ?? string.Empty;
        if (text.Length == 0)
        {
            error = "is required (the callback needs it)";
            return false;
        }

        if (text.StartsWith('0') && Landline().IsMatch(text))
        {
            normalized = text.Replace("-", string.Empty, StringComparison.Ordinal);
            error = string.Empty;
            return true;
        }

        if (MobileNumber.TryParse(text, out var mobile, out _))
        {
            normalized = mobile.Value.Value;
            error = string.Empty;
            return true;
        }

        error = "must be an 11-digit mainland mobile number or a landline with its area code (e.g. 010-68871234)";
        return false;
    }

    [GeneratedRegex(@"^0\d{2,3}-?[2-9]\d{6,7}$")]
    private static partial Regex Landline();
}
