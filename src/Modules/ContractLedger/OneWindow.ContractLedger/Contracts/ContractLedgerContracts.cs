namespace OneWindow.ContractLedger.Contracts;

/// <summary>
/// A service contract as a scenario file or <c>POST /api/v1/contracts</c> gives it. Dates are <c>YYYY-MM-DD</c>, money is
/// decimal yuan, percentages are percent (0.3 means 0.3%). Everything is nullable so that a missing field is a
/// validation error naming it, never a crash.
/// </summary>
public sealed record ContractInput(
    string? Code,
    string? Name,
    string? SignedOn,
    string? Start,
    string? End,
    decimal? Amount,
    PartyInput? Bureau,
    PartyInput? Contractor,
    IReadOnlyList<string>? Centers,
    string? CalendarCenter,
    IReadOnlyList<MilestoneInput>? Milestones,
    DeductionRulesInput? Deductions);

/// <summary>甲方 or 乙方: the organization and how to reach it.</summary>
public sealed record PartyInput(string? Name, string? Contact, string? Phone, string? Address);

/// <summary>
/// One payment (付款节点): an amount or a percentage of the total, and when it falls due: <c>date</c> (on
/// <see cref="DueOn"/>), <c>workdays-after-signing</c> / <c>days-after-signing</c> (<see cref="Days"/> after the signing
/// date, on the contract's calendar), or <c>condition</c> (when a bureau user marks <see cref="Condition"/> met, which
/// should happen by <see cref="Deadline"/>).
/// </summary>
public sealed record MilestoneInput(string? Name, decimal? Amount, decimal? Percent, string? Due, string? DueOn, int? Days, string? Condition, string? Deadline);

/// <summary>
/// Deduction rules (扣减): the vacancy standard per person-day, the work-error percentages by severity with the
/// cumulative cap over the capped severities, and the breach percentages. A null percentage means the contract has
/// no such clause.
/// </summary>
public sealed record DeductionRulesInput(
    decimal? VacancyStandard,
    string? VacancyStandardBasis,
    decimal? GeneralPercent,
    decimal? MajorPercent,
    decimal? SeverePercent,
    decimal? EspeciallySeverePercent,
    decimal? ErrorCapPercent,
    decimal? ConfidentialityPercent,
    decimal? TerminationPercent);

/// <summary>Loads a scenario's contracts; a contract whose code exists is left as it is (its payments and errors are live data).</summary>
public interface IContractSeeder
{
    Task SeedAsync(IReadOnlyList<ContractInput> contracts, CancellationToken cancellationToken = default);
}
