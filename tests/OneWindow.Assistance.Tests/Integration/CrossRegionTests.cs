using System.Net;
using MiniExcelLibs;
using OneWindow.Testing;
using static OneWindow.Assistance.Tests.Integration.Desk;

namespace OneWindow.Assistance.Tests.Integration;

/// <summary>跨域通办 (收受分离): configured items, forwarding by post or electronically, receipt, result, return; overdue; statistics.</summary>
[Trait("Category", "Integration")]
[Collection(AssistanceApp.Collection)]
public sealed class CrossRegionTests(AssistanceApp app)
{
    [Fact]
    public async Task The_scenario_lists_jing_jin_ji_and_inter_provincial_items_from_the_catalog()
    {
        var admin = await app.AsAsync();

        var items = (await (await admin.GetAsync("/api/v1/assistance/cross-region/items")).ExpectAsync(HttpStatusCode.OK)).EnumerateArray().ToList();

        Assert.Contains(items, i => i.GetProperty("itemCode").GetString() == "YB-002" && i.GetProperty("scope").GetString() == "jing-jin-ji" && i.GetProperty("itemName").GetString() == "异地就医备案");
        Assert.Contains(items, i => i.GetProperty("itemCode").GetString() == "GA-005" && i.GetProperty("scope").GetString() == "inter-provincial");
        Assert.DoesNotContain(items, i => i.GetProperty("itemCode").GetString() == "GA-005" && i.GetProperty("scope").GetString() == "jing-jin-ji");
    }

    [Fact]
    public async Task An_outgoing_dossier_goes_from_acceptance_to_the_returned_result_and_illegal_steps_are_409()
    {
        var clerk = await app.AsAsync("clerk.li");
        var dossier = await CreatedAsync(clerk, "/api/v1/assistance/cross-region", Dossier(center: "sjs"));
        Assert.Equal("accepted", dossier.GetProperty("status").GetString());
        Assert.Equal("赵**", dossier.GetProperty("applicantName").GetString());
        var url = $"/api/v1/assistance/cross-region/{dossier.GetProperty("id").GetGuid()}";

        await (await clerk.PostJsonAsync(url + "/receive", new { receivedBy = "和平区医保窗口" })).ExpectProblemAsync(HttpStatusCode.Conflict, "assistance.dossier_illegal_step");
        var fields = await (await clerk.PostJsonAsync(url + "/forward", new { mode = "post", expressCompany = "中国邮政EMS" })).ExpectProblemAsync(HttpStatusCode.BadRequest, "validation.failed");
        Assert.Equal(["trackingNumber"], fields);
        await (await clerk.PostJsonAsync(url + "/forward", new { mode = "pigeon" })).ExpectProblemAsync(HttpStatusCode.BadRequest, "validation.failed");

        var forwarded = await (await clerk.PostJsonAsync(url + "/forward", new { mode = "post", expressCompany = "中国邮政EMS", trackingNumber = "1100123456789" })).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal("forwarded", forwarded.GetProperty("status").GetString());
        Assert.Equal("1100123456789", forwarded.GetProperty("trackingNumber").GetString());
        Assert.False(forwarded.GetProperty("overdue").GetBoolean());
        await (await clerk.PostJsonAsync(url + "/cancel", new { reason = "x" })).ExpectProblemAsync(HttpStatusCode.Conflict, "assistance.dossier_illegal_step");
        await (await clerk.PostJsonAsync(url + "/decide", new { result = "approved" })).ExpectProblemAsync(HttpStatusCode.Conflict, "assistance.dossier_illegal_step");

        var received = await (await clerk.PostJsonAsync(url + "/receive", new { receivedBy = "和平区医保窗口" })).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal("和平区医保窗口", received.GetProperty("receivedBy").GetString());
        Assert.Equal(["note"], await (await clerk.PostJsonAsync(url + "/decide", new { result = "rejected" })).ExpectProblemAsync(HttpStatusCode.BadRequest, "validation.failed"));
        var decided = await (await clerk.PostJsonAsync(url + "/decide", new { result = "approved", note = "准予备案", resultDocument = "备案回执 JY-2026-001" })).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal("approved", decided.GetProperty("result").GetString());
        var returned = await (await clerk.PostJsonAsync(url + "/return", new { mode = "pickup" })).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal("returned", returned.GetProperty("status").GetString());
        await (await clerk.PostJsonAsync(url + "/return", new { mode = "pickup" })).ExpectProblemAsync(HttpStatusCode.Conflict, "assistance.dossier_illegal_step");

        var detail = await (await clerk.GetAsync(url)).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal(["cross-accepted", "cross-forwarded", "cross-received", "cross-decided", "cross-returned"], detail.GetProperty("history").EnumerateArray().Select(e => e.GetProperty("action").GetString()));
    }

