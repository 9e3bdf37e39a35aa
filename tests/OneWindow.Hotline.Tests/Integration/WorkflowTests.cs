using System.Net;
using System.Text.Json;
using OneWindow.Testing;
using static OneWindow.Hotline.Tests.Integration.OrderProbe;
using static OneWindow.Hotline.Tests.Integration.Orders;

namespace OneWindow.Hotline.Tests.Integration;

/// <summary>Every transition of a work order, each refused counterpart (409 and nothing changed), and the history it leaves.</summary>
[Trait("Category", "Integration")]
public sealed class WorkflowTests(HotlineApp app) : IClassFixture<HotlineApp>
{
    private const string Invalid = "hotline.invalid_transition";

    [Fact]
    public async Task Each_step_is_refused_out_of_order_and_the_order_is_left_as_it_was()
    {
        var agent = await app.AgentAsync();
        var unit = await app.UnitAsync();
        var admin = await app.AsAsync("admin");
        var id = Id(await CreateAsync(agent, Phone(101)));

        await RefusedAsync(admin, id, "accept", new { }, HttpStatusCode.Conflict, Invalid);
        await RefusedAsync(unit, id, "accept", new { }, HttpStatusCode.Forbidden, "hotline.not_your_unit", reader: agent);
        await RefusedAsync(admin, id, "reply", new { content = "已处理", solved = true }, HttpStatusCode.Conflict, Invalid);
        await RefusedAsync(agent, id, "callback", new { valid = true, contacted = true, solved = true, satisfaction = "satisfied" }, HttpStatusCode.Conflict, Invalid);

        var dispatched = await ActAsync(agent, id, "dispatch", new { unitCode = "u-sjs-zjw" });
        Assert.Equal("dispatched", dispatched.GetProperty("status").GetString());
        Assert.Equal("u-sjs-zjw", dispatched.GetProperty("unitCode").GetString());
        await RefusedAsync(agent, id, "dispatch", new { unitCode = "u-sjs-cgw" }, HttpStatusCode.Conflict, Invalid);
        await RefusedAsync(unit, id, "reply", new { content = "已处理", solved = true }, HttpStatusCode.Conflict, Invalid);

        var accepted = await ActAsync(unit, id, "accept");
        Assert.Equal("accepted", accepted.GetProperty("status").GetString());
        Assert.NotNull(accepted.GetProperty("acceptedAt").GetString());
        await RefusedAsync(unit, id, "accept", new { }, HttpStatusCode.Conflict, Invalid);
        await RefusedAsync(agent, id, "callback", new { valid = true, contacted = true, solved = true, satisfaction = "satisfied" }, HttpStatusCode.Conflict, Invalid);

        var replied = await ActAsync(unit, id, "reply", new { content = "已督促物业维修防水层", solved = true });
        Assert.Equal("replied", replied.GetProperty("status").GetString());
        await RefusedAsync(unit, id, "reply", new { content = "再次回复", solved = false }, HttpStatusCode.Conflict, Invalid);
        await RefusedAsync(agent, id, "dispatch", new { unitCode = "u-sjs-zjw" }, HttpStatusCode.Conflict, Invalid);
        await RefusedAsync(unit, id, "return", new { reason = "不属于本单位" }, HttpStatusCode.Conflict, Invalid);

        var closed = await ActAsync(agent, id, "callback", new { valid = true, contacted = true, solved = true, satisfaction = "satisfied" });
        Assert.Equal("closed", closed.GetProperty("status").GetString());
        Assert.Equal("satisfied", closed.GetProperty("satisfaction").GetString());
        await RefusedAsync(agent, id, "callback", new { valid = true, contacted = true, solved = false, satisfaction = "dissatisfied" }, HttpStatusCode.Conflict, Invalid);
        await RefusedAsync(admin, id, "supervise", new { reason = "群众反映强烈" }, HttpStatusCode.Conflict, Invalid);

        var detail = await DetailAsync(agent, id);
        Assert.Equal(["created", "dispatched", "accepted", "replied", "callback"], Actions(detail));
        Assert.Equal(["hotline.sun", "hotline.sun", "zjw.chen", "zjw.chen", "hotline.sun"], detail.GetProperty("history").EnumerateArray().Select(e => e.GetProperty("actor").GetString()));
        Assert.True(detail.GetProperty("callbackValid").GetBoolean());
        Assert.Equal("已督促物业维修防水层", detail.GetProperty("replyContent").GetString());
    }

