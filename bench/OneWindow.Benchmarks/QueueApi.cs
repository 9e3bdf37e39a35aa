using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace OneWindow.Benchmarks;

/// <summary>
/// The queue benchmarks' view of one app node: signs in as the demo admin, builds throwaway halls through the public
/// API (categories, windows, open), issues tickets, calls and completes. Every hall code starts with "qb" and a run id.
/// </summary>
internal sealed class QueueApi : IDisposable
{
    private readonly HttpClient _http;

    private QueueApi(HttpClient http, Uri url)
    {
        _http = http;
        Url = url;
    }

    public Uri Url { get; }

    /// <summary>Non-success answers and transport failures, by status and problem code (e.g. "409 queue.busy").</summary>
    public ConcurrentDictionary<string, int> Failures { get; } = new(StringComparer.Ordinal);

    public static async Task<QueueApi> SignInAsync(Uri url, string password)
    {
        var handler = new SocketsHttpHandler { MaxConnectionsPerServer = 1024, PooledConnectionIdleTimeout = TimeSpan.FromMinutes(5) };
        var http = new HttpClient(handler) { BaseAddress = url, Timeout = TimeSpan.FromSeconds(60) };
        using var token = await http.PostAsJsonAsync("/api/v1/auth/token", new { userName = "admin", password });
        token.EnsureSuccessStatusCode();
        var access = (await token.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", access);
        return new QueueApi(http, url);
    }

    public static string NewRunId() => "qb" + Guid.NewGuid().ToString("N")[..6];

    /// <summary>A hall with <paramref name="categories"/> categories (prefixes A, B, ...) and windows "1".."N", all open.</summary>
    public async Task<HallPlan> CreateHallAsync(string code, int categories, int windows, int servedPerWindow)
    {
        await CreateAsync("/api/v1/halls", new { code, name = $"压测大厅{code}", centerCode = "sjs" });
        var categoryCodes = Enumerable.Range(0, categories).Select(i => $"c{i}").ToList();
        for (var i = 0; i < categories; i++)
        {
            await CreateAsync($"/api/v1/halls/{code}/categories", new { code = categoryCodes[i], name = $"业务{i}", ticketPrefix = Prefix(i) });
        }

        var served = Enumerable.Range(1, windows)
            .Select(w => (IReadOnlyList<string>)Enumerable.Range(0, Math.Min(servedPerWindow, categories)).Select(k => categoryCodes[(w - 1 + k) % categories]).ToList())
            .ToList();
        await Parallel.ForEachAsync(Enumerable.Range(1, windows), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (w, ct) =>
        {
            await CreateAsync($"/api/v1/halls/{code}/windows", new { code = w.ToString(), name = $"{w}号窗口", kind = "comprehensive", categories = served[w - 1] });
            using var open = await _http.PostAsync(new Uri($"/api/v1/halls/{code}/windows/{w}/open", UriKind.Relative), null, ct);
            await EnsureAsync(open, "open window");
        });
        return new HallPlan(code, categoryCodes, Enumerable.Range(1, windows).Select(w => w.ToString()).ToList(), served.Select(s => s[0]).ToList());
    }

    /// <summary>Issues <paramref name="count"/> tickets, 32 at a time, each category in proportion to the windows that serve it first.</summary>
    public async Task<int> IssueBacklogAsync(HallPlan hall, int count)
    {
        var issued = 0;
        await Parallel.ForEachAsync(Enumerable.Range(0, count), new ParallelOptions { MaxDegreeOfParallelism = 32 }, async (i, ct) =>
        {
            using var response = await IssueAsync(hall.Code, hall.FirstCategoryOfWindow[i % hall.Windows.Count], $"{hall.Code}-b{i}", ct);
            if (response.StatusCode == HttpStatusCode.Created)
            {
                Interlocked.Increment(ref issued);
            }
            else
            {
                await CountFailureAsync(response);
            }
        });
        return issued;
    }

    public Task<HttpResponseMessage> IssueAsync(string hall, string category, string idempotencyKey, CancellationToken ct)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, new Uri($"/api/v1/halls/{hall}/tickets", UriKind.Relative))
        {
            Content = JsonContent.Create(new { category, priority = "normal" }),
        };
        request.Headers.Add("Idempotency-Key", idempotencyKey);
        return SendAndDisposeRequestAsync(request, ct);
    }

    public Task<HttpResponseMessage> CallNextAsync(string hall, string window, CancellationToken ct) =>
        _http.PostAsync(new Uri($"/api/v1/halls/{hall}/windows/{window}/call-next", UriKind.Relative), null, ct);

    public Task<HttpResponseMessage> CompleteAsync(string ticketId, CancellationToken ct) =>
        _http.PostAsync(new Uri($"/api/v1/tickets/{ticketId}/complete", UriKind.Relative), null, ct);

    /// <summary>Records a failed answer as "status code" (the problem's code when it has one).</summary>
    public async Task CountFailureAsync(HttpResponseMessage response)
    {
        var code = "";
        try
        {
            var body = await response.Content.ReadAsStringAsync();
            if (body.StartsWith('{'))
            {
                using var json = JsonDocument.Parse(body);
                code = json.RootElement.TryGetProperty("code", out var c) ? " " + c.GetString() : "";
            }
        }
        catch (JsonException)
        {
        }

        Failures.AddOrUpdate($"{(int)response.StatusCode}{code}", 1, (_, n) => n + 1);
    }

    public void CountFailure(Exception e) => Failures.AddOrUpdate(e.GetType().Name, 1, (_, n) => n + 1);

    public string DescribeFailures() =>
        Failures.IsEmpty ? "none" : string.Join(", ", Failures.OrderByDescending(f => f.Value).Select(f => $"{f.Key} x{f.Value}"));

    public void Dispose() => _http.Dispose();

    private static string Prefix(int i) => i < 26 ? ((char)('A' + i)).ToString() : $"{(char)('A' + (i / 26) - 1)}{(char)('A' + (i % 26))}";

    private async Task<HttpResponseMessage> SendAndDisposeRequestAsync(HttpRequestMessage request, CancellationToken ct)
    {
        using (request)
        {
            return await _http.SendAsync(request, ct);
        }
    }

    private async Task CreateAsync(string path, object body)
    {
        using var response = await _http.PostAsJsonAsync(path, body);
        await EnsureAsync(response, path);
    }

    private static async Task EnsureAsync(HttpResponseMessage response, string what)
    {
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"{what}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }
    }
}

internal sealed record HallPlan(string Code, IReadOnlyList<string> Categories, IReadOnlyList<string> Windows, IReadOnlyList<string> FirstCategoryOfWindow);
