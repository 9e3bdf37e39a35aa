using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using OneWindow.Catalog.Data;
using Quartz;

namespace OneWindow.Catalog.Features.PurgePreReviews;

/// <summary>Every night, pre-reviews past their keeping time go, with their files: visitors' uploads are not kept longer than promised.</summary>
internal static partial class PurgePreReviews
{
    public static async Task<int> RunAsync(CatalogDbContext db, PreReviewFiles store, DateTimeOffset now, CancellationToken ct)
    {
        var expired = await db.PreReviews.Include(s => s.Files).Where(s => s.ExpiresAt < now).Take(1000).ToListAsync(ct);
        foreach (var file in expired.SelectMany(s => s.Files))
        {
            store.Delete(file.StoredPath);
        }

        db.PreReviews.RemoveRange(expired);
        await db.SaveChangesAsync(ct);
        return expired.Count;
    }

    [DisallowConcurrentExecution]
    internal sealed partial class Job(CatalogDbContext db, PreReviewFiles store, TimeProvider clock, ILogger<Job> logger) : IJob
    {
        public static readonly JobKey Key = new("catalog-purge-prereviews");

        public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
        {
            var purged = await RunAsync(db, store, clock.GetUtcNow(), cancellationToken);
            if (purged > 0)
            {
                Purged(logger, purged);
            }
        }

        [LoggerMessage(Level = LogLevel.Information, Message = "Purged {Count} expired pre-reviews and their files")]
        private static partial void Purged(ILogger logger, int count);
    }
}
