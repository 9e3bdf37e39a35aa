using System.Diagnostics;
using System.Net;
using Microsoft.Data.Sqlite;
using OneWindow.Testing;

namespace OneWindow.Web.Tests.Cli;

/// <summary>Runs the real `onewindow` program against a data directory, as an operator would.</summary>
public sealed class CliTests : IDisposable
{
    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), "onewindow-cli-tests", Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task Seeding_twice_changes_nothing_the_second_time_and_the_audit_chain_stays_intact()
    {
        var first = await RunAsync("seed", "--scenario", "shijingshan");
        Assert.Equal(0, first.ExitCode);
        Assert.Contains("windows", first.Output, StringComparison.Ordinal);
        Assert.Contains("demo credentials", first.Output, StringComparison.OrdinalIgnoreCase);
        var centers = Count("org_centers");
        var windows = Count("org_windows");
        var users = Count("identity_users");

        var second = await RunAsync("seed", "--scenario", "shijingshan");
        Assert.Equal(0, second.ExitCode);
        Assert.Equal((centers, windows, users), (Count("org_centers"), Count("org_windows"), Count("identity_users")));
        Assert.Equal(10, centers);

        var verify = await RunAsync("audit", "verify");
        Assert.Equal(0, verify.ExitCode);
        Assert.Contains("intact", verify.Output, StringComparison.Ordinal);

        var unknown = await RunAsync("seed", "--scenario", "atlantis");
        Assert.NotEqual(0, unknown.ExitCode);
    }

    [Fact]
    public async Task Operators_create_lock_and_unlock_users_and_the_web_app_honours_it()
    {
        Assert.Equal(0, (await RunAsync("migrate")).ExitCode);
        var weak = await RunAsync("users", "create", "--user", "ops", "--password", "short", "--roles", "SystemAdmin", "--centers", "*");
        Assert.NotEqual(0, weak.ExitCode);
        Assert.Equal(0, (await RunAsync("users", "create", "--user", "ops", "--name", "运维", "--password", "Operate#2026", "--roles", "SystemAdmin", "--centers", "*")).ExitCode);
        Assert.Equal(0, (await RunAsync("users", "lock", "--user", "ops")).ExitCode);

        using (var app = new AppFactory(scenario: "none", postgres: false, dataDirectory: _dataDirectory))
        {
            var client = app.CreateClient();
            await (await client.PostJsonAsync("/api/v1/auth/token", new { userName = "ops", password = "Operate#2026" })).ExpectProblemAsync(HttpStatusCode.Unauthorized, "auth.locked_out");
        }

        Assert.Equal(0, (await RunAsync("users", "unlock", "--user", "ops")).ExitCode);
        Assert.Equal(0, (await RunAsync("users", "reset-password", "--user", "ops", "--password", "Renewed#2026")).ExitCode);
        using (var app = new AppFactory(scenario: "none", postgres: false, dataDirectory: _dataDirectory))
        {
            var client = app.CreateClient();
            await (await client.PostJsonAsync("/api/v1/auth/token", new { userName = "ops", password = "Renewed#2026" })).ExpectAsync(HttpStatusCode.OK);
        }
    }

    [Fact]
    public async Task Backup_writes_a_consistent_copy_of_the_sqlite_database()
    {
        Assert.Equal(0, (await RunAsync("seed", "--scenario", "wushen")).ExitCode);
        var target = Path.Combine(_dataDirectory, "manual.db");
        var backup = await RunAsync("backup", "--out", target);
        Assert.Equal(0, backup.ExitCode);
        Assert.Equal(Count("org_centers"), Count("org_centers", target));

        var postgres = await RunAsync("backup", "--provider", "Postgres", "--connection", "Host=db.internal;Port=5432;Database=onewindow;Username=ow");
        Assert.Equal(0, postgres.ExitCode);
        Assert.Contains("pg_dump", postgres.Output, StringComparison.Ordinal);
        Assert.Contains("onewindow", postgres.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_deadline_command_prints_what_the_api_answers()
    {
        var cli = await RunAsync("calendar", "deadline", "2026-09-30", "5");
        Assert.Equal(0, cli.ExitCode);
        using (var app = new AppFactory(scenario: "none", postgres: false, dataDirectory: _dataDirectory))
        {
            var api = await (await app.CreateClient().GetAsync("/api/v1/calendar/deadline?start=2026-09-30&workdays=5")).Content.ReadAsStringAsync();
            Assert.Equal(api, cli.Output.Trim());
        }

        Assert.Contains("\"deadline\":\"2026-10-13\"", cli.Output, StringComparison.Ordinal);
        var bad = await RunAsync("calendar", "deadline", "2026-09-31", "5");
        Assert.NotEqual(0, bad.ExitCode);
        Assert.Contains("start", bad.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Migrating_an_existing_sqlite_database_backs_it_up_first()
    {
        Directory.CreateDirectory(_dataDirectory);
        using (var connection = new SqliteConnection($"Data Source={Path.Combine(_dataDirectory, "onewindow.db")};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "CREATE TABLE legacy_notes (id INTEGER PRIMARY KEY, text TEXT); INSERT INTO legacy_notes (text) VALUES ('旧数据');";
            command.ExecuteNonQuery();
        }

        var migrate = await RunAsync("migrate");
        Assert.Equal(0, migrate.ExitCode);
        Assert.Contains("Backed up", migrate.Output, StringComparison.Ordinal);
        var backup = Assert.Single(Directory.GetFiles(Path.Combine(_dataDirectory, "backups"), "*-pre-migrate.db"));
        Assert.Equal(1, Count("legacy_notes", backup));
        Assert.True(Count("org_centers") == 0);

        var again = await RunAsync("migrate");
        Assert.Contains("up to date", again.Output, StringComparison.Ordinal);
        Assert.Single(Directory.GetFiles(Path.Combine(_dataDirectory, "backups")));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_dataDirectory))
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
    }

    private long Count(string table, string? file = null)
    {
        using var connection = new SqliteConnection($"Data Source={file ?? Path.Combine(_dataDirectory, "onewindow.db")};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT COUNT(*) FROM {table}";
        return (long)command.ExecuteScalar()!;
    }

    private async Task<(int ExitCode, string Output)> RunAsync(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "onewindow.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.ArgumentList.Add("--data-dir");
        start.ArgumentList.Add(_dataDirectory);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(6));
        return (process.ExitCode, await output + await error);
    }
}
