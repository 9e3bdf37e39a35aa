using System.CommandLine;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using System.Text.Json;
using OneWindow.Calendar.Contracts;
using OneWindow.Identity.Contracts;
using OneWindow.SharedKernel.Data;
using OneWindow.SharedKernel.Security;
using OneWindow.Web;
using OneWindow.Web.Hosting;
using OneWindow.Web.Scenarios;

// `onewindow`: the operator's tool. It composes the same modules as the web host, without HTTP.
var dataDir = new Option<string?>("--data-dir") { Description = "Data directory (default: OneWindow__DataDirectory or ./data)", Recursive = true };
var provider = new Option<string?>("--provider") { Description = "Sqlite or Postgres (default: configuration)", Recursive = true };
var connection = new Option<string?>("--connection") { Description = "Connection string (default: ConnectionStrings__OneWindow)", Recursive = true };
var root = new RootCommand("一窗通 OneWindow command-line tool") { dataDir, provider, connection };

IHost BuildHost(ParseResult parsed)
{
    var builder = Host.CreateApplicationBuilder();
    var overrides = new Dictionary<string, string?>();
    if (parsed.GetValue(dataDir) is { } d)
    {
        overrides["OneWindow:DataDirectory"] = d;
    }

    if (parsed.GetValue(provider) is { } p)
    {
        overrides["OneWindow:Database:Provider"] = p;
    }

    if (parsed.GetValue(connection) is { } c)
    {
        overrides["ConnectionStrings:OneWindow"] = c;
    }

    builder.Configuration.AddInMemoryCollection(overrides);
    builder.Logging.SetMinimumLevel(LogLevel.Warning);
    builder.Services.AddHttpContextAccessor();
    builder.Services.AddPlatformCore(builder.Configuration);
    builder.Services.AddModules(builder.Configuration);
    builder.Services.AddScoped<ScenarioLoader>();
    ActorContext.SetSystem("cli:" + Environment.UserName);
    return builder.Build();
}


var migrate = new Command("migrate", "Apply pending migrations of every module (SQLite is backed up first)");
migrate.SetAction(async (parsed, ct) =>
{
    using var host = BuildHost(parsed);
    var applied = await host.Services.GetRequiredService<DatabaseStartup>().MigrateAsync(new SynchronousProgress(Console.WriteLine), ct);
    Console.WriteLine($"Done: {applied} migrations applied.");
    return 0;
});
root.Subcommands.Add(migrate);

var scenarioOption = new Option<string>("--scenario") { Description = "shijingshan | wushen", Required = true };
var seed = new Command("seed", "Load a demo scenario (idempotent: existing codes are updated, never duplicated)") { scenarioOption };
seed.SetAction(async (parsed, ct) =>
{
    using var host = BuildHost(parsed);
    await host.Services.GetRequiredService<DatabaseStartup>().MigrateAsync(new SynchronousProgress(Console.WriteLine), ct);
    await using var scope = host.Services.CreateAsyncScope();
    var result = await scope.ServiceProvider.GetRequiredService<ScenarioLoader>().LoadAsync(parsed.GetValue(scenarioOption)!, ct);
    Console.WriteLine($"Loaded {result.Title}: {result.Centers} centers, {result.Halls} halls, {result.Windows} windows, {result.Users} users.");
    Console.WriteLine("WARNING: demo credentials are active (admin / Demo@2026!).");
    return 0;
});
root.Subcommands.Add(seed);

var userOption = new Option<string>("--user") { Description = "User name", Required = true };
var passwordOption = new Option<string>("--password") { Description = "Password (>= 10 characters, 3 character classes)", Required = true };
var nameOption = new Option<string?>("--name") { Description = "Display name" };
var rolesOption = new Option<string>("--roles") { Description = "Comma-separated roles: " + string.Join(",", Roles.All), Required = true };
var centersOption = new Option<string>("--centers") { Description = "Comma-separated center codes, or *", Required = true };
var users = new Command("users", "Create users, reset passwords, lock and unlock accounts");
var create = new Command("create", "Create a user") { userOption, passwordOption, nameOption, rolesOption, centersOption };
create.SetAction((parsed, ct) => WithUsersAsync(parsed, ct, admin => admin.CreateAsync(
    parsed.GetValue(userOption)!, parsed.GetValue(nameOption) ?? parsed.GetValue(userOption)!, parsed.GetValue(passwordOption)!,
    Split(parsed.GetValue(rolesOption)), Split(parsed.GetValue(centersOption)), ct), "created"));
