using OneWindow.SharedKernel.Api;

namespace OneWindow.Queue.Contracts;

/// <summary>A ticket as visitors, windows and integrators see it. Instants are China time (+08:00).</summary>
public sealed record TicketView(
    Guid Id,
    string Number,
    string HallCode,
    string Category,
    string CategoryName,
    string Priority,
    string Status,
    DateTimeOffset IssuedAt,
    int AheadCount,
    int EstimatedWaitMinutes,
    string? WindowCode,
    string? WindowName,
    DateTimeOffset? CalledAt,
    int Recalls,
    string? AppointmentCode);

/// <summary>A ticket for an appointment check-in: served before walk-ins once its slot has begun.</summary>
public sealed record AppointmentTicketRequest(string HallCode, string Category, string AppointmentCode, DateTimeOffset SlotStart, DateTimeOffset SlotEnd);

/// <summary>Issues queue tickets for other modules (appointment check-in, the guide's hand-over).</summary>
public interface ITicketIssuer
{
    /// <summary>A walk-in ticket taken on the visitor's behalf (the guide desk); the same key returns the same ticket.</summary>
    Task<Result<TicketView>> IssueAsync(string hallCode, string category, bool priority, string idempotencyKey, CancellationToken cancellationToken = default);

    /// <summary>The same appointment code always yields the same ticket.</summary>
    Task<Result<TicketView>> IssueForAppointmentAsync(AppointmentTicketRequest request, CancellationToken cancellationToken = default);
}

/// <summary>Queue figures of a hall over a date range (China dates, inclusive), for dashboards and the reports.</summary>
public sealed record QueueSummary(
    string HallCode,
    DateOnly From,
    DateOnly To,
    int Issued,
    int Served,
    int NoShows,
    double NoShowRate,
    double AverageWaitMinutes,
    double MedianWaitMinutes,
    double P90WaitMinutes,
    double AverageServiceMinutes,
    double WaitThresholdMinutes,
    double WaitedOverThresholdShare,
    double? EstimateMeanAbsoluteErrorMinutes,
    int EstimatedTickets,
    IReadOnlyList<DistributionBucket> WaitDistribution,
    IReadOnlyList<DistributionBucket> ServiceDistribution,
    IReadOnlyList<GroupFigures> ByWindow,
    IReadOnlyList<GroupFigures> ByStaff,
    IReadOnlyList<GroupFigures> ByCategory,
    IReadOnlyList<GroupFigures> ByHour,
    IReadOnlyList<GroupFigures> ByDay);

/// <summary>Count of tickets whose minutes fall in [From, To) (To null = and above).</summary>
public sealed record DistributionBucket(int FromMinutes, int? ToMinutes, int Count);

/// <summary>Figures of one window, clerk, category, hour or day.</summary>
public sealed record GroupFigures(string Key, int Issued, int Served, int NoShows, double AverageWaitMinutes, double AverageServiceMinutes);

public interface IQueueStatistics
{
    Task<QueueSummary> SummaryAsync(string hallCode, DateOnly from, DateOnly to, CancellationToken cancellationToken = default);
}

/// <summary>Kiosk check-in of a booked visitor by appointment code or mobile number; implemented by the appointments module.</summary>
public interface IAppointmentCheckIn
{
    Task<Result<TicketView>> CheckInAsync(string hallCode, string codeOrPhone, CancellationToken cancellationToken = default);
}

/// <summary>The queue part of a demo scenario: weeks of simulated past tickets for some halls, so that statistics,
/// wait estimates and the tidal plan have history to work on. <c>Clerks</c>: per hall code, who serves each window in
/// window order (the user name of a person with an account, else the display name); halls without an entry are served
/// by made-up names, which match no one's account.</summary>
public sealed record QueueHistoryScenario(IReadOnlyList<string> Halls, int Days, int Seed = 2026, IReadOnlyDictionary<string, IReadOnlyList<string>>? Clerks = null);

public interface IQueueHistorySeeder
{
    /// <summary>Adds the history once (a hall that already has earlier tickets is left alone); returns the tickets added.</summary>
    Task<int> SeedAsync(QueueHistoryScenario scenario, CancellationToken cancellationToken = default);
}

/// <summary>
/// One ticket as other modules need it after the visit (the evaluation pad): where and by whom it was served and
/// whether it completed. <c>ClerkUserName</c> is the user who called it; <c>Status</c> is the API name.
/// </summary>
public sealed record TicketRecord(
    Guid Id,
    string Number,
    string HallCode,
    string CenterCode,
    string Category,
    string? WindowCode,
    string? ClerkUserName,
    string Status,
    DateTimeOffset? CompletedAt);

/// <summary>Looks up tickets for other modules.</summary>
public interface ITicketDirectory
{
    Task<TicketRecord?> FindAsync(Guid ticketId, CancellationToken cancellationToken = default);

    /// <summary>The latest ticket with this display number (e.g. B012) in the hall on today's queue day, or null.</summary>
    Task<TicketRecord?> FindTodayAsync(string hallCode, string number, CancellationToken cancellationToken = default);
}
