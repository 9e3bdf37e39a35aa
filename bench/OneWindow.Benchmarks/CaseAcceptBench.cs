using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace OneWindow.Benchmarks;

/// <summary>
/// The acceptance write path through HTTP: each client registers a case with every material (`POST /api/v1/cases`,
/// with an Idempotency-Key) and accepts it (`POST /api/v1/cases/{id}/accept`, the calendar deadline), as fast as it can.
/// Reports acceptances per second, each step's latency, and the raw database commit rate measured just before.
/// </summary>
internal static class CaseAcceptBench
{
    private static readonly string[] Steps = ["create", "accept"];

    // cases-accept --url U [--user clerk.li] [--password P] [--concurrency 8,32] [--seconds 20] [--warmup 3] [--raw-provider sqlite|postgres --raw-connection CS]
    public static async Task<int> RunAsync(Arguments args)
    {
        var url = new Uri(args.Get("url", "http://127.0.0.1:5081"));
        var seconds = Math.Clamp(args.Int("seconds", 20), 1, 600);
        var warmup = Math.Clamp(args.Int("warmup", 3), 0, 60);
        var provider = args.Get("raw-provider", "sqlite");
        var raw = await RawDatabase.MeasureAsync(provider, args.Get("raw-connection", RawDatabase.DefaultConnection(provider)), Math.Clamp(args.Int("raw-seconds", 10), 1, 120));
        Console.WriteLine("  " + Stats.Describe($"raw {provider} single-row commits", raw.Latencies, raw.Seconds, 0));

        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = 1024 };
        using var http = new HttpClient(handler) { BaseAddress = url, Timeout = TimeSpan.FromSeconds(60) };
        using (var token = await http.PostAsJsonAsync("/api/v1/auth/token", new { userName = args.Get("user", "clerk.li"), password = args.Get("password", "Demo@2026!") }))
        {
            token.EnsureSuccessStatusCode();
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", (await token.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString());
        }

        var run = Random.Shared.Next(100, 999);
        foreach (var concurrency in args.Get("concurrency", "8,32").Split(',').Select(c => int.Parse(c, CultureInfo.InvariantCulture)))
        {
            var rate = await RunRoundAsync(http, concurrency, warmup, seconds, run++);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  => {rate:F1} acceptances/s = {rate * 2:F1} writes/s through HTTP vs {raw.Latencies.Count / raw.Seconds:F0} raw commits/s"));
        }

        return 0;
    }

    private static async Task<double> RunRoundAsync(HttpClient http, int concurrency, int warmup, int seconds, int run)
    {
        var latencies = Steps.Select(_ => new ConcurrentBag<double>()).ToArray();
        var failures = new ConcurrentDictionary<string, int>(StringComparer.Ordinal);
        var completed = 0;
        var clock = Stopwatch.StartNew();
        var from = TimeSpan.FromSeconds(warmup);
        var to = from + TimeSpan.FromSeconds(seconds);
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async w =>
        {
            await Task.Yield();
            var n = 0;
            while (clock.Elapsed < to)
            {
                var measuring = clock.Elapsed >= from;
                var times = new double[Steps.Length];
                var person = (run * 100_000) + (w * 1_000) + (n++ % 1_000);
                var created = await StepAsync(0, times, failures, http, "/api/v1/cases", new
                {
                    itemCode = "MZ-005",
                    applicant = new { kind = "person", name = "王秀英", idNumber = IdNumber(person), phone = "139" + (person % 100_000_000).ToString("00000000", CultureInfo.InvariantCulture) },
                    provided = new[] { "MZ-005-M01", "ID_CARD", "MZ-005-M03" },
                }, Guid.NewGuid().ToString("N"));
                if (created is null || await StepAsync(1, times, failures, http, $"/api/v1/cases/{created.Value.GetProperty("id").GetString()}/accept", new { }, null) is null)
                {
                    continue;
                }

                if (measuring && clock.Elapsed < to)
                {
                    Interlocked.Increment(ref completed);
                    for (var i = 0; i < Steps.Length; i++)
                    {
                        latencies[i].Add(times[i]);
                    }
                }
            }
        }));

        var rate = completed / (double)seconds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  {concurrency} clients: {completed:N0} cases registered and accepted in {seconds} s = {rate:F1}/s; failures: {(failures.IsEmpty ? "none" : string.Join(", ", failures.Select(f => $"{f.Key} x{f.Value}")))}"));
        for (var i = 0; i < Steps.Length; i++)
        {
            var list = latencies[i].ToList();
            Console.WriteLine("    " + Stats.Describe($"{Steps[i],-8}", list, seconds, 0));
        }

        return rate;
    }

    private static async Task<JsonElement?> StepAsync(int step, double[] times, ConcurrentDictionary<string, int> failures, HttpClient http, string path, object body, string? idempotencyKey)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(path, UriKind.Relative)) { Content = JsonContent.Create(body) };
        if (idempotencyKey is not null)
        {
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        }

        var started = Stopwatch.GetTimestamp();
        try
        {
            using var response = await http.SendAsync(request);
            var json = response.Content.Headers.ContentLength == 0 ? default : await response.Content.ReadFromJsonAsync<JsonElement>();
            times[step] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            if (response.IsSuccessStatusCode)
            {
                return json;
            }

            var code = json.ValueKind == JsonValueKind.Object && json.TryGetProperty("code", out var c) ? " " + c.GetString() : string.Empty;
            failures.AddOrUpdate($"{Steps[step]} {(int)response.StatusCode}{code}", 1, (_, k) => k + 1);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or JsonException)
        {
            failures.AddOrUpdate($"{Steps[step]} {e.GetType().Name}", 1, (_, k) => k + 1);
        }

        return null;
    }

    /// <summary>A valid resident ID number (GB 11643 check character): 石景山's area code, a birth date, a serial.</summary>
    private static string IdNumber(int person)
    {
        var birth = new DateOnly(1960, 1, 1).AddDays(person / 1_000 % 15_000);
        var body = "110107" + birth.ToString("yyyyMMdd", CultureInfo.InvariantCulture) + (person % 1_000).ToString("000", CultureInfo.InvariantCulture);
        int[] weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
        var sum = body.Select((ch, i) => (ch - '0') * weights[i]).Sum();
        return body + "10X98765432"[sum % 11];
    }
}
