using System.Net;
using System.Text.Json;
using OneWindow.Testing;
using static OneWindow.Workforce.Tests.Integration.Staffing;

namespace OneWindow.Workforce.Tests.Integration;

/// <summary>The demo with ten days of simulated queue history, as a fresh demo has it.</summary>
public sealed class QueueHistoryApp() : AppFactory(settings: new Dictionary<string, string?> { ["OneWindow:Demo:QueueHistoryDays"] = "10" });

/// <summary>
/// The simulated hall is served by the scenario's window staff: the 月度考评 of the simulated days counts tickets and
/// service minutes for every person holding a window post (A) that a hall window is given to, in each simulated hall's center.
/// </summary>
[Trait("Category", "Integration")]
public sealed class DemoScorecardTests(QueueHistoryApp app) : IClassFixture<QueueHistoryApp>
{
    /// <summary>The halls the Shijingshan scenario simulates (its queueHistory).</summary>
    private static readonly string[] SimulatedHalls = ["sjs-hall", "sjs-babaoshan-hall"];

    [Fact]
    public async Task The_demo_scorecard_counts_served_tickets_for_the_window_staff()
    {
        var admin = await app.ClientForAsync();
        var halls = (await (await admin.GetAsync("/api/v1/halls")).ExpectAsync(HttpStatusCode.OK)).EnumerateArray()
            .Where(h => SimulatedHalls.Contains(h.GetProperty("code").GetString())).ToList();
        Assert.Equal(SimulatedHalls.Length, halls.Count);

        // The simulated days may straddle two months: add both scorecards up.
        var months = new[] { Today.AddDays(-10), Today.AddDays(-1) }.Select(Month).Distinct().ToList();
        var served = new Dictionary<string, (int Tickets, decimal Minutes)>(StringComparer.Ordinal);
        foreach (var month in months)
        {
            var card = await (await admin.GetAsync($"/api/v1/workforce/scorecards?month={month}")).ExpectAsync(HttpStatusCode.OK);
            foreach (var row in card.GetProperty("rows").EnumerateArray())
            {
                var (tickets, minutes) = served.GetValueOrDefault(row.GetProperty("staffCode").GetString()!);
                var n = row.GetProperty("served").GetInt32();
                var m = row.GetProperty("averageServiceMinutes") is { ValueKind: JsonValueKind.Number } a ? a.GetDecimal() : 0m;
                served[row.GetProperty("staffCode").GetString()!] = (tickets + n, Math.Max(minutes, m));
            }
        }

        var expected = new List<string>();
        foreach (var hall in halls)
        {
            var windows = (await (await admin.GetAsync($"/api/v1/halls/{hall.GetProperty("code").GetString()}/windows")).ExpectAsync(HttpStatusCode.OK)).GetArrayLength();
            var posts = await (await admin.GetAsync($"/api/v1/workforce/posts?center={hall.GetProperty("centerCode").GetString()}")).ExpectAsync(HttpStatusCode.OK);
            expected.AddRange(posts.EnumerateArray()
                .Where(p => p.GetProperty("type").GetString() == "综合窗口" && p.GetProperty("centerCode").GetString() == hall.GetProperty("centerCode").GetString())
                .OrderBy(p => p.GetProperty("code").GetString(), StringComparer.Ordinal)
                .Take(windows)
                .Select(p => p.GetProperty("a")[0].GetProperty("code").GetString()!));
        }

        Assert.True(expected.Count >= 30, $"only {expected.Count} window staff");
        var idle = expected.Where(code => served.GetValueOrDefault(code).Tickets == 0 || served[code].Minutes <= 0).ToList();
        Assert.True(idle.Count == 0, "No tickets served by " + string.Join(", ", idle));

        // The account holder among them (李晓燕, clerk.li, 综合窗口01) is counted under her account.
        Assert.True(served["SJ0005"].Tickets > 0);
    }
}
