using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace OneWindow.SharedKernel.Auditing;

/// <summary>
/// Every write through a module DbContext lands in the audit log after it commits: at once for a plain SaveChanges,
/// at the commit for writes inside a transaction the handler opened (and not at all when that transaction rolls back).
/// </summary>
/// <remarks>Records ids and changed field names, never values, so personal data cannot leak into the log.</remarks>
public sealed class AuditingInterceptor(IAuditSink sink) : SaveChangesInterceptor, IDbTransactionInterceptor
{
    private readonly Dictionary<DbContext, List<AuditRecord>> _uncommitted = new(ReferenceEqualityComparer.Instance);
    private List<(EntityEntry Entry, string Action, string[] Fields)>? _pending;

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Capture(eventData.Context);
        return base.SavingChangesAsync(eventData, result, cancellationToken);
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Capture(eventData.Context);
        return base.SavingChanges(eventData, result);
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        await FlushAsync(eventData.Context, cancellationToken);
        return await base.SavedChangesAsync(eventData, result, cancellationToken);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        FlushAsync(eventData.Context, CancellationToken.None).GetAwaiter().GetResult();
        return base.SavedChanges(eventData, result);
    }

    public DbTransaction TransactionStarted(DbConnection connection, TransactionEndEventData eventData, DbTransaction result)
    {
        Forget(eventData.Context);
        return result;
    }

    public ValueTask<DbTransaction> TransactionStartedAsync(DbConnection connection, TransactionEndEventData eventData, DbTransaction result, CancellationToken cancellationToken = default)
    {
        Forget(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) =>
        CommitAsync(eventData.Context, CancellationToken.None).GetAwaiter().GetResult();

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default) =>
        CommitAsync(eventData.Context, cancellationToken);

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => Forget(eventData.Context);

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(eventData.Context);
        return Task.CompletedTask;
    }

    public void TransactionFailed(DbTransaction transaction, TransactionErrorEventData eventData) => Forget(eventData.Context);

    public Task TransactionFailedAsync(DbTransaction transaction, TransactionErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(eventData.Context);
        return Task.CompletedTask;
    }

    private void Forget(DbContext? context)
    {
        if (context is not null)
        {
            _uncommitted.Remove(context);
        }
    }

    private async Task CommitAsync(DbContext? context, CancellationToken cancellationToken)
    {
        if (context is not null && _uncommitted.Remove(context, out var records) && records.Count > 0)
        {
            await sink.RecordAsync(records, cancellationToken);
        }
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData)
    {
        _pending = null;
        base.SaveChangesFailed(eventData);
    }

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        _pending = null;
        return base.SaveChangesFailedAsync(eventData, cancellationToken);
    }

    private void Capture(DbContext? context)
    {
        if (context is null || context is INotAudited)
        {
            return;
        }

        _pending = [];
        foreach (var entry in context.ChangeTracker.Entries())
        {
            if (entry.Metadata.IsOwned() || entry.Entity is INotAudited)
            {
                continue;
            }

            var action = entry.State switch
            {
                EntityState.Added => AuditActions.Create,
                EntityState.Modified => AuditActions.Update,
                EntityState.Deleted => AuditActions.Delete,
                _ => null,
            };
            if (action is null)
            {
                continue;
            }

            var fields = entry.State == EntityState.Modified
                ? entry.Properties.Where(p => p.IsModified).Select(p => p.Metadata.Name).ToArray()
                : [];
            _pending.Add((entry, action, fields));
        }
    }

    private async Task FlushAsync(DbContext? context, CancellationToken cancellationToken)
    {
        if (_pending is not { Count: > 0 } pending)
        {
            return;
        }

        _pending = null;
        var records = pending.Select(p => new AuditRecord(
            p.Action,
            p.Entry.Metadata.ClrType.Name,
            KeyOf(p.Entry),
            p.Fields.Length > 0 ? "fields: " + string.Join(",", p.Fields) : null)).ToList();
        if (context?.Database.CurrentTransaction is not null)
        {
            if (!_uncommitted.TryGetValue(context, out var held))
            {
                _uncommitted[context] = held = [];
            }

            held.AddRange(records);
            return;
        }

        await sink.RecordAsync(records, cancellationToken);
    }

    private static string KeyOf(EntityEntry entry)
    {
        var key = entry.Metadata.FindPrimaryKey();
        return key is null ? string.Empty : string.Join("/", key.Properties.Select(p => entry.Property(p.Name).CurrentValue?.ToString()));
    }
}

/// <summary>Marks a context or entity whose writes are not audited (the audit log itself).</summary>
public interface INotAudited;
