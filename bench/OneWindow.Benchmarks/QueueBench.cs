using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.SignalR.Client;

namespace OneWindow.Benchmarks;

/// <summary>
/// Load on the queue engine from a second process, each mode on throwaway halls built through the API:
/// <list type="bullet">
/// <item>queue-calls: one client per window, each looping call-next then complete on its own window against a backlog
/// issued beforehand (too large to run dry; a 204 is counted and reported);</item>
/// <item>queue-issue: closed-loop kiosks issuing tickets (fresh hall per concurrency level), optionally against the raw
/// single-row commit rate of the same database measured right after;</item>
/// <item>queue-push: windows call, SignalR clients joined to the hall group (on the same node or on another node)
/// time each "ticket-called" event from the moment its call-next was sent.</item>
/// </list>
/// </summary>
internal static class QueueBench
{
    public static async Task<int> CallsAsync(Arguments args)
    {
        var url = new Uri(args.Get("url", "http://127.0.0.1:5081"));
        var halls = Math.Clamp(args.Int("halls", 1), 1, 100);
        var windows = Math.Clamp(args.Int("windows", 400), 1, 1000);
        var categories = Math.Clamp(args.Int("categories", 8), 1, 26);
        var serve = Math.Clamp(args.Int("serve", 1), 1, categories);
        var backlog = Math.Max(1, args.Int("backlog", 20000));
        var seconds = Math.Clamp(args.Int("seconds", 30), 1, 600);
        var warmup = Math.Clamp(args.Int("warmup", 5), 0, 120);
        var thinkMs = Math.Max(0, args.Int("think-ms", 0));
        var clientsPerHall = Math.Clamp(args.Int("clients", windows), 1, windows);
        using var api = await QueueApi.SignInAsync(url, args.Get("password", "Demo@2026!"));
        var run = QueueApi.NewRunId();

        var setup = Stopwatch.StartNew();
        var plans = new List<HallPlan>();
        for (var h = 0; h < halls; h++)
        {
            plans.Add(await api.CreateHallAsync($"{run}h{h}", categories, windows, serve));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"queue-calls: {url}, {halls} hall(s) x {windows} windows, {halls * clientsPerHall} window clients, {categories} categories per hall, {serve} per window; set up in {setup.Elapsed.TotalSeconds:F1} s"));
        setup.Restart();
        var issued = 0;
        foreach (var plan in plans)
        {
            issued += await api.IssueBacklogAsync(plan, backlog);
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  backlog: {issued} tickets waiting ({backlog} per hall, about {backlog / categories} per category) issued in {setup.Elapsed.TotalSeconds:F1} s ({issued / setup.Elapsed.TotalSeconds:F0}/s, 32 workers); failures: {api.DescribeFailures()}"));
        api.Failures.Clear();

        var clients = plans.SelectMany(p => p.Windows.Take(clientsPerHall).Select(w => (Hall: p.Code, Window: w))).ToList();
        var calls = new List<double>[clients.Count];
        var completes = new List<double>[clients.Count];
        var empty = 0;
        var called = 0;
        var clock = Stopwatch.StartNew();
        var from = TimeSpan.FromSeconds(warmup);
        var to = from + TimeSpan.FromSeconds(seconds);
        var workers = clients.Select(async (client, i) =>
        {
            calls[i] = [];
            completes[i] = [];
            await Task.Yield();
            while (clock.Elapsed < to)
            {
                var measuring = clock.Elapsed >= from;
                var started = Stopwatch.GetTimestamp();
                try
                {
                    string? ticket = null;
                    using (var response = await api.CallNextAsync(client.Hall, client.Window, CancellationToken.None))
                    {
                        var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                        if (response.StatusCode == HttpStatusCode.OK)
                        {
                            Interlocked.Increment(ref called);
                            ticket = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();
                            if (measuring)
                            {
                                calls[i].Add(elapsed);
                            }
                        }
                        else if (response.StatusCode == HttpStatusCode.NoContent)
                        {
                            Interlocked.Increment(ref empty);
                        }
                        else
                        {
                            await api.CountFailureAsync(response);
                        }
                    }

                    if (ticket is not null)
                    {
                        started = Stopwatch.GetTimestamp();
                        using var response = await api.CompleteAsync(ticket, CancellationToken.None);
                        if (response.IsSuccessStatusCode)
                        {
                            if (measuring)
                            {
                                completes[i].Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                            }
                        }
                        else
                        {
                            await api.CountFailureAsync(response);
                        }
                    }
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
                {
                    api.CountFailure(e);
                }

                if (thinkMs > 0)
                {
                    await Task.Delay(TimeSpan.FromMilliseconds(thinkMs * (0.5 + Random.Shared.NextDouble())));
                }
            }
        }).ToList();
        await Task.WhenAll(workers);

        var label = $"{clients.Count} clients, {halls}x{windows} windows, think {thinkMs} ms";
        Console.WriteLine("  " + Stats.Describe($"call-next ({label})", calls.SelectMany(l => l).ToList(), seconds, api.Failures.Values.Sum()));
        Console.WriteLine("  " + Stats.Describe($"complete  ({label})", completes.SelectMany(l => l).ToList(), seconds, 0));
        Console.WriteLine($"  failures: {api.DescribeFailures()}; 204 (nothing waiting): {empty}; calls during warm-up and run {called}, backlog left {issued - called}");
        if (empty > 0)
        {
            Console.WriteLine("  WARNING: the backlog ran dry during the run; raise --backlog");
        }

        return 0;
    }

    public static async Task<int> IssueAsync(Arguments args)
    {
        var url = new Uri(args.Get("url", "http://127.0.0.1:5081"));
        var levels = args.Get("concurrency", "16,64").Split(',').Select(c => Math.Clamp(int.Parse(c, CultureInfo.InvariantCulture), 1, 1024)).ToList();
        var seconds = Math.Clamp(args.Int("seconds", 15), 1, 600);
        var warmup = Math.Clamp(args.Int("warmup", 3), 0, 120);
        var categories = Math.Clamp(args.Int("categories", 4), 1, 26);
        using var api = await QueueApi.SignInAsync(url, args.Get("password", "Demo@2026!"));
        var run = QueueApi.NewRunId();
        Console.WriteLine($"queue-issue: {url}, POST /api/v1/halls/{{hall}}/tickets with an Idempotency-Key, {categories} categories round-robin, a fresh hall per level, {warmup} s warm-up then {seconds} s");

        // The raw commit rate of the same database, before and after the runs (it moves with the disk and the machine's load).
        var raw = new List<double>();
        if (args.Get("raw-provider", "").Length > 0)
        {
            raw.Add(await MeasureRawAsync(args, "before"));
        }

        var rates = new List<(int Concurrency, double Rate)>();
        foreach (var concurrency in levels)
        {
            var plan = await api.CreateHallAsync($"{run}i{concurrency}", categories, 1, 1);
            api.Failures.Clear();
            var latencies = new List<double>[concurrency];
            long sequence = 0;
            var clock = Stopwatch.StartNew();
            var from = TimeSpan.FromSeconds(warmup);
            var to = from + TimeSpan.FromSeconds(seconds);
            var created = 0;
            var workers = Enumerable.Range(0, concurrency).Select(async w =>
            {
                latencies[w] = [];
                await Task.Yield();
                while (clock.Elapsed < to)
                {
                    var measuring = clock.Elapsed >= from;
                    var n = Interlocked.Increment(ref sequence);
                    var started = Stopwatch.GetTimestamp();
                    try
                    {
                        using var response = await api.IssueAsync(plan.Code, plan.Categories[(int)(n % plan.Categories.Count)], $"k{n}", CancellationToken.None);
                        if (response.StatusCode == HttpStatusCode.Created)
                        {
                            Interlocked.Increment(ref created);
                            if (measuring)
                            {
                                latencies[w].Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                            }
                        }
                        else
                        {
                            await api.CountFailureAsync(response);
                        }
                    }
                    catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
                    {
                        api.CountFailure(e);
                    }
                }
            }).ToList();
            await Task.WhenAll(workers);
            var all = latencies.SelectMany(l => l).ToList();
            rates.Add((concurrency, all.Count / (double)seconds));
            Console.WriteLine("  " + Stats.Describe($"issue ticket, {concurrency} workers", all, seconds, api.Failures.Values.Sum()));
            Console.WriteLine($"    failures: {api.DescribeFailures()}; waiting in the hall at the end: {created}");
        }

        if (raw.Count > 0)
        {
            raw.Add(await MeasureRawAsync(args, "after"));
            var high = raw.Max();
            var low = raw.Min();
            foreach (var (concurrency, rate) in rates)
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  ratio, {concurrency} workers: {rate:F0} / {high:F0} = {100 * rate / high:F1} % of the higher raw commit rate ({100 * rate / low:F1} % of the lower); target >= 30 %"));
            }
        }

        return 0;
    }

