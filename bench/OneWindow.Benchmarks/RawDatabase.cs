using System.Data.Common;
using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace OneWindow.Benchmarks;

/// <summary>
/// The ceiling for any write path: single-row INSERT transactions, one after another, with the same durability
/// settings the app uses (SQLite WAL with the default synchronous level; PostgreSQL as configured by its server).
/// </summary>
internal static class RawDatabase
{
    public static async Task<int> RunAsync(Arguments args)
    {
        var provider = args.Get("provider", "sqlite");
        var seconds = Math.Clamp(args.Int("seconds", 10), 1, 120);
        var measured = await MeasureAsync(provider, args.Get("connection", DefaultConnection(provider)), seconds);
        Console.WriteLine(Stats.Describe($"raw {provider} single-row commits", measured.Latencies, measured.Seconds, 0));
        return 0;
    }

    public static string DefaultConnection(string provider) => provider == "postgres"
        ? "Host=127.0.0.1;Port=55432;Username=postgres"
        : $"Data Source={Path.Combine(Path.GetTempPath(), "onewindow-rawdb.db")}";

    /// <summary>Commits one row per transaction for the given time; returns every commit's latency and the elapsed seconds.</summary>
    public static async Task<(List<double> Latencies, double Seconds)> MeasureAsync(string provider, string connectionString, int seconds)
    {
        DbConnection connection = provider == "postgres" ? new NpgsqlConnection(connectionString) : new SqliteConnection(connectionString);
        await using (connection)
        {
            await connection.OpenAsync();
            await ExecAsync(connection, "DROP TABLE IF EXISTS bench_commits");
            if (provider != "postgres")
            {
                await ExecAsync(connection, "PRAGMA journal_mode=WAL");
            }

            await ExecAsync(connection, "CREATE TABLE bench_commits (id BIGINT PRIMARY KEY, payload VARCHAR(100) NOT NULL)");
            var latencies = new List<double>();
            var clock = Stopwatch.StartNew();
            long id = 0;
            while (clock.Elapsed.TotalSeconds < seconds)
            {
                var started = Stopwatch.GetTimestamp();
                await using var transaction = await connection.BeginTransactionAsync();
                await using var command = connection.CreateCommand();
                command.Transaction = transaction;
                command.CommandText = "INSERT INTO bench_commits (id, payload) VALUES (@id, @payload)";
                var p1 = command.CreateParameter();
                p1.ParameterName = "id";
                p1.Value = ++id;
                var p2 = command.CreateParameter();
                p2.ParameterName = "payload";
                p2.Value = "压测站点";
                command.Parameters.Add(p1);
                command.Parameters.Add(p2);
                await command.ExecuteNonQueryAsync();
                await transaction.CommitAsync();
                latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }

            return (latencies, clock.Elapsed.TotalSeconds);
        }
    }

    private static async Task ExecAsync(DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }
}
