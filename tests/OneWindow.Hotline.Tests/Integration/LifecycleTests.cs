using System.Net;
using System.Text.Json;
using OneWindow.Testing;
using static OneWindow.Hotline.Tests.Integration.Orders;

namespace OneWindow.Hotline.Tests.Integration;

[Trait("Category", "Integration")]
public sealed class LifecycleTests(DemoApp app) : IClassFixture<DemoApp>
{
    [Fact]
    public async Task A_complaint_goes_from_intake_to_callback_and_every_step_is_in_its_history()
    {
        var agent = await app.ClientForAsync();
        var created = await CreateAsync(agent, "13712340001", StreetLeaf, street: "sjs-bajiao", content: "八角北路早市占道经营，堵塞人行道");
        Assert.Equal("registered", created.GetProperty("status").GetString());
        Assert.Matches("^[0-9]{14}$", created.GetProperty("number").GetString());
        Assert.Equal("u-sjs-bajiao", created.GetProperty("suggestedUnitCode").GetString());
        var id = created.GetProperty("id").GetGuid();
        var due = created.GetProperty("dueAt").GetDateTimeOffset();
        Assert.True(due > DateTimeOffset.UtcNow.AddDays(6), $"7 working days from now, got {due}");

        var dispatched = await ActAsync(agent, id, "dispatch", new { unitCode = "u-sjs-bajiao" });
        Assert.Equal("dispatched", dispatched.GetProperty("status").GetString());
        Assert.Equal("八角街道办事处", dispatched.GetProperty("unitName").GetString());
        await (await agent.PostJsonAsync($"/api/v1/work-orders/{id}/reply", new { content = "已处理", solved = true })).ExpectProblemAsync(HttpStatusCode.Conflict, "hotline.invalid_transition");
        await ActAsync(agent, id, "accept");
        await (await agent.PostJsonAsync($"/api/v1/work-orders/{id}/callback", new { valid = true, contacted = true, solved = true, satisfaction = "satisfied" })).ExpectProblemAsync(HttpStatusCode.Conflict, "hotline.invalid_transition");
        await ActAsync(agent, id, "reply", new { content = "已联系城管执法队清理占道摊点", solved = true });
        var closed = await ActAsync(agent, id, "callback", new { valid = true, contacted = true, solved = true, satisfaction = "basically-satisfied" });
        Assert.Equal("closed", closed.GetProperty("status").GetString());

        var detail = await (await agent.GetAsync($"/api/v1/work-orders/{id}")).ExpectAsync(HttpStatusCode.OK);
        var actions = detail.GetProperty("history").EnumerateArray().Select(e => e.GetProperty("action").GetString()).ToList();
        Assert.Equal(["created", "dispatched", "accepted", "replied", "callback"], actions);
        Assert.Equal("王**", detail.GetProperty("order").GetProperty("callerName").GetString());
        Assert.Equal("137****0001", detail.GetProperty("order").GetProperty("callerPhone").GetString());
        Assert.DoesNotContain("13712340001", detail.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bad_input_is_refused_with_the_field_named_and_nothing_is_stored()
    {
        var agent = await app.ClientForAsync();
        var before = (await (await agent.GetAsync("/api/v1/work-orders?pageSize=1")).ExpectAsync(HttpStatusCode.OK)).GetProperty("total").GetInt32();
        await (await agent.PostJsonAsync("/api/v1/work-orders", new { type = "complaint", caller = new { name = "李", phone = "12345" }, content = "x", categoryCode = HousingLeaf })).ExpectProblemAsync(HttpStatusCode.BadRequest, "validation.failed");
        await (await agent.PostJsonAsync("/api/v1/work-orders", new { type = "complaint", caller = new { name = "李", phone = "13712340002" }, content = "x", categoryCode = "02" })).ExpectProblemAsync(HttpStatusCode.BadRequest, "hotline.unknown_category");
        await (await agent.PostJsonAsync("/api/v1/work-orders", new { type = "gossip", caller = new { name = "李", phone = "13712340002" }, content = "x", categoryCode = HousingLeaf })).ExpectProblemAsync(HttpStatusCode.BadRequest, "validation.failed");
        var after = (await (await agent.GetAsync("/api/v1/work-orders?pageSize=1")).ExpectAsync(HttpStatusCode.OK)).GetProperty("total").GetInt32();
        Assert.Equal(before, after);

        var id = (await CreateAsync(agent, "13712340003")).GetProperty("id").GetGuid();
        await (await agent.PostJsonAsync($"/api/v1/work-orders/{id}/dispatch", new { unitCode = "u-nowhere" })).ExpectProblemAsync(HttpStatusCode.BadRequest, "hotline.unknown_unit");
        await ActAsync(agent, id, "dispatch", new { unitCode = "u-sjs-zjw" });
        await ActAsync(agent, id, "accept");
        await ActAsync(agent, id, "reply", new { content = "已维修", solved = true });
        Assert.Equal(["satisfaction"], await (await agent.PostJsonAsync($"/api/v1/work-orders/{id}/callback", new { valid = true, contacted = true, solved = true, satisfaction = "happy" })).ExpectProblemAsync(HttpStatusCode.BadRequest, "validation.failed"));
        var detail = await (await agent.GetAsync($"/api/v1/work-orders/{id}")).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal("replied", detail.GetProperty("order").GetProperty("status").GetString());
        Assert.Equal(4, detail.GetProperty("history").GetArrayLength());
    }
}
