using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using OneWindow.SharedKernel.Data;
using OneWindow.SharedKernel.Security;
using OneWindow.Web.Scenarios;

namespace OneWindow.Web.Hosting;

/// <summary>Migrates every module context (backing SQLite up first), then loads a demo scenario into an empty database.</summary>
internal sealed class DatabaseStartup(IServiceProvider services, DatabaseSettings settings, TimeProvider clock, ILogger<DatabaseStartup> logger)
{
    public async Task<int> MigrateAsync(IProgress<string>? progress = null, CancellationToken cancellationToken = default)
    {
        ActorContext.SetSystem("migrate");
        await using var scope = services.CreateAsyncScope();
        var contexts = scope.ServiceProvider.GetServices<ModuleDatabase>()
            .Select(m => (m.Module, Db: (DbContext)scope.ServiceProvider.GetRequiredService(m.ContextType)))
            .ToList();
        var pending = new Dictionary<string, List<string>>();
        foreach (var (module, db) in contexts)
        {
            pending[module] = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        }

        var total = pending.Values.Sum(p => p.Count);
        if (total == 0)
        {
            progress?.Report("The database is up to date.");
            await SeedReferenceDataAsync(scope.ServiceProvider, cancellationToken);
            return 0;
        }

        var backup = Backup("pre-migrate");
        if (backup is not null)
        {
            progress?.Report($"Backed up the SQLite database to {backup}");
        }

        foreach (var (module, db) in contexts)
        {
            foreach (var migration in pending[module])
            {
                progress?.Report($"{module}: applying {migration}");
            }

            await db.Database.MigrateAsync(cancellationToken);
        }

        if (settings.Provider == DatabaseProvider.Sqlite)
        {
            await using var connection = new SqliteConnection(settings.ConnectionString);
            await connection.OpenAsync(cancellationToken);
            await using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA journal_mode=WAL;";
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        logger.LogInformation("Applied {Count} migrations", total);
        await SeedReferenceDataAsync(scope.ServiceProvider, cancellationToken);
        return total;
    }

    private static async Task SeedReferenceDataAsync(IServiceProvider scoped, CancellationToken cancellationToken)
    {
        foreach (var seeder in scoped.GetServices<IReferenceDataSeeder>())
        {
            await seeder.SeedAsync(cancellationToken);
        }
    }

    /// <summary>An online SQLite backup into data/backups; null when there is nothing to back up (PostgreSQL or a new file).</summary>
    public string? Backup(string reason, string? target = null)
    {
        var file = settings.SqliteFile;
        if (file is null || !File.Exists(file) || new FileInfo(file).Length == 0)
        {
            return null;
        }

        var stamp = ChinaStamp();
        target ??= Path.Combine(settings.DataDirectory, "backups", $"onewindow-{stamp}-{reason}.db");
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(target))!);
        using var source = new SqliteConnection(settings.ConnectionString);
        using var destination = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = target, Pooling = false }.ToString());
        source.Open();
        destination.Open();
        source.BackupDatabase(destination);
        return target;
    }

    public async Task<ScenarioResult?> LoadScenarioIfEmptyAsync(string scenario, CancellationToken cancellationToken = default)
    {
        if (string.Equals(scenario, "none", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        await using var scope = services.CreateAsyncScope();
        var loader = scope.ServiceProvider.GetRequiredService<ScenarioLoader>();
        if (!await loader.IsDatabaseEmptyAsync(cancellationToken))
        {
            return null;
        }

        return await loader.LoadAsync(scenario, cancellationToken);
    }

    private string ChinaStamp() =>
        OneWindow.SharedKernel.Time.ChinaTime.ToLocal(clock.GetUtcNow()).ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture);
}
