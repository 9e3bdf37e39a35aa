using System.Globalization;
using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using OneWindow.Hotline.Data;
using OneWindow.Testing;
using static OneWindow.Hotline.Tests.Integration.OrderProbe;
using static OneWindow.Hotline.Tests.Integration.Orders;

namespace OneWindow.Hotline.Tests.Integration;

/// <summary>Handling and response limits by the category's rule on the holiday calendar; extensions; the overdue job.</summary>
[Trait("Category", "Integration")]
public sealed class DeadlineTests(HotlineApp app) : IClassFixture<HotlineApp>
{
    [Theory]
    [InlineData("010701", 2, true)]
    [InlineData("070301", 2, true)]
    [InlineData("030201", 24, false)]
    [InlineData("030102", 24, false)]
    public async Task Urgent_and_utilities_orders_are_due_in_natural_hours(string category, int hours, bool urgent)
    {
        var agent = await app.AgentAsync();
        var created = await CreateAsync(agent, Phone(401), category);
        var order = (await DetailAsync(agent, Id(created))).GetProperty("order");
        Assert.Equal(Instant(order, "createdAt").AddHours(hours), Instant(created, "dueAt"));
        Assert.Equal(urgent, order.GetProperty("urgent").GetBoolean());
    }

    [Theory]
    [InlineData("020201", null, 7)]
    [InlineData("010101", "sjs-bajiao", 7)]
    [InlineData("010201", "sjs-lugu", 15)]
    [InlineData("020502", null, 15)]
    [InlineData("120102", null, 3)]
    public async Task Other_orders_are_due_the_same_time_of_day_so_many_working_days_later(string category, string? street, int workdays)
    {
        var agent = await app.AgentAsync();
        var created = await CreateAsync(agent, Phone(402), category, street: street);
        var createdAt = China(Instant((await DetailAsync(agent, Id(created))).GetProperty("order"), "createdAt"));
        var date = await WorkdaysAfterAsync(agent, DateOnly.FromDateTime(createdAt.DateTime), workdays, street);
        var expected = new DateTimeOffset(date.ToDateTime(TimeOnly.FromDateTime(createdAt.DateTime)), TimeSpan.FromHours(8));
        Assert.Equal(expected, Instant(created, "dueAt"));
        Assert.False((await DetailAsync(agent, Id(created))).GetProperty("order").GetProperty("urgent").GetBoolean());

        var suggestion = await (await agent.GetAsync($"/api/v1/work-orders/suggest-unit?categoryCode={category}")).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal(workdays switch { 3 => "consult", 7 => "general", _ => "complex" }, suggestion.GetProperty("limitCode").GetString());
    }

    [Fact]
    public async Task After_dispatch_the_unit_must_sign_off_within_two_office_hours_or_the_urgent_hour()
    {
        var agent = await app.AgentAsync();
        var general = Id(await CreateAsync(agent, Phone(403), StreetLeaf, street: "sjs-bajiao"));
        var before = DateTimeOffset.UtcNow;
        var dispatched = await ActAsync(agent, general, "dispatch", new { unitCode = "u-sjs-bajiao" });
        var after = DateTimeOffset.UtcNow;
        var respondBy = Instant(dispatched, "respondBy");
        var earliest = await OfficeDeadlineAsync(agent, before, 120, "sjs-bajiao");
        var latest = await OfficeDeadlineAsync(agent, after.AddMinutes(1), 120, "sjs-bajiao");
        Assert.True(earliest <= respondBy && respondBy <= latest, $"2 office hours after the dispatch: {earliest:O} <= {respondBy:O} <= {latest:O}");
        Assert.True(respondBy >= before.AddHours(2).AddMilliseconds(-1), "office hours only ever stretch the two hours");

        var urgent = Id(await CreateAsync(agent, Phone(404), "010702"));
        before = DateTimeOffset.UtcNow;
        respondBy = Instant(await ActAsync(agent, urgent, "dispatch", new { unitCode = "u-sjs-cgw" }), "respondBy");
        after = DateTimeOffset.UtcNow;
        Assert.InRange(respondBy, before.AddHours(1).AddMilliseconds(-1), after.AddHours(1));
    }

