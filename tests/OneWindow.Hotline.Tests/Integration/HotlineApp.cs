using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OneWindow.Hotline.Data;
using OneWindow.Hotline.Domain;
using OneWindow.Testing;

namespace OneWindow.Hotline.Tests.Integration;

/// <summary>
/// The Shijingshan demo as a class fixture, with one signed-in client per demo user (signing in hashes a password,
/// which every test would otherwise pay for again).
/// </summary>
public class HotlineApp : AppFactory
{
    private readonly ConcurrentDictionary<string, Lazy<Task<HttpClient>>> _clients = new(StringComparer.Ordinal);

    public HotlineApp()
    {
    }

    protected HotlineApp(IDictionary<string, string?> settings)
        : base(settings: settings)
    {
    }

    /// <summary>hotline.sun: takes calls, dispatches, calls back.</summary>
    public Task<HttpClient> AgentAsync() => AsAsync("hotline.sun");

    /// <summary>zjw.chen: officer of the district bodies (scope sjs), e.g. 区住建委.</summary>
    public Task<HttpClient> UnitAsync() => AsAsync("zjw.chen");

    /// <summary>pm.zhang: project manager, decides returns and extensions, supervises, keeps the ledger.</summary>
    public Task<HttpClient> SupervisorAsync() => AsAsync("pm.zhang");

    public Task<HttpClient> AsAsync(string userName) =>
        _clients.GetOrAdd(userName, u => new Lazy<Task<HttpClient>>(() => ClientForAsync(u))).Value;

    /// <summary>Changes an order directly in the database (what the clock would otherwise take days to do).</summary>
    internal async Task EditAsync(Guid id, Action<WorkOrder> change)
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HotlineDbContext>();
        var order = await db.Orders.SingleAsync(o => o.Id == id);
        change(order);
        await db.SaveChangesAsync();
    }

    internal async Task<T> ReadAsync<T>(Func<HotlineDbContext, Task<T>> read)
    {
        await using var scope = Services.CreateAsyncScope();
        return await read(scope.ServiceProvider.GetRequiredService<HotlineDbContext>());
    }
}

/// <summary>Reading orders back and checking that a refused request left them as they were.</summary>
internal static class OrderProbe
{
    public static async Task<JsonElement> DetailAsync(HttpClient client, Guid id) =>
        await (await client.GetAsync($"/api/v1/work-orders/{id}")).ExpectAsync(HttpStatusCode.OK);

    public static string Status(JsonElement detail) => detail.GetProperty("order").GetProperty("status").GetString()!;

    public static IReadOnlyList<string> Actions(JsonElement detail) =>
        detail.GetProperty("history").EnumerateArray().Select(e => e.GetProperty("action").GetString()!).ToList();

    public static JsonElement Last(JsonElement detail) => detail.GetProperty("history").EnumerateArray().Last();

    public static Guid Id(JsonElement created) => created.GetProperty("id").GetGuid();

    public static DateTimeOffset Instant(JsonElement element, string property) => element.GetProperty(property).GetDateTimeOffset();

    /// <summary>POSTs, expects the problem with its code, and checks the order (state and history) did not change.</summary>
    public static async Task<IReadOnlyList<string>> RefusedAsync(HttpClient client, Guid id, string action, object body, HttpStatusCode status, string code, HttpClient? reader = null)
    {
        reader ??= client;
        var before = await DetailAsync(reader, id);
        var fields = await (await client.PostJsonAsync($"/api/v1/work-orders/{id}/{action}", body)).ExpectProblemAsync(status, code);
        var after = await DetailAsync(reader, id);
        Assert.Equal(before.ToString(), after.ToString());
        return fields;
    }

    /// <summary>Today in China (the service's business day).</summary>
    public static DateOnly ChinaToday() => DateOnly.FromDateTime(DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(8)).DateTime);

    public static string Text(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The N-th working day after a date by the public calendar API (holidays and adjusted working days included).</summary>
    public static async Task<DateOnly> WorkdaysAfterAsync(HttpClient client, DateOnly start, int workdays, string? center = null)
    {
        var url = $"/api/v1/calendar/deadline?start={Text(start)}&workdays={workdays}{(center is null ? string.Empty : "&center=" + center)}";
        var answer = await (await client.GetAsync(url)).ExpectAsync(HttpStatusCode.OK);
        return DateOnly.ParseExact(answer.GetProperty("deadline").GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture);
    }

    /// <summary>The instant in China Standard Time (+08:00).</summary>
    public static DateTimeOffset China(DateTimeOffset instant) => instant.ToOffset(TimeSpan.FromHours(8));
}
