namespace OneWindow.Hotline.Reports;

/// <summary>A term with how many orders of the period mention it.</summary>
internal sealed record TermCount(string Term, int Count);

/// <summary>A term mentioned more often than in the period before: counts in both periods and (now + 1) / (before + 1).</summary>
internal sealed record TermRise(string Term, int Count, int Previous, decimal Ratio);

/// <summary>
/// Chinese terms without a dictionary: every pair of adjacent Chinese characters (bigram) in a text. Punctuation,
/// digits, Latin letters and spaces break a run of characters; so do the words every call uses and that say nothing
/// about the matter (反映, 市民, 希望, 问题, 小区 …) and function characters (的, 了, 是 …): neither they nor the pairs
/// straddling them are terms. A bigram is kept as one number (two UTF-16 units) so that counting allocates no strings.
/// </summary>
internal static class Bigrams
{
    /// <summary>Words of the calls themselves, not of what they are about.</summary>
    public static readonly IReadOnlyList<string> StopWords =
    [
        // how a call is taken and passed on
        "反映", "市民", "来电", "电人", "来人", "诉求", "咨询", "投诉", "举报", "建议", "表扬", "求助", "热线", "工单", "称其", "表示", "告知", "答复", "回复", "回访",
        // what every caller asks for
        "希望", "要求", "请求", "恳请", "尽快", "及时", "帮助", "帮忙", "协调", "核实", "处理", "解决", "落实", "调查", "查处", "整改", "督促", "给予", "予以",
        "相关", "部门", "有关", "单位", "政府", "工作", "人员", "负责", "管理",
        // everyday words with no topic
        "问题", "情况", "事情", "现象", "目前", "现在", "已经", "一直", "多次", "经常", "至今", "仍然", "还没", "没人", "没有", "不能", "无法", "可以", "能够",
        "应该", "需要", "是否", "什么", "怎么", "如何", "为何", "这个", "那个", "一个", "一下", "一些", "我们", "他们", "你们", "自己", "本人", "家人", "大家",
        "但是", "因为", "所以", "如果", "还有", "而且", "并且", "同时", "以及", "或者", "其中", "之前", "以后", "之后", "时间", "期间", "当时", "每天", "今天",
        "昨天", "明天", "今年", "去年", "附近", "周边", "地方", "位置", "门口", "楼下", "楼上", "对此", "为此", "存在", "进行", "造成", "导致", "影响",
        // where most callers live; names the place, not the matter
        "小区", "社区", "居民", "业主", "住户", "街道", "区域",
    ];

    /// <summary>Function characters: a bigram containing one almost always straddles two words (家的, 了一, 是否 …).</summary>
    public const string StopCharacters = "的了是在和与及其我你他她它们也都又该此之而吗呢吧啊呀么这那些被把给对很个";

    private static readonly HashSet<uint> Stop = [.. StopWords.Select(w => Key(w[0], w[1]))];

    private static readonly bool[] StopCharacter = BuildStopCharacters();

    public static bool IsChinese(char c) => c is (>= '\u4E00' and <= '\u9FFF') or (>= '\u3400' and <= '\u4DBF');

    public static uint Key(char first, char second) => ((uint)first << 16) | second;

    public static string Text(uint key) => new([(char)(key >> 16), (char)(key & 0xFFFF)]);

    /// <summary>Adds the distinct kept bigrams of <paramref name="text"/> to <paramref name="into"/> (cleared first).</summary>
    public static void Distinct(string? text, HashSet<uint> into)
    {
        into.Clear();
        if (string.IsNullOrEmpty(text) || text.Length < 2)
        {
            return;
        }

        Span<bool> breaks = text.Length <= 1024 ? stackalloc bool[text.Length] : new bool[text.Length];
        MarkBreaks(text, breaks);
        for (var i = 0; i + 1 < text.Length; i++)
        {
            if (!breaks[i] && !breaks[i + 1])
            {
                into.Add(Key(text[i], text[i + 1]));
            }
        }
    }