    [Fact]
    public async Task Signing_off_and_replying_late_are_told_apart_from_on_time_in_the_history()
    {
        var agent = await app.AgentAsync();
        var unit = await app.UnitAsync();
        var onTime = Id(await CreateAsync(agent, Phone(415)));
        await ActAsync(agent, onTime, "dispatch", new { unitCode = "u-sjs-zjw" });
        await ActAsync(unit, onTime, "accept");
        await ActAsync(unit, onTime, "reply", new { content = "已修复", solved = true });
        var history = (await DetailAsync(agent, onTime)).GetProperty("history");
        Assert.Equal("按时签收", history[2].GetProperty("detail").GetString());
        Assert.Equal("已解决（按期）：已修复", history[3].GetProperty("detail").GetString());

        var late = Id(await CreateAsync(agent, Phone(416)));
        await ActAsync(agent, late, "dispatch", new { unitCode = "u-sjs-zjw" });
        await app.EditAsync(late, o => o.RespondBy = DateTimeOffset.UtcNow.AddMinutes(-1));
        await ActAsync(unit, late, "accept");
        await app.EditAsync(late, o => o.DueAt = DateTimeOffset.UtcNow.AddMinutes(-1));
        Assert.True((await DetailAsync(agent, late)).GetProperty("order").GetProperty("overdue").GetBoolean());
        var replied = await ActAsync(unit, late, "reply", new { content = "暂无法修复", solved = false });
        Assert.False(replied.GetProperty("overdue").GetBoolean());
        history = (await DetailAsync(agent, late)).GetProperty("history");
        Assert.Equal("超时签收", history[2].GetProperty("detail").GetString());
        Assert.Equal("未解决（超期）：暂无法修复", history[3].GetProperty("detail").GetString());
    }

