using Microsoft.EntityFrameworkCore;
using OneWindow.Appointments.Data;
using OneWindow.Appointments.Domain;

namespace OneWindow.Appointments.Features.MarkNoShows;

/// <summary>爽约: a booking still not checked in when its slot is over is a no-show; enough of them block the phone.</summary>
internal static class MarkNoShows
{
    /// <summary>Marks every booking whose slot ended at or before <paramref name="now"/>; returns how many.</summary>
    public static Task<int> HandleAsync(AppointmentsDbContext db, DateTimeOffset now, CancellationToken ct)
    {
        var local = AppointmentDesk.Local(now);
        var today = DateOnly.FromDateTime(local);
        var time = TimeOnly.FromDateTime(local);
        return db.Appointments
            .Where(a => a.Status == AppointmentStatus.Booked && (a.Date < today || (a.Date == today && a.End <= time)))
            .ExecuteUpdateAsync(s => s
                .SetProperty(a => a.Status, AppointmentStatus.NoShow)
                .SetProperty(a => a.Revision, a => a.Revision + 1), ct);
    }
}
