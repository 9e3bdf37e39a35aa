namespace OneWindow.Workforce.Contracts;

/// <summary>How a post was covered on one working day (空岗台账).</summary>
public enum Coverage
{
    /// <summary>The A holder worked it.</summary>
    A,

    /// <summary>The A holder was away and the B holder covered.</summary>
    B,

    /// <summary>Neither A nor B: someone else was assigned for the day.</summary>
    Substitute,

    /// <summary>Nobody covered the post: one vacancy person-day.</summary>
    Vacant,
}

/// <summary>A post (岗位) of a center with its required headcount.</summary>
public sealed record PostInfo(string Code, string Name, string Type, string CenterCode, int Headcount, IReadOnlyList<string> Skills);

/// <summary>A contract employee as other modules may see them: no ID number or phone.</summary>
public sealed record StaffInfo(Guid Id, string Code, string DisplayName, string CenterCode, DateOnly HiredOn, DateOnly? LeftOn, IReadOnlyList<string> Skills, string? UserName);

/// <summary>Vacancy person-days of a month over some centers, with the days behind them.</summary>
public sealed record VacancyMonth(int Year, int Month, int PersonDays, IReadOnlyList<VacancyDay> Days);

/// <summary>One post left uncovered on one day (one person-day per missing head).</summary>
public sealed record VacancyDay(DateOnly Date, string CenterCode, string PostCode, string PostName, int PersonDays);

/// <summary>Posts and staff for other modules (training, scorecards, reports).</summary>
public interface IWorkforceDirectory
{
    Task<IReadOnlyList<PostInfo>> PostsAsync(string? centerCode = null, CancellationToken cancellationToken = default);

    /// <summary>Staff employed on <paramref name="on"/> (hired on or before, not yet left), optionally of one center's subtree.</summary>
    Task<IReadOnlyList<StaffInfo>> StaffAsync(DateOnly on, string? centerCode = null, CancellationToken cancellationToken = default);
}

/// <summary>The vacancy ledger's monthly sum, which the contract ledger turns into a deduction.</summary>
public interface IVacancyLedger
{
    /// <summary>Vacancy person-days of the working days of a month at these centers (and their subtrees).</summary>
    Task<VacancyMonth> MonthAsync(IReadOnlyCollection<string> centerCodes, int year, int month, CancellationToken cancellationToken = default);
}

/// <summary>
/// The workforce part of a demo scenario: posts with their A and B holders (staff codes), and the staff. Dates are
/// YYYY-MM-DD; ID numbers and phones are encrypted when stored. <c>Training</c>: the training plans, held sessions and
/// quarterly scores.
/// </summary>
public sealed record WorkforceScenario(IReadOnlyList<ScenarioPost> Posts, IReadOnlyList<ScenarioStaff> Staff, TrainingScenario? Training = null);

/// <summary>Training plans, sessions (with the absentees; everyone else employed at the center and below was present) and scores.</summary>
public sealed record TrainingScenario(IReadOnlyList<ScenarioTrainingPlan>? Plans, IReadOnlyList<ScenarioTrainingSession>? Sessions, IReadOnlyList<ScenarioScore>? Scores);

public sealed record ScenarioTrainingPlan(string Center, int Year, string Title, IReadOnlyList<ScenarioTrainingItem> Items);

/// <summary>Period "2026-03" or "2026-Q1"; form online | offline | mixed; targets: post types, empty for everyone.</summary>
public sealed record ScenarioTrainingItem(string Period, string Kind, string Topic, string Form, IReadOnlyList<string>? Targets, decimal Hours, int Sessions = 1);

/// <summary>A session of the plan item with the same center, period and kind.</summary>
public sealed record ScenarioTrainingSession(string Center, string Period, string Kind, string Date, string Start, string End, string Trainer, string? Location, string? Link, IReadOnlyList<string>? Absent);

public sealed record ScenarioScore(string Staff, string Quarter, string Kind, decimal Score, string Assessor);

public sealed record ScenarioPost(string Code, string Name, string Type, string Center, int Headcount, IReadOnlyList<string>? Skills, IReadOnlyList<string>? A, IReadOnlyList<string>? B);

public sealed record ScenarioStaff(
    string Code,
    string Name,
    string Center,
    string IdNumber,
    string Phone,
    string HiredOn,
    string? LeftOn,
    IReadOnlyList<string>? Skills,
    IReadOnlyList<string>? Certificates,
    string? ConfidentialitySignedOn,
    string? UniformSize,
    string? UserName);

/// <summary>Loads scenario posts, staff and AB holders; codes already there are kept as they are.</summary>
public interface IWorkforceSeeder
{
    Task SeedAsync(WorkforceScenario scenario, CancellationToken cancellationToken = default);
}