    [Fact]
    public async Task An_approved_extension_moves_the_limit_by_working_days_and_a_rejected_one_does_not()
    {
        var agent = await app.AgentAsync();
        var unit = await app.UnitAsync();
        var supervisor = await app.SupervisorAsync();
        var id = Id(await CreateAsync(agent, Phone(405)));
        await RefusedAsync(await app.AsAsync("admin"), id, "extension", new { days = 3, reason = "需协调" }, HttpStatusCode.Conflict, "hotline.invalid_transition");
        await ActAsync(agent, id, "dispatch", new { unitCode = "u-sjs-zjw" });
        await RefusedAsync(unit, id, "extension", new { days = 3, reason = "需协调" }, HttpStatusCode.Conflict, "hotline.invalid_transition");
        await ActAsync(unit, id, "accept");
        Assert.Equal(["days"], await RefusedAsync(unit, id, "extension", new { days = 0, reason = "需协调" }, HttpStatusCode.BadRequest, "validation.failed"));
        Assert.Equal(["days"], await RefusedAsync(unit, id, "extension", new { days = 61, reason = "需协调" }, HttpStatusCode.BadRequest, "validation.failed"));
        Assert.Equal(["reason"], await RefusedAsync(unit, id, "extension", new { days = 3 }, HttpStatusCode.BadRequest, "validation.failed"));
        await RefusedAsync(supervisor, id, "extension/approve", new { }, HttpStatusCode.Conflict, "hotline.no_extension_pending");

        var due = Instant((await DetailAsync(agent, id)).GetProperty("order"), "dueAt");
        var asked = await ActAsync(unit, id, "extension", new { days = 3, reason = "需业主委员会表决动用维修基金" });
        Assert.Equal("requested", asked.GetProperty("extension").GetString());
        Assert.Equal(3, asked.GetProperty("extensionDays").GetInt32());
        Assert.Equal(due, Instant(asked, "dueAt"));
        await RefusedAsync(unit, id, "extension", new { days = 5, reason = "再申请" }, HttpStatusCode.Conflict, "hotline.extension_pending");

        Assert.Equal(["reason"], await RefusedAsync(supervisor, id, "extension/reject", new { }, HttpStatusCode.BadRequest, "validation.failed"));
        var rejected = await ActAsync(supervisor, id, "extension/reject", new { reason = "可先行临时处置" });
        Assert.Equal("rejected", rejected.GetProperty("extension").GetString());
        Assert.Equal(due, Instant(rejected, "dueAt"));
        await RefusedAsync(supervisor, id, "extension/approve", new { }, HttpStatusCode.Conflict, "hotline.no_extension_pending");

        await ActAsync(unit, id, "extension", new { days = 3, reason = "维修基金表决需时" });
        var approved = await ActAsync(supervisor, id, "extension/approve", new { reason = "同意" });
        var local = China(due);
        var date = await WorkdaysAfterAsync(agent, DateOnly.FromDateTime(local.DateTime), 3);
        var expected = new DateTimeOffset(date.ToDateTime(TimeOnly.FromDateTime(local.DateTime)), TimeSpan.FromHours(8));
        Assert.Equal(expected, Instant(approved, "dueAt"));
        Assert.Equal("approved", approved.GetProperty("extension").GetString());
        Assert.Equal("accepted", approved.GetProperty("status").GetString());

        var detail = await DetailAsync(agent, id);
        Assert.Equal(["created", "dispatched", "accepted", "extension-requested", "extension-rejected", "extension-requested", "extension-approved"], Actions(detail));
        Assert.Equal($"延期 3 个工作日，办理时限至 {expected.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)}：同意", Last(detail).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task An_extension_across_the_national_day_holiday_skips_it()
    {
        var agent = await app.AgentAsync();
        var supervisor = await app.SupervisorAsync();
        var street = await app.AsAsync("babaoshan.liu");
        var id = Id(await CreateAsync(agent, Phone(406), StreetLeaf, street: "sjs-babaoshan"));
        await ActAsync(agent, id, "dispatch", new { unitCode = "u-sjs-babaoshan" });
        await ActAsync(street, id, "accept");
        var due = new DateTimeOffset(2026, 9, 30, 15, 0, 0, TimeSpan.FromHours(8));
        await app.EditAsync(id, o => o.DueAt = due.ToUniversalTime());

        await ActAsync(street, id, "extension", new { days = 3, reason = "节前无法完成" });
        var approved = await ActAsync(supervisor, id, "extension/approve", new { });
        var date = await WorkdaysAfterAsync(agent, new DateOnly(2026, 9, 30), 3, "sjs-babaoshan");
        Assert.True(date > new DateOnly(2026, 10, 7), $"the holiday (Oct 1-7) does not count: {date}");
        Assert.Equal(new DateTimeOffset(date.ToDateTime(new TimeOnly(15, 0)), TimeSpan.FromHours(8)), Instant(approved, "dueAt"));
    }

    [Fact]
    public async Task The_overdue_job_supervises_late_open_orders_once_and_leaves_the_others()
    {
        var agent = await app.AgentAsync();
        var unit = await app.UnitAsync();
        var supervisor = await app.SupervisorAsync();
        var today = ChinaToday();
        var late = Id(await CreateAsync(agent, Phone(407)));
        await ActAsync(agent, late, "dispatch", new { unitCode = "u-sjs-zjw" });
        var onLedger = Id(await CreateAsync(agent, Phone(408)));
        await ActAsync(agent, onLedger, "dispatch", new { unitCode = "u-sjs-zjw" });
        await ActAsync(supervisor, onLedger, "ledger", new { reason = "长期问题", followUpOn = Text(today.AddDays(5)) });
        var replied = Id(await CreateAsync(agent, Phone(409)));
        await ActAsync(agent, replied, "dispatch", new { unitCode = "u-sjs-zjw" });
        await ActAsync(unit, replied, "accept");
        await ActAsync(unit, replied, "reply", new { content = "已处理", solved = true });
        var flagged = Id(await CreateAsync(agent, Phone(410)));
        await ActAsync(supervisor, flagged, "supervise", new { reason = "重点关注", level = 2 });
        var onTime = Id(await CreateAsync(agent, Phone(411)));
        var past = DateTimeOffset.UtcNow.AddHours(-1);
        foreach (var id in new[] { late, onLedger, replied, flagged })
        {
            await app.EditAsync(id, o => o.DueAt = past);
        }

        var overdue = await (await agent.GetAsync("/api/v1/work-orders?overdue=true&pageSize=200")).ExpectAsync(HttpStatusCode.OK);
        Assert.Contains(overdue.GetProperty("items").EnumerateArray(), o => o.GetProperty("id").GetGuid() == late);
        Assert.DoesNotContain(overdue.GetProperty("items").EnumerateArray(), o => o.GetProperty("id").GetGuid() == replied);
        var before = new Dictionary<Guid, string>();
        foreach (var id in new[] { onLedger, replied, flagged, onTime })
        {
            before[id] = (await DetailAsync(agent, id)).ToString();
        }

        // (The quarter-hourly job may have beaten this run to it; either way the order is flagged exactly once.)
        await FlagAsync();
        var detail = await DetailAsync(agent, late);
        Assert.Equal(1, detail.GetProperty("order").GetProperty("supervisionLevel").GetInt32());
        Assert.True(detail.GetProperty("order").GetProperty("overdue").GetBoolean());
        Assert.Equal("dispatched", Status(detail));
        Assert.Equal(["created", "dispatched", "supervised"], Actions(detail));
        var line = Last(detail);
        Assert.Equal(("supervised", "system", "督办：超过办理时限，自动督办"), (line.GetProperty("action").GetString(), line.GetProperty("actor").GetString(), line.GetProperty("detail").GetString()));
        foreach (var (id, text) in before)
        {
            Assert.Equal(text, (await DetailAsync(agent, id)).ToString());
        }

        // Again: nothing left to flag, nothing changes.
        Assert.Equal(0, await FlagAsync());
        Assert.Equal(detail.ToString(), (await DetailAsync(agent, late)).ToString());
        var queue = await (await supervisor.GetAsync("/api/v1/work-orders?supervised=true&pageSize=200")).ExpectAsync(HttpStatusCode.OK);
        Assert.Contains(queue.GetProperty("items").EnumerateArray(), o => o.GetProperty("id").GetGuid() == late);
    }

    [Fact]
    public async Task Lists_filter_by_the_day_taken_in_China_and_by_the_clocks()
    {
        var agent = await app.AgentAsync();
        var urgent = Id(await CreateAsync(agent, Phone(412), "010701", content: "主路燃气管线泄漏"));
        var general = Id(await CreateAsync(agent, Phone(413), content: "楼道墙皮脱落"));
        var late = Id(await CreateAsync(agent, Phone(414), content: "楼顶防水层破损"));
        await app.EditAsync(late, o => o.DueAt = DateTimeOffset.UtcNow.AddMinutes(-5));
        var today = ChinaToday();

        async Task<List<Guid>> ListAsync(string query) =>
            (await (await agent.GetAsync("/api/v1/work-orders?pageSize=200&" + query)).ExpectAsync(HttpStatusCode.OK)).GetProperty("items").EnumerateArray().Select(o => o.GetProperty("id").GetGuid()).ToList();

        var taken = await ListAsync($"from={Text(today)}&to={Text(today)}");
        Assert.Contains(urgent, taken);
        Assert.Contains(general, taken);
        Assert.Empty(await ListAsync($"from={Text(today.AddDays(1))}"));
        Assert.Empty(await ListAsync($"to={Text(today.AddDays(-1))}"));
        Assert.Equal(["from", "to"], await (await agent.GetAsync("/api/v1/work-orders?from=yesterday&to=2026-13-01")).ExpectProblemAsync(HttpStatusCode.BadRequest, "validation.failed"));

        var soon = await ListAsync("dueSoon=true");
        Assert.Contains(urgent, soon);
        Assert.DoesNotContain(general, soon);
        Assert.DoesNotContain(late, soon);
        var overdue = await ListAsync("overdue=true");
        Assert.Contains(late, overdue);
        Assert.DoesNotContain(urgent, overdue);
        Assert.DoesNotContain(general, overdue);

        var byDue = await ListAsync("sort=due&status=registered");
        Assert.True(byDue.IndexOf(late) < byDue.IndexOf(urgent) && byDue.IndexOf(urgent) < byDue.IndexOf(general), "earliest limit first");
    }

    private async Task<int> FlagAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await Features.FlagOverdue.FlagOverdue.RunAsync(scope.ServiceProvider.GetRequiredService<HotlineDesk>(), CancellationToken.None);
    }

    /// <summary>N office minutes after an instant on a center's calendar, by the public calendar API (to the minute).</summary>
    private static async Task<DateTimeOffset> OfficeDeadlineAsync(HttpClient client, DateTimeOffset start, int minutes, string center)
    {
        var text = China(start).ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture) + "+08:00";
        var answer = await (await client.GetAsync($"/api/v1/calendar/working-deadline?start={Uri.EscapeDataString(text)}&minutes={minutes}&center={center}")).ExpectAsync(HttpStatusCode.OK);
        return DateTimeOffset.Parse(answer.GetProperty("deadline").GetString()!, CultureInfo.InvariantCulture);
    }
}
