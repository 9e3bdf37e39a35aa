using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OneWindow.SharedKernel.PersonalData;
using OneWindow.Testing;
using OneWindow.Workforce.Data;

namespace OneWindow.Workforce.Tests.Integration;

/// <summary>
/// The Shijingshan demo as a class fixture, with one signed-in client per demo user, and helpers that give each test
/// its own center, staff and posts so tests sharing the app never see each other's people.
/// </summary>
public class WorkforceApp : AppFactory
{
    private static int _sequence;
    private readonly ConcurrentDictionary<string, Lazy<Task<HttpClient>>> _clients = new(StringComparer.Ordinal);

    public WorkforceApp()
    {
    }

    protected WorkforceApp(IDictionary<string, string?> settings)
        : base(settings: settings)
    {
    }

    public Task<HttpClient> AdminAsync() => AsAsync("admin");

    public Task<HttpClient> AsAsync(string userName) =>
        _clients.GetOrAdd(userName, u => new Lazy<Task<HttpClient>>(() => ClientForAsync(u))).Value;

    internal async Task<T> ReadAsync<T>(Func<WorkforceDbContext, Task<T>> read)
    {
        await using var scope = Services.CreateAsyncScope();
        return await read(scope.ServiceProvider.GetRequiredService<WorkforceDbContext>());
    }

    internal async Task<T> WithAsync<TService, T>(Func<TService, Task<T>> use)
        where TService : notnull
    {
        await using var scope = Services.CreateAsyncScope();
        return await use(scope.ServiceProvider.GetRequiredService<TService>());
    }

    public static int Next() => Interlocked.Increment(ref _sequence);
}

/// <summary>Dates, people and posts for the tests.</summary>
internal static class Staffing
{
    public static DateOnly Today => DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().ToOffset(TimeSpan.FromHours(8)).DateTime);

    public static string Text(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Month(DateOnly date) => date.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    /// <summary>A valid ID number (GB 11643 check character) that no other test uses.</summary>
    public static string IdNumber()
    {
        var n = WorkforceApp.Next() + Random.Shared.Next(0, 400) * 1000;
        var birth = new DateOnly(1980, 1, 1).AddDays(n % 7000);
        var first17 = "110107" + birth.ToString("yyyyMMdd", CultureInfo.InvariantCulture) + (n % 1000).ToString("000", CultureInfo.InvariantCulture);
        return first17 + ResidentIdNumber.CheckCharacterFor(first17);
    }

    public static string Phone() => "137" + (Random.Shared.Next(0, 10000) * 10000 + WorkforceApp.Next() % 10000).ToString("00000000", CultureInfo.InvariantCulture);

    public static string Code(string prefix) => prefix + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();

    /// <summary>A center of its own (a root), so nothing else rosters or counts its posts.</summary>
    public static async Task<string> CenterAsync(HttpClient admin)
    {
        var code = "wf" + Guid.NewGuid().ToString("N")[..10];
        await (await admin.PostJsonAsync("/api/v1/org/centers", new { code, name = "测试中心 " + code, level = "district" })).ExpectAsync(HttpStatusCode.Created);
        return code;
    }

    public static async Task<JsonElement> StaffAsync(HttpClient admin, string center, string name = "测试员", string[]? skills = null, string? userName = null, string hiredOn = "2024-01-02", string? leftOn = null)
    {
        var body = new
        {
            code = Code("T"),
            name,
            centerCode = center,
            idNumber = IdNumber(),
            phone = Phone(),
            hiredOn,
            leftOn,
            skills = skills ?? ["综合受理"],
            certificates = new[] { "政务服务综合窗口人员能力证书" },
            confidentialitySignedOn = hiredOn,
            uniformSize = "M",
            userName,
        };
        return await (await admin.PostJsonAsync("/api/v1/workforce/staff", body)).ExpectAsync(HttpStatusCode.Created);
    }

    public static async Task<string> StaffCodeAsync(HttpClient admin, string center, string name = "测试员", string[]? skills = null) =>
        (await StaffAsync(admin, center, name, skills)).GetProperty("code").GetString()!;

    /// <summary>A post with its A and B holders.</summary>
    public static async Task<string> PostAsync(HttpClient admin, string center, string[] a, string[] b, int headcount = 1, string type = "综合窗口", string[]? skills = null)
    {
        var code = Code("P-");
        await (await admin.PostJsonAsync("/api/v1/workforce/posts", new { code, name = "测试岗 " + code, type, centerCode = center, headcount, skills = skills ?? ["综合受理"] })).ExpectAsync(HttpStatusCode.Created);
        await (await admin.PutAsync($"/api/v1/workforce/posts/{code}/holders", JsonContent(new { a, b }))).ExpectAsync(HttpStatusCode.OK);
        return code;
    }

    public static HttpContent JsonContent(object body) => System.Net.Http.Json.JsonContent.Create(body);

    /// <summary>The first working day on or after <paramref name="from"/> by the center's calendar.</summary>
    public static async Task<DateOnly> WorkdayAsync(HttpClient client, DateOnly from, string center = "sjs")
    {
        for (var date = from; ; date = date.AddDays(1))
        {
            var day = await (await client.GetAsync($"/api/v1/calendar/days/{Text(date)}?center={center}")).ExpectAsync(HttpStatusCode.OK);
            if (day.GetProperty("isWorkday").GetBoolean())
            {
                return date;
            }
        }
    }

    public static async Task<JsonElement> LeaveAsync(HttpClient client, string staffCode, DateOnly from, DateOnly to, string type = "personal", bool approve = true)
    {
        var leave = await (await client.PostJsonAsync("/api/v1/workforce/leave", new { staffCode, type, from = Text(from), to = Text(to), reason = "家中有事" })).ExpectAsync(HttpStatusCode.Created);
        if (approve)
        {
            leave = await (await client.PostJsonAsync($"/api/v1/workforce/leave/{leave.GetProperty("id").GetGuid()}/approve", new { note = "同意" })).ExpectAsync(HttpStatusCode.OK);
        }

        return leave;
    }

    /// <summary>The ledger cell of a post on a date.</summary>
    public static async Task<JsonElement> CellAsync(HttpClient client, string center, string post, DateOnly date)
    {
        var ledger = await (await client.GetAsync($"/api/v1/workforce/vacancies?month={Month(date)}&center={center}")).ExpectAsync(HttpStatusCode.OK);
        var row = ledger.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("postCode").GetString() == post);
        return row.GetProperty("cells").EnumerateArray().Single(c => c.GetProperty("date").GetString() == Text(date));
    }
}
