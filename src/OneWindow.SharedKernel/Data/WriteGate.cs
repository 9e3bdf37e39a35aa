namespace OneWindow.SharedKernel.Data;

/// <summary>
/// Serializes hot write paths inside one process when the database is SQLite. SQLite has one writer; left to itself,
/// a writer that finds the file locked backs off by sleeping, so fifty windows calling at once would spend their time
/// asleep. Queuing them on a semaphore instead hands the lock over at once. PostgreSQL needs no gate (row locks).
/// </summary>
public sealed class WriteGate(DatabaseSettings settings)
{
    private readonly SemaphoreSlim? _gate = settings?.Provider == DatabaseProvider.Sqlite ? new SemaphoreSlim(1, 1) : null;

    public async ValueTask<Releaser> EnterAsync(CancellationToken cancellationToken = default)
    {
        if (_gate is null)
        {
            return Releaser.None;
        }

        await _gate.WaitAsync(cancellationToken);
        return new Releaser(_gate);
    }

    /// <summary>Releases once, however often it is disposed (a handler may let go early, before pushing to displays).</summary>
    public sealed class Releaser(SemaphoreSlim? gate) : IDisposable
    {
        internal static readonly Releaser None = new(null);
        private int _released;

        public void Dispose()
        {
            if (gate is not null && Interlocked.Exchange(ref _released, 1) == 0)
            {
                gate.Release();
            }
        }
    }
}