    [Fact]
    public async Task An_item_off_the_cross_region_list_and_other_bad_input_store_nothing()
    {
        var admin = await app.AsAsync();
        var before = await CountAsync(admin, "sjs-jindingjie");

        await (await admin.PostJsonAsync("/api/v1/assistance/cross-region", Dossier(center: "sjs-jindingjie", item: "MZ-001"))).ExpectProblemAsync(HttpStatusCode.BadRequest, "assistance.not_cross_region_item");
        await (await admin.PostJsonAsync("/api/v1/assistance/cross-region", Dossier(center: "sjs-jindingjie", item: "GA-005", scope: "jing-jin-ji"))).ExpectProblemAsync(HttpStatusCode.BadRequest, "assistance.not_cross_region_item");
        var fields = await (await admin.PostJsonAsync("/api/v1/assistance/cross-region", new { centerCode = "sjs-jindingjie", direction = "sideways", scope = "moon", itemCode = "YB-002", applicantPhone = "1" }))
            .ExpectProblemAsync(HttpStatusCode.BadRequest, "validation.failed");
        Assert.Superset(new HashSet<string> { "direction", "scope", "counterpartRegion", "counterpartDepartment", "applicantName", "applicantPhone" }, fields.ToHashSet());

        Assert.Equal(before, await CountAsync(admin, "sjs-jindingjie"));
    }

