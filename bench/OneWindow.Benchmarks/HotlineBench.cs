using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using OneWindow.Calendar.Contracts;
using OneWindow.Hotline.Demo;
using OneWindow.Hotline.Domain;
using OneWindow.SharedKernel.Api;

namespace OneWindow.Benchmarks;

/// <summary>
/// hotline-lifecycle: against a running app, (a) brings the stored work orders up to <c>--stored</c> with generated
/// orders written in bulk into the app's database, (b) runs complete lifecycles create → dispatch → accept → reply →
/// callback through HTTP from <c>--concurrency</c> closed-loop clients (agent and unit officer signed in as the demo
/// users) and reports lifecycles/s with p50/p95/p99 per step, (c) times GET /work-orders/assessment over the whole
/// stored range (median of several runs), and (d) measures the raw single-row commit rate of the same database before
/// and after.
/// </summary>
internal static class HotlineBench
{
    private static readonly string[] Steps = ["create", "dispatch", "accept", "reply", "callback"];

    public static async Task<int> LifecycleAsync(Arguments args)
    {
        var url = new Uri(args.Get("url", "http://127.0.0.1:5081"));
        var provider = args.Get("provider", "sqlite");
        var connection = args.Get("connection", "");
        var stored = Math.Max(0, long.Parse(args.Get("stored", "10000"), CultureInfo.InvariantCulture));
        var days = Math.Clamp(args.Int("days", 365), 1, 1000);
        var concurrency = Math.Clamp(args.Int("concurrency", 32), 1, 1024);
        var seconds = Math.Clamp(args.Int("seconds", 30), 1, 600);
        var warmup = Math.Clamp(args.Int("warmup", 5), 0, 120);
        var runs = Math.Clamp(args.Int("assessment-runs", 7), 1, 50);
        var password = args.Get("password", "Demo@2026!");
        Console.WriteLine($"hotline-lifecycle: {url} on {provider}; target {stored:N0} stored orders over {days} days; {concurrency} clients, {warmup} s warm-up then {seconds} s; load {Load()}");

        using var agent = await SignInAsync(url, args.Get("agent", "hotline.sun"), password);
        using var officer = await SignInAsync(url, args.Get("officer", "zjw.chen"), password);
        var now = DateTimeOffset.UtcNow;
        var today = DateOnly.FromDateTime(BusinessHours.Local(now));
        OrderGenerator generator;
        await using (var store = await HotlineStore.OpenAsync(provider, connection, args.Int("rows-per-statement", 0)))
        {
            generator = await store.GeneratorAsync(agent, args.Get("keys", ""), args.Int("seed", 2026));
            var existing = await store.CountOrdersAsync();
            if (existing < stored)
            {
                Console.WriteLine($"  filling: {existing:N0} orders stored, adding {stored - existing:N0} over the {days} days before today ({(stored - existing + days - 1) / days:N0} a day)");
                var cpu = Process.GetCurrentProcess().TotalProcessorTime;
                var (orders, events, took) = await store.FillAsync(generator, stored - existing, days, now);
                var cpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
                var settle = Stopwatch.StartNew();
                await store.SettleAsync();
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  filled: {orders:N0} orders + {events:N0} events in {took:F1} s ({orders / took:N0} orders/s, {(orders + events) / took:N0} rows/s; driver CPU {cpuSeconds:F1} s for generating, encrypting and sending); settle (ANALYZE / WAL checkpoint) {settle.Elapsed.TotalSeconds:F1} s"));
            }

            Console.WriteLine($"  stored: {await store.CountOrdersAsync():N0} orders");
        }

        await CheckReadableAsync(agent);
        var rawProvider = args.Get("raw-provider", "");
        var raw = new List<double>();
        if (rawProvider.Length > 0)
        {
            raw.Add(await MeasureRawAsync(args, "before"));
        }

        var appPid = args.Int("app-pid", 0);
        var pgPid = args.Int("pg-pid", 0);
        var cpuBefore = (App: Cpu(appPid, false), Db: Cpu(pgPid, true), Driver: Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds);
        var rate = await RunLifecyclesAsync(agent, officer, generator, today, concurrency, warmup, seconds);
        if (appPid > 0)
        {
            // CPU time per complete lifecycle (all lifecycles started, warm-up included, over the whole run).
            var lifecycles = Math.Max(1, rate * seconds);
            var app = Cpu(appPid, false) - cpuBefore.App;
            var db = pgPid > 0 ? Cpu(pgPid, true) - cpuBefore.Db : 0;
            var driver = Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds - cpuBefore.Driver;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  CPU over {warmup + seconds} s: app {app:F1} s{(pgPid > 0 ? $", PostgreSQL {db:F1} s" : " (SQLite inside)")}, driver {driver:F1} s; per measured lifecycle about app {1000 * app * seconds / (warmup + seconds) / lifecycles:F1} ms{(pgPid > 0 ? $", PostgreSQL {1000 * db * seconds / (warmup + seconds) / lifecycles:F1} ms" : "")}, driver {1000 * driver * seconds / (warmup + seconds) / lifecycles:F1} ms"));
        }

        await TimeAssessmentAsync(agent, today.AddDays(-days), today, runs);
        if (rawProvider.Length > 0)
        {
            raw.Add(await MeasureRawAsync(args, "after"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  ratio: {rate:F0} lifecycles/s = {5 * rate:F0} writes/s (five committed steps each) = {500 * rate / raw.Max():F1} % of the higher raw commit rate ({500 * rate / raw.Min():F1} % of the lower)"));
        }

        Console.WriteLine($"  load at the end: {Load()}");
        return 0;
    }

    /// <summary>
    /// hotline-generate: the generator alone, on one thread, against the app's configuration (no database writes):
    /// orders per second of CPU time and the mix it produces.
    /// </summary>
    public static async Task<int> GenerateAsync(Arguments args)
    {
        var url = new Uri(args.Get("url", "http://127.0.0.1:5081"));
        var days = Math.Clamp(args.Int("days", 60), 1, 1000);
        var perDay = Math.Clamp(args.Int("per-day", 120), 1, OrderGenerator.CallersPerDay);
        using var agent = await SignInAsync(url, args.Get("agent", "hotline.sun"), args.Get("password", "Demo@2026!"));
        await using var store = await HotlineStore.OpenAsync(args.Get("provider", "sqlite"), args.Get("connection", ""));
        var generator = await store.GeneratorAsync(agent, args.Get("keys", ""), args.Int("seed", 2026));
        var now = DateTimeOffset.UtcNow;
        var today = DateOnly.FromDateTime(BusinessHours.Local(now));
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var all = new List<WorkOrder>();
        var events = 0;
        for (var d = days; d >= 0; d--)
        {
            var day = generator.Day(today.AddDays(-d), generator.CountOn(today.AddDays(-d), perDay), 1, now);
            all.AddRange(day.Orders);
            events += day.Events.Count;
        }

        var cpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"hotline-generate: {all.Count:N0} orders, {events:N0} events ({events / (double)all.Count:F1} per order) in {clock.Elapsed.TotalSeconds:F2} s wall, {cpuSeconds:F2} s CPU = {all.Count / cpuSeconds:N0} orders per CPU second; load {Load()}"));
        string Share<TKey>(Func<WorkOrder, TKey> key, IEnumerable<WorkOrder> orders) where TKey : notnull =>
            string.Join(", ", orders.GroupBy(key).OrderByDescending(g => g.Count()).Select(g => string.Create(CultureInfo.InvariantCulture, $"{g.Key} {100.0 * g.Count() / orders.Count():F1}%")));
        Console.WriteLine($"  types: {Share(o => o.Type, all)}");
        Console.WriteLine($"  statuses: {Share(o => o.Status, all)}");
        Console.WriteLine($"  top categories: {Share(o => o.TopCategoryCode, all)}");
        var valid = all.Where(o => o.CallbackValid == true).ToList();
        var called = all.Where(o => o.CallbackAt is not null).ToList();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  callbacks: valid {100.0 * valid.Count / called.Count:F1}%, contacted {100.0 * valid.Count(o => o.CallbackContacted == true) / valid.Count:F1}%, solved {100.0 * valid.Count(o => o.CallbackSolved == true) / valid.Count:F1}%; {Share(o => o.CallbackSatisfaction!.Value, valid)}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  supervised {all.Count(o => o.SupervisionLevel > 0)}, on the ledger {all.Count(o => o.OnLedger)}, extended {all.Count(o => o.Extension == ExtensionState.Approved)}, reopened {all.Count(o => o.ReopenCount > 0)}, merged {all.Count(o => o.Status == OrderStatus.Merged)}, open and overdue {all.Count(o => o.Status is OrderStatus.Registered or OrderStatus.Dispatched or OrderStatus.Accepted or OrderStatus.ReturnRequested && o.DueAt < now)}"));
        return 0;
    }