    [Fact]
    public async Task An_approved_return_sends_the_order_back_to_the_agents_without_a_unit()
    {
        var agent = await app.AgentAsync();
        var unit = await app.UnitAsync();
        var supervisor = await app.SupervisorAsync();
        var id = Id(await CreateAsync(agent, Phone(102)));
        await RefusedAsync(unit, id, "return", new { reason = "不属于本单位" }, HttpStatusCode.Forbidden, "hotline.not_your_unit", reader: agent);
        await ActAsync(agent, id, "dispatch", new { unitCode = "u-sjs-zjw" });
        await RefusedAsync(supervisor, id, "return/approve", new { }, HttpStatusCode.Conflict, Invalid);
        Assert.Equal(["reason"], await RefusedAsync(unit, id, "return", new { reason = " " }, HttpStatusCode.BadRequest, "validation.failed"));

        var asked = await ActAsync(unit, id, "return", new { reason = "漏水系相邻住户装修所致，应由属地街道协调" });
        Assert.Equal("return-requested", asked.GetProperty("status").GetString());
        Assert.Equal("u-sjs-zjw", asked.GetProperty("unitCode").GetString());
        await RefusedAsync(unit, id, "accept", new { }, HttpStatusCode.Conflict, Invalid);
        await RefusedAsync(unit, id, "return", new { reason = "再次申请" }, HttpStatusCode.Conflict, Invalid);
        Assert.Equal(["unitCode"], await RefusedAsync(supervisor, id, "return/approve", new { unitCode = "u-nowhere" }, HttpStatusCode.BadRequest, "hotline.unknown_unit"));
        Assert.Equal(["unitCode"], await RefusedAsync(supervisor, id, "return/approve", new { unitCode = "u-sjs-zjw" }, HttpStatusCode.BadRequest, "validation.failed"));

        var back = await ActAsync(supervisor, id, "return/approve", new { reason = "同意退回" });
        Assert.Equal("registered", back.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, back.GetProperty("unitCode").ValueKind);
        Assert.Equal(JsonValueKind.Null, back.GetProperty("unitName").ValueKind);
        Assert.Equal(JsonValueKind.Null, back.GetProperty("respondBy").ValueKind);

        // Back with the agents, it can be dispatched again — to the street this time.
        var again = await ActAsync(agent, id, "dispatch", new { unitCode = "u-sjs-bajiao" });
        Assert.Equal("u-sjs-bajiao", again.GetProperty("unitCode").GetString());
        var detail = await DetailAsync(agent, id);
        Assert.Equal(["created", "dispatched", "return-requested", "return-approved", "dispatched"], Actions(detail));
        Assert.Equal("漏水系相邻住户装修所致，应由属地街道协调", detail.GetProperty("history")[2].GetProperty("detail").GetString());
        Assert.Equal("pm.zhang", detail.GetProperty("history")[3].GetProperty("actor").GetString());
    }

