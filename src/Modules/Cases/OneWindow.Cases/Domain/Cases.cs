using OneWindow.SharedKernel.Auditing;

namespace OneWindow.Cases.Domain;

/// <summary>
/// Where a case stands. The chain: consulted (咨询: recorded without materials) → incomplete (one-time notice issued) / submitted → accepted (受理, promised deadline) →
/// handed-over (材料流转) → under-review (授权审批) ⇄ correction-requested (补正, the clock pauses) → approved | rejected →
/// result-ready → issued (统一出件) → closed. Withdrawn from any open state; not-accepted (不予受理) before acceptance.
/// </summary>
internal enum CaseStatus
{
    /// <summary>咨询: the applicant asked at the window; no materials recorded yet (stored as its name: no schema change).</summary>
    Consulted,
    Incomplete,
    Submitted,
    Accepted,
    NotAccepted,
    HandedOver,
    UnderReview,
    CorrectionRequested,
    Approved,
    Rejected,
    ResultReady,
    Issued,
    Closed,
    Withdrawn,
}

internal enum ApplicantKind
{
    Person,
    Enterprise,
}

/// <summary>How the case came in: at a window, after online pre-review, from another region (跨域通办), by a proxy (帮办代办).</summary>
internal enum CaseChannel
{
    Window,
    OnlinePreReview,
    CrossRegion,
    Proxy,
}

/// <summary>How a material line was received.</summary>
internal enum MaterialForm
{
    /// <summary>Not received (yet).</summary>
    None,
    PaperOriginal,
    PaperCopy,

    /// <summary>An electronic license looked up by reference: no paper needed.</summary>
    ElectronicLicense,

    /// <summary>容缺: accepted without it against a written promise to bring it by a date.</summary>
    Tolerated,

    /// <summary>Looked at and refused, with the reason (counts as missing).</summary>
    Rejected,
}

internal enum IssueMethod
{
    Pickup,
    Post,
}

internal enum DeliveryStatus
{
    Posted,
    Delivered,
}

/// <summary>Deadline warning: yellow when 80% of the working days are used, red when overdue.</summary>
internal enum DeadlineWarning
{
    None,
    Yellow,
    Red,
}

internal sealed class Case : INotAudited
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public required string Number { get; set; }

    public required string CenterCode { get; set; }

    public string? HallCode { get; set; }

    public string? WindowCode { get; set; }

    public string? TicketNumber { get; set; }

    public string? ClerkUserName { get; set; }

    public string? ItemCode { get; set; }

    public string? BundleCode { get; set; }

    /// <summary>The item's catalog version in force when the case was created (bundles: null).</summary>
    public int? CatalogVersion { get; set; }

    public required string Title { get; set; }

    public string? DepartmentCode { get; set; }

    public int PromisedDays { get; set; }

    public CaseChannel Channel { get; set; }

    public CaseStatus Status { get; set; }

    public ApplicantKind ApplicantKind { get; set; }

    public string? ApplicantNameEncrypted { get; set; }

    /// <summary>Person: the ID type (resident-id); enterprise: uscc.</summary>
    public string? ApplicantIdType { get; set; }

    public string? ApplicantIdEncrypted { get; set; }

    public string? ApplicantIdIndex { get; set; }

    public string? ApplicantPhoneEncrypted { get; set; }

    public string? ApplicantPhoneIndex { get; set; }

    public string? ApplicantAddressEncrypted { get; set; }

    public string? LegalRepresentativeEncrypted { get; set; }

    public string? ContactNameEncrypted { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public required string CreatedBy { get; set; }

    public DateOnly? AcceptedOn { get; set; }

    public DateOnly? Deadline { get; set; }

    public DateOnly? PausedOn { get; set; }

    public int PausedWorkdays { get; set; }

    public DeadlineWarning Warning { get; set; }

    public Guid? HandoverBatchId { get; set; }

    public string? DecisionReason { get; set; }

    public DateTimeOffset? DecidedAt { get; set; }

    public string? ResultNote { get; set; }

    public DateTimeOffset? ResultReadyAt { get; set; }

    public IssueMethod? IssueMethod { get; set; }

    public DateTimeOffset? IssuedAt { get; set; }

    public string? PickupSigner { get; set; }

    public string? ExpressCompany { get; set; }

    public string? TrackingNumber { get; set; }

    public DeliveryStatus? DeliveryStatus { get; set; }

    public DateTimeOffset? ClosedAt { get; set; }

    public string? IdempotencyKey { get; set; }

    public int Revision { get; set; }
}

/// <summary>One material line of a case, from the catalog, with how it was received.</summary>
internal sealed class CaseMaterial : INotAudited
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid CaseId { get; set; }

    public int Position { get; set; }

    public required string Code { get; set; }

    public required string Name { get; set; }

    public bool Required { get; set; }

    /// <summary>The catalog allows 容缺 for this line.</summary>
    public bool Tolerable { get; set; }

    /// <summary>The catalog accepts an electronic license for this line.</summary>
    public bool LicenseAccepted { get; set; }

    public MaterialForm Form { get; set; }

    public string? LicenseReference { get; set; }

    public string? Promise { get; set; }

    public DateOnly? DueOn { get; set; }

    public string? RejectReason { get; set; }

    public DateTimeOffset? ReceivedAt { get; set; }

    /// <summary>Received in a way that lets the case go on: paper, license, or 容缺 with a promise.</summary>
    public bool Satisfied => Form is MaterialForm.PaperOriginal or MaterialForm.PaperCopy or MaterialForm.ElectronicLicense or MaterialForm.Tolerated;
}

internal sealed class CaseEvent : INotAudited
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid CaseId { get; set; }

    public DateTimeOffset At { get; set; }

    public required string Action { get; set; }

    public required string Actor { get; set; }

    public string? Detail { get; set; }
}

/// <summary>The last sequence used on a day (case numbers yyyyMMdd + 6 digits).</summary>
internal sealed class CaseCounter : INotAudited
{
    public DateOnly Day { get; set; }

    public int Last { get; set; }
}

/// <summary>材料流转: accepted cases for one department, signed out by the clerk and signed in by the department.</summary>
internal sealed class HandoverBatch : INotAudited
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public required string Number { get; set; }

    public required string CenterCode { get; set; }

    public required string DepartmentCode { get; set; }

    public required string SenderName { get; set; }

    public required string SentBy { get; set; }

    public DateTimeOffset SentAt { get; set; }

    public string? ReceiverName { get; set; }

    public string? ReceivedBy { get; set; }

    public DateTimeOffset? ReceivedAt { get; set; }

    /// <summary>Set by the end-of-day check when the batch was still not signed in.</summary>
    public bool FlaggedUnreceived { get; set; }

    public int Revision { get; set; }
}
