namespace OneWindow.Evaluation.Tests.Domain;

public sealed class FiguresTests
{
    [Fact]
    public void Grades_one_and_two_are_bad_and_the_good_rate_excludes_them() =>
        Assert.Equal(0.6m, new OneWindow.Evaluation.Contracts.EvaluationFigures("w1", 5, 1, 1, 1, 1, 1, 2).GoodRate);
}
