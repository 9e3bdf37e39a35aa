using Microsoft.EntityFrameworkCore;
using OneWindow.Appointments.Contracts;
using OneWindow.Appointments.Domain;

namespace OneWindow.Appointments.Data;

internal sealed class AppointmentDirectory(AppointmentsDbContext db) : IAppointmentDirectory
{
    public async Task<AppointmentCounts> CountsAsync(string hallCode, DateOnly from, DateOnly to, CancellationToken cancellationToken = default)
    {
        var capacity = await db.Slots.AsNoTracking()
            .Where(s => s.HallCode == hallCode && s.Date >= from && s.Date <= to && !s.Cancelled)
            .SumAsync(s => s.Capacity, cancellationToken);
        var statuses = await db.Appointments.AsNoTracking()
            .Where(a => a.HallCode == hallCode && a.Date >= from && a.Date <= to)
            .GroupBy(a => a.Status)
            .Select(g => new { Status = g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken);
        int Count(AppointmentStatus status) => statuses.FirstOrDefault(s => s.Status == status)?.Count ?? 0;
        var checkedIn = Count(AppointmentStatus.CheckedIn);
        var noShows = Count(AppointmentStatus.NoShow);
        return new AppointmentCounts(
            hallCode,
            from,
            to,
            capacity,
            Count(AppointmentStatus.Booked) + checkedIn + noShows,
            checkedIn,
            noShows,
            Count(AppointmentStatus.Cancelled),
            Count(AppointmentStatus.CancelledByCenter));
    }
}
