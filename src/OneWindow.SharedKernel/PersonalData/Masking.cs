using System.Globalization;
using System.Text;

namespace OneWindow.SharedKernel.PersonalData;

/// <summary>How personal data looks to someone who may not see it in full.</summary>
public static class Masking
{
    /// <summary>1101**********1234: region prefix and last four kept.</summary>
    public static string IdNumber(string? value) =>
        string.IsNullOrEmpty(value) ? string.Empty
        : value.Length <= 8 ? new string('*', value.Length)
        : string.Concat(value.AsSpan(0, 4), new string('*', value.Length - 8), value.AsSpan(value.Length - 4));

    /// <summary>138****5678.</summary>
    public static string Phone(string? value) =>
        string.IsNullOrEmpty(value) ? string.Empty
        : value.Length < 7 ? new string('*', value.Length)
        : string.Concat(value.AsSpan(0, 3), new string('*', value.Length - 7), value.AsSpan(value.Length - 4));

    /// <summary>张*, 欧阳**: the first character (the surname, usually) kept.</summary>
    public static string Name(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return string.Empty;
        }

        var elements = StringInfo.GetTextElementEnumerator(value);
        var builder = new StringBuilder();
        var first = true;
        while (elements.MoveNext())
        {
            builder.Append(first ? elements.GetTextElement() : "*");
            first = false;
        }

        return builder.ToString();
    }

    /// <summary>石景山区八角街道****: the first six characters (district and street, usually) kept, the rest starred.</summary>
    public static string Address(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return string.Empty;
        }

        var info = new StringInfo(value);
        var keep = Math.Min(6, info.LengthInTextElements / 2);
        return info.SubstringByTextElements(0, keep) + new string('*', Math.Min(8, info.LengthInTextElements - keep));
    }
}
