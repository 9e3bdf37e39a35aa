using OneWindow.Calendar.Contracts;
using OneWindow.ContractLedger.Domain;
using OneWindow.SharedKernel.Api;

namespace OneWindow.ContractLedger.Data;

/// <summary>A contract in <c>GET /api/v1/contracts</c> (api.md): money as a decimal string with two places.</summary>
internal sealed record ContractListItem(string Code, string Name, string Amount, string Start, string End)
{
    public static ContractListItem Of(ServiceContract c) => new(c.Code, c.Name, Money.Text(c.Amount), ContractDesk.Date(c.Start), ContractDesk.Date(c.End));
}

internal sealed record PartyView(string Name, string? Contact, string? Phone, string? Address);

/// <summary>The deduction rules, with the cap and the breach penalties also in yuan.</summary>
internal sealed record RulesView(
    string? VacancyStandard,
    string? VacancyStandardBasis,
    decimal? GeneralPercent,
    decimal? MajorPercent,
    decimal? SeverePercent,
    decimal? EspeciallySeverePercent,
    decimal? ErrorCapPercent,
    string? ErrorCapAmount,
    decimal? ConfidentialityPercent,
    string? ConfidentialityAmount,
    decimal? TerminationPercent,
    string? TerminationAmount)
{
    public static RulesView Of(ServiceContract c) => new(
        Money.Text(c.VacancyStandard),
        c.VacancyStandardBasis,
        c.GeneralPercent,
        c.MajorPercent,
        c.SeverePercent,
        c.EspeciallySeverePercent,
        c.ErrorCapPercent,
        c.ErrorCapPercent is { } cap ? Money.Text(Money.Percent(c.Amount, cap)) : null,
        c.ConfidentialityPercent,
        c.ConfidentialityPercent is { } breach ? Money.Text(Money.Percent(c.Amount, breach)) : null,
        c.TerminationPercent,
        c.TerminationPercent is { } termination ? Money.Text(Money.Percent(c.Amount, termination)) : null);
}

/// <summary>A payment with its rule, computed due date and where it stands.</summary>
internal sealed record MilestoneView(
    int Seq,
    string Name,
    string Amount,
    decimal? Percent,
    string Due,
    string? DueOn,
    int? Days,
    string? Condition,
    string? Deadline,
    string? DueDate,
    bool Provisional,
    string Status,
    bool Overdue,
    string? ConditionMetOn,
    string? ConditionMetBy,
    string? PaidOn,
    string? PaidBy)
{
    public static MilestoneView Of(MilestoneState s)
    {
        var m = s.Milestone;
        return new(m.Seq, m.Name, Money.Text(m.Amount), m.Percent, EnumParsing.ToWire(m.Rule), ContractDesk.Date(m.DueOn), m.Days, m.Condition, ContractDesk.Date(m.Deadline),
            ContractDesk.Date(s.DueDate), s.Provisional, EnumParsing.ToWire(s.Status), s.Overdue, ContractDesk.Date(m.ConditionMetOn), m.ConditionMetBy, ContractDesk.Date(m.PaidOn), m.PaidBy);
    }
}

/// <summary><c>GET /api/v1/contracts/{code}</c>: parties, term, centers, rules and the payment timeline.</summary>
internal sealed record ContractView(
    string Code,
    string Name,
    string SignedOn,
    string Start,
    string End,
    string Amount,
    PartyView Bureau,
    PartyView Contractor,
    IReadOnlyList<string> Centers,
    string CalendarCenter,
    RulesView Deductions,
    IReadOnlyList<MilestoneView> Milestones,
    string Paid,
    string Unpaid)
{
    public static ContractView Of(ServiceContract c, WorkCalendar calendar, DateOnly today)
    {
        var milestones = c.Milestones.OrderBy(m => m.Seq).Select(m => MilestoneView.Of(MilestoneSchedule.State(m, c.SignedOn, calendar, today))).ToList();
        var paid = c.Milestones.Where(m => m.PaidOn is not null).Sum(m => m.Amount);
        return new(c.Code, c.Name, ContractDesk.Date(c.SignedOn), ContractDesk.Date(c.Start), ContractDesk.Date(c.End), Money.Text(c.Amount),
            new PartyView(c.BureauName, c.BureauContact, c.BureauPhone, c.BureauAddress),
            new PartyView(c.ContractorName, c.ContractorContact, c.ContractorPhone, c.ContractorAddress),
            c.Centers, c.CalendarCenter, RulesView.Of(c), milestones, Money.Text(paid), Money.Text(c.Amount - paid));
    }
}

/// <summary>One month of deductions, exactly the fields of api.md; money as decimal strings with two places.</summary>
internal sealed record MonthView(string Month, int VacancyPersonDays, string VacancyAmount, string ErrorAmount, bool CapApplied, string Total, string CumulativeTotal)
{
    public static MonthView Of(MonthDeduction m) =>
        new(m.Month.ToString(), m.VacancyPersonDays, Money.Text(m.VacancyAmount), Money.Text(m.ErrorAmount), m.CapApplied, Money.Text(m.Total), Money.Text(m.CumulativeTotal));
}

internal sealed record EvidenceFileView(string FileName, string ContentType, long Size);

/// <summary>A work error with its decision and, once approved, what it deducts (after the cap).</summary>
internal sealed record ErrorView(
    Guid Id,
    string Date,
    string Severity,
    string? CenterCode,
    string Description,
    string? Evidence,
    EvidenceFileView? File,
    string Status,
    string RecordedBy,
    DateTimeOffset RecordedAt,
    string? DecidedBy,
    DateTimeOffset? DecidedAt,
    string? DecisionNote,
    string? Deduction,
    bool Capped)
{
    public static ErrorView Of(ErrorRecord e, ErrorCharge? charge) => new(
        e.Id,
        ContractDesk.Date(e.Date),
        EnumParsing.ToWire(e.Severity),
        e.CenterCode,
        e.Description,
        e.Evidence,
        e.StoredAs is null ? null : new EvidenceFileView(e.FileName!, e.FileType!, e.FileSize ?? 0),
        EnumParsing.ToWire(e.Status),
        e.RecordedBy,
        e.RecordedAt,
        e.DecidedBy,
        e.DecidedAt,
        e.DecisionNote,
        charge is null ? null : Money.Text(charge.Charged),
        charge?.Capped ?? false);
}
