using OneWindow.SharedKernel.Api;
using OneWindow.Workforce.Domain;

namespace OneWindow.Workforce.Data;

/// <summary>A person named on a post or in a list.</summary>
internal sealed record PersonRef(string Code, string Name);

/// <summary>A post with its A and B holders.</summary>
internal sealed record PostView(string Code, string Name, string Type, string CenterCode, int Headcount, IReadOnlyList<string> Skills, IReadOnlyList<PersonRef> A, IReadOnlyList<PersonRef> B);

/// <summary>A staff member as lists show them: the ID number and phone masked.</summary>
internal sealed record StaffView(
    Guid Id,
    string Code,
    string Name,
    string CenterCode,
    string IdNumber,
    string Phone,
    string HiredOn,
    string? LeftOn,
    IReadOnlyList<string> Skills,
    IReadOnlyList<string> Certificates,
    string? ConfidentialitySignedOn,
    string? UniformSize,
    string? UserName,
    string? APost,
    string? BPost)
{
    public static StaffView Of(Staff s, string? aPost, string? bPost) => new(
        s.Id, s.Code, s.DisplayName, s.CenterCode, s.IdNumberMasked, s.PhoneMasked, Wire.Text(s.HiredOn), Wire.Text(s.LeftOn),
        s.Skills, s.Certificates, Wire.Text(s.ConfidentialitySignedOn), s.UniformSize, s.UserName, aPost, bPost);
}

/// <summary>Small validation pieces the use cases share.</summary>
internal static class Fields
{
    /// <summary>A list of short labels (skills, certificates): trimmed, without blanks and duplicates.</summary>
    public static List<string> Labels(Validation v, string field, IReadOnlyList<string>? values, int maxItems = 30, int maxLength = 40)
    {
        var result = new List<string>();
        if (values is null)
        {
            return result;
        }

        if (values.Count > maxItems)
        {
            v.Add(field, $"must have at most {maxItems} entries");
            return result;
        }

        foreach (var value in values)
        {
            var text = value?.Trim();
            if (string.IsNullOrEmpty(text) || text.Length > maxLength || text.Contains('<', StringComparison.Ordinal) || text.Contains('>', StringComparison.Ordinal))
            {
                v.Add(field, $"entries must be 1-{maxLength} characters without '<' or '>'");
                return [];
            }

            if (!result.Contains(text, StringComparer.Ordinal))
            {
                result.Add(text);
            }
        }

        return result;
    }

    /// <summary>A required date YYYY-MM-DD.</summary>
    public static DateOnly Date(Validation v, string field, string? text)
    {
        if (!Wire.TryDate(text, out var date))
        {
            v.Add(field, "must be a date YYYY-MM-DD");
        }

        return date;
    }

    /// <summary>An optional date YYYY-MM-DD (null or empty: none).</summary>
    public static DateOnly? OptionalDate(Validation v, string field, string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (!Wire.TryDate(text, out var date))
        {
            v.Add(field, "must be a date YYYY-MM-DD");
            return null;
        }

        return date;
    }

    /// <summary>An optional time HH:mm.</summary>
    public static TimeOnly? OptionalTime(Validation v, string field, string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (!Wire.TryTime(text, out var time))
        {
            v.Add(field, "must be a time HH:mm");
            return null;
        }

        return time;
    }

    /// <summary>A month YYYY-MM, as its first day.</summary>
    public static DateOnly Month(Validation v, string field, string? text)
    {
        if (!Wire.TryMonth(text, out var first))
        {
            v.Add(field, "must be a month YYYY-MM");
        }

        return first;
    }
}
