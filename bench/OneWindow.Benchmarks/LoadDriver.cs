using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace OneWindow.Benchmarks;

/// <summary>
/// Closed-loop HTTP load from a second process on loopback: N workers each send the next request when the last
/// answered, for a bounded time. A read (window list) and a write (create a center: one insert plus its audit entry).
/// </summary>
internal static class LoadDriver
{
    public static async Task<int> RunAsync(Arguments args)
    {
        var url = new Uri(args.Get("url", "http://127.0.0.1:5081"));
        var seconds = Math.Clamp(args.Int("seconds", 15), 1, 120);
        var concurrency = Math.Clamp(args.Int("concurrency", 16), 1, 256);
        using var http = new HttpClient { BaseAddress = url, Timeout = TimeSpan.FromSeconds(30) };
        var token = await http.PostAsJsonAsync("/api/v1/auth/token", new { userName = "admin", password = args.Get("password", "Demo@2026!") });
        token.EnsureSuccessStatusCode();
        var access = (await token.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", access);

        Console.WriteLine($"load: {url} concurrency {concurrency}, {seconds} s per scenario");
        await RunScenarioAsync("GET /api/v1/halls/sjs-hall/windows", seconds, concurrency, (_, ct) => http.GetAsync("/api/v1/halls/sjs-hall/windows", ct));
        var run = Guid.NewGuid().ToString("N")[..6];
        await RunScenarioAsync("POST /api/v1/org/centers (insert + audit)", seconds, concurrency, (n, ct) =>
            http.PostAsJsonAsync("/api/v1/org/centers", new { code = $"b{run}-{n}", name = $"压测站点{n}", level = "station", parentCode = "sjs" }, ct));
        return 0;
    }

    private static async Task RunScenarioAsync(string name, int seconds, int concurrency, Func<long, CancellationToken, Task<HttpResponseMessage>> send)
    {
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(seconds));
        var latencies = new List<double>[concurrency];
        var errors = 0;
        long sequence = 0;
        var clock = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, concurrency).Select(async w =>
        {
            latencies[w] = [];
            while (!stop.IsCancellationRequested)
            {
                var started = Stopwatch.GetTimestamp();
                try
                {
                    using var response = await send(Interlocked.Increment(ref sequence), CancellationToken.None);
                    if (response.IsSuccessStatusCode)
                    {
                        latencies[w].Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                    }
                    else
                    {
                        Interlocked.Increment(ref errors);
                    }
                }
                catch (HttpRequestException)
                {
                    Interlocked.Increment(ref errors);
                }
            }
        }).ToList();
        await Task.WhenAll(workers);
        Console.WriteLine(Stats.Describe(name, latencies.SelectMany(l => l).ToList(), clock.Elapsed.TotalSeconds, errors));
    }
}
