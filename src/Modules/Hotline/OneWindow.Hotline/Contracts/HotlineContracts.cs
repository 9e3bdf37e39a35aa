namespace OneWindow.Hotline.Contracts;

/// <summary>The hotline part of a demo scenario: time-limit rules and the 3-level category tree with dispatch rules.</summary>
public sealed record HotlineScenario(IReadOnlyList<ScenarioLimit> Limits, IReadOnlyList<ScenarioHotlineCategory> Categories, HotlineHistoryScenario? History = null);

/// <summary>A time-limit rule; units are working-hours | natural-hours | working-days | natural-days.</summary>
public sealed record ScenarioLimit(string Code, string Name, int ResponseAmount, string ResponseUnit, int HandleAmount, string HandleUnit, bool Urgent = false);

/// <summary>A category node; unit / toStreet / limit are inherited by the children that do not name their own.</summary>
public sealed record ScenarioHotlineCategory(string Code, string Name, string? Unit, bool? ToStreet, string? Limit, IReadOnlyList<ScenarioHotlineCategory>? Children);

/// <summary>Simulated past orders for the demo (assessment, reports and hot topics need a history).</summary>
public sealed record HotlineHistoryScenario(int Days, int PerDay);

/// <summary>Loads the hotline configuration idempotently by code and, when asked, simulates past orders.</summary>
public interface IHotlineSeeder
{
    Task SeedAsync(HotlineScenario scenario, CancellationToken cancellationToken = default);

    /// <summary>Creates <paramref name="days"/> days of closed and open orders before today; returns how many.</summary>
    Task<int> SeedHistoryAsync(HotlineHistoryScenario history, CancellationToken cancellationToken = default);
}

/// <summary>One unit's assessment over callbacks in a period (api.md: three rates, weighted score, rank with ties).</summary>
public sealed record UnitAssessment(
    string UnitCode,
    string UnitName,
    int ValidCallbacks,
    int Contacted,
    int Solved,
    int Satisfied,
    int BasicallySatisfied,
    decimal ResponseRate,
    decimal ResolutionRate,
    decimal SatisfactionRate,
    decimal Score,
    int Rank);

/// <summary>Hotline figures for other modules' reports (the contractor's monthly report counts 12345 work orders).</summary>
public interface IHotlineFigures
{
    /// <summary>The assessment of every unit with valid callbacks in [from, to] (China dates), best first.</summary>
    Task<IReadOnlyList<UnitAssessment>> AssessAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken = default);

    /// <summary>Orders registered in [from, to] and how many of them were closed at intake.</summary>
    Task<(int Registered, int ClosedAtIntake)> CountAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken = default);
}
