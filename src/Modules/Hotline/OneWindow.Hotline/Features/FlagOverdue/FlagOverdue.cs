using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using OneWindow.Hotline.Data;
using OneWindow.Hotline.Domain;
using Quartz;

namespace OneWindow.Hotline.Features.FlagOverdue;

/// <summary>
/// 超期自动督办: every quarter hour, open orders past their handling limit that nobody supervises yet get level 1 (督办)
/// with a history line by "system", so they appear in the supervision queue without anyone having to look.
/// </summary>
internal static class FlagOverdue
{
    public const int Batch = 500;

    public static async Task<int> RunAsync(HotlineDesk desk, CancellationToken ct)
    {
        var now = desk.Now;
        var open = new[] { OrderStatus.Registered, OrderStatus.Dispatched, OrderStatus.Accepted, OrderStatus.ReturnRequested };
        var flagged = 0;
        while (true)
        {
            var late = await desk.Db.Orders
                .Where(o => open.Contains(o.Status) && o.DueAt < now && o.SupervisionLevel == 0 && !o.OnLedger)
                .OrderBy(o => o.DueAt).Take(Batch).ToListAsync(ct);
            if (late.Count == 0)
            {
                return flagged;
            }

            foreach (var order in late)
            {
                order.SupervisionLevel = 1;
                order.Revision++;
                desk.Db.Events.Add(new WorkOrderEvent { OrderId = order.Id, At = now, Actor = "system", Action = "supervised", Detail = "督办：超过办理时限，自动督办" });
            }

            try
            {
                await desk.Db.SaveChangesAsync(ct);
                flagged += late.Count;
            }
            catch (DbUpdateConcurrencyException)
            {
                // Someone acted on one of them meanwhile; the next run takes the rest.
                return flagged;
            }
            finally
            {
                desk.Db.ChangeTracker.Clear();
            }
        }
    }

    [DisallowConcurrentExecution]
    internal sealed class Job(HotlineDesk desk, ILogger<Job> logger) : IJob
    {
        public static readonly JobKey Key = new("hotline-flag-overdue");

        public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
        {
            var flagged = await RunAsync(desk, cancellationToken);
            if (flagged > 0)
            {
                logger.LogInformation("Flagged {Count} overdue work orders for supervision", flagged);
            }
        }
    }
}
