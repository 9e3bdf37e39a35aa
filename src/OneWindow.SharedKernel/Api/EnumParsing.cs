namespace OneWindow.SharedKernel.Api;

/// <summary>Wire values are kebab-case words; unknown ones are a validation error, never a default.</summary>
public static class EnumParsing
{
    public static bool TryParseWire<TEnum>(string? value, out TEnum result) where TEnum : struct, Enum
    {
        result = default;
        if (string.IsNullOrWhiteSpace(value))
        {
            return false;
        }

        var normalized = value.Replace("-", string.Empty, StringComparison.Ordinal);
        return !int.TryParse(value, out _) && Enum.TryParse(normalized, ignoreCase: true, out result) && Enum.IsDefined(result);
    }

    public static string ToWire<TEnum>(TEnum value) where TEnum : struct, Enum
    {
        var name = value.ToString();
        var builder = new System.Text.StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0)
            {
                builder.Append('-');
            }

            builder.Append(char.ToLowerInvariant(name[i]));
        }

        return builder.ToString();
    }

    public static string Allowed<TEnum>() where TEnum : struct, Enum =>
        string.Join(", ", Enum.GetValues<TEnum>().Select(ToWire));
}
