using OneWindow.Licenses.Domain;
using OneWindow.SharedKernel.PersonalData;

namespace OneWindow.Licenses.Data;

/// <summary>A holder's identifier: a resident ID number (person) or a unified social credit code (enterprise), checked.</summary>
internal static class HolderId
{
    /// <summary>Trimmed and upper-cased when it passes the check of its kind; null (with the reason) otherwise.</summary>
    public static string? Normalize(HolderKind kind, string? value, out string error)
    {
        var text = value?.Trim().ToUpperInvariant();
        if (kind == HolderKind.Person)
        {
            if (ResidentIdNumber.TryParse(text, out var id, out error))
            {
                return id.Value.Value;
            }

            return null;
        }

        if (UnifiedSocialCreditCode.TryParse(text, out var code, out error))
        {
            return code.Value.Value;
        }

        return null;
    }

    /// <summary>Either kind: the one it passes as (a search box takes both).</summary>
    public static string? NormalizeAny(string? value) =>
        Normalize(HolderKind.Person, value, out _) ?? Normalize(HolderKind.Enterprise, value, out _);
}