    private static async Task<double> RunLifecyclesAsync(HttpClient agent, HttpClient officer, OrderGenerator generator, DateOnly today, int concurrency, int warmup, int seconds)
    {
        var latencies = Steps.Select(_ => new ConcurrentBag<double>()).ToArray();
        var failures = new ConcurrentDictionary<string, int>(StringComparer.Ordinal);
        var completed = 0;
        var started = 0;
        var clock = Stopwatch.StartNew();
        var from = TimeSpan.FromSeconds(warmup);
        var to = from + TimeSpan.FromSeconds(seconds);
        var run = Random.Shared.Next(1_000_000);
        var workers = Enumerable.Range(0, concurrency).Select(async w =>
        {
            await Task.Yield();
            var random = new Random((run * 1024) + w);
            var mine = new List<double>[Steps.Length];
            for (var s = 0; s < Steps.Length; s++)
            {
                mine[s] = [];
            }

            long n = 0;
            while (clock.Elapsed < to)
            {
                var measuring = clock.Elapsed >= from;
                Interlocked.Increment(ref started);

                // Callers of the load test: indexes far above the stored history's (distinct numbers, none repeated).
                var call = generator.NewCall(random, 400_000_000L + (w * 1_000_000L) + n++, today);
                var times = new double[Steps.Length];
                var ok = await StepAsync(0, times, failures, () => PostAsync(agent, "/api/v1/work-orders", new
                {
                    type = EnumParsing.ToWire(call.Type),
                    channel = EnumParsing.ToWire(call.Channel),
                    caller = new { name = call.CallerName, phone = call.Phone, address = call.Address },
                    content = call.Content,
                    categoryCode = call.CategoryCode,
                    streetCode = call.StreetCode,
                }, Guid.NewGuid().ToString("N")));
                if (ok is null)
                {
                    continue;
                }

                var id = ok.Value.GetProperty("id").GetString();
                var unit = ok.Value.TryGetProperty("suggestedUnitCode", out var s) && s.ValueKind == JsonValueKind.String ? s.GetString() : call.UnitCode;
                var solved = random.NextDouble() < 0.88;
                var valid = random.NextDouble() < 0.92;
                var satisfaction = random.NextDouble() switch { < 0.85 => "satisfied", < 0.95 => "basically-satisfied", _ => "dissatisfied" };
                if (await StepAsync(1, times, failures, () => PostAsync(agent, $"/api/v1/work-orders/{id}/dispatch", new { unitCode = unit })) is null
                    || await StepAsync(2, times, failures, () => PostAsync(officer, $"/api/v1/work-orders/{id}/accept", new { })) is null
                    || await StepAsync(3, times, failures, () => PostAsync(officer, $"/api/v1/work-orders/{id}/reply", new { content = solved ? "经现场核实，已协调处理完毕，并电话告知来电人处理结果。" : "已与来电人沟通，相关工作已列入计划，将于近期推进。", solved })) is null
                    || await StepAsync(4, times, failures, () => PostAsync(agent, $"/api/v1/work-orders/{id}/callback", valid
                        ? new { valid, contacted = random.NextDouble() < 0.97, solved, satisfaction }
                        : (object)new { valid })) is null)
                {
                    continue;
                }

                if (measuring && clock.Elapsed < to)
                {
                    Interlocked.Increment(ref completed);
                    for (var i = 0; i < Steps.Length; i++)
                    {
                        mine[i].Add(times[i]);
                    }
                }
            }

            for (var i = 0; i < Steps.Length; i++)
            {
                foreach (var t in mine[i])
                {
                    latencies[i].Add(t);
                }
            }
        }).ToList();
        await Task.WhenAll(workers);
        var rate = completed / (double)seconds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  lifecycles: {completed:N0} complete in {seconds} s = {rate:F1}/s with {concurrency} clients (target >= 300/s); started {started:N0}; failures: {(failures.IsEmpty ? "none" : string.Join(", ", failures.OrderByDescending(f => f.Value).Select(f => $"{f.Key} x{f.Value}")))}"));
        var total = new List<double>();
        for (var i = 0; i < Steps.Length; i++)
        {
            var list = latencies[i].ToList();
            total.Add(list.Count == 0 ? 0 : list.Average());
            Console.WriteLine("    " + Stats.Describe($"{Steps[i],-8}", list, seconds, 0));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    mean per lifecycle {total.Sum():F1} ms: {string.Join(", ", Steps.Select((s, i) => $"{s} {total[i]:F1}"))}"));
        return rate;
    }

    private static async Task<JsonElement?> StepAsync(int step, double[] times, ConcurrentDictionary<string, int> failures, Func<Task<HttpResponseMessage>> send)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            using var response = await send();
            times[step] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            if (response.IsSuccessStatusCode)
            {
                return await response.Content.ReadFromJsonAsync<JsonElement>();
            }

            var body = await response.Content.ReadAsStringAsync();
            var code = body.StartsWith('{') && JsonDocument.Parse(body).RootElement.TryGetProperty("code", out var c) ? " " + c.GetString() : "";
            failures.AddOrUpdate($"{Steps[step]} {(int)response.StatusCode}{code}", 1, (_, n) => n + 1);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            failures.AddOrUpdate($"{Steps[step]} {e.GetType().Name}", 1, (_, n) => n + 1);
        }

