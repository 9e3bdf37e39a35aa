using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using OneWindow.Cases.Contracts;
using OneWindow.Evaluation.Data;
using OneWindow.Testing;

namespace OneWindow.Evaluation.Tests.Integration;

/// <summary>
/// The Shijingshan demo with a stand-in case directory (the cases these tests rate), one signed-in client per user,
/// and helpers that take a queue ticket through a window to "completed".
/// </summary>
public class EvaluationApp : AppFactory
{
    private readonly ConcurrentDictionary<string, Lazy<Task<HttpClient>>> _clients = new(StringComparer.Ordinal);

    public EvaluationApp()
    {
    }

    protected EvaluationApp(IDictionary<string, string?> settings)
        : base(settings: settings)
    {
    }

    public FakeCases Cases { get; } = new();

    public Task<HttpClient> AsAsync(string userName = "admin") =>
        _clients.GetOrAdd(userName, u => new Lazy<Task<HttpClient>>(() => ClientForAsync(u))).Value;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.Replace(ServiceDescriptor.Singleton<ICaseDirectory>(Cases)));
    }

    internal async Task<T> ReadAsync<T>(Func<EvaluationDbContext, Task<T>> read)
    {
        await using var scope = Services.CreateAsyncScope();
        return await read(scope.ServiceProvider.GetRequiredService<EvaluationDbContext>());
    }

    internal async Task EditTaskAsync(Guid id, Action<OneWindow.Evaluation.Domain.RectificationTask> change)
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<EvaluationDbContext>();
        change(await db.Tasks.SingleAsync(t => t.Id == id));
        await db.SaveChangesAsync();
    }

    /// <summary>A fresh hall under <paramref name="center"/> with one open window "01" (category personal, prefix B).</summary>
    public async Task<string> HallAsync(string center = "sjs")
    {
        var admin = await AsAsync();
        var hall = "t" + Guid.NewGuid().ToString("N")[..10];
        await (await admin.PostJsonAsync("/api/v1/halls", new { code = hall, name = "测试大厅 " + hall, centerCode = center })).ExpectAsync(HttpStatusCode.Created);
        await (await admin.PostJsonAsync($"/api/v1/halls/{hall}/categories", new { code = "personal", name = "个人事项", ticketPrefix = "B" })).ExpectAsync(HttpStatusCode.Created);
        await (await admin.PostJsonAsync($"/api/v1/halls/{hall}/windows", new { code = "01", name = "1号综合窗口", kind = "comprehensive", categories = new[] { "personal" } })).ExpectAsync(HttpStatusCode.Created);
        await (await admin.PostAsync($"/api/v1/halls/{hall}/windows/01/open", null)).ExpectAsync(HttpStatusCode.OK);
        return hall;
    }

    /// <summary>Issues a ticket, calls it at window 01 as <paramref name="clerk"/> and, unless told otherwise, completes it (a hall serves one at a time).</summary>
    public async Task<Guid> TicketAsync(string hall, string clerk = "admin", bool complete = true)
    {
        var kiosk = CreateClient();
        var issued = await (await kiosk.PostJsonAsync($"/api/v1/halls/{hall}/tickets", new { category = "personal" })).ExpectAsync(HttpStatusCode.Created);
        var id = issued.GetProperty("id").GetGuid();
        var staff = await AsAsync(clerk);
        await (await staff.PostJsonAsync($"/api/v1/tickets/{id}/call", new { window = "01" })).ExpectAsync(HttpStatusCode.OK);
        if (complete)
        {
            await (await staff.PostAsync($"/api/v1/tickets/{id}/complete", null)).ExpectAsync(HttpStatusCode.OK);
        }

        return id;
    }

    public async Task<JsonElement> RateTicketAsync(Guid ticket, int grade, params string[] tags) =>
        await (await CreateClient().PostJsonAsync("/api/v1/evaluations", new { channel = "onsite", ticketId = ticket, grade, tags, comment = (string?)null })).ExpectAsync(HttpStatusCode.Created);
}

/// <summary>Cases as the Cases module would describe them; phones kept whole here, only ever compared.</summary>
public sealed class FakeCases : ICaseDirectory
{
    private readonly ConcurrentDictionary<string, (CaseSummary Case, string Phone)> _cases = new(StringComparer.Ordinal);

    public CaseSummary Add(string status = "accepted", string department = "sjs-scjgj", string center = "sjs", string phone = "13800001234", string? clerk = "clerk.li")
    {
        var number = "SJ" + Guid.NewGuid().ToString("N")[..12].ToUpperInvariant();
        var summary = new CaseSummary(Guid.NewGuid(), number, status, "ITEM-1", null, "个体工商户登记", department, center, "sjs-hall", "05", clerk, DateTimeOffset.UtcNow, null, null);
        _cases[number] = (summary, phone);
        return summary;
    }

    public Task<CaseSummary?> FindAsync(Guid id, CancellationToken cancellationToken = default) =>
        Task.FromResult(_cases.Values.Select(c => c.Case).FirstOrDefault(c => c.Id == id));

    public Task<CaseSummary?> FindByNumberAsync(string number, CancellationToken cancellationToken = default) =>
        Task.FromResult(_cases.TryGetValue(number, out var c) ? c.Case : null);

    public Task<bool> PhoneEndsWithAsync(string number, string lastFour, CancellationToken cancellationToken = default) =>
        Task.FromResult(_cases.TryGetValue(number, out var c) && c.Phone.EndsWith(lastFour, StringComparison.Ordinal));
}
