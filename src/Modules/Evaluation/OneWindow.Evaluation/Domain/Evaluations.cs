using OneWindow.SharedKernel.Auditing;

namespace OneWindow.Evaluation.Domain;

internal enum EvaluationChannel
{
    /// <summary>一次一评: the pad at the window after a ticket completes.</summary>
    Onsite,

    /// <summary>一事一评: from the receipt's QR code, per case.</summary>
    Online,
}

/// <summary>
/// One rating by a visitor. The comment is free text from the public: kept for the rectification, never logged.
/// The place and the people come from the ticket or the case at the time of rating. Not in the audit log: anonymous
/// ratings by the public, written once (a set-aside is recorded in its task's history).
/// </summary>
internal sealed class Rating : INotAudited
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public EvaluationChannel Channel { get; set; }

    /// <summary>5 非常满意 … 1 非常不满意.</summary>
    public int Grade { get; set; }

    /// <summary>Reason tags joined by '|'.</summary>
    public string Tags { get; set; } = string.Empty;

    public string? Comment { get; set; }

    public Guid? TicketId { get; set; }

    public string? TicketNumber { get; set; }

    public string? CaseNumber { get; set; }

    public string? HallCode { get; set; }

    public string? WindowCode { get; set; }

    public string? ClerkUserName { get; set; }

    public string? DepartmentCode { get; set; }

    public required string CenterCode { get; set; }

    public DateTimeOffset At { get; set; }

    /// <summary>The China date of <see cref="At"/>: what periods and rankings count by.</summary>
    public DateOnly Day { get; set; }

    /// <summary>An appeal found the rating mistaken or malicious: it no longer counts against anyone.</summary>
    public bool SetAside { get; set; }

    public bool IsBad => Grade <= 2;

    public IReadOnlyList<string> TagList => Tags.Length == 0 ? [] : Tags.Split('|');
}

internal enum TaskStatus
{
    /// <summary>待核实.</summary>
    Open,

    /// <summary>已核实, being rectified.</summary>
    Verified,

    /// <summary>已整改, the evaluator is to be called back.</summary>
    Rectified,

    /// <summary>已回访.</summary>
    CalledBack,

    Closed,

    /// <summary>申诉中: the bureau decides.</summary>
    Appealed,

    /// <summary>申诉成立: the rating was set aside.</summary>
    SetAside,
}

/// <summary>
/// 整改: what a 差评 sets in motion for the responsible clerk (on site) or the case's department (online). Its own
/// history (<see cref="TaskEvent"/>, with actor and time) is the record of every step, as for hotline work orders.
/// </summary>
internal sealed class RectificationTask : INotAudited
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid RatingId { get; set; }

    public TaskStatus Status { get; set; } = TaskStatus.Open;

    public int Grade { get; set; }

    public EvaluationChannel Channel { get; set; }

    public string? ClerkUserName { get; set; }

    public string? DepartmentCode { get; set; }

    public required string CenterCode { get; set; }

    public string? HallCode { get; set; }

    public string? WindowCode { get; set; }

    /// <summary>The ticket number or the case number the rating was about.</summary>
    public required string Subject { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>Verification and rectification are due by the end of this China date.</summary>
    public DateOnly DueOn { get; set; }

    public string? Findings { get; set; }

    public string? Measures { get; set; }

    public DateTimeOffset? RectifiedAt { get; set; }

    public bool? CallbackContacted { get; set; }

    public string? CallbackView { get; set; }

    public DateTimeOffset? CalledBackAt { get; set; }

    public DateTimeOffset? ClosedAt { get; set; }

    public string? AppealReason { get; set; }

    public string? AppealEvidence { get; set; }

    /// <summary>Where the task stood when appealed: a rejected appeal returns it there.</summary>
    public TaskStatus? StatusBeforeAppeal { get; set; }

    public string? AppealDecision { get; set; }

    public int Revision { get; set; }
}

/// <summary>One line of a task's history.</summary>
internal sealed class TaskEvent : INotAudited
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid TaskId { get; set; }

    public DateTimeOffset At { get; set; }

    public required string Actor { get; set; }

    public required string Action { get; set; }

    public string? Detail { get; set; }
}
