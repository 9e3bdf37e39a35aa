using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.EntityFrameworkCore.Infrastructure;
using OneWindow.SharedKernel.Auditing;

namespace OneWindow.SharedKernel.Data;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}

/// <summary>Where the data lives: SQLite in the data directory (default) or PostgreSQL.</summary>
public sealed class DatabaseSettings
{
    public const string SqliteMigrationsAssembly = "OneWindow.Migrations.Sqlite";
    public const string PostgresMigrationsAssembly = "OneWindow.Migrations.Postgres";

    public required DatabaseProvider Provider { get; init; }

    public required string ConnectionString { get; init; }

    public required string DataDirectory { get; init; }

    public string? SqliteFile => Provider == DatabaseProvider.Sqlite ? new SqliteConnectionStringBuilder(ConnectionString).DataSource : null;

    public static DatabaseSettings FromConfiguration(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var dataDirectory = Path.GetFullPath(configuration["OneWindow:DataDirectory"] ?? "data");
        var providerText = configuration["OneWindow:Database:Provider"] ?? nameof(DatabaseProvider.Sqlite);
        if (!Enum.TryParse<DatabaseProvider>(providerText, ignoreCase: true, out var provider))
        {
            throw new InvalidOperationException($"OneWindow:Database:Provider must be Sqlite or Postgres, not '{providerText}'.");
        }

        var connectionString = configuration.GetConnectionString("OneWindow");
        if (provider == DatabaseProvider.Postgres && string.IsNullOrWhiteSpace(connectionString))
        {
            throw new InvalidOperationException("ConnectionStrings:OneWindow is required when OneWindow:Database:Provider is Postgres.");
        }

        if (string.IsNullOrWhiteSpace(connectionString))
        {
            connectionString = new SqliteConnectionStringBuilder
            {
                DataSource = Path.Combine(dataDirectory, "onewindow.db"),
                DefaultTimeout = 30,
                Pooling = true,
            }.ToString();
        }

        return new DatabaseSettings { Provider = provider, ConnectionString = connectionString, DataDirectory = dataDirectory };
    }

    /// <summary>
    /// The same database through a connection pool of its own (PostgreSQL; SQLite has no server pool). A writer that
    /// runs while its caller still holds a connection (the audit log, written when a request's transaction commits)
    /// must not wait for the caller's pool: a hundred callers holding all of it would wait for each other forever.
    /// </summary>
    public DatabaseSettings WithOwnPool(string name)
    {
        if (Provider != DatabaseProvider.Postgres)
        {
            return this;
        }

        var builder = new Npgsql.NpgsqlConnectionStringBuilder(ConnectionString) { ApplicationName = "onewindow-" + name };
        return new DatabaseSettings { Provider = Provider, ConnectionString = builder.ToString(), DataDirectory = DataDirectory };
    }

    public void Configure(DbContextOptionsBuilder options, string module)
    {
        ArgumentNullException.ThrowIfNull(options);
        var history = $"__migrations_{module}";
        if (Provider == DatabaseProvider.Postgres)
        {
            options.UseNpgsql(ConnectionString, x => x.MigrationsAssembly(PostgresMigrationsAssembly).MigrationsHistoryTable(history));
        }
        else
        {
            options.UseSqlite(ConnectionString, x => x.MigrationsAssembly(SqliteMigrationsAssembly).MigrationsHistoryTable(history));
        }
    }
}

/// <summary>A module's DbContext, listed so migrate/backup/health can walk all of them.</summary>
public sealed record ModuleDatabase(string Module, Type ContextType);

public static class ModuleDatabaseExtensions
{
    /// <summary>Registers a module's context on the configured provider, with its own migrations history table and auditing.</summary>
    public static IServiceCollection AddModuleDbContext<TContext>(this IServiceCollection services, string module)
        where TContext : DbContext
    {
        services.AddSingleton(new ModuleDatabase(module, typeof(TContext)));
        services.AddDbContext<TContext>((sp, options) =>
        {
            sp.GetRequiredService<DatabaseSettings>().Configure(options, module);
            options.AddInterceptors(sp.GetRequiredService<AuditingInterceptor>());
        });
        return services;
    }

    /// <summary>
    /// SQLite cannot order or compare DateTimeOffset; store instants there as UTC ticks (an integer), so that two
    /// instants compare by when they happened whatever offset they were written with (a +08:00 deadline and a UTC
    /// "now" included). They read back as UTC.
    /// </summary>
    public static void UseInstantConventions(this ModelConfigurationBuilder builder, DatabaseFacade database)
    {
        ArgumentNullException.ThrowIfNull(builder);
        if (database.IsSqlite())
        {
            builder.Properties<DateTimeOffset>().HaveConversion<UtcTicksConverter>();
        }
    }

    internal sealed class UtcTicksConverter() : Microsoft.EntityFrameworkCore.Storage.ValueConversion.ValueConverter<DateTimeOffset, long>(
        v => v.UtcTicks,
        v => new DateTimeOffset(v, TimeSpan.Zero));
}

/// <summary>Reference data a module needs in every database (e.g. official holidays), loaded idempotently after migrating.</summary>
public interface IReferenceDataSeeder
{
    Task SeedAsync(CancellationToken cancellationToken = default);
}
