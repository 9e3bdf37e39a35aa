using Microsoft.EntityFrameworkCore;
using OneWindow.Identity.Contracts;
using OneWindow.Identity.Domain;
using OneWindow.SharedKernel.Auditing;
using OneWindow.SharedKernel.Data;
using OneWindow.SharedKernel.Security;

namespace OneWindow.Identity.Data;

/// <summary>
/// Appends to the SM3 hash chain. Appends are serialized in-process; across nodes the sequence number is the
/// primary key, so a concurrent append on another node fails on insert and is retried on the new head.
/// </summary>
internal sealed class AuditLog : IAuditSink, IAuditVerifier
{
    private static readonly SemaphoreSlim AppendLock = new(1, 1);
    private readonly DbContextOptions<IdentityDbContext> _options;
    private readonly ICurrentActor _actor;
    private readonly TimeProvider _clock;

    public AuditLog(DatabaseSettings settings, ICurrentActor actor, TimeProvider clock)
    {
        var builder = new DbContextOptionsBuilder<IdentityDbContext>();
        settings.WithOwnPool("audit").Configure(builder, IdentityModule.Name);
        _options = builder.Options;
        _actor = actor;
        _clock = clock;
    }

    public async Task RecordAsync(IReadOnlyList<AuditRecord> records, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(records);
        if (records.Count == 0)
        {
            return;
        }

        await AppendLock.WaitAsync(cancellationToken);
        try
        {
            for (var attempt = 1; ; attempt++)
            {
                await using var db = new IdentityDbContext(_options);
                var head = await db.AuditLog.AsNoTracking().OrderByDescending(e => e.Sequence).Select(e => new { e.Sequence, e.Hash }).FirstOrDefaultAsync(cancellationToken);
                var sequence = head?.Sequence ?? 0;
                var previous = head?.Hash ?? AuditEntry.Genesis;
                // Millisecond precision survives every provider's round trip (SQLite stores 0.1 ms, PostgreSQL 1 µs).
                var now = _clock.GetUtcNow();
                var at = new DateTimeOffset(now.UtcTicks - (now.UtcTicks % TimeSpan.TicksPerMillisecond), TimeSpan.Zero);
                foreach (var record in records)
                {
                    var entry = new AuditEntry
                    {
                        Sequence = ++sequence,
                        At = at,
                        Actor = Truncate(_actor.Name, 256),
                        Action = record.Action,
                        EntityType = record.EntityType,
                        EntityId = Truncate(record.EntityId, 256),
                        Details = record.Details is null ? null : Truncate(record.Details, 2000),
                        ClientAddress = _actor.ClientAddress,
                        PreviousHash = previous,
                        Hash = string.Empty,
                    };
                    entry.Hash = entry.ComputeHash();
                    previous = entry.Hash;
                    db.AuditLog.Add(entry);
                }

                try
                {
                    await db.SaveChangesAsync(cancellationToken);
                    return;
                }
                catch (DbUpdateException) when (attempt < 10)
                {
                    await Task.Delay(Random.Shared.Next(5, 50), cancellationToken);
                }
            }
        }
        finally
        {
            AppendLock.Release();
        }
    }

    public async Task<AuditVerification> VerifyAsync(IProgress<long>? progress = null, CancellationToken cancellationToken = default)
    {
        await using var db = new IdentityDbContext(_options);
        var previous = AuditEntry.Genesis;
        long expected = 1;
        long count = 0;
        const int page = 2000;
        while (true)
        {
            var from = expected;
            var batch = await db.AuditLog.AsNoTracking().Where(e => e.Sequence >= from).OrderBy(e => e.Sequence).Take(page).ToListAsync(cancellationToken);
            foreach (var entry in batch)
            {
                if (entry.Sequence != expected)
                {
                    return new AuditVerification(false, count, expected, $"entry {expected} is missing (next present is {entry.Sequence})");
                }

                if (entry.PreviousHash != previous)
                {
                    return new AuditVerification(false, count, entry.Sequence, $"entry {entry.Sequence} does not link to entry {entry.Sequence - 1}");
                }

                if (entry.ComputeHash() != entry.Hash)
                {
                    return new AuditVerification(false, count, entry.Sequence, $"entry {entry.Sequence} was altered after it was written");
                }

                previous = entry.Hash;
                expected++;
                count++;
            }

            progress?.Report(count);
            if (batch.Count < page)
            {
                return new AuditVerification(true, count, null, null);
            }
        }
    }

    private static string Truncate(string value, int length) => value.Length <= length ? value : value[..length];
}