var reset = new Command("reset-password", "Set a new password") { userOption, passwordOption };
reset.SetAction((parsed, ct) => WithUsersAsync(parsed, ct, admin => admin.ResetPasswordAsync(parsed.GetValue(userOption)!, parsed.GetValue(passwordOption)!, ct), "password reset"));
var lockCommand = new Command("lock", "Lock an account until unlocked") { userOption };
lockCommand.SetAction((parsed, ct) => WithUsersAsync(parsed, ct, admin => admin.SetLockedAsync(parsed.GetValue(userOption)!, true, ct), "locked"));
var unlock = new Command("unlock", "Unlock an account and clear its failed sign-ins") { userOption };
unlock.SetAction((parsed, ct) => WithUsersAsync(parsed, ct, admin => admin.SetLockedAsync(parsed.GetValue(userOption)!, false, ct), "unlocked"));
users.Subcommands.Add(create);
users.Subcommands.Add(reset);
users.Subcommands.Add(lockCommand);
users.Subcommands.Add(unlock);
root.Subcommands.Add(users);

var audit = new Command("audit", "The tamper-evident audit log");
var verify = new Command("verify", "Walk the SM3 hash chain and report the first altered, missing or inserted entry");
verify.SetAction(async (parsed, ct) =>
{
    using var host = BuildHost(parsed);
    var result = await host.Services.GetRequiredService<IAuditVerifier>().VerifyAsync(new SynchronousProgress<long>(n => Console.WriteLine($"  checked {n} entries")), ct);
    Console.WriteLine(result.Intact ? $"OK: the audit chain is intact ({result.Entries} entries)." : $"BROKEN at entry {result.FirstBrokenSequence}: {result.Problem}");
    return result.Intact ? 0 : 3;
});
audit.Subcommands.Add(verify);
root.Subcommands.Add(audit);

var startArgument = new Argument<string>("start") { Description = "Acceptance date YYYY-MM-DD" };
var workdaysArgument = new Argument<string>("workdays") { Description = "Working days, 1-3650" };
var centerOption = new Option<string?>("--center") { Description = "Use this center's closures and extra working days" };
var calendar = new Command("calendar", "Working days and deadlines on the official holiday calendar");
var deadline = new Command("deadline", "The N-th working day strictly after a date; prints what GET /api/v1/calendar/deadline answers")
{
    startArgument, workdaysArgument, centerOption,
};
deadline.SetAction(async (parsed, ct) =>
{
    using var host = BuildHost(parsed);
    await host.Services.GetRequiredService<DatabaseStartup>().MigrateAsync(null, ct);
    await using var scope = host.Services.CreateAsyncScope();
    var (answer, error) = await scope.ServiceProvider.GetRequiredService<IDeadlineQuery>()
        .AskAsync(parsed.GetValue(startArgument), parsed.GetValue(workdaysArgument), parsed.GetValue(centerOption), ct);
    if (answer is null)
    {
        await Console.Error.WriteLineAsync($"Error: {error}");
        return 2;
    }

    Console.WriteLine(JsonSerializer.Serialize(answer, new JsonSerializerOptions(JsonSerializerDefaults.Web)));
    return 0;
});
calendar.Subcommands.Add(deadline);
root.Subcommands.Add(calendar);

var outOption = new Option<string?>("--out") { Description = "Backup file (default: data/backups/onewindow-<time>-manual.db)" };
var backup = new Command("backup", "Online backup of the SQLite database; for PostgreSQL prints the pg_dump command") { outOption };
backup.SetAction(parsed =>
{
    using var host = BuildHost(parsed);
    var settings = host.Services.GetRequiredService<DatabaseSettings>();
    if (settings.Provider == DatabaseProvider.Postgres)
    {
        var cs = new Npgsql.NpgsqlConnectionStringBuilder(settings.ConnectionString);
        Console.WriteLine($"pg_dump --format=custom --host={cs.Host} --port={cs.Port} --username={cs.Username} --file=onewindow-$(date +%Y%m%d-%H%M%S).dump {cs.Database}");
        return 0;
    }

    var file = host.Services.GetRequiredService<DatabaseStartup>().Backup("manual", parsed.GetValue(outOption));
    Console.WriteLine(file is null ? "Nothing to back up: the database file does not exist yet." : $"Backed up to {file}");
    return file is null ? 1 : 0;
});
root.Subcommands.Add(backup);

return await root.Parse(args).InvokeAsync();

async Task<int> WithUsersAsync(ParseResult parsed, CancellationToken ct, Func<IUserAdministration, Task<string?>> action, string done)
{
    using var host = BuildHost(parsed);
    await using var scope = host.Services.CreateAsyncScope();
    var error = await action(scope.ServiceProvider.GetRequiredService<IUserAdministration>());
    Console.WriteLine(error is null ? $"User {parsed.GetValue(userOption)} {done}." : $"Error: {error}");
    return error is null ? 0 : 1;
}

static string[] Split(string? value) => (value ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

/// <summary>Progress that reports on the calling thread, so lines print in order.</summary>
internal sealed class SynchronousProgress<T>(Action<T> report) : IProgress<T>
{
    public void Report(T value) => report(value);
}

internal sealed class SynchronousProgress(Action<string> report) : IProgress<string>
{
    public void Report(string value) => report(value);
}
