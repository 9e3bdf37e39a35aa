using OneWindow.Hotline.Reports;

namespace OneWindow.Hotline.Tests.Domain;

public sealed class TermTests
{
    [Fact]
    public void Bigrams_come_from_runs_of_Chinese_characters_only()
    {
        Assert.Equal(["路灯", "灯不", "不亮", "路灯"], Bigrams.Of("市民反映：小区门口路灯不亮，已经3天了！ABC路灯"));
        Assert.Equal(["井盖", "盖缺", "缺失"], Bigrams.Of("井盖缺失"));
        Assert.Empty(Bigrams.Of("12345 hotline, 2026-11-05"));
        Assert.Empty(Bigrams.Of("灯"));
        Assert.Empty(Bigrams.Of(null));
    }

    [Fact]
    public void Words_every_call_uses_and_function_characters_break_a_run_and_never_become_terms()
    {
        // 希望相关部门尽快处理解决 is all stop words: nothing of it, and nothing straddling two of them (望相, 关部).
        Assert.Empty(Bigrams.Of("希望相关部门尽快处理解决"));
        Assert.Empty(Bigrams.Of("来电人反映问题，要求请求"));
        Assert.Equal(["电梯", "梯故", "故障"], Bigrams.Of("我们小区的电梯故障"));
        Assert.Equal(["夜间", "间施", "施工", "施工", "工扰", "扰民"], Bigrams.Of("夜间施工，施工扰民"));
        Assert.DoesNotContain("区的", Bigrams.Of("小区的"));
        Assert.Contains("物业", Bigrams.Of("物业管理不到位"));
        Assert.DoesNotContain("业管", Bigrams.Of("物业管理不到位"));
    }

    [Fact]
    public void A_term_counts_once_per_order_however_often_the_order_repeats_it()
    {
        var tally = new TermTally();
        tally.Add("供暖不热，供暖不热，供暖不热");
        tally.Add("室内供暖温度低");
        tally.Add("路灯不亮");
        Assert.Equal(3, tally.Documents);
        Assert.Equal(2, tally.Count("供暖"));
        Assert.Equal(1, tally.Count("不热"));
        Assert.Equal(1, tally.Count("路灯"));
        Assert.Equal(0, tally.Count("反映"));
        Assert.Equal(new TermCount("供暖", 2), tally.Top(1)[0]);
    }

    [Fact]
    public void Rising_terms_have_the_highest_ratio_of_now_plus_one_to_before_plus_one_among_terms_frequent_enough()
    {
        var before = Tally(("供暖", 1), ("停车", 9), ("噪音", 0), ("井盖", 2));
        var now = Tally(("供暖", 11), ("停车", 9), ("噪音", 5), ("井盖", 4), ("扬尘", 2));

        var rising = now.RisingAgainst(before, minOccurrences: 5, take: 10);

        // 供暖 (11+1)/(1+1) = 6 and 噪音 (5+1)/(0+1) = 6 tie on the ratio: the more frequent comes first.
        Assert.Equal(["供暖", "噪音", "停车"], rising.Select(r => r.Term));
        Assert.Equal(new TermRise("供暖", 11, 1, 6.00m), rising[0]);
        Assert.Equal(new TermRise("噪音", 5, 0, 6.00m), rising[1]);
        Assert.Equal(new TermRise("停车", 9, 9, 1.00m), rising[2]);

        // 井盖 (4 orders) and 扬尘 (2) are under the threshold; lowering it brings 井盖 in at (4+1)/(2+1) = 1.67.
        var all = now.RisingAgainst(before, minOccurrences: 2, take: 10);
        Assert.Equal(new TermRise("井盖", 4, 2, 1.67m), all.Single(r => r.Term == "井盖"));
        Assert.Equal(new TermRise("扬尘", 2, 0, 3.00m), all.Single(r => r.Term == "扬尘"));
        Assert.Equal(2, now.RisingAgainst(before, minOccurrences: 2, take: 2).Count);
    }

    [Fact]
    public void Ratios_are_compared_exactly_not_after_rounding()
    {
        // 2/3 = 0.666… and 67/100 = 0.67 round alike; the exact order puts 67/100 first.
        var before = Tally(("路灯", 2), ("井盖", 99));
        var now = Tally(("路灯", 1), ("井盖", 66));
        var rising = now.RisingAgainst(before, minOccurrences: 1, take: 10);
        Assert.Equal(["井盖", "路灯"], rising.Select(r => r.Term));
        Assert.Equal([0.67m, 0.67m], rising.Select(r => r.Ratio));
    }

    /// <summary>A tally in which each term occurs in the given number of orders (one order per mention).</summary>
    private static TermTally Tally(params (string Term, int Orders)[] terms)
    {
        var tally = new TermTally();
        foreach (var (term, orders) in terms)
        {
            for (var i = 0; i < orders; i++)
            {
                tally.Add(term);
            }
        }

        return tally;
    }
}
