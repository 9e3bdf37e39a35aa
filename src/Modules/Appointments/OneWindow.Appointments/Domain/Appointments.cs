using System.Security.Cryptography;
using OneWindow.Calendar.Contracts;
using OneWindow.SharedKernel.Auditing;

namespace OneWindow.Appointments.Domain;

internal enum AppointmentStatus
{
    Booked,
    CheckedIn,

    /// <summary>By the visitor (or the hotline for them): the place is free again.</summary>
    Cancelled,

    /// <summary>Booked and not checked in by the end of the slot.</summary>
    NoShow,

    /// <summary>The center withdrew the slot (the day became a holiday, a template was removed); the visitor was told.</summary>
    CancelledByCenter,
}

/// <summary>Which days a template makes slots on.</summary>
internal enum TemplateDays
{
    /// <summary>Every working day, adjusted working days (调休上班) included.</summary>
    Workday,
    Mon,
    Tue,
    Wed,
    Thu,
    Fri,
    Sat,
    Sun,
}

/// <summary>
/// A bookable time at a hall for one category. <see cref="Booked"/> only moves by one conditional UPDATE, so it never
/// exceeds <see cref="Capacity"/> (a check constraint says so too). Not audited: it carries no personal data, and
/// template slots come by the hundred from the daily job; who created a manual slot is on the row.
/// </summary>
internal sealed class Slot : INotAudited
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public required string HallCode { get; set; }

    public required string Category { get; set; }

    /// <summary>China date.</summary>
    public DateOnly Date { get; set; }

    /// <summary>China time of day.</summary>
    public TimeOnly Start { get; set; }

    public TimeOnly End { get; set; }

    public int Capacity { get; set; }

    public int Booked { get; set; }

    /// <summary>Extended service (晚间延时, 周六延时) rather than regular hours.</summary>
    public bool Extended { get; set; }

    public string? Label { get; set; }

    /// <summary>The template that made it; null for a slot staff created by hand, which generation never touches.</summary>
    public Guid? TemplateId { get; set; }

    public bool Cancelled { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public string? CreatedBy { get; set; }
}

/// <summary>One person's booking of one slot. Name and phone are SM4-encrypted; the phone also has a blind index.</summary>
internal sealed class Appointment
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    /// <summary>What the visitor quotes at the kiosk: <see cref="AppointmentCode.Length"/> characters of <see cref="AppointmentCode.Alphabet"/>.</summary>
    public required string Code { get; set; }

    public Guid SlotId { get; set; }

    public required string HallCode { get; set; }

    public required string Category { get; set; }

    public DateOnly Date { get; set; }

    public TimeOnly Start { get; set; }

    public TimeOnly End { get; set; }

    public required string NameEncrypted { get; set; }

    public required string PhoneEncrypted { get; set; }

    /// <summary>HMAC-SM3 of the normalized phone: finds a person's bookings (no-show policy, kiosk check-in) without decrypting.</summary>
    public required string PhoneIndex { get; set; }

    public AppointmentStatus Status { get; set; } = AppointmentStatus.Booked;

    public DateTimeOffset BookedAt { get; set; }

    /// <summary>The staff member (e.g. a hotline agent) who booked for the visitor; null when the visitor booked.</summary>
    public string? BookedBy { get; set; }

    public DateTimeOffset? CheckedInAt { get; set; }

    public Guid? TicketId { get; set; }

    public DateTimeOffset? CancelledAt { get; set; }

    public DateTimeOffset? RemindedAt { get; set; }

    /// <summary>Optimistic concurrency: a check-in and a cancellation racing on one booking cannot both win.</summary>
    public int Revision { get; set; }

    public bool IsLive => Status is AppointmentStatus.Booked or AppointmentStatus.CheckedIn;
}

/// <summary>A weekly pattern of slots: e.g. working days 09:00-12:00 in 30-minute slots of 4 places.</summary>
internal sealed class SlotTemplate
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public required string HallCode { get; set; }

    public required string Category { get; set; }

    public TemplateDays Days { get; set; }

    public TimeOnly Start { get; set; }

    public TimeOnly End { get; set; }

    public int SlotMinutes { get; set; }

    public int Capacity { get; set; }

    public bool Extended { get; set; }

    public string? Label { get; set; }

    /// <summary>A removed template stays for the slots it made; generation then withdraws its future slots.</summary>
    public bool Active { get; set; } = true;

    public DateTimeOffset CreatedAt { get; set; }
}

