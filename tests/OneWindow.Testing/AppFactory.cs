using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace OneWindow.Testing;

/// <summary>
/// The whole app in-process on a throwaway database: a SQLite file in a temp data directory, or a fresh PostgreSQL
/// database when <see cref="TestEnvironment.UsePostgres"/> (or <c>postgres: true</c>). Loads a demo scenario.
/// </summary>
public class AppFactory : WebApplicationFactory<Program>
{
    public const string DemoPassword = "Demo@2026!";
    private readonly Dictionary<string, string?> _settings;
    private readonly string? _postgresDatabase;
    private readonly bool _kestrel;
    private readonly bool _ownsDatabase;

    public AppFactory(string scenario = "shijingshan", bool? postgres = null, IDictionary<string, string?>? settings = null, bool kestrel = false, string? dataDirectory = null, string? postgresDatabase = null)
    {
        DataDirectory = dataDirectory ?? Path.Combine(Path.GetTempPath(), "onewindow-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(DataDirectory);
        UsesPostgres = postgres ?? TestEnvironment.UsePostgres;
        _kestrel = kestrel;
        _settings = new Dictionary<string, string?>
        {
            ["OneWindow:DataDirectory"] = DataDirectory,
            ["OneWindow:Demo:Scenario"] = scenario,
            ["OneWindow:Database:MigrateOnStart"] = "true",
            ["OneWindow:RateLimits:Enabled"] = "false",
            ["OneWindow:Queue:IgnoreBusinessHours"] = "true",
            ["OneWindow:Demo:QueueHistoryDays"] = "0",
            ["OneWindow:Demo:HotlineHistoryDays"] = "0",
            ["OneWindow:Demo:EvaluationHistoryDays"] = "0",
            ["OneWindow:Demo:CaseHistory"] = "false",
            ["urls"] = "http://127.0.0.1:0",
        };
        if (UsesPostgres)
        {
            _ownsDatabase = postgresDatabase is null;
            _postgresDatabase = postgresDatabase ?? CreatePostgresDatabase();
            _settings["OneWindow:Database:Provider"] = "Postgres";
            _settings["ConnectionStrings:OneWindow"] = PostgresConnection(_postgresDatabase);
        }

        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            _settings[key] = value;
        }

        if (_kestrel)
        {
            UseKestrel(0);
        }
    }

    public string DataDirectory { get; }

    public bool UsesPostgres { get; }

    public string? PostgresDatabase => _postgresDatabase;

    public LogCapture Logs { get; } = new();

    /// <summary>The address of the real Kestrel server (kestrel: true only).</summary>
    public Uri ServerAddress
    {
        get
        {
            StartServer();
            var addresses = Services.GetRequiredService<Microsoft.AspNetCore.Hosting.Server.IServer>()
                .Features.Get<Microsoft.AspNetCore.Hosting.Server.Features.IServerAddressesFeature>()!.Addresses;
            return new Uri(addresses.First());
        }
    }

    public static string PostgresConnection(string database) =>
        new NpgsqlConnectionStringBuilder(TestEnvironment.PostgresServer) { Database = database, Pooling = true }.ToString();

    public static string CreatePostgresDatabase()
    {
        var name = "ow_test_" + Guid.NewGuid().ToString("N")[..16];
        using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(TestEnvironment.PostgresServer) { Database = "postgres", Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"CREATE DATABASE \"{name}\"";
        command.ExecuteNonQuery();
        return name;
    }

    /// <summary>A client signed in with a bearer token of <paramref name="userName"/>.</summary>
    public async Task<HttpClient> ClientForAsync(string userName = "admin", string password = DemoPassword)
    {
        var client = CreateClient();
        var response = await client.PostAsJsonAsync("/api/v1/auth/token", new { userName, password });
        response.EnsureSuccessStatusCode();
        var token = await response.Content.ReadFromJsonAsync<TokenResponse>();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token!.AccessToken);
        return client;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        builder.UseEnvironment("Testing");
        builder.ConfigureLogging(logging => logging.AddProvider(Logs));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && _ownsDatabase && _postgresDatabase is not null)
        {
            DropPostgresDatabase(_postgresDatabase);
        }
    }

    public static void DropPostgresDatabase(string database)
    {
        NpgsqlConnection.ClearAllPools();
        try
        {
            using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(TestEnvironment.PostgresServer) { Database = "postgres", Pooling = false }.ToString());
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = $"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)";
            command.ExecuteNonQuery();
        }
        catch (NpgsqlException)
        {
            // The server may already be stopping at the end of the run; it is thrown away anyway.
        }
    }

    public sealed record TokenResponse(string AccessToken, DateTimeOffset ExpiresAt);
}

/// <summary>The Shijingshan demo on the default test database, as an xunit class fixture.</summary>
public sealed class DemoApp : AppFactory;