    [Fact]
    public async Task Two_people_forwarding_the_same_dossier_at_once_get_one_success_and_one_409()
    {
        var clerk = await app.AsAsync("clerk.li");
        var admin = await app.AsAsync();
        var id = (await CreatedAsync(clerk, "/api/v1/assistance/cross-region", Dossier(center: "sjs"))).GetProperty("id").GetGuid();
        var url = $"/api/v1/assistance/cross-region/{id}/forward";

        var responses = await Task.WhenAll(
            clerk.PostJsonAsync(url, new { mode = "electronic", transmissionReference = "KYTB-A" }),
            admin.PostJsonAsync(url, new { mode = "electronic", transmissionReference = "KYTB-B" }));

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.Conflict], responses.Select(r => r.StatusCode).Order());
    }

    [Fact]
    public async Task A_demo_dossier_forwarded_weeks_ago_and_not_received_is_flagged_overdue()
    {
        var admin = await app.AsAsync();

        var overdue = (await (await admin.GetAsync("/api/v1/assistance/cross-region?overdue=true")).ExpectAsync(HttpStatusCode.OK)).EnumerateArray().ToList();

        Assert.NotEmpty(overdue);
        Assert.All(overdue, d =>
        {
            Assert.Equal("forwarded", d.GetProperty("status").GetString());
            Assert.True(d.GetProperty("overdue").GetBoolean());
        });
        var open = (await (await admin.GetAsync("/api/v1/assistance/cross-region?open=true")).ExpectAsync(HttpStatusCode.OK)).EnumerateArray().ToList();
        Assert.Contains(open, d => d.GetProperty("status").GetString() == "accepted" && !d.GetProperty("overdue").GetBoolean());
    }

    [Fact]
    public async Task The_month_statistics_count_one_center_by_group_state_scope_and_direction_and_export_to_xlsx()
    {
        var admin = await app.AsAsync();
        const string center = "sjs-laoshan";
        await CreatedAsync(admin, "/api/v1/assistance/helps", Help(hall: "sjs-laoshan-hall", group: "elderly"));
        await CreatedAsync(admin, "/api/v1/assistance/helps", Help(hall: "sjs-laoshan-hall", group: "elderly", green: true));
        await CreatedAsync(admin, "/api/v1/assistance/helps", Help(hall: "sjs-laoshan-hall", group: "military"));
        var proxy = await CreatedAsync(admin, "/api/v1/assistance/proxies", Proxy(center: center));
        await (await admin.PostJsonAsync($"/api/v1/assistance/proxies/{proxy.GetProperty("id").GetGuid()}/cancel", new { reason = "申请人自行办理" })).ExpectAsync(HttpStatusCode.OK);
        await CreatedAsync(admin, "/api/v1/assistance/proxies", Proxy(center: center));
        await CreatedAsync(admin, "/api/v1/assistance/cross-region", Dossier(center: center));
        await CreatedAsync(admin, "/api/v1/assistance/cross-region", Dossier(center: center, item: "GA-005", scope: "inter-provincial", direction: "incoming"));
        var month = Month(proxy.GetProperty("createdAt").GetDateTimeOffset());

        var stats = await (await admin.GetAsync($"/api/v1/assistance/stats?month={month}&center={center}")).ExpectAsync(HttpStatusCode.OK);

        var c = Assert.Single(stats.GetProperty("centers").EnumerateArray());
        Assert.Equal(3, c.GetProperty("helps").GetInt32());
        Assert.Equal(1, c.GetProperty("greenChannel").GetInt32());
        Assert.Equal(2, c.GetProperty("helpsByGroup").GetProperty("elderly").GetInt32());
        Assert.Equal(1, c.GetProperty("helpsByGroup").GetProperty("military").GetInt32());
        Assert.Equal(0, c.GetProperty("helpsByGroup").GetProperty("pregnant").GetInt32());
        Assert.Equal(1, c.GetProperty("proxiesByStatus").GetProperty("cancelled").GetInt32());
        Assert.Equal(1, c.GetProperty("proxiesByStatus").GetProperty("received").GetInt32());
        Assert.Equal(1, c.GetProperty("dossiersByScope").GetProperty("jing-jin-ji").GetInt32());
        Assert.Equal(1, c.GetProperty("dossiersByScope").GetProperty("inter-provincial").GetInt32());
        Assert.Equal(1, c.GetProperty("dossiersByDirection").GetProperty("incoming").GetInt32());
        Assert.Equal(2, c.GetProperty("dossiersByStatus").GetProperty("accepted").GetInt32());

        var xlsx = await admin.GetAsync($"/api/v1/assistance/stats.xlsx?month={month}&center={center}");
        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
        await using var stream = new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync());
        var row = Assert.Single(MiniExcel.Query(stream, useHeaderRow: true).Cast<IDictionary<string, object?>>());
        Assert.Equal(center, row["中心"]?.ToString());
        Assert.Equal("3", row["帮办"]?.ToString());
        Assert.Equal("2", row["帮办-老年人"]?.ToString());
        Assert.Equal("1", row["跨域-京津冀"]?.ToString());
        await (await admin.GetAsync("/api/v1/assistance/stats?month=2026-13")).ExpectProblemAsync(HttpStatusCode.BadRequest, "validation.failed");
    }

    private static async Task<int> CountAsync(HttpClient client, string center) =>
        (await (await client.GetAsync($"/api/v1/assistance/cross-region?center={center}")).ExpectAsync(HttpStatusCode.OK)).GetArrayLength();
}