    /// <summary>The kept bigrams of a text, in order, with repeats (for tests and tools).</summary>
    public static IReadOnlyList<string> Of(string? text)
    {
        var list = new List<string>();
        if (string.IsNullOrEmpty(text) || text.Length < 2)
        {
            return list;
        }

        var breaks = new bool[text.Length];
        MarkBreaks(text, breaks);
        for (var i = 0; i + 1 < text.Length; i++)
        {
            if (!breaks[i] && !breaks[i + 1])
            {
                list.Add(text.Substring(i, 2));
            }
        }

        return list;
    }

    /// <summary>
    /// Marks what ends a run: anything but a Chinese character, a function character, and both characters of a stop
    /// word (so that 市民反映小区路灯不亮 gives 路灯, 灯不, 不亮 and not the straddling 民反 or 映小).
    /// </summary>
    private static void MarkBreaks(string text, Span<bool> breaks)
    {
        for (var i = 0; i < text.Length; i++)
        {
            breaks[i] = !IsChinese(text[i]) || StopCharacter[text[i]];
        }

        for (var i = 0; i + 1 < text.Length; i++)
        {
            if (IsChinese(text[i]) && IsChinese(text[i + 1]) && Stop.Contains(Key(text[i], text[i + 1])))
            {
                breaks[i] = true;
                breaks[i + 1] = true;
            }
        }
    }

    private static bool[] BuildStopCharacters()
    {
        var table = new bool[char.MaxValue + 1];
        foreach (var c in StopCharacters)
        {
            table[c] = true;
        }

        return table;
    }
}

/// <summary>Document frequency of bigrams over the orders of one period: in how many orders each term occurs.</summary>
internal sealed class TermTally
{
    private readonly Dictionary<uint, int> _counts = [];
    private readonly HashSet<uint> _seen = [];

    public int Documents { get; private set; }

    public int Count(string term) => term.Length == 2 && _counts.TryGetValue(Bigrams.Key(term[0], term[1]), out var n) ? n : 0;

    public void Add(string? content)
    {
        Documents++;
        Bigrams.Distinct(content, _seen);
        foreach (var key in _seen)
        {
            _counts[key] = _counts.TryGetValue(key, out var n) ? n + 1 : 1;
        }
    }

    /// <summary>The most frequent terms, by count, then by term.</summary>
    public IReadOnlyList<TermCount> Top(int take) =>
        _counts.OrderByDescending(p => p.Value).ThenBy(p => p.Key).Take(take)
            .Select(p => new TermCount(Bigrams.Text(p.Key), p.Value)).ToList();

    /// <summary>
    /// Rising terms: among the terms in at least <paramref name="minOccurrences"/> orders now, the highest
    /// (now + 1) / (before + 1) — compared exactly, not by the rounded ratio — then the more frequent, then by term.
    /// </summary>
    public IReadOnlyList<TermRise> RisingAgainst(TermTally previous, int minOccurrences, int take)
    {
        var candidates = _counts.Where(p => p.Value >= minOccurrences)
            .Select(p => (Key: p.Key, Now: p.Value, Before: previous._counts.TryGetValue(p.Key, out var b) ? b : 0))
            .ToList();
        candidates.Sort((x, y) =>
        {
            // (x.Now + 1) / (x.Before + 1) against (y.Now + 1) / (y.Before + 1), cross-multiplied in integers.
            var byRatio = ((long)(y.Now + 1) * (x.Before + 1)).CompareTo((long)(x.Now + 1) * (y.Before + 1));
            return byRatio != 0 ? byRatio : y.Now != x.Now ? y.Now.CompareTo(x.Now) : x.Key.CompareTo(y.Key);
        });
        return candidates.Take(take)
            .Select(c => new TermRise(Bigrams.Text(c.Key), c.Now, c.Before, Math.Round((c.Now + 1m) / (c.Before + 1m), 2, MidpointRounding.AwayFromZero)))
            .ToList();
    }
}
