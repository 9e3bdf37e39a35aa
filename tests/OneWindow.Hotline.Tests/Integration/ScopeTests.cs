using System.Net;
using System.Net.Http.Headers;
using OneWindow.Testing;
using static OneWindow.Hotline.Tests.Integration.OrderProbe;
using static OneWindow.Hotline.Tests.Integration.Orders;

namespace OneWindow.Hotline.Tests.Integration;

/// <summary>Who may do what: a street officer acts on its street's orders only; clerks and strangers not at all.</summary>
[Trait("Category", "Integration")]
public sealed class ScopeTests(HotlineApp app) : IClassFixture<HotlineApp>
{
    private const string NotYours = "hotline.not_your_unit";

    [Fact]
    public async Task A_street_officer_handles_the_streets_orders_and_cannot_touch_or_see_another_units()
    {
        var agent = await app.AgentAsync();
        var street = await app.AsAsync("babaoshan.liu");
        var mine = Id(await CreateAsync(agent, Phone(501), StreetLeaf, street: "sjs-babaoshan", content: "八宝山路口早市占道"));
        await ActAsync(agent, mine, "dispatch", new { unitCode = "u-sjs-babaoshan" });
        var theirs = Id(await CreateAsync(agent, Phone(502)));
        await (await agent.PostAsync($"/api/v1/work-orders/{theirs}/attachments", PhotoForm("scan.jpg"))).ExpectAsync(HttpStatusCode.OK);
        await ActAsync(agent, theirs, "dispatch", new { unitCode = "u-sjs-zjw" });
        var fileId = (await DetailAsync(agent, theirs)).GetProperty("files")[0].GetProperty("id").GetGuid();

        Assert.Equal("accepted", (await ActAsync(street, mine, "accept")).GetProperty("status").GetString());
        Assert.Equal("babaoshan.liu", Last(await DetailAsync(street, mine)).GetProperty("actor").GetString());

        await RefusedAsync(street, theirs, "accept", new { }, HttpStatusCode.Forbidden, NotYours, reader: agent);
        await RefusedAsync(street, theirs, "return", new { reason = "不归我们" }, HttpStatusCode.Forbidden, NotYours, reader: agent);
        await RefusedAsync(street, theirs, "reveal-caller", new { reason = "联系来电人" }, HttpStatusCode.Forbidden, NotYours, reader: agent);
        await (await street.GetAsync($"/api/v1/work-orders/{theirs}")).ExpectProblemAsync(HttpStatusCode.Forbidden, NotYours);

        // Files of another unit's order can be neither added nor read.
        var before = await DetailAsync(agent, theirs);
        await (await street.PostAsync($"/api/v1/work-orders/{theirs}/attachments", PhotoForm("mine.jpg"))).ExpectProblemAsync(HttpStatusCode.Forbidden, NotYours);
        var form = PhotoForm("site.jpg");
        form.Add(new StringContent("现场无异常"), "findings");
        await (await street.PostAsync($"/api/v1/work-orders/{theirs}/verifications", form)).ExpectProblemAsync(HttpStatusCode.Forbidden, NotYours);
        await (await street.GetAsync($"/api/v1/work-orders/{theirs}/files/{fileId}")).ExpectProblemAsync(HttpStatusCode.Forbidden, NotYours);
        Assert.Equal(before.ToString(), (await DetailAsync(agent, theirs)).ToString());
        using (var download = await (await app.UnitAsync()).GetAsync($"/api/v1/work-orders/{theirs}/files/{fileId}"))
        {
            Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        }

        var seen = await (await street.GetAsync("/api/v1/work-orders?pageSize=200")).ExpectAsync(HttpStatusCode.OK);
        var ids = seen.GetProperty("items").EnumerateArray().Select(o => o.GetProperty("id").GetGuid()).ToList();
        Assert.Contains(mine, ids);
        Assert.DoesNotContain(theirs, ids);
        Assert.All(seen.GetProperty("items").EnumerateArray(), o => Assert.Equal("u-sjs-babaoshan", o.GetProperty("unitCode").GetString()));
        Assert.Equal(0, (await (await street.GetAsync("/api/v1/work-orders?unit=u-sjs-zjw")).ExpectAsync(HttpStatusCode.OK)).GetProperty("total").GetInt32());

        // The district officer's scope (sjs) covers both; the agents see everything, registered orders too.
        var district = await (await (await app.UnitAsync()).GetAsync("/api/v1/work-orders?pageSize=200")).ExpectAsync(HttpStatusCode.OK);
        Assert.Contains(district.GetProperty("items").EnumerateArray(), o => o.GetProperty("id").GetGuid() == theirs);
        Assert.Contains(district.GetProperty("items").EnumerateArray(), o => o.GetProperty("id").GetGuid() == mine);
    }

