using System.Net;
using OneWindow.Testing;
using static OneWindow.Cases.Tests.Integration.CaseApi;

namespace OneWindow.Cases.Tests.Integration;

/// <summary>材料流转 → 授权审批 (补正 pauses the clock) → 统一出件, and the refusals on the way.</summary>
[Trait("Category", "Integration")]
public sealed class ChainTests(DemoApp app) : IClassFixture<DemoApp>
{
    [Fact]
    public async Task A_case_goes_from_hand_over_through_correction_and_approval_to_issue_by_post_with_one_event_per_real_change()
    {
        var admin = await app.ClientForAsync();
        var id = Id(await CreateAsync(admin, 20, AllMaterials));
        var accepted = await ActAsync(admin, id, "accept");

        var batch = await (await admin.PostJsonAsync("/api/v1/cases/handovers", new { departmentCode = Department, caseIds = new[] { id }, senderName = "李晓燕" })).ExpectAsync(HttpStatusCode.Created);
        var batchId = batch.GetProperty("id").GetGuid();
        Assert.Equal("accepted", (await GetAsync(admin, id)).GetProperty("status").GetString());
        var unreceived = await (await admin.GetAsync(new Uri("/api/v1/cases/handovers?unreceived=true", UriKind.Relative))).ExpectAsync(HttpStatusCode.OK);
        Assert.Contains(unreceived.EnumerateArray(), b => b.GetProperty("id").GetGuid() == batchId);

        // A case already in a batch cannot be put in another.
        await (await admin.PostJsonAsync("/api/v1/cases/handovers", new { departmentCode = Department, caseIds = new[] { id }, senderName = "李晓燕" })).ExpectProblemAsync(HttpStatusCode.Conflict, "cases.invalid_transition");

        var received = await (await admin.PostJsonAsync($"/api/v1/cases/handovers/{batchId}/receive", new { receiverName = "周敏" })).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal("周敏", received.GetProperty("receiverName").GetString());
        Assert.Equal("handed-over", (await GetAsync(admin, id)).GetProperty("status").GetString());
        await (await admin.PostJsonAsync($"/api/v1/cases/handovers/{batchId}/receive", new { receiverName = "周敏" })).ExpectProblemAsync(HttpStatusCode.Conflict, "cases.invalid_transition");

        // A decision on a case not under review is refused and leaves no trace.
        await (await admin.PostJsonAsync($"/api/v1/cases/{id}/approve", new { })).ExpectProblemAsync(HttpStatusCode.Conflict, "cases.invalid_transition");

        await ActAsync(admin, id, "start-review");
        await (await admin.PostJsonAsync($"/api/v1/cases/{id}/request-correction", new { reason = " " })).ExpectProblemAsync(HttpStatusCode.BadRequest, "validation.failed");
        var paused = await ActAsync(admin, id, "request-correction", new { reason = "困难情况说明缺少社区盖章，请补正" });
        Assert.Equal("correction-requested", paused.GetProperty("status").GetString());
        var document = await admin.GetAsync(new Uri($"/api/v1/cases/{id}/documents/correction-notice", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, document.StatusCode);

        // Received the same day: no working day passed, the deadline stays.
        var resumed = await ActAsync(admin, id, "correction-received");
        Assert.Equal("under-review", resumed.GetProperty("status").GetString());
        Assert.Equal(accepted.GetProperty("deadline").GetString(), resumed.GetProperty("deadline").GetString());

        await ActAsync(admin, id, "approve", new { reason = "符合临时救助条件" });
        await (await admin.PostJsonAsync($"/api/v1/cases/{id}/post", new { company = "中国邮政EMS", trackingNumber = "1190000000001" })).ExpectProblemAsync(HttpStatusCode.Conflict, "cases.invalid_transition");
        await ActAsync(admin, id, "result-ready", new { note = "临时救助金审批表" });

        // Pickup with someone else's ID number: refused, nothing recorded.
        await (await admin.PostJsonAsync($"/api/v1/cases/{id}/pickup", new { idNumber = IdNumber(21), signer = "王秀英" })).ExpectProblemAsync(HttpStatusCode.BadRequest, "cases.identity_mismatch");
        await (await admin.PostJsonAsync($"/api/v1/cases/{id}/post", new { company = "", trackingNumber = "no spaces allowed" })).ExpectProblemAsync(HttpStatusCode.BadRequest, "validation.failed");

        var issued = await ActAsync(admin, id, "post", new { company = "中国邮政EMS", trackingNumber = "1190000000001" });
        Assert.Equal("issued", issued.GetProperty("status").GetString());
        await ActAsync(admin, id, "delivered");
        await (await admin.PostJsonAsync($"/api/v1/cases/{id}/delivered", new { })).ExpectProblemAsync(HttpStatusCode.Conflict, "cases.invalid_transition");
        await ActAsync(admin, id, "close");

        var detail = await GetAsync(admin, id);
        Assert.Equal("closed", detail.GetProperty("status").GetString());
        Assert.Equal("delivered", detail.GetProperty("deliveryStatus").GetString());
        Assert.Equal(
            ["created", "accepted", "handover-sent", "handed-over", "review-started", "correction-requested", "correction-received", "approved", "result-ready", "issued", "delivered", "closed"],
            Actions(detail));

        var register = await admin.GetAsync(new Uri($"/api/v1/cases/issuance/register?date={Today}&format=xlsx", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, register.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", register.Content.Headers.ContentType!.MediaType);
        var statistics = await (await admin.GetAsync(new Uri($"/api/v1/cases/issuance/statistics?from={Today}&to={Today}", UriKind.Relative))).ExpectAsync(HttpStatusCode.OK);
        var mzj = Assert.Single(statistics.EnumerateArray(), s => s.GetProperty("departmentCode").GetString() == Department);
        Assert.True(mzj.GetProperty("post").GetInt32() >= 1);
    }

    [Fact]
    public async Task Pickup_needs_the_applicants_own_id_number_and_a_signature()
    {
        var admin = await app.ClientForAsync();
        var id = await HandedOverAsync(admin, 30);
        await ActAsync(admin, id, "start-review");
        await (await admin.PostJsonAsync($"/api/v1/cases/{id}/reject", new { })).ExpectProblemAsync(HttpStatusCode.BadRequest, "validation.failed");
        await ActAsync(admin, id, "reject", new { reason = "家庭收入超过救助标准" });
        await ActAsync(admin, id, "result-ready");
        var issued = await ActAsync(admin, id, "pickup", new { idNumber = IdNumber(30).ToLowerInvariant(), signer = "王秀英" });
        Assert.Equal("issued", issued.GetProperty("status").GetString());
        var detail = await GetAsync(admin, id);
        Assert.Equal("pickup", detail.GetProperty("issueMethod").GetString());
        Assert.Equal("王秀英", detail.GetProperty("pickupSigner").GetString());
    }

    [Fact]
    public async Task Refused_and_withdrawn_cases_are_closed_to_every_further_step()
    {
        var clerk = await app.ClientForAsync("clerk.li");
        var refused = Id(await CreateAsync(clerk, 40, "ID_CARD"));
        await (await clerk.PostJsonAsync($"/api/v1/cases/{refused}/refuse", new { })).ExpectProblemAsync(HttpStatusCode.BadRequest, "validation.failed");
        await ActAsync(clerk, refused, "refuse", new { reason = "申请人户籍不在本区，依据《北京市临时救助办法》第八条不属本机关受理范围" });
        var notice = await clerk.GetAsync(new Uri($"/api/v1/cases/{refused}/documents/rejection-notice", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, notice.StatusCode);
        await (await clerk.PostJsonAsync($"/api/v1/cases/{refused}/materials", new { provided = new[] { "MZ-005-M01" } })).ExpectProblemAsync(HttpStatusCode.Conflict, "cases.invalid_transition");
        await (await clerk.PostJsonAsync($"/api/v1/cases/{refused}/withdraw", new { reason = "申请人撤回" })).ExpectProblemAsync(HttpStatusCode.Conflict, "cases.invalid_transition");

        var withdrawn = Id(await CreateAsync(clerk, 41, AllMaterials));
        await ActAsync(clerk, withdrawn, "accept");
        await ActAsync(clerk, withdrawn, "withdraw", new { reason = "申请人书面申请撤回" });
        await (await clerk.PostJsonAsync($"/api/v1/cases/{withdrawn}/accept", new { })).ExpectProblemAsync(HttpStatusCode.Conflict, "cases.invalid_transition");
        Assert.Equal(["created", "accepted", "withdrawn"], Actions(await GetAsync(clerk, withdrawn)));

        // A clerk takes cases in but does not decide them.
        var reviewable = await HandedOverAsync(await app.ClientForAsync(), 42);
        Assert.Equal(HttpStatusCode.Forbidden, (await clerk.PostJsonAsync($"/api/v1/cases/{reviewable}/start-review", new { })).StatusCode);
    }
}

/// <summary>The daily deadline check, run on demand by a supervisor.</summary>
[Trait("Category", "Integration")]
public sealed class DeadlineCheckTests(DemoApp app) : IClassFixture<DemoApp>
{
    [Fact]
    public async Task The_deadline_check_stores_warnings_and_only_supervisors_may_run_it()
    {
        var admin = await app.ClientForAsync();
        var id = Id(await CreateAsync(admin, 60, AllMaterials));
        await ActAsync(admin, id, "accept");
        var outcome = await (await admin.PostJsonAsync("/api/v1/cases/deadline-check", new { })).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal(0, outcome.GetProperty("red").GetInt32());
        var fresh = await (await admin.GetAsync(new Uri("/api/v1/cases?warning=none&status=accepted", UriKind.Relative))).ExpectAsync(HttpStatusCode.OK);
        Assert.Contains(fresh.GetProperty("items").EnumerateArray(), r => r.GetProperty("id").GetGuid() == id);
        var red = await (await admin.GetAsync(new Uri("/api/v1/cases?warning=red", UriKind.Relative))).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal(0, red.GetProperty("total").GetInt32());
        Assert.Equal(["created", "accepted"], Actions(await GetAsync(admin, id)));

        var clerk = await app.ClientForAsync("clerk.li");
        Assert.Equal(HttpStatusCode.Forbidden, (await clerk.PostJsonAsync("/api/v1/cases/deadline-check", new { })).StatusCode);
    }
}
