using OneWindow.SharedKernel.Auditing;

namespace OneWindow.Hotline.Domain;

/// <summary>诉求类型 (facts.md §5; 表扬 is local).</summary>
internal enum OrderType
{
    Consultation,
    Help,
    Complaint,
    Report,
    Suggestion,
    Praise,
}

/// <summary>Where the request came in.</summary>
internal enum OrderChannel
{
    Phone,
    Web,
    App,
    Letter,
    Hall,

    /// <summary>Transferred from the city's 12345 platform.</summary>
    CityPlatform,
}

/// <summary>
/// 受理 → 派单 → 签收 → 回复 → 回访 → 办结. A consultation answered at intake is closed at once (直接办结); a unit may ask
/// to return (退单) an order it cannot handle; a duplicate is merged into the order it repeats.
/// </summary>
internal enum OrderStatus
{
    /// <summary>Taken by the agent, not yet with a unit (also after an approved return).</summary>
    Registered,

    /// <summary>Sent to a handling unit, waiting for its sign-off (签收) within the response limit.</summary>
    Dispatched,

    /// <summary>Signed off by the unit, being handled.</summary>
    Accepted,

    /// <summary>The unit asked to return the order; a reviewer decides.</summary>
    ReturnRequested,

    /// <summary>The unit replied (solved or not); waiting for the callback (回访).</summary>
    Replied,

    /// <summary>Callback recorded, or answered at intake.</summary>
    Closed,

    /// <summary>A duplicate of another order of the same caller and issue; that order carries it.</summary>
    Merged,
}

/// <summary>The caller's verdict at the callback.</summary>
internal enum Satisfaction
{
    Satisfied,
    BasicallySatisfied,
    Dissatisfied,
}

/// <summary>How a time limit counts.</summary>
internal enum LimitUnit
{
    /// <summary>Hours of office time on the unit's calendar (evenings, weekends and holidays stand still).</summary>
    WorkingHours,

    /// <summary>Clock hours, day and night (urgent orders).</summary>
    NaturalHours,

    /// <summary>Working days; the deadline is the same time of day on the N-th working day after.</summary>
    WorkingDays,

    /// <summary>Calendar days.</summary>
    NaturalDays,
}

/// <summary>A pending extension request (延期) and its decision.</summary>
internal enum ExtensionState
{
    None,
    Requested,
    Approved,
    Rejected,
}

/// <summary>
/// One 12345 work order. The caller's name, phone and address are SM4-encrypted with a blind index of the phone for
/// the caller history. Every change is an event in <see cref="WorkOrderEvent"/> (who, when, what), which is the order's
/// own audit trail; reading the caller in full goes through an audited reveal. Therefore the row itself is not audited
/// by the generic interceptor (it would double every write of the busiest table).
/// </summary>
internal sealed class WorkOrder : INotAudited
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    /// <summary>yyyyMMdd + a 6-digit number of the day, e.g. 20261201000123.</summary>
    public required string Number { get; set; }

    public OrderType Type { get; set; }

    public OrderChannel Channel { get; set; }

    public string? CallerNameEncrypted { get; set; }

    public string? CallerPhoneEncrypted { get; set; }

    public string? CallerPhoneIndex { get; set; }

    public string? CallerAddressEncrypted { get; set; }

    /// <summary>A leaf of the category tree.</summary>
    public required string CategoryCode { get; set; }

    /// <summary>The first-level category, kept for the hot-topic and summary counts.</summary>
    public required string TopCategoryCode { get; set; }

    /// <summary>The street/town center the request concerns.</summary>
    public string? StreetCode { get; set; }

    public required string Content { get; set; }

    public OrderStatus Status { get; set; }

    /// <summary>The status to go back to when a return request is rejected.</summary>
    public OrderStatus? StatusBeforeReturn { get; set; }

    public string? UnitCode { get; set; }

    public required string LimitCode { get; set; }

    public bool Urgent { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public required string CreatedBy { get; set; }

    public DateTimeOffset? DispatchedAt { get; set; }

    /// <summary>签收 is due by then (response limit from the dispatch).</summary>
    public DateTimeOffset? RespondBy { get; set; }

    public DateTimeOffset? AcceptedAt { get; set; }

    /// <summary>The handling limit from registration (moved by an approved extension, reset by a reopen).</summary>
    public DateTimeOffset DueAt { get; set; }

    public ExtensionState Extension { get; set; }

    public int? ExtensionDays { get; set; }

    public DateTimeOffset? RepliedAt { get; set; }

    public string? ReplyContent { get; set; }

    public bool? ReplySolved { get; set; }

    public DateTimeOffset? ClosedAt { get; set; }

    /// <summary>A consultation answered at intake (直接办结); the answer is the reply.</summary>
    public bool ClosedAtIntake { get; set; }

    public string? KnowledgeCode { get; set; }

    /// <summary>The final callback; a reopen clears it so that only the caller's last verdict counts.</summary>
    public DateTimeOffset? CallbackAt { get; set; }

    public bool? CallbackValid { get; set; }

    public bool? CallbackContacted { get; set; }

    public bool? CallbackSolved { get; set; }

    public Satisfaction? CallbackSatisfaction { get; set; }

    /// <summary>0 none; 1 督办, 2 重点督办, 3 挂牌督办.</summary>
    public int SupervisionLevel { get; set; }

    /// <summary>挂账: a long-term issue that stays on the ledger with periodic follow-ups.</summary>
    public bool OnLedger { get; set; }

    public DateOnly? NextFollowUpOn { get; set; }

    public Guid? MergedIntoId { get; set; }

    public int ReopenCount { get; set; }

    public string? IdempotencyKey { get; set; }

    public int Revision { get; set; }
}

