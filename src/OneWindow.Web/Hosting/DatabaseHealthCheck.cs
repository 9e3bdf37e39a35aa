using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;
using OneWindow.SharedKernel.Data;

namespace OneWindow.Web.Hosting;

/// <summary>Ready only when the database answers a query.</summary>
internal sealed class DatabaseHealthCheck(DatabaseSettings settings) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            System.Data.Common.DbConnection connection = settings.Provider == DatabaseProvider.Postgres
                ? new NpgsqlConnection(settings.ConnectionString)
                : new SqliteConnection(settings.ConnectionString + ";Mode=ReadOnly");
            await using (connection)
            {
                await connection.OpenAsync(cancellationToken);
                await using var command = connection.CreateCommand();
                command.CommandText = "SELECT 1";
                await command.ExecuteScalarAsync(cancellationToken);
            }

            return HealthCheckResult.Healthy($"{settings.Provider} answers");
        }
        catch (Exception ex) when (ex is NpgsqlException or SqliteException or InvalidOperationException or TimeoutException)
        {
            return HealthCheckResult.Unhealthy($"{settings.Provider} does not answer", ex);
        }
    }
}
