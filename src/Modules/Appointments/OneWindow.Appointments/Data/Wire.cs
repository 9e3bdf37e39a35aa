using System.Globalization;
using OneWindow.Appointments.Domain;
using OneWindow.SharedKernel.Api;

namespace OneWindow.Appointments.Data;

/// <summary>Dates YYYY-MM-DD and times HH:mm on the wire; nothing else is accepted.</summary>
internal static class Wire
{
    public static bool TryDate(string? text, out DateOnly date) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date) && date.Year is >= 2000 and < 2200;

    public static bool TryTime(string? text, out TimeOnly time) =>
        TimeOnly.TryParseExact(text, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out time);

    public static string Text(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Text(TimeOnly time) => time.ToString("HH:mm", CultureInfo.InvariantCulture);

    public static string Text(AppointmentStatus status) => EnumParsing.ToWire(status);

    public static string Text(TemplateDays days) => EnumParsing.ToWire(days);
}
