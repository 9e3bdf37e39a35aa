namespace OneWindow.ContractLedger.Domain;

/// <summary>A service contract between the bureau (甲方) and the contractor (乙方) running the halls of some centers.</summary>
internal sealed class ServiceContract
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public required string Code { get; set; }

    public required string Name { get; set; }

    public DateOnly SignedOn { get; set; }

    public DateOnly Start { get; set; }

    public DateOnly End { get; set; }

    /// <summary>合同总额, yuan to the fen.</summary>
    public decimal Amount { get; set; }

    public required string BureauName { get; set; }

    public string? BureauContact { get; set; }

    public string? BureauPhone { get; set; }

    public string? BureauAddress { get; set; }

    public required string ContractorName { get; set; }

    public string? ContractorContact { get; set; }

    public string? ContractorPhone { get; set; }

    public string? ContractorAddress { get; set; }

    /// <summary>The centers whose posts the contract staffs; their vacancies are deducted.</summary>
    public List<string> Centers { get; set; } = [];

    /// <summary>The center whose calendar counts working days after signing.</summary>
    public required string CalendarCenter { get; set; }

    /// <summary>Yuan per vacancy person-day (e.g. the district's approved per-person cost standard); null: no such clause.</summary>
    public decimal? VacancyStandard { get; set; }

    /// <summary>Where the standard comes from, in words (区财政批复人员费用标准 …).</summary>
    public string? VacancyStandardBasis { get; set; }

    public decimal? GeneralPercent { get; set; }

    public decimal? MajorPercent { get; set; }

    public decimal? SeverePercent { get; set; }

    public decimal? EspeciallySeverePercent { get; set; }

    /// <summary>Cumulative cap of general, major and severe errors over the whole term, percent of the total; null: uncapped.</summary>
    public decimal? ErrorCapPercent { get; set; }

    public decimal? ConfidentialityPercent { get; set; }

    public decimal? TerminationPercent { get; set; }

    public List<Milestone> Milestones { get; set; } = [];

    public DateTimeOffset CreatedAt { get; set; }

    public required string CreatedBy { get; set; }

    public int Revision { get; set; }

    public DeductionTerms ToTerms() => new(Amount, Start, End, VacancyStandard, GeneralPercent, MajorPercent, SeverePercent, EspeciallySeverePercent, ErrorCapPercent);
}

/// <summary>How a payment falls due.</summary>
internal enum DueRule
{
    /// <summary>On a fixed date.</summary>
    Date,

    /// <summary>The N-th working day after signing (the calendar engine: holidays and 调休上班 count).</summary>
    WorkdaysAfterSigning,

    /// <summary>N calendar days after signing, moved to the next working day when it falls on a day off.</summary>
    DaysAfterSigning,

    /// <summary>When the bureau marks a condition met (e.g. the half-year report approved).</summary>
    Condition,
}

/// <summary>One payment of a contract (付款节点).</summary>
internal sealed class Milestone
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid ContractId { get; set; }

    /// <summary>1, 2, 3 … in the contract's order.</summary>
    public int Seq { get; set; }

    public required string Name { get; set; }

    public decimal Amount { get; set; }

    /// <summary>The percentage of the total the contract states, if it states one.</summary>
    public decimal? Percent { get; set; }

    public DueRule Rule { get; set; }

    public DateOnly? DueOn { get; set; }

    public int? Days { get; set; }

    public string? Condition { get; set; }

    /// <summary>By when the condition is to be met (e.g. the report before 2026-10-15).</summary>
    public DateOnly? Deadline { get; set; }

    public DateOnly? ConditionMetOn { get; set; }

    public string? ConditionMetBy { get; set; }

    public DateOnly? PaidOn { get; set; }

    public string? PaidBy { get; set; }

    public int Revision { get; set; }
}

/// <summary>工作失误 by degree (第十九条: 轻微、较重、严重; 特别严重 falls outside the cap).</summary>
internal enum ErrorSeverity
{
    General,
    Major,
    Severe,
    EspeciallySevere,
}

internal enum ErrorStatus
{
    Recorded,
    Approved,
    Rejected,
}

/// <summary>A work error (工作失误) recorded against a contract; only once the bureau approves it does it deduct.</summary>
internal sealed class ErrorRecord
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid ContractId { get; set; }

    public DateOnly Date { get; set; }

    public ErrorSeverity Severity { get; set; }

    /// <summary>Where it happened, one of the contract's centers (optional).</summary>
    public string? CenterCode { get; set; }

    public required string Description { get; set; }

    /// <summary>Evidence in words: what was seen, where it was reported, the complaint's number …</summary>
    public string? Evidence { get; set; }

    public string? FileName { get; set; }

    public string? FileType { get; set; }

    public long? FileSize { get; set; }

    /// <summary>Path of the evidence file under the module's folder in the data directory.</summary>
    public string? StoredAs { get; set; }

    public ErrorStatus Status { get; set; }

    public required string RecordedBy { get; set; }

    public DateTimeOffset RecordedAt { get; set; }

    public string? DecidedBy { get; set; }

    public DateTimeOffset? DecidedAt { get; set; }

    public string? DecisionNote { get; set; }

    public int Revision { get; set; }
}
