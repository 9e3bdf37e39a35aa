namespace OneWindow.Evaluation.Contracts;

/// <summary>
/// 好差评 counts of one clerk, window or department over a period (facts.md §4): grades 5 非常满意, 4 满意,
/// 3 基本满意, 2 不满意, 1 非常不满意; grades 1–2 are 差评. <see cref="UpheldBad"/> counts the 差评 that still stand after
/// appeals (a mistaken or malicious rating set aside on review is not held against anyone).
/// </summary>
public sealed record EvaluationFigures(
    string Key,
    int Total,
    int VerySatisfied,
    int Satisfied,
    int BasicallySatisfied,
    int Dissatisfied,
    int VeryDissatisfied,
    int UpheldBad)
{
    public int Bad => Dissatisfied + VeryDissatisfied;

    /// <summary>Share of good ratings (grades 3–5) among all ratings; null without ratings.</summary>
    public decimal? GoodRate => Total == 0 ? null : Math.Round((decimal)(Total - Bad) / Total, 4, MidpointRounding.AwayFromZero);
}

/// <summary>Figures for reports and scorecards, China dates inclusive, over the centers in <c>centerCode</c>'s subtree (null = all).</summary>
public interface IEvaluationFigures
{
    Task<IReadOnlyList<EvaluationFigures>> ByClerkAsync(DateOnly from, DateOnly to, string? centerCode = null, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<EvaluationFigures>> ByWindowAsync(DateOnly from, DateOnly to, string? centerCode = null, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<EvaluationFigures>> ByDepartmentAsync(DateOnly from, DateOnly to, string? centerCode = null, CancellationToken cancellationToken = default);
}

/// <summary>Demo history: weeks of past ratings for the scenario's halls, a few 差评 with rectification tasks in every state.</summary>
public interface IEvaluationSeeder
{
    /// <summary>Adds ratings for the <paramref name="days"/> days before today once (nothing when ratings exist); returns how many.</summary>
    Task<int> SeedHistoryAsync(int days, int seed = 2026, CancellationToken cancellationToken = default);
}