    private static async Task<double> MeasureRawAsync(Arguments args, string when)
    {
        var provider = args.Get("raw-provider", "sqlite");
        var measured = await RawDatabase.MeasureAsync(provider, args.Get("raw-connection", RawDatabase.DefaultConnection(provider)), Math.Clamp(args.Int("raw-seconds", 10), 1, 120));
        Console.WriteLine("  " + Stats.Describe($"raw {provider} single-row commits, {when}", measured.Latencies, measured.Seconds, 0));
        return measured.Latencies.Count / measured.Seconds;
    }

    public static async Task<int> PushAsync(Arguments args)
    {
        var url = new Uri(args.Get("url", "http://127.0.0.1:5081"));
        var listeners = args.Get("listen", url.ToString()).Split(',').Select(u => new Uri(u)).ToList();
        var total = Math.Clamp(args.Int("calls", 2000), 1, 1_000_000);
        var warmupCalls = Math.Clamp(args.Int("warmup-calls", 100), 0, 10_000);
        var concurrency = Math.Clamp(args.Int("concurrency", 4), 1, 400);
        var thinkMs = Math.Max(0, args.Int("think-ms", 0));
        using var api = await QueueApi.SignInAsync(url, args.Get("password", "Demo@2026!"));
        var plan = await api.CreateHallAsync(QueueApi.NewRunId() + "p", 1, concurrency, 1);
        var issued = await api.IssueBacklogAsync(plan, total + warmupCalls + concurrency + 50);

        // Listener index and ticket number -> when the event arrived (Stopwatch) and how long after its "at" (wall clock).
        var arrivals = new ConcurrentDictionary<(int Listener, string Number), (long At, double SinceServerMs)>();
        var connections = new List<HubConnection>();
        foreach (var (listen, index) in listeners.Select((l, i) => (l, i)))
        {
            var connection = new HubConnectionBuilder().WithUrl(new Uri(listen, "/hubs/hall")).Build();
            connection.On<JsonElement>("ticket-called", e =>
            {
                var now = Stopwatch.GetTimestamp();
                var sinceServer = (DateTimeOffset.UtcNow - e.GetProperty("at").GetDateTimeOffset()).TotalMilliseconds;
                arrivals.TryAdd((index, e.GetProperty("number").GetString()!), (now, sinceServer));
            });
            await connection.StartAsync();
            await connection.InvokeAsync("JoinHall", plan.Code);
            connections.Add(connection);
        }

        Console.WriteLine($"queue-push: calls to {url}, {listeners.Count} listener(s) joined to hall {plan.Code} ({string.Join(", ", listeners)}), {concurrency} windows calling (think {thinkMs} ms), {warmupCalls} warm-up calls then {total}; backlog {issued}");

        // Number -> when its call-next was sent and answered (Stopwatch timestamps).
        var sent = new ConcurrentDictionary<string, (long Sent, long Answered, bool Measured)>(StringComparer.Ordinal);
        long counter = 0;
        var empty = 0;
        var workers = plan.Windows.Select(async window =>
        {
            await Task.Yield();
            while (true)
            {
                var n = Interlocked.Increment(ref counter);
                if (n > total + warmupCalls)
                {
                    break;
                }

                var started = Stopwatch.GetTimestamp();
                try
                {
                    using var response = await api.CallNextAsync(plan.Code, window, CancellationToken.None);
                    var answered = Stopwatch.GetTimestamp();
                    if (response.StatusCode == HttpStatusCode.OK)
                    {
                        var number = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("number").GetString()!;
                        sent[number] = (started, answered, n > warmupCalls);
                    }
                    else if (response.StatusCode == HttpStatusCode.NoContent)
                    {
                        Interlocked.Increment(ref empty);
                    }
                    else
                    {
                        await api.CountFailureAsync(response);
                    }
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
                {
                    api.CountFailure(e);
                }

                if (thinkMs > 0)
                {
                    await Task.Delay(TimeSpan.FromMilliseconds(thinkMs * (0.5 + Random.Shared.NextDouble())));
                }
            }
        }).ToList();
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(workers);
        var elapsed = clock.Elapsed.TotalSeconds;
        var measured = sent.Where(s => s.Value.Measured).ToList();
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromSeconds(5) && measured.Any(s => listeners.Select((_, i) => i).Any(i => !arrivals.ContainsKey((i, s.Key)))))
        {
            await Task.Delay(50);
        }

        var http = measured.Select(s => Stopwatch.GetElapsedTime(s.Value.Sent, s.Value.Answered).TotalMilliseconds).ToList();
        Console.WriteLine("  " + Stats.Describe("call-next HTTP answer (same calls)", http, elapsed, api.Failures.Values.Sum()));
        foreach (var (listen, index) in listeners.Select((l, i) => (l, i)))
        {
            var latencies = new List<double>();
            var sinceServer = new List<double>();
            var beforeAnswer = 0;
            foreach (var (number, call) in measured)
            {
                if (arrivals.TryGetValue((index, number), out var arrival))
                {
                    latencies.Add(Stopwatch.GetElapsedTime(call.Sent, arrival.At).TotalMilliseconds);
                    sinceServer.Add(arrival.SinceServerMs);
                    beforeAnswer += arrival.At < call.Answered ? 1 : 0;
                }
            }

            var lost = measured.Count - latencies.Count;
            Console.WriteLine("  " + Stats.Describe($"push to {listen}: call-next sent -> ticket-called received", latencies, elapsed, lost));
            sinceServer.Sort();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"    lost {lost}; event before the HTTP answer: {beforeAnswer}/{latencies.Count}; server 'at' -> received p50 {Stats.Percentile(sinceServer, 50):F2} ms, p99 {Stats.Percentile(sinceServer, 99):F2} ms"));
        }

        Console.WriteLine($"  failures: {api.DescribeFailures()}; 204: {empty}");
        foreach (var connection in connections)
        {
            await connection.DisposeAsync();
        }

        return 0;
    }
}
