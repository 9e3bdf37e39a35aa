using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using OneWindow.SharedKernel.Auditing;

namespace OneWindow.SharedKernel.Tests;

/// <summary>The audit log names what was stored: a write inside a transaction is logged when it commits, never when it rolls back.</summary>
public sealed class AuditingInterceptorTests : IAsyncLifetime
{
    private readonly SqliteConnection _connection = new("Data Source=:memory:");
    private readonly Sink _sink = new();
    private Store _db = null!;

    public async Task InitializeAsync()
    {
        await _connection.OpenAsync();
        _db = new Store(new DbContextOptionsBuilder<Store>().UseSqlite(_connection).AddInterceptors(new AuditingInterceptor(_sink)).Options);
        await _db.Database.EnsureCreatedAsync();
    }

    public async Task DisposeAsync()
    {
        await _db.DisposeAsync();
        await _connection.DisposeAsync();
    }

    [Fact]
    public async Task A_plain_save_is_logged_at_once()
    {
        _db.Things.Add(new Thing { Id = 1, Name = "a" });
        await _db.SaveChangesAsync();

        var record = Assert.Single(_sink.Records);
        Assert.Equal(new AuditRecord(AuditActions.Create, nameof(Thing), "1"), record);
    }

    [Fact]
    public async Task A_save_inside_a_transaction_is_logged_when_it_commits()
    {
        await using var transaction = await _db.Database.BeginTransactionAsync();
        _db.Things.Add(new Thing { Id = 2, Name = "b" });
        await _db.SaveChangesAsync();
        _db.Things.Add(new Thing { Id = 3, Name = "c" });
        await _db.SaveChangesAsync();
        Assert.Empty(_sink.Records);

        await transaction.CommitAsync();
        Assert.Equal(["2", "3"], _sink.Records.Select(r => r.EntityId));
    }

    [Fact]
    public async Task A_save_inside_a_transaction_that_rolls_back_is_not_logged()
    {
        await using (var transaction = await _db.Database.BeginTransactionAsync())
        {
            _db.Things.Add(new Thing { Id = 4, Name = "d" });
            await _db.SaveChangesAsync();
            await transaction.RollbackAsync();
        }

        _db.ChangeTracker.Clear();
        Assert.Empty(_sink.Records);

        // Nor does it surface with the next transaction's commit.
        await using (var next = await _db.Database.BeginTransactionAsync())
        {
            _db.Things.Add(new Thing { Id = 5, Name = "e" });
            await _db.SaveChangesAsync();
            await next.CommitAsync();
        }

        Assert.Equal(["5"], _sink.Records.Select(r => r.EntityId));
        Assert.False(await _db.Things.AnyAsync(t => t.Id == 4));
    }

    [Fact]
    public async Task A_transaction_dropped_without_commit_is_not_logged_later()
    {
        await using (await _db.Database.BeginTransactionAsync())
        {
            _db.Things.Add(new Thing { Id = 6, Name = "f" });
            await _db.SaveChangesAsync();
        }

        _db.ChangeTracker.Clear();
        _db.Things.Add(new Thing { Id = 7, Name = "g" });
        await _db.SaveChangesAsync();
        Assert.Equal(["7"], _sink.Records.Select(r => r.EntityId));
    }

    private sealed class Sink : IAuditSink
    {
        public List<AuditRecord> Records { get; } = [];

        public Task RecordAsync(IReadOnlyList<AuditRecord> records, CancellationToken cancellationToken = default)
        {
            Records.AddRange(records);
            return Task.CompletedTask;
        }
    }

    private sealed class Thing
    {
        public int Id { get; set; }

        public required string Name { get; set; }
    }

    private sealed class Store(DbContextOptions<Store> options) : DbContext(options)
    {
        public DbSet<Thing> Things => Set<Thing>();
    }
}
