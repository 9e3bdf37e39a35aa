using Microsoft.Extensions.Configuration;

namespace OneWindow.Evaluation;

/// <summary>Configuration OneWindow:Evaluation.</summary>
internal sealed class EvaluationOptions
{
    /// <summary>How long the responsible side has to verify and rectify a 差评 (Beijing: 7 natural days; elsewhere 5 or 15 working days).</summary>
    public int RectifyDays { get; init; } = 7;

    /// <summary><c>natural</c> days, or <c>working</c> days on the center's calendar.</summary>
    public string RectifyDayKind { get; init; } = "natural";

    /// <summary>Reason tags offered (and accepted) with grades 4–5.</summary>
    public IReadOnlyList<string> GoodTags { get; init; } = ["服务热情", "办事高效", "指引清楚", "一次办好", "业务熟练", "环境舒适"];

    /// <summary>Reason tags offered (and accepted) with grades 1–2.</summary>
    public IReadOnlyList<string> BadTags { get; init; } = ["服务态度差", "办事效率低", "一次性告知不到位", "材料要求不明确", "等候时间长", "多次跑动"];

    /// <summary>Longest comment kept, in characters.</summary>
    public int MaxCommentLength { get; init; } = 500;

    public bool WorkingDays => string.Equals(RectifyDayKind, "working", StringComparison.Ordinal);

    /// <summary>The tags a grade may carry: good tags for 4–5, bad tags for 1–2, either for 3 (基本满意 often comes with a wish).</summary>
    public IReadOnlyList<string> TagsFor(int grade) => grade switch
    {
        >= 4 => GoodTags,
        <= 2 => BadTags,
        _ => [.. GoodTags, .. BadTags],
    };

    public static EvaluationOptions From(IConfiguration configuration)
    {
        var section = configuration.GetSection("OneWindow:Evaluation");
        var options = section.Get<EvaluationOptions>() ?? new EvaluationOptions();
        if (options.RectifyDays is < 1 or > 90 || options.RectifyDayKind is not ("natural" or "working") || options.MaxCommentLength < 1)
        {
            throw new InvalidOperationException("OneWindow:Evaluation: RectifyDays must be 1-90, RectifyDayKind natural or working, MaxCommentLength positive.");
        }

        // A configured list replaces the default one rather than being appended to it.
        var good = section.GetSection("GoodTags").Get<string[]>();
        var bad = section.GetSection("BadTags").Get<string[]>();
        return new EvaluationOptions
        {
            RectifyDays = options.RectifyDays,
            RectifyDayKind = options.RectifyDayKind,
            MaxCommentLength = options.MaxCommentLength,
            GoodTags = good is { Length: > 0 } ? good : new EvaluationOptions().GoodTags,
            BadTags = bad is { Length: > 0 } ? bad : new EvaluationOptions().BadTags,
        };
    }
}
