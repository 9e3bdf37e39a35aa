using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using OneWindow.Cases.Data;
using OneWindow.Cases.Domain;
using OneWindow.Hotline.Demo;
using OneWindow.SharedKernel.PersonalData;

namespace OneWindow.Benchmarks;

/// <summary>
/// 办件 list and filter over many stored cases: fills the app's cs_cases table with generated cases (bulk rows in the
/// app's own column encodings, applicants encrypted with the app's key file), then asks the list API a set of
/// typical filters sequentially and reports p50 / p95 / max per filter. The target is p95 &lt; 100 ms at 1,000,000.
/// </summary>
internal static class CaseBench
{
    private static readonly string[] Centers = ["sjs", "sjs", "sjs", "sjs", "sjs-babaoshan", "sjs-laoshan", "sjs-bajiao", "sjs-gucheng", "sjs-pingguoyuan", "sjs-jindingjie", "sjs-guangning", "sjs-wulituo", "sjs-lugu"];

    private static readonly (string Item, string Title, string Department, int Days)[] Items =
    [
        ("MZ-005", "临时救助", "sjs-mzj", 10), ("SCJG-001", "个体工商户设立登记", "sjs-scjgj", 1), ("SCJG-007", "食品经营许可", "sjs-scjgj", 10),
        ("RS-001", "就业登记", "sjs-rsj", 5), ("WJ-003", "医师执业注册", "sjs-wjw", 15), ("GA-004", "出生登记", "sjs-gaj", 5),
        ("ZJ-002", "建设工程规划许可", "sjs-zjw", 15), ("MZ-001", "最低生活保障", "sjs-mzj", 20),
    ];

    /// <summary>Where a case stands while its promised time runs: the mix of the last weeks' cases.</summary>
    private static readonly (CaseStatus Status, int Weight)[] Running =
    [
        (CaseStatus.Accepted, 18), (CaseStatus.HandedOver, 12), (CaseStatus.UnderReview, 20), (CaseStatus.CorrectionRequested, 5),
        (CaseStatus.Approved, 5), (CaseStatus.ResultReady, 8), (CaseStatus.Issued, 10), (CaseStatus.Closed, 12), (CaseStatus.Incomplete, 5),
        (CaseStatus.Submitted, 2), (CaseStatus.NotAccepted, 1), (CaseStatus.Withdrawn, 1), (CaseStatus.Rejected, 1),
    ];

    /// <summary>How a case ends once its promised time has passed.</summary>
    private static readonly (CaseStatus Status, int Weight)[] Ended =
    [
        (CaseStatus.Closed, 88), (CaseStatus.Issued, 4), (CaseStatus.NotAccepted, 3), (CaseStatus.Withdrawn, 2), (CaseStatus.Rejected, 3),
    ];

    /// <summary>Open statuses a case is stuck in when it runs past its deadline.</summary>
    private static readonly CaseStatus[] Late = [CaseStatus.Accepted, CaseStatus.HandedOver, CaseStatus.UnderReview, CaseStatus.UnderReview];

    /// <summary>The share of cases still open after their promised date (the rest ended in time).</summary>
    private const double LateShare = 0.015;

