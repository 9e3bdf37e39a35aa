using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using OneWindow.Testing;
using static OneWindow.Hotline.Tests.Integration.OrderProbe;
using static OneWindow.Hotline.Tests.Integration.Orders;

namespace OneWindow.Hotline.Tests.Integration;

/// <summary>Retries and races: one order per Idempotency-Key, one winner per step, numbers without gaps.</summary>
[Trait("Category", "Integration")]
public sealed class ConcurrencyTests(HotlineApp app) : IClassFixture<HotlineApp>
{
    [Fact]
    public async Task The_same_idempotency_key_sent_twenty_times_at_once_makes_one_order()
    {
        var agent = await app.AgentAsync();
        var key = "call-" + Guid.NewGuid().ToString("N");
        var body = new { type = "complaint", channel = "phone", caller = new { name = "周杰", phone = Phone(201) }, content = "小区门口井盖缺失，夜间行人容易踩空", categoryCode = "010401" };

        var responses = await Task.WhenAll(Enumerable.Range(0, 20).Select(async _ =>
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/work-orders") { Content = JsonContent.Create(body) };
            request.Headers.Add("Idempotency-Key", key);
            using var response = await agent.SendAsync(request);
            return (response.StatusCode, Body: await response.ReadAsync());
        }));

        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Created);
        Assert.Equal(19, responses.Count(r => r.StatusCode == HttpStatusCode.OK));
        var first = responses.Single(r => r.StatusCode == HttpStatusCode.Created).Body;
        Assert.All(responses, r => Assert.Equal(first.GetProperty("id").GetGuid(), r.Body.GetProperty("id").GetGuid()));
        Assert.All(responses, r => Assert.Equal(first.GetProperty("number").GetString(), r.Body.GetProperty("number").GetString()));
        Assert.All(responses, r => Assert.Equal(first.GetProperty("dueAt").GetDateTimeOffset(), r.Body.GetProperty("dueAt").GetDateTimeOffset()));
        Assert.All(responses, r => Assert.Equal("u-sjs-cgw", r.Body.GetProperty("suggestedUnitCode").GetString()));

        var history = await (await agent.PostJsonAsync("/api/v1/work-orders/caller-history", new { phone = Phone(201) })).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal(1, history.GetArrayLength());
        Assert.Equal(["created"], Actions(await DetailAsync(agent, Id(first))));

        // A retry after the fact is answered the same way, whatever happened to the order since.
        await ActAsync(agent, Id(first), "dispatch", new { unitCode = "u-sjs-cgw" });
        using var retry = new HttpRequestMessage(HttpMethod.Post, "/api/v1/work-orders") { Content = JsonContent.Create(body) };
        retry.Headers.Add("Idempotency-Key", key);
        var replayed = await (await agent.SendAsync(retry)).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal(Id(first), Id(replayed));
        Assert.Equal(1, (await (await agent.PostJsonAsync("/api/v1/work-orders/caller-history", new { phone = Phone(201) })).ExpectAsync(HttpStatusCode.OK)).GetArrayLength());
    }

    [Fact]
    public async Task Two_officers_signing_off_or_replying_at_once_one_wins_and_the_other_gets_409()
    {
        var agent = await app.AgentAsync();
        var officers = new[] { await app.UnitAsync(), await app.AsAsync("admin") };
        for (var round = 0; round < 8; round++)
        {
            var id = Id(await CreateAsync(agent, Phone(210 + round)));
            await ActAsync(agent, id, "dispatch", new { unitCode = "u-sjs-zjw" });

            var accepts = await Task.WhenAll(officers.Select(o => o.PostJsonAsync($"/api/v1/work-orders/{id}/accept", new { })));
            await OneWinsAsync(accepts);
            var replies = await Task.WhenAll(officers.Select((o, i) => o.PostJsonAsync($"/api/v1/work-orders/{id}/reply", new { content = $"回复{i}", solved = i == 0 })));
            var winner = await OneWinsAsync(replies);

            var detail = await DetailAsync(agent, id);
            Assert.Equal("replied", Status(detail));
            Assert.Equal(["created", "dispatched", "accepted", "replied"], Actions(detail));
            Assert.Equal($"回复{winner}", detail.GetProperty("replyContent").GetString());
            Assert.Equal(winner == 0, detail.GetProperty("replySolved").GetBoolean());
        }
    }

    [Fact]
    public async Task Two_hundred_orders_taken_at_once_get_two_hundred_numbers_without_a_gap()
    {
        var agent = await app.AgentAsync();
        var created = await Task.WhenAll(Enumerable.Range(0, 200).Select(async n =>
            await (await agent.PostJsonAsync("/api/v1/work-orders", new { type = "help", caller = new { name = "钱", phone = Phone(1000 + n) }, content = $"第{n}号来电：路灯不亮", categoryCode = "010402" })).ExpectAsync(HttpStatusCode.Created)));

        var numbers = created.Select(c => c.GetProperty("number").GetString()!).ToList();
        Assert.Equal(200, numbers.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(200, created.Select(c => c.GetProperty("id").GetGuid()).Distinct().Count());
        Assert.All(numbers, n => Assert.Matches("^[0-9]{14}$", n));

        // Within each day (a run may straddle midnight in China) the new numbers follow one another.
        foreach (var day in numbers.GroupBy(n => n[..8], StringComparer.Ordinal))
        {
            var sequence = day.Select(n => int.Parse(n[8..], CultureInfo.InvariantCulture)).Order().ToList();
            Assert.Equal(Enumerable.Range(sequence[0], sequence.Count), sequence);
        }

        var next = await CreateAsync(agent, Phone(1300));
        var last = numbers.Max(StringComparer.Ordinal)!;
        if (next.GetProperty("number").GetString()![..8] == last[..8])
        {
            Assert.Equal(long.Parse(last, CultureInfo.InvariantCulture) + 1, long.Parse(next.GetProperty("number").GetString()!, CultureInfo.InvariantCulture));
        }
    }

    /// <summary>Exactly one 200; the other is a 409 (lost the race, or came after the winner); returns the winner's index.</summary>
    private static async Task<int> OneWinsAsync(HttpResponseMessage[] responses)
    {
        var bodies = new List<JsonElement>();
        foreach (var response in responses)
        {
            bodies.Add(await response.ReadAsync());
            response.Dispose();
        }

        var statuses = responses.Select(r => r.StatusCode).ToList();
        Assert.True(statuses.Count(s => s == HttpStatusCode.OK) == 1 && statuses.Count(s => s == HttpStatusCode.Conflict) == 1, $"one 200 and one 409, got {string.Join(", ", statuses)}: {string.Join(" | ", bodies)}");
        var loser = bodies[statuses.IndexOf(HttpStatusCode.Conflict)];
        Assert.Contains(loser.GetProperty("code").GetString(), new[] { "hotline.concurrent_change", "hotline.invalid_transition" });
        return statuses.IndexOf(HttpStatusCode.OK);
    }
}
