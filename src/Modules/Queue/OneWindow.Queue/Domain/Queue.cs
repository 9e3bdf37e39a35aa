using OneWindow.SharedKernel.Auditing;

namespace OneWindow.Queue.Domain;

internal enum TicketStatus
{
    Waiting,
    Called,
    Serving,
    Completed,
    NoShow,
    Transferred,
    Cancelled,
}

internal enum TicketPriority
{
    Normal,

    /// <summary>爱心/绿色通道: the elderly, the disabled, pregnant women.</summary>
    Priority,
}

/// <summary>
/// One visit to one window (a transfer ends this ticket and starts a new one with the same number and issue time).
/// Not in the audit log: it carries no personal data, and its own timestamps and clerk name are the record.
/// </summary>
internal sealed class Ticket : INotAudited
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public required string HallCode { get; set; }

    /// <summary>The queue day the number belongs to (numbers restart each day at the configured reset time).</summary>
    public DateOnly ServiceDay { get; set; }

    public required string Category { get; set; }

    public required string Prefix { get; set; }

    public int Number { get; set; }

    /// <summary>What the visitor sees and hears: prefix + three digits, e.g. A001.</summary>
    public required string DisplayNumber { get; set; }

    public TicketPriority Priority { get; set; }

    public TicketStatus Status { get; set; } = TicketStatus.Waiting;

    /// <summary>When the visitor first took the number; kept across transfers so a transferred visitor does not queue again from the back.</summary>
    public DateTimeOffset IssuedAt { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? CalledAt { get; set; }

    public DateTimeOffset? StartedAt { get; set; }

    public DateTimeOffset? EndedAt { get; set; }

    public string? WindowCode { get; set; }

    /// <summary>Set when transferred to one window: only that window calls it.</summary>
    public string? TargetWindow { get; set; }

    public string? CalledBy { get; set; }

    public int Recalls { get; set; }

    public int EstimatedWaitMinutes { get; set; }

    public int AheadAtIssue { get; set; }

    public string? IdempotencyKey { get; set; }

    public Guid? TransferredFromId { get; set; }

    /// <summary>An appointment check-in: served first among walk-ins once its slot has begun.</summary>
    public string? AppointmentCode { get; set; }

    public DateTimeOffset? SlotStart { get; set; }

    public DateTimeOffset? SlotEnd { get; set; }

    /// <summary>Optimistic concurrency: two clerks acting on one ticket cannot both win.</summary>
    public int Revision { get; set; }

    public static bool IsActive(TicketStatus status) => status is TicketStatus.Called or TicketStatus.Serving;
}

/// <summary>The last number issued per hall, day and prefix; advanced by one atomic UPDATE ... RETURNING.</summary>
internal sealed class NumberCounter : INotAudited
{
    public required string HallCode { get; set; }

    public DateOnly ServiceDay { get; set; }

    public required string Prefix { get; set; }

    public int Last { get; set; }
}
