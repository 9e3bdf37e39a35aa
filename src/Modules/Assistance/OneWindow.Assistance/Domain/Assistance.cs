using OneWindow.SharedKernel.Auditing;

namespace OneWindow.Assistance.Domain;

/// <summary>特殊群体: who was helped. Wire values are kebab-case (<c>elderly</c>, <c>key-project</c>, …).</summary>
internal enum SpecialGroup
{
    /// <summary>老年人.</summary>
    Elderly,

    /// <summary>残疾人.</summary>
    Disabled,

    /// <summary>孕产妇.</summary>
    Pregnant,

    /// <summary>军人及军属.</summary>
    Military,

    /// <summary>外籍人士.</summary>
    Foreigner,

    /// <summary>企业重点项目.</summary>
    KeyProject,

    /// <summary>其他.</summary>
    Other,
}

/// <summary>代办 applicant: a person (ID number) or an enterprise (unified social credit code).</summary>
internal enum ApplicantKind
{
    Person,
    Enterprise,
}

/// <summary>代办: received-from-applicant → submitted → result-returned, or cancelled before the result is returned.</summary>
internal enum ProxyStatus
{
    Received,
    Submitted,
    ResultReturned,
    Cancelled,
}

internal enum CrossDirection
{
    /// <summary>We accept for another region's department (收件地).</summary>
    Outgoing,

    /// <summary>Another region accepted for one of our departments (办理地).</summary>
    Incoming,
}

internal enum CrossScope
{
    /// <summary>京津冀通办.</summary>
    JingJinJi,

    /// <summary>跨省通办.</summary>
    InterProvincial,

    /// <summary>区内通办.</summary>
    InDistrict,
}

/// <summary>跨域通办 (收受分离): accepted → forwarded → received → decided → returned; cancelled before forwarding.</summary>
internal enum CrossStatus
{
    Accepted,
    Forwarded,
    Received,
    Decided,
    Returned,
    Cancelled,
}

internal enum ForwardMode
{
    Post,
    Electronic,
}

internal enum CrossResult
{
    Approved,
    Rejected,
}

internal enum ReturnMode
{
    Pickup,
    Post,
}

/// <summary>帮办: a helper escorts a visitor (often of a special group) to the window; optionally through the green channel.</summary>
internal sealed class HelpRecord
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public required string Number { get; set; }

    public required string CenterCode { get; set; }

    public required string HallCode { get; set; }

    public required string StaffUserName { get; set; }

    public string? VisitorNameEncrypted { get; set; }

    public string? VisitorPhoneEncrypted { get; set; }

    public SpecialGroup Group { get; set; }

    public bool GreenChannel { get; set; }

    public Guid? TicketId { get; set; }

    public string? TicketNumber { get; set; }

    public required string ItemCode { get; set; }

    public required string ItemName { get; set; }

    public string? WindowCode { get; set; }

    public DateTimeOffset StartedAt { get; set; }

    public DateTimeOffset? FinishedAt { get; set; }

    public string? Outcome { get; set; }

    public string? IdempotencyKey { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public int Revision { get; set; }
}

/// <summary>代办: the proxy staff handles the whole item for the applicant after a signed material hand-over.</summary>
internal sealed class ProxyCase
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public required string Number { get; set; }

    public required string CenterCode { get; set; }

    public ApplicantKind ApplicantKind { get; set; }

    public string? ApplicantNameEncrypted { get; set; }

    public string? ApplicantIdEncrypted { get; set; }

    public string? ApplicantIdIndex { get; set; }

    public string? ApplicantPhoneEncrypted { get; set; }

    public required string ItemCode { get; set; }

    public required string ItemName { get; set; }

    public required string ProxyStaff { get; set; }

    public ProxyStatus Status { get; set; }

    public List<ProxyMaterial> Materials { get; set; } = [];

    /// <summary>The applicant's signature on the hand-over (name typed, encrypted like the name) and when.</summary>
    public required string ApplicantSignatureEncrypted { get; set; }

    public DateTimeOffset ApplicantSignedAt { get; set; }

    public required string StaffSignature { get; set; }

    public DateTimeOffset StaffSignedAt { get; set; }

    public string? CaseNumber { get; set; }

    public DateTimeOffset? SubmittedAt { get; set; }

    public string? ResultNote { get; set; }

    /// <summary>Who signed for the result (encrypted).</summary>
    public string? ReturnSignatureEncrypted { get; set; }

    public DateTimeOffset? ResultReturnedAt { get; set; }

    public string? CancelReason { get; set; }

    public DateTimeOffset? CancelledAt { get; set; }

    public string? IdempotencyKey { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public int Revision { get; set; }
}

/// <summary>One line of the 代办材料交接单.</summary>
internal sealed class ProxyMaterial : INotAudited
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid ProxyId { get; set; }

    public int Seq { get; set; }

    public required string Code { get; set; }

    public required string Name { get; set; }

    public bool Original { get; set; }

    public int Copies { get; set; }
}

/// <summary>A 跨域通办 dossier under 收受分离.</summary>
internal sealed class CrossRegionDossier
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public required string Number { get; set; }

    public required string CenterCode { get; set; }

    public CrossDirection Direction { get; set; }

    public CrossScope Scope { get; set; }

    public required string CounterpartRegion { get; set; }

    public required string CounterpartDepartment { get; set; }

    public required string ItemCode { get; set; }

    public required string ItemName { get; set; }

    public string? ApplicantNameEncrypted { get; set; }

    public string? ApplicantPhoneEncrypted { get; set; }

    public string? CaseNumber { get; set; }

    public CrossStatus Status { get; set; }

    public DateTimeOffset AcceptedAt { get; set; }

    public required string AcceptedBy { get; set; }

    public ForwardMode? ForwardMode { get; set; }

    public string? ExpressCompany { get; set; }

    public string? TrackingNumber { get; set; }

    public string? TransmissionReference { get; set; }

    public DateTimeOffset? ForwardedAt { get; set; }

    public DateOnly? ForwardedOn { get; set; }

    public DateTimeOffset? ReceivedAt { get; set; }

    public string? ReceivedBy { get; set; }

    public CrossResult? Result { get; set; }

    public string? ResultNote { get; set; }

    public string? ResultDocument { get; set; }

    public DateTimeOffset? DecidedAt { get; set; }

    public ReturnMode? ReturnMode { get; set; }

    public string? ReturnTracking { get; set; }

    public DateTimeOffset? ReturnedAt { get; set; }

    public string? CancelReason { get; set; }

    public string? IdempotencyKey { get; set; }

    public int Revision { get; set; }
}

/// <summary>A catalog item that may be handled 跨域 (configured per scenario).</summary>
internal sealed class CrossRegionItem
{
    public required string ItemCode { get; set; }

    public CrossScope Scope { get; set; }

    public string? Note { get; set; }
}

/// <summary>One line of a record's history: who did what when. Actions are stable codes.</summary>
internal sealed class AssistanceEvent : INotAudited
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid RecordId { get; set; }

    public DateTimeOffset At { get; set; }

    public required string Actor { get; set; }

    public required string Action { get; set; }

    public string? Detail { get; set; }
}
