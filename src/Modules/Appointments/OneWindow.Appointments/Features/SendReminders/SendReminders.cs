using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using OneWindow.Appointments.Data;
using OneWindow.Appointments.Domain;
using OneWindow.Organization.Contracts;
using OneWindow.SharedKernel.Security;
using Quartz;

namespace OneWindow.Appointments.Features.SendReminders;

/// <summary>The evening before: every booking of tomorrow gets one reminder (RemindedAt marks it, on any number of nodes).</summary>
internal static class SendReminders
{
    public static async Task<int> HandleAsync(AppointmentDesk desk, DateTimeOffset now, CancellationToken ct)
    {
        var db = desk.Db;
        now = now.ToUniversalTime();
        var tomorrow = AppointmentDesk.DateOf(now).AddDays(1);
        var due = await db.Appointments.AsNoTracking()
            .Where(a => a.Date == tomorrow && a.Status == AppointmentStatus.Booked && a.RemindedAt == null)
            .ToListAsync(ct);
        var halls = new Dictionary<string, HallLayout?>(StringComparer.Ordinal);
        var sent = 0;
        foreach (var appointment in due.OrderBy(a => a.HallCode, StringComparer.Ordinal).ThenBy(a => a.Start))
        {
            // Claimed before sending: a second node (or a rerun) finds it taken, so nobody gets two reminders.
            var claimed = await db.Appointments
                .Where(a => a.Id == appointment.Id && a.RemindedAt == null)
                .ExecuteUpdateAsync(s => s.SetProperty(a => a.RemindedAt, now), ct);
            if (claimed != 1)
            {
                continue;
            }

            if (!halls.TryGetValue(appointment.HallCode, out var hall))
            {
                hall = await desk.Halls.HallAsync(appointment.HallCode, ct);
                halls[appointment.HallCode] = hall;
            }

            await desk.NotifyAsync(appointment, AppointmentDesk.ReminderTemplate, hall, ct);
            sent++;
        }

        return sent;
    }

    [DisallowConcurrentExecution]
    internal sealed class Job(AppointmentDesk desk, ILogger<Job> logger) : IJob
    {
        public static readonly JobKey Key = new("appointments-reminders");

        public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
        {
            ActorContext.SetSystem("job:" + Key.Name);
            var sent = await HandleAsync(desk, desk.Now, cancellationToken);
            logger.LogInformation("Appointment reminders sent: {Count}", sent);
        }
    }
}
