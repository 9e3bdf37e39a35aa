using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using System.Threading.Channels;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using OneWindow.Calendar.Contracts;
using OneWindow.Calendar.Data;
using OneWindow.Calendar.Features.AddYear;
using OneWindow.Hotline.Data;
using OneWindow.Hotline.Demo;
using OneWindow.Hotline.Domain;
using OneWindow.Organization.Contracts;
using OneWindow.SharedKernel.PersonalData;

namespace OneWindow.Benchmarks;

/// <summary>
/// Puts generated work orders straight into an app's database, the fastest way each database offers: SQLite multi-row
/// INSERTs (the module's BulkRows, a few rows a statement, one transaction per day of orders), PostgreSQL binary COPY. Column names and value
/// encodings come from the hotline's own EF Core model on that provider, so the rows are exactly what the app writes;
/// callers are encrypted with the app's key file. Each day's number counter is raised to its last number.
/// </summary>
internal sealed class HotlineStore : IAsyncDisposable
{
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);
    private readonly string _provider;
    private readonly DbConnection _connection;
    private readonly HotlineDbContext _context;
    private readonly BulkRows _rows;

    private HotlineStore(string provider, DbConnection connection, HotlineDbContext context, int rowsPerStatement)
    {
        _provider = provider;
        _connection = connection;
        _context = context;
        _rows = rowsPerStatement > 0 ? new BulkRows(context) { RowsPerStatement = rowsPerStatement } : new BulkRows(context);
    }

    public HotlineDbContext Context => _context;

    public static async Task<HotlineStore> OpenAsync(string provider, string connectionString, int rowsPerStatement = 0)
    {
        var options = new DbContextOptionsBuilder<HotlineDbContext>();
        DbConnection connection;
        if (provider == "postgres")
        {
            options.UseNpgsql(connectionString);
            connection = new NpgsqlConnection(connectionString);
        }
        else
        {
            options.UseSqlite(connectionString);
            connection = new SqliteConnection(connectionString);
        }

        await connection.OpenAsync();
        var store = new HotlineStore(provider, connection, new HotlineDbContext(options.Options), rowsPerStatement);
        if (provider != "postgres")
        {
            // Loading only: a large page cache and no fsync per transaction while bulk rows go in (the app's own
            // connections keep their settings).
            await store.ExecAsync("PRAGMA cache_size=-262144");
            await store.ExecAsync("PRAGMA synchronous=OFF");
            await store.ExecAsync("PRAGMA busy_timeout=60000");
        }

        return store;
    }

    public async Task<long> CountOrdersAsync() => Convert.ToInt64(await ScalarAsync("SELECT COUNT(*) FROM hl_orders"), CultureInfo.InvariantCulture);

    public async Task<Dictionary<DateOnly, int>> CountersAsync() =>
        (await _context.Counters.AsNoTracking().ToListAsync()).ToDictionary(c => c.Day, c => c.Last);

    /// <summary>The generator on the app's categories, units and centers (read through the API), the shipped holiday calendar and the app's keys.</summary>
    public async Task<OrderGenerator> GeneratorAsync(HttpClient api, string keyFile, int seed)
    {
        var categories = await _context.Categories.AsNoTracking().ToListAsync();
        var limits = await _context.Limits.AsNoTracking().ToListAsync();
        var units = (await api.GetFromJsonAsync<List<UnitSummary>>("/api/v1/org/units?kind=handling", Web))!;
        var tree = (await api.GetFromJsonAsync<List<CenterNode>>("/api/v1/org/centers", Web))!;
        var centers = new List<CenterName>();
        void Flatten(CenterNode node)
        {
            centers.Add(new CenterName(node.Code, node.Name));
            foreach (var child in node.Children ?? [])
            {
                Flatten(child);
            }
        }

        tree.ForEach(Flatten);
        var years = OfficialHolidays.Shipped().Select(r => AddYear.Validate(r).Value!).ToList();
        var calendar = new WorkCalendar(years.Select(y => y.Year), years.SelectMany(y => y.Dates).Select(d => new DayException(d.Date, d.IsWorkday, d.Holiday)));
        var office = new BusinessHours(calendar, [new WeeklyHours(DateOnly.MinValue,
        [
            new ServicePeriod(PeriodDays.Workday, new TimeOnly(9, 0), new TimeOnly(12, 0), false, "办公"),
            new ServicePeriod(PeriodDays.Workday, new TimeOnly(13, 30), new TimeOnly(17, 30), false, "办公"),
        ])]);
        var protector = new PersonalDataProtector(PersonalDataKeys.LoadOrCreate(keyFile));
        var setup = new GeneratorSetup(new CategoryTree.Snapshot(categories, limits), units, centers, new Deadlines(_ => calendar, _ => office), protector.Encrypt, protector.BlindIndex);
        return new OrderGenerator(setup, seed);
    }

    /// <summary>
    /// Generates <paramref name="total"/> orders spread evenly over the <paramref name="days"/> days before today and
    /// writes them; generation runs on the other cores while the database takes the previous day.
    /// </summary>
    public async Task<(long Orders, long Events, double Seconds)> FillAsync(OrderGenerator generator, long total, int days, DateTimeOffset now)
    {
        var today = DateOnly.FromDateTime(BusinessHours.Local(now));
        var counters = await CountersAsync();
        var perDay = (int)Math.Min(OrderGenerator.CallersPerDay * 99L, (total + days - 1) / days);
        var plan = Enumerable.Range(1, days).Select(d => today.AddDays(-d)).OrderBy(d => d)
            .Select((d, i) => (Day: d, Count: (int)Math.Max(0, Math.Min(perDay, total - ((long)i * perDay)))))
            .Where(p => p.Count > 0)
            .ToList();
        var channel = Channel.CreateBounded<GeneratedDay>(4);
        var producers = Math.Max(1, Environment.ProcessorCount - 1);
        var next = -1;
        var produce = Task.WhenAll(Enumerable.Range(0, producers).Select(_ => Task.Run(async () =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < plan.Count)
            {
                var (day, count) = plan[i];
                await channel.Writer.WriteAsync(generator.Day(day, count, counters.GetValueOrDefault(day) + 1, now));
            }
        }))).ContinueWith(t => channel.Writer.Complete(t.Exception), TaskScheduler.Default);

        long orders = 0, events = 0;
        var clock = Stopwatch.StartNew();
        var report = Stopwatch.StartNew();
        await foreach (var day in channel.Reader.ReadAllAsync())
        {
            await WriteDayAsync(day);
            orders += day.Orders.Count;
            events += day.Events.Count;
            if (report.Elapsed > TimeSpan.FromSeconds(10))
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    {orders:N0} orders, {events:N0} events written in {clock.Elapsed.TotalSeconds:F0} s"));
                report.Restart();
            }
        }

        await produce;
        return (orders, events, clock.Elapsed.TotalSeconds);
    }

    /// <summary>What a database does after a bulk load on its own sooner or later: PostgreSQL's autovacuum analyzes, SQLite's WAL is checkpointed.</summary>
    public async Task SettleAsync()
    {
        if (_provider == "postgres")
        {
            await ExecAsync("ANALYZE hl_orders");
            await ExecAsync("ANALYZE hl_events");
            await ExecAsync("ANALYZE hl_counters");
        }
        else
        {
            await ExecAsync("PRAGMA wal_checkpoint(TRUNCATE)");
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _rows.DisposeAsync();
        await _context.DisposeAsync();
        await _connection.DisposeAsync();
    }

    private async Task WriteDayAsync(GeneratedDay day)
    {
        await using var transaction = await _connection.BeginTransactionAsync();
        await WriteAsync(day.Orders, transaction);
        await WriteAsync(day.Events, transaction);
        await WriteAsync(day.Verifications, transaction);
        await using (var command = _connection.CreateCommand())
        {
            command.Transaction = transaction;
            command.CommandText = "INSERT INTO hl_counters (\"Day\", \"Last\") VALUES (@day, @last) ON CONFLICT (\"Day\") DO UPDATE SET \"Last\" = CASE WHEN excluded.\"Last\" > hl_counters.\"Last\" THEN excluded.\"Last\" ELSE hl_counters.\"Last\" END";
            var counter = _rows.TableOf(typeof(OrderCounter));
            command.Parameters.Add(counter.Columns.Single(c => c.Name == "Day").Mapping.CreateParameter(command, "day", day.Day));
            command.Parameters.Add(counter.Columns.Single(c => c.Name == "Last").Mapping.CreateParameter(command, "last", day.LastNumber));
            await command.ExecuteNonQueryAsync();
        }

        await transaction.CommitAsync();
    }

    private async Task WriteAsync<T>(List<T> rows, DbTransaction transaction)
        where T : class
    {
        if (_connection is not NpgsqlConnection npgsql)
        {
            await _rows.InsertAsync(_connection, transaction, rows, CancellationToken.None);
            return;
        }

        if (rows.Count == 0)
        {
            return;
        }

        var table = _rows.TableOf(typeof(T));
        var types = table.Columns.Select(c => c.Mapping.StoreType.Split('(')[0].Trim()).ToArray();
        await using var import = await npgsql.BeginBinaryImportAsync($"COPY {table.Name} ({table.ColumnList}) FROM STDIN (FORMAT BINARY)");
        foreach (var row in rows)
        {
            await import.StartRowAsync();
            for (var c = 0; c < table.Columns.Count; c++)
            {
                var value = table.Columns[c].ProviderValue(row);
                if (value is null)
                {
                    await import.WriteNullAsync();
                }
                else
                {
                    await import.WriteAsync(value, types[c]);
                }
            }
        }

        await import.CompleteAsync();
    }

    private async Task ExecAsync(string sql)
    {
        await using var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.CommandTimeout = 600;
        await command.ExecuteNonQueryAsync();
    }

    private async Task<object?> ScalarAsync(string sql)
    {
        await using var command = _connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync();
    }

}
