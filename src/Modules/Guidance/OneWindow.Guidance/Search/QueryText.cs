using System.Text;

namespace OneWindow.Guidance.Search;

/// <summary>
/// Turns what a visitor says into what the catalog says: colloquial words become the catalog's terms (synonyms file),
/// filler words ("怎么办", "需要什么材料") are dropped, and query syntax characters are neutralised.
/// </summary>
internal sealed class QueryText
{
    private static readonly string[] Filler =
    [
        "需要带什么材料", "需要什么材料", "要带什么", "要办哪些手续", "要办什么手续", "要办什么", "办哪些手续", "怎么办理", "如何办理", "怎么办", "怎么弄", "怎样",
        "需要什么", "需要哪些", "哪些材料", "什么材料", "什么手续", "手续", "我想", "我要", "想要", "请问", "在哪里", "在哪儿", "在哪", "哪里", "能不能", "可以吗",
        "可不可以", "怎么", "如何", "需要", "要带", "办理", "办个", "办一下", "一下", "了", "吗", "呢", "吧", "啊", "的", "要", "想", "去", "个", "该", "？", "?", "，", ",", "。",
    ];

    private readonly List<(string Variant, string Formal)> _rules;

    public QueryText(IEnumerable<string> synonymLines)
    {
        _rules = [];
        foreach (var raw in synonymLines)
        {
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var parts = line.Split("=>", 2, StringSplitOptions.TrimEntries);
            if (parts.Length != 2 || parts[1].Length == 0)
            {
                throw new FormatException($"synonym rule '{line}' is not 'variant, variant => formal terms'");
            }

            foreach (var variant in parts[0].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                _rules.Add((variant, parts[1]));
            }
        }

        _rules.Sort((a, b) => b.Variant.Length.CompareTo(a.Variant.Length));
    }

    public static QueryText FromEmbeddedFile()
    {
        using var stream = typeof(QueryText).Assembly.GetManifestResourceStream("OneWindow.Guidance.synonyms.txt")
            ?? throw new InvalidOperationException("synonyms.txt is not embedded.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return new QueryText(reader.ReadToEnd().Split('\n'));
    }

    public int RuleCount => _rules.Count;

    /// <summary>The words to search for, space separated; empty when nothing meaningful is left.</summary>
    public string Normalize(string query)
    {
        var text = new StringBuilder(query.Trim());
        var pieces = new List<string>();

        // Synonyms first (longest variant wins), so "生孩子" is understood before filler removal eats "了".
        var remaining = text.ToString();
        foreach (var (variant, formal) in _rules)
        {
            var at = remaining.IndexOf(variant, StringComparison.Ordinal);
            if (at >= 0)
            {
                pieces.Add(formal);
                remaining = string.Concat(remaining.AsSpan(0, at), " ", remaining.AsSpan(at + variant.Length));
            }
        }

        foreach (var filler in Filler)
        {
            remaining = remaining.Replace(filler, " ", StringComparison.Ordinal);
        }

        pieces.Add(remaining);
        var words = string.Join(' ', pieces).Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return string.Join(' ', words.Select(Escape).Where(w => w.Length > 0).Distinct(StringComparer.Ordinal));
    }

    private static string Escape(string word)
    {
        var clean = new StringBuilder(word.Length);
        foreach (var c in word)
        {
            if (char.IsLetterOrDigit(c))
            {
                clean.Append(c);
            }
        }

        return clean.ToString();
    }
}