/// <summary>One line of an order's history: who did what when. Actions are stable codes; the detail is for people.</summary>
internal sealed class WorkOrderEvent : INotAudited
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid OrderId { get; set; }

    public DateTimeOffset At { get; set; }

    public required string Actor { get; set; }

    public required string Action { get; set; }

    public string? Detail { get; set; }
}

/// <summary>A file kept with an order: an attachment at intake, or a photo of an on-site verification.</summary>
internal sealed class WorkOrderFile : INotAudited
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid OrderId { get; set; }

    public Guid? VerificationId { get; set; }

    public required string FileName { get; set; }

    public required string ContentType { get; set; }

    public long Size { get; set; }

    /// <summary>Path under the data directory's hotline store (outside the web root).</summary>
    public required string StoredAs { get; set; }

    public DateTimeOffset At { get; set; }

    public required string By { get; set; }
}

/// <summary>现场核实: someone went there and recorded what they found.</summary>
internal sealed class Verification : INotAudited
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid OrderId { get; set; }

    public DateTimeOffset At { get; set; }

    public required string By { get; set; }

    public required string Findings { get; set; }

    public string? Location { get; set; }
}

/// <summary>The last number given out on a day; advanced by one UPDATE … RETURNING.</summary>
internal sealed class OrderCounter
{
    public DateOnly Day { get; set; }

    public int Last { get; set; }
}

/// <summary>
/// A node of the 3-level category tree. Dispatch rules and time limits sit on any node and are inherited down: the
/// suggested unit (or "the street's unit" for street matters) and the limit of the nearest node that names one.
/// </summary>
internal sealed class Category
{
    public required string Code { get; set; }

    public required string Name { get; set; }

    public string? ParentCode { get; set; }

    public int Level { get; set; }

    public int Sort { get; set; }

    public string? UnitCode { get; set; }

    /// <summary>Suggest the handling unit of the street the order concerns (when it names one).</summary>
    public bool ToStreet { get; set; }

    public string? LimitCode { get; set; }
}

/// <summary>A time-limit rule: sign-off within the response limit, handle within the handling limit.</summary>
internal sealed class TimeLimit
{
    public required string Code { get; set; }

    public required string Name { get; set; }

    public int ResponseAmount { get; set; }

    public LimitUnit ResponseUnit { get; set; }

    public int HandleAmount { get; set; }

    public LimitUnit HandleUnit { get; set; }

    public bool Urgent { get; set; }
}