    [Fact]
    public async Task Orders_not_yet_dispatched_are_only_the_agents()
    {
        var agent = await app.AgentAsync();
        var id = Id(await CreateAsync(agent, Phone(503)));
        foreach (var officer in new[] { await app.UnitAsync(), await app.AsAsync("babaoshan.liu") })
        {
            await (await officer.GetAsync($"/api/v1/work-orders/{id}")).ExpectProblemAsync(HttpStatusCode.Forbidden, NotYours);
            await RefusedAsync(officer, id, "accept", new { }, HttpStatusCode.Forbidden, NotYours, reader: agent);
            var list = await (await officer.GetAsync("/api/v1/work-orders?status=registered")).ExpectAsync(HttpStatusCode.OK);
            Assert.Equal(0, list.GetProperty("total").GetInt32());
        }
    }

    [Fact]
    public async Task Clerks_officers_and_strangers_cannot_take_or_steer_orders()
    {
        var agent = await app.AgentAsync();
        var id = Id(await CreateAsync(agent, Phone(504)));
        var body = new { type = "complaint", caller = new { name = "李", phone = Phone(505) }, content = "噪音扰民", categoryCode = "070101" };
        var total = (await (await agent.GetAsync("/api/v1/work-orders?pageSize=1")).ExpectAsync(HttpStatusCode.OK)).GetProperty("total").GetInt32();

        var clerk = await app.AsAsync("clerk.li");
        Assert.Equal(HttpStatusCode.Forbidden, (await clerk.PostJsonAsync("/api/v1/work-orders", body)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await clerk.GetAsync("/api/v1/work-orders")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await clerk.GetAsync($"/api/v1/work-orders/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await clerk.PostJsonAsync($"/api/v1/work-orders/{id}/dispatch", new { unitCode = "u-sjs-zjw" })).StatusCode);

        var officer = await app.UnitAsync();
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.PostJsonAsync("/api/v1/work-orders", body)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.PostJsonAsync($"/api/v1/work-orders/{id}/dispatch", new { unitCode = "u-sjs-zjw" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.PostJsonAsync($"/api/v1/work-orders/{id}/supervise", new { reason = "x" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.PostJsonAsync($"/api/v1/work-orders/{id}/return/approve", new { })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await agent.PostJsonAsync($"/api/v1/work-orders/{id}/ledger", new { reason = "x", followUpOn = "2099-01-01" })).StatusCode);

        using var anonymous = app.CreateClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostJsonAsync("/api/v1/work-orders", body)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/v1/work-orders")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync($"/api/v1/work-orders/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostJsonAsync($"/api/v1/work-orders/{id}/accept", new { })).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostJsonAsync("/api/v1/work-orders/caller-history", new { phone = Phone(504) })).StatusCode);

        Assert.Equal(total, (await (await agent.GetAsync("/api/v1/work-orders?pageSize=1")).ExpectAsync(HttpStatusCode.OK)).GetProperty("total").GetInt32());
        Assert.Equal(["created"], Actions(await DetailAsync(agent, id)));
    }

    private static MultipartFormDataContent PhotoForm(string name)
    {
        var bytes = new byte[600];
        new Random(name.Length).NextBytes(bytes);
        bytes[0] = 0xFF;
        bytes[1] = 0xD8;
        bytes[2] = 0xFF;
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue("image/jpeg");
        return new MultipartFormDataContent { { content, "files", name } };
    }
}
