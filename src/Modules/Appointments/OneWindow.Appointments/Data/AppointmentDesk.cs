using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using OneWindow.Appointments.Domain;
using OneWindow.Calendar.Contracts;
using OneWindow.Organization.Contracts;
using OneWindow.SharedKernel.Api;
using OneWindow.SharedKernel.Data;
using OneWindow.SharedKernel.Notifications;
using OneWindow.SharedKernel.PersonalData;

namespace OneWindow.Appointments.Data;

/// <summary>A slot as the public booking page and staff see it. Dates and times are China time.</summary>
internal sealed record SlotView(Guid Id, string Category, string Date, string Start, string End, int Capacity, int Booked, bool Extended, string? Label)
{
    public static SlotView Of(Slot s) => new(s.Id, s.Category, Wire.Text(s.Date), Wire.Text(s.Start), Wire.Text(s.End), s.Capacity, s.Booked, s.Extended, s.Label);
}

/// <summary>A booking as its holder sees it: name and phone only masked.</summary>
internal sealed record AppointmentView(
    Guid Id,
    string Code,
    string Status,
    string HallCode,
    string HallName,
    string Category,
    string CategoryName,
    string Date,
    string Start,
    string End,
    string Name,
    string Phone,
    Guid? TicketId);

/// <summary>A booking in the staff list of a day: masked, with who booked it and what became of it.</summary>
internal sealed record StaffAppointmentView(
    Guid Id,
    string Code,
    string Status,
    Guid SlotId,
    string Category,
    string Date,
    string Start,
    string End,
    string Name,
    string Phone,
    DateTimeOffset BookedAt,
    string? BookedBy,
    DateTimeOffset? CheckedInAt,
    Guid? TicketId);

