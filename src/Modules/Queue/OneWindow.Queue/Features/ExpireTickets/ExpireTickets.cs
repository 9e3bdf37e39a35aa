using Microsoft.EntityFrameworkCore;
using OneWindow.Queue.Data;
using OneWindow.Queue.Domain;
using Quartz;

namespace OneWindow.Queue.Features.ExpireTickets;

/// <summary>
/// The daily reset: tickets of earlier days still waiting are cancelled, called ones are no-shows, and visits left
/// open at a window are closed, so windows start the day free. Numbers restart by themselves (they count per day).
/// </summary>
internal static class ExpireTickets
{
    public static async Task<int> HandleAsync(QueueDbContext db, DateOnly today, DateTimeOffset now, CancellationToken ct)
    {
        var old = db.Tickets.Where(t => t.ServiceDay < today);
        var cancelled = await old.Where(t => t.Status == TicketStatus.Waiting)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.Status, TicketStatus.Cancelled).SetProperty(t => t.EndedAt, now).SetProperty(t => t.Revision, t => t.Revision + 1), ct);
        var noShows = await old.Where(t => t.Status == TicketStatus.Called)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.Status, TicketStatus.NoShow).SetProperty(t => t.EndedAt, now).SetProperty(t => t.Revision, t => t.Revision + 1), ct);
        var completed = await old.Where(t => t.Status == TicketStatus.Serving)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.Status, TicketStatus.Completed).SetProperty(t => t.EndedAt, now).SetProperty(t => t.Revision, t => t.Revision + 1), ct);
        return cancelled + noShows + completed;
    }

    [DisallowConcurrentExecution]
    internal sealed class Job(QueueDesk desk) : IJob
    {
        public static readonly JobKey Key = new("queue-daily-reset");

        public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
        {
            using (await desk.WriteAsync(cancellationToken))
            {
                await HandleAsync(desk.Db, desk.ServiceDay(desk.Now), desk.Now, cancellationToken);
            }
        }
    }
}
