using System.Net;
using System.Net.Http.Json;
using OneWindow.Testing;
using static OneWindow.Cases.Tests.Integration.CaseApi;

namespace OneWindow.Cases.Tests.Integration;

/// <summary>
/// A reviewer bound to a department (mzj.zhou: 区民政局, scjgj.wu: 区市场监管局) sees, decides and signs in only its own
/// department's cases and batches; a reviewer with no department decides nothing.
/// </summary>
[Trait("Category", "Integration")]
public sealed class DepartmentScopeTests(DemoApp app) : IClassFixture<DemoApp>
{
    [Fact]
    public async Task Another_departments_reviewer_can_neither_see_nor_decide_the_case_and_leaves_no_trace()
    {
        var admin = await app.ClientForAsync();
        var id = await HandedOverAsync(admin, 200);
        var other = await app.ClientForAsync("scjgj.wu");

        await (await other.GetAsync(new Uri($"/api/v1/cases/{id}", UriKind.Relative))).ExpectProblemAsync(HttpStatusCode.NotFound, "cases.not_found");
        await (await other.PostJsonAsync($"/api/v1/cases/{id}/start-review", new { })).ExpectProblemAsync(HttpStatusCode.NotFound, "cases.not_found");
        Assert.Equal("handed-over", (await GetAsync(admin, id)).GetProperty("status").GetString());

        await ActAsync(admin, id, "start-review");
        await (await other.PostJsonAsync($"/api/v1/cases/{id}/approve", new { reason = "同意" })).ExpectProblemAsync(HttpStatusCode.NotFound, "cases.not_found");
        await (await other.PostJsonAsync($"/api/v1/cases/{id}/reject", new { reason = "不同意" })).ExpectProblemAsync(HttpStatusCode.NotFound, "cases.not_found");
        await (await other.PostJsonAsync($"/api/v1/cases/{id}/request-correction", new { reason = "请补正" })).ExpectProblemAsync(HttpStatusCode.NotFound, "cases.not_found");

        var detail = await GetAsync(admin, id);
        Assert.Equal("under-review", detail.GetProperty("status").GetString());
        Assert.Equal(["created", "accepted", "handover-sent", "handed-over", "review-started"], Actions(detail));
    }

    [Fact]
    public async Task The_departments_own_reviewer_signs_the_batch_in_and_decides_the_case()
    {
        var admin = await app.ClientForAsync();
        var id = Id(await CreateAsync(admin, 210, AllMaterials));
        await ActAsync(admin, id, "accept");
        var batch = await (await admin.PostJsonAsync("/api/v1/cases/handovers", new { departmentCode = Department, caseIds = new[] { id }, senderName = "李晓燕" })).ExpectAsync(HttpStatusCode.Created);
        var batchId = batch.GetProperty("id").GetGuid();

        // The wrong department cannot sign the batch in, nor see it in its list.
        var other = await app.ClientForAsync("scjgj.wu");
        await (await other.PostJsonAsync($"/api/v1/cases/handovers/{batchId}/receive", new { receiverName = "吴磊" })).ExpectProblemAsync(HttpStatusCode.NotFound, "cases.batch_not_found");
        var seen = await (await other.GetAsync(new Uri("/api/v1/cases/handovers", UriKind.Relative))).ExpectAsync(HttpStatusCode.OK);
        Assert.DoesNotContain(seen.EnumerateArray(), b => b.GetProperty("id").GetGuid() == batchId);
        var untouched = await (await admin.GetAsync(new Uri($"/api/v1/cases/handovers/{batchId}", UriKind.Relative))).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, untouched.GetProperty("receivedAt").ValueKind);
        Assert.Equal("accepted", (await GetAsync(admin, id)).GetProperty("status").GetString());

        var own = await app.ClientForAsync("mzj.zhou");
        var listed = await (await own.GetAsync(new Uri("/api/v1/cases/handovers", UriKind.Relative))).ExpectAsync(HttpStatusCode.OK);
        Assert.Contains(listed.EnumerateArray(), b => b.GetProperty("id").GetGuid() == batchId);
        var received = await (await own.PostJsonAsync($"/api/v1/cases/handovers/{batchId}/receive", new { receiverName = "周敏" })).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal("周敏", received.GetProperty("receiverName").GetString());

        await ActAsync(own, id, "start-review");
        var approved = await ActAsync(own, id, "approve", new { reason = "符合临时救助条件" });
        Assert.Equal("approved", approved.GetProperty("status").GetString());
        var detail = await GetAsync(own, id);
        Assert.Equal(["created", "accepted", "handover-sent", "handed-over", "review-started", "approved"], Actions(detail));
        Assert.All(detail.GetProperty("history").EnumerateArray().Skip(3), e => Assert.Equal("mzj.zhou", e.GetProperty("actor").GetString()));
    }

    [Fact]
    public async Task A_reviewer_without_a_department_decides_nothing_until_an_administrator_sets_one()
    {
        var admin = await app.ClientForAsync();
        await (await admin.PostJsonAsync("/api/v1/users", new { userName = "rev.nodept", displayName = "无部门审核", password = "Review#2026x", roles = new[] { "DepartmentReviewer" }, centers = new[] { "sjs" } }))
            .ExpectAsync(HttpStatusCode.Created);
        var id = await HandedOverAsync(admin, 220);
        var second = Id(await CreateAsync(admin, 221, AllMaterials));
        await ActAsync(admin, second, "accept");
        var batch = await (await admin.PostJsonAsync("/api/v1/cases/handovers", new { departmentCode = Department, caseIds = new[] { second }, senderName = "李晓燕" })).ExpectAsync(HttpStatusCode.Created);

        var loose = await app.ClientForAsync("rev.nodept", "Review#2026x");
        await (await loose.PostJsonAsync($"/api/v1/cases/{id}/start-review", new { })).ExpectProblemAsync(HttpStatusCode.Forbidden, "cases.department_required");
        await (await loose.PostJsonAsync($"/api/v1/cases/handovers/{batch.GetProperty("id").GetGuid()}/receive", new { receiverName = "某人" }))
            .ExpectProblemAsync(HttpStatusCode.Forbidden, "cases.department_required");
        Assert.Equal(["created", "accepted", "handover-sent", "handed-over"], Actions(await GetAsync(admin, id)));
        Assert.Equal("accepted", (await GetAsync(admin, second)).GetProperty("status").GetString());

        await (await admin.PutAsJsonAsync(new Uri("/api/v1/users/rev.nodept/department", UriKind.Relative), new { department = Department })).ExpectAsync(HttpStatusCode.OK);
        var bound = await app.ClientForAsync("rev.nodept", "Review#2026x");
        Assert.Equal("under-review", (await ActAsync(bound, id, "start-review")).GetProperty("status").GetString());
    }
}
