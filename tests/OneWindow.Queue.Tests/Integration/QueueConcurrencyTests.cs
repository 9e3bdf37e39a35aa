using System.Collections.Concurrent;
using System.Net;
using OneWindow.Testing;

namespace OneWindow.Queue.Tests.Integration;

/// <summary>The guarantees a hall relies on under load: no number twice, no ticket at two windows, one node or two.</summary>
[Trait("Category", "Integration")]
public sealed class QueueConcurrencyTests(QueueConcurrencyTests.FarFromResetApp app, Xunit.Abstractions.ITestOutputHelper output) : IClassFixture<QueueConcurrencyTests.FarFromResetApp>
{
    /// <summary>
    /// Numbers restart at the daily reset (midnight China time by default): a run that crossed it would see its
    /// waiting tickets closed as yesterday's. These tests move the reset twelve hours away from now.
    /// </summary>
    public sealed class FarFromResetApp() : AppFactory(settings: Settings)
    {
        public static readonly Dictionary<string, string?> Settings = new()
        {
            ["OneWindow:Queue:DailyResetAt"] = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{DateTime.UtcNow.AddHours(8 + 12).Hour:00}:00"),
        };
    }

    private const int Windows = 50;
    private const int Tickets = 5_000;

    [Fact]
    public async Task Fifty_windows_calling_at_once_over_5000_tickets_never_share_a_ticket_and_numbers_are_unique()
    {
        var admin = await app.ClientForAsync();
        var hall = await HallBuilder.CreateAsync(admin, Windows, ("personal", "B"));

        var clock = System.Diagnostics.Stopwatch.StartNew();
        var numbers = await IssueAsync(app.CreateClient(), hall, Tickets);
        output.WriteLine($"issued {Tickets} tickets in {clock.Elapsed.TotalSeconds:0.0} s");
        Assert.Equal(Tickets, numbers.Distinct().Count());
        Assert.Equal(Enumerable.Range(1, Tickets).Select(n => "B" + n.ToString("000", System.Globalization.CultureInfo.InvariantCulture)), numbers.Order(StringComparer.Ordinal).OrderBy(n => n.Length));

        clock.Restart();
        var calls = await CallAllAsync([admin], hall);
        output.WriteLine($"{Windows} windows called them in {clock.Elapsed.TotalSeconds:0.0} s");

        Assert.Equal(Tickets, calls.Count);
        var duplicates = calls.GroupBy(c => c.Ticket).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        Assert.Empty(duplicates);
        Assert.True(calls.Select(c => c.Window).Distinct().Count() > Windows / 2, "most windows took part");
        var board = await (await admin.GetAsync($"/api/v1/halls/{hall}/board")).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal(0, board.GetProperty("waiting").GetInt32());
        Assert.True(board.GetProperty("serving").GetArrayLength() <= Windows, "each window holds at most its last visitor");
    }

    [Fact]
    public async Task Two_app_nodes_on_one_database_never_call_one_ticket_twice()
    {
        await using var second = app.UsesPostgres
            ? new AppFactory(postgresDatabase: app.PostgresDatabase, settings: FarFromResetApp.Settings)
            : new AppFactory(dataDirectory: app.DataDirectory, settings: FarFromResetApp.Settings);
        var nodeA = await app.ClientForAsync();
        var nodeB = await second.ClientForAsync();
        var hall = await HallBuilder.CreateAsync(nodeA, 20, ("personal", "B"));

        var fromA = IssueAsync(app.CreateClient(), hall, 500);
        var fromB = IssueAsync(second.CreateClient(), hall, 500);
        var numbers = (await fromA).Concat(await fromB).ToList();
        Assert.Equal(1_000, numbers.Distinct().Count());

        var calls = await CallAllAsync([nodeA, nodeB], hall, windows: 20);
        Assert.Equal(1_000, calls.Count);
        Assert.Equal(1_000, calls.Select(c => c.Ticket).Distinct().Count());
    }

    private static async Task<List<string>> IssueAsync(HttpClient kiosk, string hall, int count)
    {
        var numbers = new ConcurrentBag<string>();
        await Parallel.ForAsync(0, count, new ParallelOptions { MaxDegreeOfParallelism = Windows }, async (_, ct) =>
        {
            var ticket = await HallBuilder.IssueAsync(kiosk, hall, "personal");
            numbers.Add(ticket.GetProperty("number").GetString()!);
        });
        return [.. numbers];
    }

    /// <summary>Every window calls next until nobody waits (each call completes the window's previous visit); clients alternate between nodes.</summary>
    private static async Task<List<(Guid Ticket, string Window)>> CallAllAsync(HttpClient[] clients, string hall, int windows = Windows)
    {
        var calls = new ConcurrentBag<(Guid, string)>();
        await Task.WhenAll(Enumerable.Range(1, windows).Select(async w =>
        {
            var window = w.ToString("00", System.Globalization.CultureInfo.InvariantCulture);
            var client = clients[w % clients.Length];
            while (true)
            {
                var response = await client.PostAsync($"/api/v1/halls/{hall}/windows/{window}/call-next", null);
                if (response.StatusCode == HttpStatusCode.NoContent)
                {
                    return;
                }

                var ticket = await response.ExpectAsync(HttpStatusCode.OK);
                Assert.Equal(window, ticket.GetProperty("windowCode").GetString());
                calls.Add((ticket.GetProperty("id").GetGuid(), window));
            }
        }));
        return [.. calls];
    }
}