/// <summary>What every appointment use case shares: the clock in China time, halls as the caller may see them, personal data, notices.</summary>
internal sealed class AppointmentDesk(
    AppointmentsDbContext db,
    IHallDirectory halls,
    IDataScope scopes,
    ICalendarProvider calendars,
    PersonalDataProtector protector,
    INotificationSender notifications,
    AppointmentsOptions options,
    WriteGate gate,
    TimeProvider clock)
{
    public const string BookedTemplate = "appointment-booked";
    public const string ReminderTemplate = "appointment-reminder";
    public const string CancelledByCenterTemplate = "appointment-cancelled-by-center";

    public AppointmentsDbContext Db => db;

    /// <summary>Queues this process's writers to a slot on SQLite (one writer); no wait on PostgreSQL.</summary>
    public ValueTask<WriteGate.Releaser> WriteAsync(CancellationToken ct) => gate.EnterAsync(ct);

    public AppointmentsOptions Options => options;

    public ICalendarProvider Calendars => calendars;

    public IHallDirectory Halls => halls;

    /// <summary>Now, to the millisecond: what SQLite's instant encoding keeps.</summary>
    public DateTimeOffset Now
    {
        get
        {
            var now = clock.GetUtcNow();
            return now.AddTicks(-(now.Ticks % TimeSpan.TicksPerMillisecond));
        }
    }

    public static DateTime Local(DateTimeOffset instant) => BusinessHours.Local(instant);

    public static DateOnly DateOf(DateTimeOffset instant) => DateOnly.FromDateTime(Local(instant));

    /// <summary>A slot's date and time of day as an instant (China Standard Time, UTC+8).</summary>
    public static DateTimeOffset Instant(DateOnly date, TimeOnly time) => new(date.ToDateTime(time), BusinessHours.Offset);

    public static DateTimeOffset China(DateTimeOffset instant) => instant.ToOffset(BusinessHours.Offset);

    public async Task<Result<HallLayout>> PublicHallAsync(string hallCode, CancellationToken ct) =>
        await halls.HallAsync(hallCode, ct) is { } hall ? hall : UnknownHall(hallCode);

    /// <summary>The hall for staff: only within the user's centers.</summary>
    public async Task<Result<HallLayout>> StaffHallAsync(string hallCode, ClaimsPrincipal user, CancellationToken ct)
    {
        var hall = await halls.HallAsync(hallCode, ct);
        return hall is not null && (await scopes.ForAsync(user, ct)).Contains(hall.CenterCode) ? hall : UnknownHall(hallCode);
    }

    public static Error UnknownHall(string hallCode) => Error.NotFound("appointments.unknown_hall", $"Hall '{hallCode}' does not exist.");

    public static Error UnknownCategory(string hallCode, string? category) =>
        Error.Invalid("category", $"category '{category}' does not exist in hall '{hallCode}'", "appointments.unknown_category");

    public static Error NotFound() => Error.NotFound("appointments.not_found", "No such appointment for this phone number.");

    public string PhoneIndex(MobileNumber phone) => protector.BlindIndex(phone.Value)!;

    public string Encrypt(string value) => protector.Encrypt(value)!;

    /// <summary>The visitor's booking as the public may see it: the name and phone masked, never in full.</summary>
    public AppointmentView View(Appointment a, HallLayout? hall) => new(
        a.Id,
        a.Code,
        Wire.Text(a.Status),
        a.HallCode,
        hall?.Name ?? a.HallCode,
        a.Category,
        hall?.Category(a.Category)?.Name ?? a.Category,
        Wire.Text(a.Date),
        Wire.Text(a.Start),
        Wire.Text(a.End),
        Masking.Name(protector.Decrypt(a.NameEncrypted)),
        Masking.Phone(protector.Decrypt(a.PhoneEncrypted)),
        a.TicketId);

    public StaffAppointmentView StaffView(Appointment a) => new(
        a.Id,
        a.Code,
        Wire.Text(a.Status),
        a.SlotId,
        a.Category,
        Wire.Text(a.Date),
        Wire.Text(a.Start),
        Wire.Text(a.End),
        Masking.Name(protector.Decrypt(a.NameEncrypted)),
        Masking.Phone(protector.Decrypt(a.PhoneEncrypted)),
        China(a.BookedAt),
        a.BookedBy,
        a.CheckedInAt is { } at ? China(at) : null,
        a.TicketId);

    /// <summary>
    /// Whether a phone may book today: <see cref="AppointmentsOptions.NoShowLimit"/> no-shows within the window block it
    /// for <see cref="AppointmentsOptions.BlockDays"/> days after the last one. Returns the last blocked day, or null.
    /// </summary>
    public async Task<DateOnly?> BlockedUntilAsync(string phoneIndex, DateOnly today, CancellationToken ct)
    {
        var since = today.AddDays(-options.NoShowWindowDays);
        var noShows = await db.Appointments.AsNoTracking()
            .Where(a => a.PhoneIndex == phoneIndex && a.Status == AppointmentStatus.NoShow && a.Date >= since)
            .Select(a => a.Date)
            .ToListAsync(ct);
        if (noShows.Count < options.NoShowLimit)
        {
            return null;
        }

        var until = noShows.Max().AddDays(options.BlockDays);
        return today <= until ? until : null;
    }

    /// <summary>Gives a place back after a cancellation or a booking that could not be stored.</summary>
    public Task<int> ReleasePlaceAsync(Guid slotId, CancellationToken ct) =>
        db.Slots.Where(s => s.Id == slotId && s.Booked > 0).ExecuteUpdateAsync(s => s.SetProperty(x => x.Booked, x => x.Booked - 1), ct);

    /// <summary>An SMS to the booked person; the values name the booking, never the person.</summary>
    public Task NotifyAsync(Appointment a, string template, HallLayout? hall, CancellationToken ct) =>
        notifications.SendAsync(
            new Notification(Notification.Sms, a.PhoneEncrypted, template, new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["code"] = a.Code,
                ["hall"] = hall?.Name ?? a.HallCode,
                ["category"] = hall?.Category(a.Category)?.Name ?? a.Category,
                ["date"] = Wire.Text(a.Date),
                ["start"] = Wire.Text(a.Start),
                ["end"] = Wire.Text(a.End),
            }),
            ct);
}
