using OneWindow.Calendar.Contracts;
using OneWindow.Hotline.Domain;

namespace OneWindow.Hotline.Demo;

/// <summary>
/// The deadline arithmetic of <see cref="Data.HotlineDesk.DeadlineAsync"/> on calendars read once, so that a simulation
/// of thousands of orders needs no database round trip per step; plus "a part of a limit" for when things happen.
/// </summary>
internal sealed class Deadlines(Func<string?, WorkCalendar> calendar, Func<string?, BusinessHours> office)
{
    /// <summary>A working day's office minutes (09:00-12:00, 13:30-17:30), for placing events inside working-day limits.</summary>
    private const int OfficeMinutesPerDay = 420;

    public static async Task<Deadlines> LoadAsync(ICalendarProvider calendars, IBusinessHoursProvider hours, IEnumerable<string?> centers, CancellationToken ct)
    {
        var byCenter = new Dictionary<string, (WorkCalendar Calendar, BusinessHours Office)>(StringComparer.Ordinal);
        foreach (var center in centers.Append(null).Distinct())
        {
            byCenter[center ?? string.Empty] = (await calendars.ForCenterAsync(center, ct), await hours.OfficeHoursAsync(center, ct));
        }

        var district = byCenter[string.Empty];
        return new Deadlines(
            c => byCenter.TryGetValue(c ?? string.Empty, out var x) ? x.Calendar : district.Calendar,
            c => byCenter.TryGetValue(c ?? string.Empty, out var x) ? x.Office : district.Office);
    }

    /// <summary>The instant a limit of <paramref name="amount"/> <paramref name="unit"/> that starts at <paramref name="start"/> ends (UTC).</summary>
    public DateTimeOffset At(DateTimeOffset start, int amount, LimitUnit unit, string? center)
    {
        switch (unit)
        {
            case LimitUnit.NaturalHours:
                return start.AddHours(amount).ToUniversalTime();
            case LimitUnit.NaturalDays:
                return start.AddDays(amount).ToUniversalTime();
            case LimitUnit.WorkingDays:
            {
                var local = BusinessHours.Local(start);
                var date = calendar(center).AddWorkdays(DateOnly.FromDateTime(local), amount).Date;
                return new DateTimeOffset(date.ToDateTime(TimeOnly.FromDateTime(local)), BusinessHours.Offset).ToUniversalTime();
            }

            default:
                return OfficeMinutes(start, amount * 60, center);
        }
    }

    /// <summary>
    /// When <paramref name="fraction"/> of such a limit has passed (above 1: that much late): clock time for natural
    /// limits, office time for working ones.
    /// </summary>
    public DateTimeOffset Part(DateTimeOffset start, int amount, LimitUnit unit, string? center, double fraction) => unit switch
    {
        LimitUnit.NaturalHours => start.AddMinutes(fraction * amount * 60).ToUniversalTime(),
        LimitUnit.NaturalDays => start.AddMinutes(fraction * amount * 1440).ToUniversalTime(),
        LimitUnit.WorkingDays => OfficeMinutes(start, (int)Math.Max(1, fraction * amount * OfficeMinutesPerDay), center),
        _ => OfficeMinutes(start, (int)Math.Max(1, fraction * amount * 60), center),
    };

    public bool IsWorkday(DateOnly date, string? center) => calendar(center).IsWorkday(date);

    private DateTimeOffset OfficeMinutes(DateTimeOffset start, int minutes, string? center)
    {
        var at = office(center).AddWorkingMinutes(BusinessHours.Local(start), minutes)
            ?? throw new InvalidOperationException("Office hours have no working time within ten years.");
        return new DateTimeOffset(at.At, BusinessHours.Offset).ToUniversalTime();
    }
}
