using OneWindow.Evaluation.Contracts;
using OneWindow.Evaluation.Features.GetRanking;

namespace OneWindow.Evaluation.Tests.Domain;

public sealed class RankingTests
{
    [Fact]
    public void Grades_one_and_two_are_bad_and_the_good_rate_excludes_them() =>
        Assert.Equal(0.6m, new EvaluationFigures("w1", 5, 1, 1, 1, 1, 1, 2).GoodRate);

    [Fact]
    public void Equal_rates_share_a_rank_and_the_next_rank_skips_and_a_set_aside_bad_rating_does_not_lower_the_rate()
    {
        var rows = GetRanking.Rank(
        [
            new EvaluationFigures("a", 4, 3, 0, 0, 1, 0, 1),
            new EvaluationFigures("b", 2, 2, 0, 0, 0, 0, 0),
            new EvaluationFigures("c", 8, 6, 0, 0, 2, 0, 2),
            new EvaluationFigures("d", 3, 2, 0, 0, 1, 0, 0),
        ], k => k);

        Assert.Equal([("d", 1), ("b", 1), ("c", 3), ("a", 3)], rows.Select(r => (r.Key, r.Rank)));
        Assert.Equal(0.75m, rows.Single(r => r.Key == "a").GoodRate);
    }
}