    [Fact]
    public async Task A_return_approved_to_a_named_unit_is_dispatched_there_with_a_new_response_clock()
    {
        var agent = await app.AgentAsync();
        var unit = await app.UnitAsync();
        var supervisor = await app.SupervisorAsync();
        var id = Id(await CreateAsync(agent, Phone(103)));
        var first = await ActAsync(agent, id, "dispatch", new { unitCode = "u-sjs-zjw" });
        await ActAsync(unit, id, "accept");
        await ActAsync(unit, id, "extension", new { days = 3, reason = "需协调维修基金" });
        await ActAsync(unit, id, "return", new { reason = "涉及公共管线，应由城管委处理" });

        var moved = await ActAsync(supervisor, id, "return/approve", new { unitCode = "u-sjs-cgw", reason = "改派城管委" });
        Assert.Equal("dispatched", moved.GetProperty("status").GetString());
        Assert.Equal("u-sjs-cgw", moved.GetProperty("unitCode").GetString());
        Assert.Equal("区城市管理委员会", moved.GetProperty("unitName").GetString());
        Assert.Equal(JsonValueKind.Null, moved.GetProperty("acceptedAt").ValueKind);
        Assert.True(Instant(moved, "respondBy") >= Instant(first, "respondBy"), "the new unit's response clock starts at the approval");
        Assert.Equal(Instant(first, "dueAt"), Instant(moved, "dueAt"));

        // The first unit's pending extension request does not travel with the order to the new unit.
        Assert.Equal("none", moved.GetProperty("extension").GetString());
        await (await supervisor.PostJsonAsync($"/api/v1/work-orders/{id}/extension/approve", new { })).ExpectProblemAsync(HttpStatusCode.Conflict, "hotline.no_extension_pending");

        var detail = await DetailAsync(agent, id);
        Assert.Equal(["created", "dispatched", "accepted", "extension-requested", "return-requested", "return-approved"], Actions(detail));
        Assert.Contains("区城市管理委员会", Last(detail).GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false, "dispatched")]
    [InlineData(true, "accepted")]
    public async Task A_rejected_return_puts_the_order_back_where_it_was(bool accept, string status)
    {
        var agent = await app.AgentAsync();
        var unit = await app.UnitAsync();
        var supervisor = await app.SupervisorAsync();
        var id = Id(await CreateAsync(agent, Phone(accept ? 104 : 105)));
        await ActAsync(agent, id, "dispatch", new { unitCode = "u-sjs-zjw" });
        if (accept)
        {
            await ActAsync(unit, id, "accept");
        }

        await ActAsync(unit, id, "return", new { reason = "非本单位职责" });
        Assert.Equal(["reason"], await RefusedAsync(supervisor, id, "return/reject", new { }, HttpStatusCode.BadRequest, "validation.failed"));
        var kept = await ActAsync(supervisor, id, "return/reject", new { reason = "房屋质量问题属住建委职责" });
        Assert.Equal(status, kept.GetProperty("status").GetString());
        Assert.Equal("u-sjs-zjw", kept.GetProperty("unitCode").GetString());
        await RefusedAsync(supervisor, id, "return/reject", new { reason = "再次驳回" }, HttpStatusCode.Conflict, Invalid);

        // It carries on from there.
        if (!accept)
        {
            await ActAsync(unit, id, "accept");
        }

        Assert.Equal("replied", (await ActAsync(unit, id, "reply", new { content = "已修复", solved = true })).GetProperty("status").GetString());
        var detail = await DetailAsync(agent, id);
        Assert.Contains("return-rejected", Actions(detail));
        Assert.Equal("房屋质量问题属住建委职责", detail.GetProperty("history").EnumerateArray().Single(e => e.GetProperty("action").GetString() == "return-rejected").GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Only_an_unhappy_valid_callback_can_be_reopened_and_the_reopen_clears_the_callback()
    {
        var agent = await app.AgentAsync();
        var unit = await app.UnitAsync();
        var supervisor = await app.SupervisorAsync();

        var happy = await LifecycleAsync(agent, "u-sjs-zjw", 106, contacted: true, solved: true, "satisfied");
        await RefusedAsync(supervisor, happy, "reopen", new { reason = "复核" }, HttpStatusCode.Conflict, "hotline.not_reopenable");

        var open = Id(await CreateAsync(agent, Phone(107)));
        await ActAsync(agent, open, "dispatch", new { unitCode = "u-sjs-zjw" });
        await RefusedAsync(supervisor, open, "reopen", new { reason = "复核" }, HttpStatusCode.Conflict, "hotline.not_reopenable");

        var unreachable = Id(await CreateAsync(agent, Phone(108)));
        await ActAsync(agent, unreachable, "dispatch", new { unitCode = "u-sjs-zjw" });
        await ActAsync(unit, unreachable, "accept");
        await ActAsync(unit, unreachable, "reply", new { content = "已处理", solved = false });
        await ActAsync(agent, unreachable, "callback", new { valid = false });
        await RefusedAsync(supervisor, unreachable, "reopen", new { reason = "复核" }, HttpStatusCode.Conflict, "hotline.not_reopenable");

        var unhappy = await LifecycleAsync(agent, "u-sjs-zjw", 109, contacted: true, solved: false, "dissatisfied");
        var before = await DetailAsync(agent, unhappy);
        Assert.Equal(["reason"], await RefusedAsync(supervisor, unhappy, "reopen", new { }, HttpStatusCode.BadRequest, "validation.failed"));
        var reopened = await ActAsync(supervisor, unhappy, "reopen", new { reason = "来电人仍不满意，重新办理" });
        Assert.Equal("dispatched", reopened.GetProperty("status").GetString());
        Assert.Equal("u-sjs-zjw", reopened.GetProperty("unitCode").GetString());
        Assert.Equal(JsonValueKind.Null, reopened.GetProperty("satisfaction").ValueKind);
        Assert.Equal(JsonValueKind.Null, reopened.GetProperty("closedAt").ValueKind);
        Assert.Equal(JsonValueKind.Null, reopened.GetProperty("repliedAt").ValueKind);
        Assert.True(Instant(reopened, "dueAt") >= Instant(before.GetProperty("order"), "dueAt"), "the handling limit starts again");

        var detail = await DetailAsync(agent, unhappy);
        foreach (var field in new[] { "callbackAt", "callbackValid", "callbackContacted", "callbackSolved", "replyContent", "replySolved" })
        {
            Assert.Equal(JsonValueKind.Null, detail.GetProperty(field).ValueKind);
        }

        Assert.Equal(1, detail.GetProperty("reopenCount").GetInt32());
        Assert.Equal("reopened", Last(detail).GetProperty("action").GetString());

        // The unit handles it again; this time the caller is satisfied and it cannot be reopened.
        await ActAsync(unit, unhappy, "accept");
        await ActAsync(unit, unhappy, "reply", new { content = "已彻底修复", solved = true });
        await ActAsync(agent, unhappy, "callback", new { valid = true, contacted = true, solved = true, satisfaction = "satisfied" });
        await RefusedAsync(supervisor, unhappy, "reopen", new { reason = "复核" }, HttpStatusCode.Conflict, "hotline.not_reopenable");
    }

    [Fact]
    public async Task Supervision_raises_the_level_to_three_and_no_further_and_closed_orders_are_past_it()
    {
        var agent = await app.AgentAsync();
        var supervisor = await app.SupervisorAsync();
        var id = Id(await CreateAsync(agent, Phone(110)));
        await ActAsync(agent, id, "dispatch", new { unitCode = "u-sjs-zjw" });
        Assert.Equal(HttpStatusCode.Forbidden, (await agent.PostJsonAsync($"/api/v1/work-orders/{id}/supervise", new { reason = "督办" })).StatusCode);

        Assert.Equal(1, (await ActAsync(supervisor, id, "supervise", new { reason = "群众反映强烈" })).GetProperty("supervisionLevel").GetInt32());
        Assert.Equal(2, (await ActAsync(supervisor, id, "supervise", new { reason = "多次来电" })).GetProperty("supervisionLevel").GetInt32());
        Assert.Equal(3, (await ActAsync(supervisor, id, "supervise", new { reason = "媒体关注" })).GetProperty("supervisionLevel").GetInt32());
        Assert.Equal(3, (await ActAsync(supervisor, id, "supervise", new { reason = "仍未解决" })).GetProperty("supervisionLevel").GetInt32());
        Assert.Equal(2, (await ActAsync(supervisor, id, "supervise", new { reason = "调整为重点督办", level = 2 })).GetProperty("supervisionLevel").GetInt32());
        Assert.Equal(["level"], await RefusedAsync(supervisor, id, "supervise", new { reason = "x", level = 4 }, HttpStatusCode.BadRequest, "validation.failed"));
        Assert.Equal(["reason"], await RefusedAsync(supervisor, id, "supervise", new { reason = "" }, HttpStatusCode.BadRequest, "validation.failed"));

        var detail = await DetailAsync(agent, id);
        var lines = detail.GetProperty("history").EnumerateArray().Where(e => e.GetProperty("action").GetString() == "supervised").Select(e => e.GetProperty("detail").GetString()).ToList();
        Assert.Equal(["督办：群众反映强烈", "重点督办：多次来电", "挂牌督办：媒体关注", "挂牌督办：仍未解决", "重点督办：调整为重点督办"], lines);
        var supervised = await (await agent.GetAsync("/api/v1/work-orders?supervised=true&pageSize=200")).ExpectAsync(HttpStatusCode.OK);
        Assert.Contains(supervised.GetProperty("items").EnumerateArray(), o => o.GetProperty("id").GetGuid() == id);

        var closed = await LifecycleAsync(agent, "u-sjs-zjw", 111, contacted: true, solved: true, "satisfied");
        await RefusedAsync(supervisor, closed, "supervise", new { reason = "督办", level = 1 }, HttpStatusCode.Conflict, Invalid);
    }

    [Fact]
    public async Task The_ledger_keeps_an_order_with_follow_up_dates_until_it_is_removed()
    {
        var agent = await app.AgentAsync();
        var unit = await app.UnitAsync();
        var supervisor = await app.SupervisorAsync();
        var today = ChinaToday();
        var id = Id(await CreateAsync(agent, Phone(112), content: "老旧小区雨水管网改造需纳入明年计划"));
        await RefusedAsync(supervisor, id, "ledger", new { reason = "需纳入年度计划", followUpOn = Text(today.AddDays(7)) }, HttpStatusCode.Conflict, Invalid);
        await ActAsync(agent, id, "dispatch", new { unitCode = "u-sjs-zjw" });
        await RefusedAsync(unit, id, "ledger/follow-up", new { note = "已联系", nextOn = Text(today.AddDays(7)) }, HttpStatusCode.Conflict, "hotline.not_on_ledger");
        Assert.Equal(["followUpOn"], await RefusedAsync(supervisor, id, "ledger", new { reason = "需纳入年度计划", followUpOn = Text(today) }, HttpStatusCode.BadRequest, "validation.failed"));
        Assert.Equal(["followUpOn"], await RefusedAsync(supervisor, id, "ledger", new { reason = "需纳入年度计划", followUpOn = "下周" }, HttpStatusCode.BadRequest, "validation.failed"));
        Assert.Equal(["followUpOn"], await RefusedAsync(supervisor, id, "ledger", new { reason = "需纳入年度计划", followUpOn = Text(today.AddYears(3)) }, HttpStatusCode.BadRequest, "validation.failed"));

        var put = await ActAsync(supervisor, id, "ledger", new { reason = "需纳入年度计划", followUpOn = Text(today.AddDays(7)) });
        Assert.True(put.GetProperty("onLedger").GetBoolean());
        Assert.Equal(Text(today.AddDays(7)), put.GetProperty("nextFollowUpOn").GetString());
        Assert.Equal("dispatched", put.GetProperty("status").GetString());
        await RefusedAsync(supervisor, id, "ledger", new { reason = "再次挂账", followUpOn = Text(today.AddDays(9)) }, HttpStatusCode.Conflict, "hotline.already_on_ledger");
        Assert.Equal(["nextOn"], await RefusedAsync(unit, id, "ledger/follow-up", new { note = "已联系", nextOn = Text(today.AddDays(-1)) }, HttpStatusCode.BadRequest, "validation.failed"));

        var followed = await ActAsync(unit, id, "ledger/follow-up", new { note = "已报区发改委立项", nextOn = Text(today.AddDays(30)) });
        Assert.Equal(Text(today.AddDays(30)), followed.GetProperty("nextFollowUpOn").GetString());
        var ledger = await (await agent.GetAsync("/api/v1/work-orders?ledger=true&pageSize=200")).ExpectAsync(HttpStatusCode.OK);
        Assert.Contains(ledger.GetProperty("items").EnumerateArray(), o => o.GetProperty("id").GetGuid() == id);

        var removed = await ActAsync(supervisor, id, "ledger/remove", new { reason = "已列入改造计划并开工" });
        Assert.False(removed.GetProperty("onLedger").GetBoolean());
        Assert.Equal(JsonValueKind.Null, removed.GetProperty("nextFollowUpOn").ValueKind);
        await RefusedAsync(supervisor, id, "ledger/remove", new { reason = "再次移除" }, HttpStatusCode.Conflict, "hotline.not_on_ledger");
        ledger = await (await agent.GetAsync("/api/v1/work-orders?ledger=true&pageSize=200")).ExpectAsync(HttpStatusCode.OK);
        Assert.DoesNotContain(ledger.GetProperty("items").EnumerateArray(), o => o.GetProperty("id").GetGuid() == id);

        var detail = await DetailAsync(agent, id);
        Assert.Equal(["created", "dispatched", "ledger", "follow-up", "ledger-removed"], Actions(detail));
        Assert.Equal($"挂账，下次跟进 {Text(today.AddDays(7))}：需纳入年度计划", detail.GetProperty("history")[2].GetProperty("detail").GetString());
        Assert.Equal($"跟进（下次 {Text(today.AddDays(30))}）：已报区发改委立项", detail.GetProperty("history")[3].GetProperty("detail").GetString());
        Assert.Equal("zjw.chen", detail.GetProperty("history")[3].GetProperty("actor").GetString());
    }

    [Fact]
    public async Task A_repeat_of_the_same_caller_is_merged_into_the_open_order_and_both_histories_say_so()
    {
        var agent = await app.AgentAsync();
        var unit = await app.UnitAsync();
        var carrier = await CreateAsync(agent, Phone(113));
        var into = Id(carrier);
        await ActAsync(agent, into, "dispatch", new { unitCode = "u-sjs-zjw" });
        var repeat = await CreateAsync(agent, Phone(113), content: "又来电：楼上漏水还没人管");
        var duplicate = Id(repeat);

        var stranger = Id(await CreateAsync(agent, Phone(114)));
        await RefusedAsync(agent, stranger, "merge", new { into }, HttpStatusCode.Conflict, "hotline.different_callers");
        Assert.Equal(["into"], await RefusedAsync(agent, duplicate, "merge", new { into = duplicate }, HttpStatusCode.BadRequest, "validation.failed"));
        Assert.Equal(["into"], await RefusedAsync(agent, duplicate, "merge", new { }, HttpStatusCode.BadRequest, "validation.failed"));
        await RefusedAsync(agent, duplicate, "merge", new { into = Guid.NewGuid() }, HttpStatusCode.NotFound, "hotline.order_not_found");

        var signed = Id(await CreateAsync(agent, Phone(113), content: "第三次来电"));
        await ActAsync(agent, signed, "dispatch", new { unitCode = "u-sjs-zjw" });
        await ActAsync(unit, signed, "accept");
        await RefusedAsync(agent, signed, "merge", new { into }, HttpStatusCode.Conflict, Invalid);

        var merged = await ActAsync(agent, duplicate, "merge", new { into });
        Assert.Equal("merged", merged.GetProperty("status").GetString());
        Assert.Equal(into, merged.GetProperty("mergedIntoId").GetGuid());
        Assert.NotNull(merged.GetProperty("closedAt").GetString());
        await RefusedAsync(agent, duplicate, "dispatch", new { unitCode = "u-sjs-zjw" }, HttpStatusCode.Conflict, Invalid);
        await RefusedAsync(agent, duplicate, "merge", new { into }, HttpStatusCode.Conflict, Invalid);

        var late = Id(await CreateAsync(agent, Phone(113), content: "第四次来电"));
        await RefusedAsync(agent, late, "merge", new { into = duplicate }, HttpStatusCode.Conflict, "hotline.merge_target_merged");

        var duplicateDetail = await DetailAsync(agent, duplicate);
        Assert.Equal(["created", "merged"], Actions(duplicateDetail));
        Assert.Equal($"并入工单 {carrier.GetProperty("number").GetString()}", Last(duplicateDetail).GetProperty("detail").GetString());
        var carrierDetail = await DetailAsync(agent, into);
        Assert.Equal(["created", "dispatched", "merged-in"], Actions(carrierDetail));
        Assert.Equal($"并入重复工单 {repeat.GetProperty("number").GetString()}", Last(carrierDetail).GetProperty("detail").GetString());
        Assert.Equal("dispatched", Status(carrierDetail));

        // A closed order carries nothing any more: a repeat after it is handled as an order of its own.
        var done = await LifecycleAsync(agent, "u-sjs-zjw", 115, contacted: true, solved: true, "satisfied");
        var after = Id(await CreateAsync(agent, Phone(115), content: "问题又出现了"));
        await RefusedAsync(agent, after, "merge", new { into = done }, HttpStatusCode.Conflict, "hotline.merge_target_closed");
    }

    [Fact]
    public async Task A_consultation_answered_at_intake_is_closed_at_once_and_can_be_called_back()
    {
        var agent = await app.AgentAsync();
        var total = await TotalAsync(agent);
        var request = new { type = "consultation", channel = "phone", caller = new { name = "赵敏", phone = Phone(116) }, content = "咨询营业执照办理需要哪些材料", categoryCode = "120101", answer = (string?)"携带身份证原件及经营场所证明到区政务服务中心A区办理", knowledgeCode = (string?)"KB-0012" };
        var created = await (await agent.PostJsonAsync("/api/v1/work-orders", request)).ExpectAsync(HttpStatusCode.Created);
        Assert.Equal("closed", created.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, created.GetProperty("suggestedUnitCode").ValueKind);
        var id = Id(created);

        var detail = await DetailAsync(agent, id);
        Assert.True(detail.GetProperty("closedAtIntake").GetBoolean());
        Assert.Equal("携带身份证原件及经营场所证明到区政务服务中心A区办理", detail.GetProperty("replyContent").GetString());
        Assert.Equal("KB-0012", detail.GetProperty("knowledgeCode").GetString());
        Assert.Equal(["created", "closed-at-intake"], Actions(detail));
        var closedAt = Instant(detail.GetProperty("order"), "closedAt");

        await RefusedAsync(agent, id, "dispatch", new { unitCode = "u-sjs-zwfw" }, HttpStatusCode.Conflict, Invalid);
        var called = await ActAsync(agent, id, "callback", new { valid = true, contacted = true, solved = true, satisfaction = "basically-satisfied" });
        Assert.Equal("closed", called.GetProperty("status").GetString());
        Assert.Equal("basically-satisfied", called.GetProperty("satisfaction").GetString());
        Assert.Equal(closedAt, Instant(called, "closedAt"));
        await RefusedAsync(agent, id, "callback", new { valid = true, contacted = true, solved = true, satisfaction = "satisfied" }, HttpStatusCode.Conflict, Invalid);
        await RefusedAsync(await app.SupervisorAsync(), id, "reopen", new { reason = "复核" }, HttpStatusCode.Conflict, "hotline.not_reopenable");

        var complaint = request with { type = "complaint" };
        Assert.Equal(["answer"], await (await agent.PostJsonAsync("/api/v1/work-orders", complaint)).ExpectProblemAsync(HttpStatusCode.BadRequest, "validation.failed"));
        var blank = request with { answer = "  " };
        Assert.Equal(["answer"], await (await agent.PostJsonAsync("/api/v1/work-orders", blank)).ExpectProblemAsync(HttpStatusCode.BadRequest, "validation.failed"));
        Assert.Equal(total + 1, await TotalAsync(agent));

        // Without an answer a consultation is registered like any other order.
        var open = await (await agent.PostJsonAsync("/api/v1/work-orders", request with { answer = null, knowledgeCode = null })).ExpectAsync(HttpStatusCode.Created);
        Assert.Equal("registered", open.GetProperty("status").GetString());
        Assert.Equal("u-sjs-zwfw", open.GetProperty("suggestedUnitCode").GetString());
    }

    private static async Task<int> TotalAsync(HttpClient client) =>
        (await (await client.GetAsync("/api/v1/work-orders?pageSize=1")).ExpectAsync(HttpStatusCode.OK)).GetProperty("total").GetInt32();
}
