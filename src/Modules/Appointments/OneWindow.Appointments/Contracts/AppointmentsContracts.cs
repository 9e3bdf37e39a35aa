namespace OneWindow.Appointments.Contracts;

/// <summary>Appointment figures of a hall over a date range (China dates, inclusive), for dashboards and reports.</summary>
public sealed record AppointmentCounts(
    string HallCode,
    DateOnly From,
    DateOnly To,
    int Capacity,
    int Booked,
    int CheckedIn,
    int NoShows,
    int CancelledByVisitor,
    int CancelledByCenter);

/// <summary>Read side of appointments for other modules (the dashboard, reports).</summary>
public interface IAppointmentDirectory
{
    /// <summary>Places offered and what became of the bookings. Booked counts every booking not cancelled.</summary>
    Task<AppointmentCounts> CountsAsync(string hallCode, DateOnly from, DateOnly to, CancellationToken cancellationToken = default);
}

/// <summary>
/// The appointments part of a demo scenario: slot templates for some categories of some halls. <c>Days</c> is
/// <c>workday</c> (working days, 调休上班 included) or <c>mon</c>..<c>sun</c>; times are <c>HH:mm</c> China time.
/// </summary>
public sealed record ScenarioSlotTemplates(IReadOnlyList<string> Halls, IReadOnlyList<string> Categories, IReadOnlyList<ScenarioSlotTemplate> Templates);

public sealed record ScenarioSlotTemplate(string Days, string Start, string End, int SlotMinutes, int Capacity, bool Extended, string? Label);

/// <summary>Loads scenario templates idempotently and generates their slots for the coming days.</summary>
public interface IAppointmentsSeeder
{
    Task SeedAsync(IReadOnlyList<ScenarioSlotTemplates> templates, CancellationToken cancellationToken = default);
}