internal static class AppointmentCode
{
    /// <summary>No 0/O, 1/I: a code read aloud over the phone or typed at a kiosk cannot be mistaken.</summary>
    public const string Alphabet = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";

    public const int Length = 8;

    public static string New() => new(RandomNumberGenerator.GetItems<char>(Alphabet, Length));

    /// <summary>Upper-cases and checks a code from a URL; false for anything that cannot be a code.</summary>
    public static bool TryNormalize(string? text, out string code)
    {
        code = text?.Trim().ToUpperInvariant() ?? string.Empty;
        return code.Length == Length && code.All(c => Alphabet.Contains(c, StringComparison.Ordinal));
    }
}

/// <summary>A slot a template wants on a date.</summary>
internal sealed record PlannedSlot(Guid TemplateId, string Category, TimeOnly Start, TimeOnly End, int Capacity, bool Extended, string? Label);

/// <summary>Which template slots a calendar day gets.</summary>
internal static class SlotPlan
{
    /// <summary>
    /// Holidays get nothing. Working days get the "workday" templates; a regular working day also gets the templates
    /// of its weekday, while an adjusted working day (调休上班 on a weekend) does not get the Saturday or Sunday ones.
    /// Weekend days get only their own "sat"/"sun" templates (extended service, 周六延时).
    /// </summary>
    public static bool Applies(TemplateDays days, CalendarDay day)
    {
        ArgumentNullException.ThrowIfNull(day);
        return day.Kind switch
        {
            DayKind.Workday => days == TemplateDays.Workday || days == Weekday(day.Date.DayOfWeek),
            DayKind.AdjustedWorkday => days == TemplateDays.Workday,
            DayKind.Weekend => days is TemplateDays.Sat or TemplateDays.Sun && days == Weekday(day.Date.DayOfWeek),
            _ => false,
        };
    }

    public static IReadOnlyList<PlannedSlot> Wanted(CalendarDay day, IEnumerable<SlotTemplate> templates) =>
        templates
            .Where(t => t.Active && Applies(t.Days, day))
            .SelectMany(t => Split(t.Start, t.End, t.SlotMinutes).Select(s => new PlannedSlot(t.Id, t.Category, s.Start, s.End, t.Capacity, t.Extended, t.Label)))
            .OrderBy(s => s.Start).ThenBy(s => s.Category, StringComparer.Ordinal)
            .ToList();

    /// <summary>Consecutive slots of <paramref name="minutes"/> from start to end (templates are validated to divide evenly).</summary>
    public static IEnumerable<(TimeOnly Start, TimeOnly End)> Split(TimeOnly start, TimeOnly end, int minutes)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(minutes);
        var length = TimeSpan.FromMinutes(minutes);
        for (var at = start.ToTimeSpan(); at + length <= end.ToTimeSpan(); at += length)
        {
            yield return (TimeOnly.FromTimeSpan(at), TimeOnly.FromTimeSpan(at + length));
        }
    }

    public static TemplateDays Weekday(DayOfWeek day) => day switch
    {
        DayOfWeek.Monday => TemplateDays.Mon,
        DayOfWeek.Tuesday => TemplateDays.Tue,
        DayOfWeek.Wednesday => TemplateDays.Wed,
        DayOfWeek.Thursday => TemplateDays.Thu,
        DayOfWeek.Friday => TemplateDays.Fri,
        DayOfWeek.Saturday => TemplateDays.Sat,
        _ => TemplateDays.Sun,
    };

    /// <summary>Whether two templates can make slots on the same day.</summary>
    public static bool ShareDays(TemplateDays a, TemplateDays b) =>
        a == b
        || (a == TemplateDays.Workday && b is >= TemplateDays.Mon and <= TemplateDays.Fri)
        || (b == TemplateDays.Workday && a is >= TemplateDays.Mon and <= TemplateDays.Fri);
}
