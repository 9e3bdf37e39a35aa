using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using OneWindow.Identity.Data;
using OneWindow.SharedKernel.Api;
using OneWindow.SharedKernel.Security;

namespace OneWindow.Identity.Features.ListAuditLog;

/// <summary>The newest audit entries first, filterable by actor, action and entity type.</summary>
internal static class ListAuditLog
{
    public sealed record Query(string? Actor, string? Action, string? EntityType, long? Before, int Take = 100);

    public sealed record AuditItem(long Sequence, DateTimeOffset At, string Actor, string Action, string EntityType, string EntityId, string? Details, string? ClientAddress, string Hash);

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/api/v1/audit", async ([AsParameters] Query query, IdentityDbContext db, CancellationToken ct) => (await HandleAsync(query, db, ct)).ToOk())
            .RequireAuthorization(Policies.AuditReader)
            .WithTags("Identity");

    public static async Task<Result<IReadOnlyList<AuditItem>>> HandleAsync(Query query, IdentityDbContext db, CancellationToken ct)
    {
        if (query.Take is < 1 or > 1000)
        {
            return Error.Invalid("take", "must be between 1 and 1000");
        }

        var entries = db.AuditLog.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query.Actor))
        {
            entries = entries.Where(e => e.Actor == query.Actor);
        }

        if (!string.IsNullOrWhiteSpace(query.Action))
        {
            entries = entries.Where(e => e.Action == query.Action);
        }

        if (!string.IsNullOrWhiteSpace(query.EntityType))
        {
            entries = entries.Where(e => e.EntityType == query.EntityType);
        }

        if (query.Before is { } before)
        {
            entries = entries.Where(e => e.Sequence < before);
        }

        return await entries.OrderByDescending(e => e.Sequence).Take(query.Take)
            .Select(e => new AuditItem(e.Sequence, e.At, e.Actor, e.Action, e.EntityType, e.EntityId, e.Details, e.ClientAddress, e.Hash))
            .ToListAsync(ct);
    }
}
