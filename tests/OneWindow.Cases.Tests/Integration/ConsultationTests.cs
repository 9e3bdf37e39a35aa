using System.Net;
using System.Text.Json;
using OneWindow.Testing;
using static OneWindow.Cases.Tests.Integration.CaseApi;

namespace OneWindow.Cases.Tests.Integration;

/// <summary>咨询: a consultation recorded as a case without materials, moved on when materials come, or withdrawn.</summary>
[Trait("Category", "Integration")]
public sealed class ConsultationTests(DemoApp app) : IClassFixture<DemoApp>
{
    private static Task<HttpResponseMessage> ConsultAsync(HttpClient client, int n, object? extra = null) =>
        client.PostJsonAsync("/api/v1/cases", extra ?? new { itemCode = Item, applicant = Person(n), status = "consulted", channel = "window", windowCode = "A01", ticketNumber = "A012" });

    private static async Task<Guid> ConsultedAsync(HttpClient client, int n)
    {
        var created = await (await ConsultAsync(client, n)).ExpectAsync(HttpStatusCode.Created);
        Assert.Equal("consulted", created.GetProperty("status").GetString());
        return Id(created);
    }

    [Fact]
    public async Task A_consultation_needs_no_materials_and_moves_on_only_when_materials_are_recorded()
    {
        var clerk = await app.ClientForAsync("clerk.li");
        var id = await ConsultedAsync(clerk, 201);
        var detail = await GetAsync(clerk, id);
        Assert.Equal("consulted", detail.GetProperty("status").GetString());
        Assert.Equal(["materials", "withdraw"], detail.GetProperty("actions").EnumerateArray().Select(a => a.GetString()!));
        Assert.Equal("A012", detail.GetProperty("ticketNumber").GetString());
        Assert.Equal(["consulted"], Actions(detail));
        Assert.All(detail.GetProperty("materials").EnumerateArray(), m => Assert.Equal("none", m.GetProperty("form").GetString()));

        // Not an application yet: it cannot be accepted, refused, reviewed, nor given a one-time notice.
        await (await clerk.PostJsonAsync($"/api/v1/cases/{id}/accept", new { })).ExpectProblemAsync(HttpStatusCode.Conflict, "cases.invalid_transition");
        await (await clerk.PostJsonAsync($"/api/v1/cases/{id}/refuse", new { reason = "不属本机关受理范围" })).ExpectProblemAsync(HttpStatusCode.Conflict, "cases.invalid_transition");
        await (await clerk.PostJsonAsync($"/api/v1/cases/{id}/result-ready", new { })).ExpectProblemAsync(HttpStatusCode.Conflict, "cases.invalid_transition");
        await (await clerk.PostJsonAsync($"/api/v1/cases/{id}/close", new { })).ExpectProblemAsync(HttpStatusCode.Conflict, "cases.invalid_transition");
        Assert.Equal(HttpStatusCode.Conflict, (await clerk.GetAsync(new Uri($"/api/v1/cases/{id}/documents/one-time-notice", UriKind.Relative))).StatusCode);
        var unchanged = await GetAsync(clerk, id);
        Assert.Equal("consulted", unchanged.GetProperty("status").GetString());
        Assert.Equal(["consulted"], Actions(unchanged));

        // The applicant comes back with part of the materials: incomplete, the one-time notice names the rest.
        var partial = await ActAsync(clerk, id, "materials", new { provided = new[] { "ID_CARD" } });
        Assert.Equal("incomplete", partial.GetProperty("status").GetString());
        Assert.Equal(["MZ-005-M01", "MZ-005-M03"], partial.GetProperty("missing").EnumerateArray().Select(m => m.GetProperty("code").GetString()!));
        var incomplete = await GetAsync(clerk, id);
        Assert.Equal(["consulted", "materials-received"], Actions(incomplete));
        Assert.Contains("一次性告知", incomplete.GetProperty("history")[1].GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await clerk.GetAsync(new Uri($"/api/v1/cases/{id}/documents/one-time-notice", UriKind.Relative))).StatusCode);

        await ActAsync(clerk, id, "materials", new { provided = new[] { "MZ-005-M01", "MZ-005-M03" } });
        var accepted = await ActAsync(clerk, id, "accept");
        Assert.Equal("accepted", accepted.GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_consultation_with_every_material_brought_is_ready_to_accept_and_one_may_be_withdrawn()
    {
        var clerk = await app.ClientForAsync("clerk.li");
        var complete = await ConsultedAsync(clerk, 202);
        var submitted = await ActAsync(clerk, complete, "materials", new { provided = AllMaterials });
        Assert.Equal("submitted", submitted.GetProperty("status").GetString());
        Assert.Empty(submitted.GetProperty("missing").EnumerateArray());

        var withdrawn = await ConsultedAsync(clerk, 203);
        await ActAsync(clerk, withdrawn, "withdraw", new { reason = "申请人仅咨询，不再申请" });
        await (await clerk.PostJsonAsync($"/api/v1/cases/{withdrawn}/materials", new { provided = AllMaterials })).ExpectProblemAsync(HttpStatusCode.Conflict, "cases.invalid_transition");
        var detail = await GetAsync(clerk, withdrawn);
        Assert.Equal("withdrawn", detail.GetProperty("status").GetString());
        Assert.Equal(["consulted", "withdrawn"], Actions(detail));
    }

    [Fact]
    public async Task A_consultation_with_materials_or_another_status_is_refused_and_nothing_is_stored()
    {
        var clerk = await app.ClientForAsync("clerk.li");
        var before = await CountAsync(clerk);
        var withMaterials = await ConsultAsync(clerk, 204, new { itemCode = Item, applicant = Person(204), status = "consulted", provided = new[] { "ID_CARD" } });
        Assert.Equal(["provided"], await withMaterials.ExpectProblemAsync(HttpStatusCode.BadRequest, "validation.failed"));
        var otherStatus = await ConsultAsync(clerk, 205, new { itemCode = Item, applicant = Person(205), status = "accepted", provided = AllMaterials });
        Assert.Equal(["status"], await otherStatus.ExpectProblemAsync(HttpStatusCode.BadRequest, "validation.failed"));
        var noApplicant = await ConsultAsync(clerk, 206, new { itemCode = Item, status = "consulted" });
        Assert.Contains("applicant", await noApplicant.ExpectProblemAsync(HttpStatusCode.BadRequest, "validation.failed"));
        Assert.Equal(before, await CountAsync(clerk));
    }

    private static async Task<int> CountAsync(HttpClient client)
    {
        JsonElement page = await (await client.GetAsync(new Uri("/api/v1/cases?pageSize=1", UriKind.Relative))).ExpectAsync(HttpStatusCode.OK);
        return page.GetProperty("total").GetInt32();
    }
}