    // cases-list --url U --provider sqlite|postgres --connection CS --keys DATA/keys/personal-data.json [--stored 1000000] [--days 365] [--requests 100]
    public static async Task<int> ListAsync(Arguments args)
    {
        var url = new Uri(args.Get("url", "http://127.0.0.1:5081"));
        var provider = args.Get("provider", "sqlite");
        var connectionString = args.Get("connection", "");
        var stored = long.Parse(args.Get("stored", "1000000"), CultureInfo.InvariantCulture);
        var days = Math.Clamp(args.Int("days", 365), 1, 2000);
        var requests = Math.Clamp(args.Int("requests", 100), 5, 10_000);
        Console.WriteLine($"cases-list: {url} on {provider}; target {stored:N0} stored cases over {days} days; {requests} requests per filter");

        var options = new DbContextOptionsBuilder<CasesDbContext>();
        DbConnection connection = provider == "postgres" ? new NpgsqlConnection(connectionString) : new SqliteConnection(connectionString);
        if (provider == "postgres")
        {
            options.UseNpgsql(connection);
        }
        else
        {
            options.UseSqlite(connection);
        }

        await connection.OpenAsync();
        await using (var context = new CasesDbContext(options.Options))
        {
            if (provider != "postgres")
            {
                await context.Database.ExecuteSqlRawAsync("PRAGMA synchronous=OFF; PRAGMA busy_timeout=60000;");
            }

            var existing = await context.Cases.LongCountAsync();
            if (existing < stored)
            {
                var clock = Stopwatch.StartNew();
                await FillAsync(context, connection, new PersonalDataProtector(PersonalDataKeys.LoadOrCreate(args.Get("keys", ""))), stored - existing, days);
                await context.Database.ExecuteSqlRawAsync(provider == "postgres" ? "ANALYZE cs_cases" : "ANALYZE; PRAGMA wal_checkpoint(TRUNCATE);");
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  filled {stored - existing:N0} cases in {clock.Elapsed.TotalSeconds:F1} s"));
            }

            Console.WriteLine($"  stored: {await context.Cases.LongCountAsync():N0} cases");
        }

        await connection.DisposeAsync();
        using var http = new HttpClient { BaseAddress = url, Timeout = TimeSpan.FromSeconds(60) };
        using (var token = await http.PostAsJsonAsync("/api/v1/auth/token", new { userName = args.Get("user", "admin"), password = args.Get("password", "Demo@2026!") }))
        {
            token.EnsureSuccessStatusCode();
            http.DefaultRequestHeaders.Authorization = new("Bearer", (await token.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString());
        }

        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
        string[] filters =
        [
            "page=1",
            "status=under-review",
            "status=accepted,handed-over,under-review&centerCode=sjs",
            "itemCode=MZ-005",
            "departmentCode=sjs-mzj&status=under-review",
            $"from={today.AddDays(-7):yyyy-MM-dd}&to={today:yyyy-MM-dd}",
            "overdue=true",
            "warning=red",
            "status=closed&page=200",
        ];
        Console.WriteLine("  filter | total | p50 ms | p95 ms | max ms");
        foreach (var filter in filters)
        {
            var latencies = new List<double>();
            var total = 0;
            for (var i = 0; i < requests + 3; i++)
            {
                var watch = Stopwatch.StartNew();
                using var response = await http.GetAsync("/api/v1/cases?" + filter);
                var body = await response.Content.ReadFromJsonAsync<JsonElement>();
                watch.Stop();
                response.EnsureSuccessStatusCode();
                total = body.GetProperty("total").GetInt32();
                if (i >= 3)
                {
                    latencies.Add(watch.Elapsed.TotalMilliseconds);
                }
            }

            latencies.Sort();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {filter} | {total:N0} | {Stats.Percentile(latencies, 50):F1} | {Stats.Percentile(latencies, 95):F1} | {latencies[^1]:F1}"));
        }

        return 0;
    }

    private static async Task FillAsync(CasesDbContext context, DbConnection connection, PersonalDataProtector protector, long count, int days)
    {
        var random = new Random(2026);
        string[] names = ["王秀英", "李建国", "张丽", "刘洋", "陈静", "杨帆", "赵敏", "黄磊", "周婷", "吴昊"];
        var encryptedNames = names.Select(n => protector.Encrypt(n)!).ToArray();
        var phones = Enumerable.Range(0, 50).Select(i => protector.Encrypt("139" + (20260000 + i).ToString(CultureInfo.InvariantCulture))!).ToArray();
        var now = DateTimeOffset.UtcNow;
        await using var rows = new BulkRows(context);
        var perDay = (count + days - 1) / days;
        long written = 0;
        var batch = new List<Case>(10_000);
        for (var d = days; d >= 1 && written < count; d--)
        {
            var day = now.AddDays(-d);
            var date = DateOnly.FromDateTime(day.AddHours(8).DateTime);
            var inDay = (int)Math.Min(perDay, count - written);
            for (var n = 0; n < inDay; n++)
            {
                var item = Items[random.Next(Items.Length)];
                // Calendar days from acceptance to the promised date: working days plus the weekends between them.
                var span = item.Days + (item.Days / 5 * 2);
                var status = d <= span ? Pick(random, Running)
                    : random.NextDouble() < LateShare ? Late[random.Next(Late.Length)]
                    : Pick(random, Ended);
                var created = day.AddSeconds(random.Next(8 * 3600));
                var accepted = status is CaseStatus.Incomplete or CaseStatus.Submitted or CaseStatus.NotAccepted or CaseStatus.Withdrawn ? (DateOnly?)null : date;
                var deadline = accepted?.AddDays(item.Days + (item.Days / 5 * 2));
                batch.Add(new Case
                {
                    Number = $"B{date:yyyyMMdd}{n:000000}{d % 10}",
                    CenterCode = Centers[random.Next(Centers.Length)],
                    ItemCode = item.Item,
                    Title = item.Title,
                    DepartmentCode = item.Department,
                    PromisedDays = item.Days,
                    Channel = CaseChannel.Window,
                    Status = status,
                    ApplicantKind = ApplicantKind.Person,
                    ApplicantNameEncrypted = encryptedNames[random.Next(encryptedNames.Length)],
                    ApplicantPhoneEncrypted = phones[random.Next(phones.Length)],
                    CreatedAt = created,
                    CreatedBy = "bench",
                    AcceptedOn = accepted,
                    Deadline = deadline,
                    Warning = deadline is { } due && status is CaseStatus.Accepted or CaseStatus.HandedOver or CaseStatus.UnderReview
                        ? (due < DateOnly.FromDateTime(now.AddHours(8).DateTime) ? DeadlineWarning.Red : DeadlineWarning.None)
                        : DeadlineWarning.None,
                    IssuedAt = status is CaseStatus.Issued or CaseStatus.Closed ? created.AddDays(item.Days + 2) : null,
                    ClosedAt = status == CaseStatus.Closed ? created.AddDays(item.Days + 3) : null,
                });
                if (batch.Count == batch.Capacity)
                {
                    await WriteAsync(connection, rows, batch);
                }
            }

            written += inDay;
        }

        await WriteAsync(connection, rows, batch);
    }

    private static CaseStatus Pick(Random random, (CaseStatus Status, int Weight)[] mix)
    {
        var pick = random.Next(mix.Sum(m => m.Weight));
        return mix.First(m => (pick -= m.Weight) < 0).Status;
    }

    private static async Task WriteAsync(DbConnection connection, BulkRows rows, List<Case> batch)
    {
        if (batch.Count == 0)
        {
            return;
        }

        await using var transaction = await connection.BeginTransactionAsync();
        await rows.InsertAsync(connection, transaction, batch, default);
        await transaction.CommitAsync();
        batch.Clear();
    }
}