        return null;
    }

    private static async Task TimeAssessmentAsync(HttpClient client, DateOnly from, DateOnly to, int runs)
    {
        var path = $"/api/v1/work-orders/assessment?from={from:yyyy-MM-dd}&to={to:yyyy-MM-dd}";
        var times = new List<double>();
        var units = 0;
        var callbacks = 0;
        for (var i = 0; i < runs + 1; i++)
        {
            var started = Stopwatch.GetTimestamp();
            using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
            var body = await response.Content.ReadFromJsonAsync<JsonElement>();
            var ms = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            if (response.StatusCode != HttpStatusCode.OK)
            {
                Console.WriteLine($"  assessment: {(int)response.StatusCode} {body}");
                return;
            }

            units = body.GetArrayLength();
            callbacks = body.EnumerateArray().Sum(r => r.GetProperty("validCallbacks").GetInt32());
            if (i == 0)
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  assessment {from:yyyy-MM-dd}..{to:yyyy-MM-dd}: first call {ms:F0} ms"));
            }
            else
            {
                times.Add(ms);
            }
        }

        times.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  assessment over {callbacks:N0} valid callbacks, {units} units ranked: median {Stats.Percentile(times, 50):F0} ms of {runs} runs (min {times[0]:F0}, max {times[^1]:F0}); target < 1000 ms"));
    }

    /// <summary>An order written by the bulk load reads back through the API (ids, instants and encryption as the app's own).</summary>
    private static async Task CheckReadableAsync(HttpClient agent)
    {
        var page = await agent.GetFromJsonAsync<JsonElement>("/api/v1/work-orders?pageSize=1&sort=created-asc");
        var first = page.GetProperty("items")[0];
        using var detail = await agent.GetAsync(new Uri($"/api/v1/work-orders/{first.GetProperty("id").GetString()}", UriKind.Relative));
        if (detail.StatusCode != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"A stored order does not read back: {(int)detail.StatusCode} {await detail.Content.ReadAsStringAsync()}");
        }

        Console.WriteLine($"  check: the oldest order {first.GetProperty("number").GetString()} reads back ({first.GetProperty("callerName").GetString()}, {first.GetProperty("callerPhone").GetString()}, {first.GetProperty("status").GetString()}); list total {page.GetProperty("total").GetInt32():N0}");
    }

    private static async Task<double> MeasureRawAsync(Arguments args, string when)
    {
        var provider = args.Get("raw-provider", "sqlite");
        var measured = await RawDatabase.MeasureAsync(provider, args.Get("raw-connection", RawDatabase.DefaultConnection(provider)), Math.Clamp(args.Int("raw-seconds", 10), 1, 120));
        Console.WriteLine("  " + Stats.Describe($"raw {provider} single-row commits, {when}", measured.Latencies, measured.Seconds, 0));
        return measured.Latencies.Count / measured.Seconds;
    }

    private static async Task<HttpClient> SignInAsync(Uri url, string user, string password)
    {
        var handler = new SocketsHttpHandler { MaxConnectionsPerServer = 1024, PooledConnectionIdleTimeout = TimeSpan.FromMinutes(5) };
        var http = new HttpClient(handler) { BaseAddress = url, Timeout = TimeSpan.FromSeconds(60) };
        using var token = await http.PostAsJsonAsync("/api/v1/auth/token", new { userName = user, password });
        token.EnsureSuccessStatusCode();
        var access = (await token.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", access);
        return http;
    }

    private static Task<HttpResponseMessage> PostAsync(HttpClient client, string path, object body, string? idempotencyKey = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, new Uri(path, UriKind.Relative)) { Content = JsonContent.Create(body) };
        if (idempotencyKey is not null)
        {
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        }

        return SendAsync(client, request);
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, HttpRequestMessage request)
    {
        using (request)
        {
            return await client.SendAsync(request);
        }
    }

    /// <summary>User + system CPU seconds of a process (and, for a database server, of its child processes) from /proc.</summary>
    private static double Cpu(int pid, bool withChildren)
    {
        if (pid <= 0 || !Directory.Exists($"/proc/{pid}"))
        {
            return 0;
        }

        double Ticks(string stat)
        {
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            return double.Parse(fields[11], CultureInfo.InvariantCulture) + double.Parse(fields[12], CultureInfo.InvariantCulture);
        }

        var total = 0.0;
        foreach (var dir in Directory.GetDirectories("/proc").Where(d => int.TryParse(Path.GetFileName(d), out _)))
        {
            try
            {
                var stat = File.ReadAllText(Path.Combine(dir, "stat"));
                var self = Path.GetFileName(dir) == pid.ToString(CultureInfo.InvariantCulture);
                var parent = stat[(stat.LastIndexOf(')') + 2)..].Split(' ')[1] == pid.ToString(CultureInfo.InvariantCulture);
                if (self || (withChildren && parent))
                {
                    total += Ticks(stat);
                }
            }
            catch (IOException)
            {
                // The process ended meanwhile.
            }
        }

        return total / 100.0;
    }

    private static string Load() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "?";
}
