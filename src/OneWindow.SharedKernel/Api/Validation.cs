using System.Text.RegularExpressions;

namespace OneWindow.SharedKernel.Api;

/// <summary>Collects every bad field of a request so one response can name them all.</summary>
public sealed partial class Validation
{
    private readonly Dictionary<string, List<string>> _errors = new(StringComparer.Ordinal);

    public bool IsValid => _errors.Count == 0;

    public IDictionary<string, string[]> Errors =>
        _errors.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal);

    public Validation Add(string field, string message)
    {
        if (!_errors.TryGetValue(field, out var list))
        {
            list = [];
            _errors[field] = list;
        }

        list.Add(message);
        return this;
    }

    public Validation Required(string field, string? value, int maxLength = 200)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            Add(field, "is required");
        }
        else if (value.Length > maxLength)
        {
            Add(field, $"must be at most {maxLength} characters");
        }

        return this;
    }

    /// <summary>Codes are what integrations and URLs use: letters, digits, '-', '_' and '.', no spaces.</summary>
    public Validation Code(string field, string? value, int maxLength = 64)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            Add(field, "is required");
        }
        else if (value.Length > maxLength || !CodePattern().IsMatch(value))
        {
            Add(field, $"must be 1-{maxLength} letters, digits, '-', '_' or '.'");
        }

        return this;
    }

    /// <summary>Names are shown to people: no markup, no control characters.</summary>
    public Validation Name(string field, string? value, int maxLength = 100)
    {
        Required(field, value, maxLength);
        if (!string.IsNullOrWhiteSpace(value) && (value.Contains('<', StringComparison.Ordinal) || value.Contains('>', StringComparison.Ordinal) || value.Any(char.IsControl)))
        {
            Add(field, "must not contain '<', '>' or control characters");
        }

        return this;
    }

    public Validation Optional(string field, string? value, int maxLength = 500)
    {
        if (value is not null && value.Length > maxLength)
        {
            Add(field, $"must be at most {maxLength} characters");
        }

        return this;
    }

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9_.-]*$")]
    private static partial Regex CodePattern();
}
