using System.Net;
using System.Text.Json;
using OneWindow.Testing;
using static OneWindow.Assistance.Tests.Integration.Desk;

namespace OneWindow.Assistance.Tests.Integration;

/// <summary>帮办: escort records, the green channel's priority ticket, masking, finishing once, bad input and retries.</summary>
[Trait("Category", "Integration")]
[Collection(AssistanceApp.Collection)]
public sealed class HelpTests(AssistanceApp app)
{
    [Fact]
    public async Task A_green_channel_help_gets_a_priority_ticket_and_shows_the_visitor_masked()
    {
        var guide = await app.AsAsync("babaoshan.wang");

        var help = await CreatedAsync(guide, "/api/v1/assistance/helps", Help(hall: "sjs-babaoshan-hall", group: "disabled", green: true));

        Assert.Equal("babaoshan.wang", help.GetProperty("staff").GetString());
        Assert.Equal("sjs-babaoshan", help.GetProperty("centerCode").GetString());
        Assert.Equal("disabled", help.GetProperty("group").GetString());
        Assert.Equal("高龄津贴/老年人补贴", help.GetProperty("itemName").GetString());
        Assert.Equal("张**", help.GetProperty("visitorName").GetString());
        Assert.Equal("139****5678", help.GetProperty("visitorPhone").GetString());
        Assert.Equal("open", help.GetProperty("status").GetString());
        var number = help.GetProperty("ticketNumber").GetString();
        Assert.False(string.IsNullOrEmpty(number));

        var admin = await app.AsAsync();
        var ticket = await (await admin.GetAsync($"/api/v1/tickets/{help.GetProperty("ticketId").GetGuid()}")).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal(number, ticket.GetProperty("number").GetString());
        Assert.Equal("priority", ticket.GetProperty("priority").GetString());
        Assert.Equal("sjs-babaoshan-hall", ticket.GetProperty("hallCode").GetString());
        Assert.DoesNotContain("13912345678", app.Logs.All, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_help_is_finished_once_and_every_change_is_in_its_history()
    {
        var clerk = await app.AsAsync("clerk.li");
        var help = await CreatedAsync(clerk, "/api/v1/assistance/helps", Help(hall: "sjs-hall"));
        var id = help.GetProperty("id").GetGuid();
        Assert.Equal(JsonValueKind.Null, help.GetProperty("ticketNumber").ValueKind);

        await (await clerk.PostJsonAsync($"/api/v1/assistance/helps/{id}/finish", new { windowCode = "99", outcome = "已陪同至99号窗口" })).ExpectProblemAsync(HttpStatusCode.BadRequest, "assistance.unknown_window");
        var finished = await (await clerk.PostJsonAsync($"/api/v1/assistance/helps/{id}/finish", new { windowCode = "07", outcome = "已陪同至7号窗口受理" })).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal("finished", finished.GetProperty("status").GetString());
        Assert.Equal("07", finished.GetProperty("windowCode").GetString());
        await (await clerk.PostJsonAsync($"/api/v1/assistance/helps/{id}/finish", new { outcome = "again" })).ExpectProblemAsync(HttpStatusCode.Conflict, "assistance.help_finished");

        var detail = await (await clerk.GetAsync($"/api/v1/assistance/helps/{id}")).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal(["help-started", "help-finished"], detail.GetProperty("history").EnumerateArray().Select(e => e.GetProperty("action").GetString()));
        Assert.All(detail.GetProperty("history").EnumerateArray(), e => Assert.Equal("clerk.li", e.GetProperty("actor").GetString()));
    }

    [Fact]
    public async Task Bad_help_input_names_every_field_and_stores_nothing()
    {
        var admin = await app.AsAsync();
        var before = await CountAsync(admin, "sjs-gucheng");

        var fields = await (await admin.PostJsonAsync("/api/v1/assistance/helps", new { hallCode = "sjs-gucheng-hall", itemCode = "MZ-007", group = "tourist", visitorPhone = "12345", greenChannel = true }))
            .ExpectProblemAsync(HttpStatusCode.BadRequest, "validation.failed");
        Assert.Contains("group", fields);
        Assert.Contains("visitorPhone", fields);
        Assert.Contains("queueCategory", fields);
        await (await admin.PostJsonAsync("/api/v1/assistance/helps", Help(hall: "sjs-gucheng-hall", item: "NOPE-999"))).ExpectProblemAsync(HttpStatusCode.BadRequest, "assistance.unknown_item");
        await (await admin.PostJsonAsync("/api/v1/assistance/helps", Help(hall: "nowhere-hall"))).ExpectProblemAsync(HttpStatusCode.BadRequest, "assistance.unknown_hall");
        await (await admin.PostJsonAsync("/api/v1/assistance/helps", new { hallCode = "sjs-gucheng-hall", itemCode = "MZ-007", group = "elderly", windowCode = "99" })).ExpectProblemAsync(HttpStatusCode.BadRequest, "assistance.unknown_window");
        await (await admin.PostJsonAsync("/api/v1/assistance/helps", new { hallCode = "sjs-gucheng-hall", itemCode = "MZ-007", group = "elderly", greenChannel = true, queueCategory = "no-such-category" }))
            .ExpectProblemAsync(HttpStatusCode.BadRequest, "assistance.ticket_refused");

        Assert.Equal(before, await CountAsync(admin, "sjs-gucheng"));
    }

    [Fact]
    public async Task A_retry_with_the_same_idempotency_key_returns_the_first_record_even_when_sent_twice_at_once()
    {
        var admin = await app.AsAsync();
        var key = "help-" + Guid.NewGuid().ToString("N");
        var before = await CountAsync(admin, "sjs-pingguoyuan");

        async Task<HttpResponseMessage> SendAsync()
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/assistance/helps") { Content = JsonContent(Help(hall: "sjs-pingguoyuan-hall", green: true)) };
            request.Headers.Add("Idempotency-Key", key);
            return await admin.SendAsync(request);
        }

        var responses = await Task.WhenAll(SendAsync(), SendAsync());
        var again = await SendAsync();

        Assert.Contains(responses, r => r.StatusCode == HttpStatusCode.Created);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        var ids = new List<Guid>();
        foreach (var r in responses.Append(again))
        {
            ids.Add((await r.ReadAsync()).GetProperty("id").GetGuid());
        }

        Assert.Single(ids.Distinct());
        Assert.Equal(before + 1, await CountAsync(admin, "sjs-pingguoyuan"));
    }

    [Fact]
    public async Task Only_assistance_staff_may_record_help()
    {
        var auditor = await app.AsAsync("auditor.zhao");
        Assert.Equal(HttpStatusCode.Forbidden, (await auditor.PostJsonAsync("/api/v1/assistance/helps", Help())).StatusCode);
        var hotline = await app.AsAsync("hotline.sun");
        Assert.Equal(HttpStatusCode.Forbidden, (await hotline.GetAsync("/api/v1/assistance/helps")).StatusCode);
    }

    internal static System.Net.Http.Json.JsonContent JsonContent(object body) => System.Net.Http.Json.JsonContent.Create(body);

    private static async Task<int> CountAsync(HttpClient client, string center) =>
        (await (await client.GetAsync($"/api/v1/assistance/helps?center={center}")).ExpectAsync(HttpStatusCode.OK)).GetArrayLength();
}
