using System.Globalization;
using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OneWindow.Testing;

namespace OneWindow.Evaluation.Tests.Integration;

/// <summary>A 差评's rectification task: due date, the steps in order, appeals the bureau decides, history, overdue.</summary>
[Trait("Category", "Integration")]
public sealed class RectificationTests(EvaluationApp app) : IClassFixture<EvaluationApp>
{
    private static DateOnly ChinaToday() => DateOnly.FromDateTime(DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(8)).DateTime);

    private async Task<Guid> BadRatingAsync(string clerk = "admin", int grade = 2)
    {
        var hall = await app.HallAsync();
        var ticket = await app.TicketAsync(hall, clerk);
        var created = await app.RateTicketAsync(ticket, grade, "服务态度差");
        return created.GetProperty("rectificationTaskId").GetGuid();
    }

    private async Task<JsonElement> StepAsync(Guid task, string step, object body, HttpStatusCode status = HttpStatusCode.OK, string user = "admin") =>
        await (await (await app.AsAsync(user)).PostJsonAsync($"/api/v1/evaluation-tasks/{task}/{step}", body)).ExpectAsync(status);

    [Fact]
    public async Task A_bad_rating_opens_a_task_for_the_clerk_due_in_seven_days_that_goes_verify_rectify_callback_close_with_its_history()
    {
        var task = await BadRatingAsync(clerk: "pm.zhang");
        var admin = await app.AsAsync();
        var detail = await (await admin.GetAsync($"/api/v1/evaluation-tasks/{task}")).ExpectAsync(HttpStatusCode.OK);
        var view = detail.GetProperty("task");
        Assert.Equal("open", view.GetProperty("status").GetString());
        Assert.Equal("pm.zhang", view.GetProperty("clerkUserName").GetString());
        Assert.Equal(ChinaToday().AddDays(7).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), view.GetProperty("dueOn").GetString());
        Assert.False(view.GetProperty("overdue").GetBoolean());

        await StepAsync(task, "verify", new { findings = "调取录像，工作人员答复生硬，情况属实。" });
        await StepAsync(task, "rectify", new { measures = "批评教育，开展服务礼仪培训。" });
        await StepAsync(task, "callback", new { contacted = true, view = "表示认可" });
        var closed = await StepAsync(task, "close", new { });

        Assert.Equal("closed", closed.GetProperty("task").GetProperty("status").GetString());
        Assert.Equal("调取录像，工作人员答复生硬，情况属实。", closed.GetProperty("findings").GetString());
        Assert.Equal("批评教育，开展服务礼仪培训。", closed.GetProperty("measures").GetString());
        Assert.True(closed.GetProperty("callbackContacted").GetBoolean());
        Assert.Equal(["created", "verify", "rectify", "callback", "close"], closed.GetProperty("history").EnumerateArray().Select(e => e.GetProperty("action").GetString()));
        Assert.Equal("admin", closed.GetProperty("history")[1].GetProperty("actor").GetString());
    }

    [Fact]
    public async Task Steps_out_of_order_are_409_and_missing_findings_are_400_and_neither_changes_the_task()
    {
        var task = await BadRatingAsync();
        var problem = await (await (await app.AsAsync()).PostJsonAsync($"/api/v1/evaluation-tasks/{task}/rectify", new { measures = "x" })).ExpectProblemAsync(HttpStatusCode.Conflict, "evaluation.invalid_transition");
        Assert.Empty(problem);
        await (await (await app.AsAsync()).PostJsonAsync($"/api/v1/evaluation-tasks/{task}/close", new { })).ExpectProblemAsync(HttpStatusCode.Conflict, "evaluation.invalid_transition");
        var fields = await (await (await app.AsAsync()).PostJsonAsync($"/api/v1/evaluation-tasks/{task}/verify", new { findings = " " })).ExpectProblemAsync(HttpStatusCode.BadRequest, "validation.failed");
        Assert.Equal(["findings"], fields);
        await StepAsync(task, "verify", new { findings = "属实" });
        fields = await (await (await app.AsAsync()).PostJsonAsync($"/api/v1/evaluation-tasks/{task}/callback", new { })).ExpectProblemAsync(HttpStatusCode.BadRequest, "validation.failed");
        Assert.Equal(["contacted"], fields);
        await (await (await app.AsAsync()).PostJsonAsync($"/api/v1/evaluation-tasks/{task}/callback", new { contacted = false })).ExpectProblemAsync(HttpStatusCode.Conflict, "evaluation.invalid_transition");

        var detail = await (await (await app.AsAsync()).GetAsync($"/api/v1/evaluation-tasks/{task}")).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal("verified", detail.GetProperty("task").GetProperty("status").GetString());
        Assert.Equal(["created", "verify"], detail.GetProperty("history").EnumerateArray().Select(e => e.GetProperty("action").GetString()));
    }

    [Fact]
    public async Task An_upheld_appeal_sets_the_rating_aside_a_rejected_one_returns_the_task_and_only_the_bureau_decides()
    {
        var upheld = await BadRatingAsync(clerk: "pm.zhang", grade: 1);
        var rejected = await BadRatingAsync(clerk: "pm.zhang", grade: 2);

        await StepAsync(upheld, "appeal", new { reason = "评价人误触", evidence = "录像 09:12-09:20 办理规范" }, user: "pm.zhang");
        await StepAsync(rejected, "verify", new { findings = "属实" }, user: "pm.zhang");
        await StepAsync(rejected, "appeal", new { reason = "认为是恶意差评" }, user: "pm.zhang");
        await (await (await app.AsAsync("pm.zhang")).PostJsonAsync($"/api/v1/evaluation-tasks/{upheld}/decide", new { upheld = true, decision = "成立" })).ExpectAsync(HttpStatusCode.Forbidden);
        await StepAsync(upheld, "verify", new { findings = "x" }, HttpStatusCode.Conflict);

        var setAside = await StepAsync(upheld, "decide", new { upheld = true, decision = "录像显示办理规范，申诉成立。" });
        var back = await StepAsync(rejected, "decide", new { upheld = false, decision = "证据不足，驳回。" });

        Assert.Equal("set-aside", setAside.GetProperty("task").GetProperty("status").GetString());
        Assert.Equal("verified", back.GetProperty("task").GetProperty("status").GetString());
        Assert.Equal("appeal-rejected", back.GetProperty("history").EnumerateArray().Last().GetProperty("action").GetString());
        await StepAsync(upheld, "decide", new { upheld = false, decision = "again" }, HttpStatusCode.Conflict);
        var ratingIds = await app.ReadAsync(db => db.Tasks.Where(t => t.Id == upheld || t.Id == rejected).Select(t => new { t.Id, t.RatingId }).ToListAsync());
        var setAsideFlags = await app.ReadAsync(db => db.Ratings.Where(r => ratingIds.Select(x => x.RatingId).Contains(r.Id)).Select(r => new { r.Id, r.SetAside }).ToListAsync());
        Assert.True(setAsideFlags.Single(r => r.Id == ratingIds.Single(x => x.Id == upheld).RatingId).SetAside);
        Assert.False(setAsideFlags.Single(r => r.Id == ratingIds.Single(x => x.Id == rejected).RatingId).SetAside);
    }

    [Fact]
    public async Task A_task_past_its_date_and_not_rectified_is_flagged_overdue_and_listed_under_overdue()
    {
        var task = await BadRatingAsync();
        var fresh = await BadRatingAsync();
        await app.EditTaskAsync(task, t => t.DueOn = ChinaToday().AddDays(-1));

        var overdue = await (await (await app.AsAsync()).GetAsync("/api/v1/evaluation-tasks?overdue=true")).ExpectAsync(HttpStatusCode.OK);
        var ids = overdue.EnumerateArray().Select(t => t.GetProperty("id").GetGuid()).ToList();
        Assert.Contains(task, ids);
        Assert.DoesNotContain(fresh, ids);
        Assert.True(overdue.EnumerateArray().Single(t => t.GetProperty("id").GetGuid() == task).GetProperty("overdue").GetBoolean());
        await (await (await app.AsAsync()).GetAsync("/api/v1/evaluation-tasks?status=nonsense")).ExpectProblemAsync(HttpStatusCode.BadRequest, "validation.failed");
    }

    [Fact]
    public async Task Only_evaluation_managers_of_the_tasks_center_see_it()
    {
        var task = await BadRatingAsync();
        await (await (await app.AsAsync("clerk.li")).GetAsync($"/api/v1/evaluation-tasks/{task}")).ExpectAsync(HttpStatusCode.Forbidden);
        await (await (await app.AsAsync("babaoshan.liu")).GetAsync($"/api/v1/evaluation-tasks/{task}")).ExpectProblemAsync(HttpStatusCode.NotFound, "evaluation.task_not_found");
        await (await (await app.AsAsync("zjw.chen")).GetAsync($"/api/v1/evaluation-tasks/{task}")).ExpectAsync(HttpStatusCode.OK);
        await (await app.CreateClient().PostJsonAsync($"/api/v1/evaluation-tasks/{task}/verify", new { findings = "x" })).ExpectAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Two_officers_verifying_at_once_leave_one_verification_in_the_history()
    {
        var task = await BadRatingAsync();
        var a = await app.AsAsync();
        var b = await app.AsAsync("pm.zhang");
        var answers = await Task.WhenAll(
            a.PostJsonAsync($"/api/v1/evaluation-tasks/{task}/verify", new { findings = "甲" }),
            b.PostJsonAsync($"/api/v1/evaluation-tasks/{task}/verify", new { findings = "乙" }));
        Assert.Single(answers, r => r.StatusCode == HttpStatusCode.OK);
        Assert.Single(answers, r => r.StatusCode == HttpStatusCode.Conflict);
        Assert.Equal(1, await app.ReadAsync(db => db.Events.CountAsync(e => e.TaskId == task && e.Action == "verify")));
    }
}

/// <summary>With working days configured, the due date follows the center's calendar.</summary>
[Trait("Category", "Integration")]
public sealed class WorkingDayDeadlineTests
{
    [Fact]
    public async Task Five_working_days_configured_give_the_fifth_working_day_on_the_calendar()
    {
        await using var app = new WorkingDaysApp();
        var hall = await app.HallAsync();
        var ticket = await app.TicketAsync(hall);
        var task = (await app.RateTicketAsync(ticket, 1)).GetProperty("rectificationTaskId").GetGuid();
        var admin = await app.AsAsync();
        var today = DateOnly.FromDateTime(DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(8)).DateTime).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var expected = await (await admin.GetAsync($"/api/v1/calendar/deadline?start={today}&workdays=5&center=sjs")).ExpectAsync(HttpStatusCode.OK);

        var detail = await (await admin.GetAsync($"/api/v1/evaluation-tasks/{task}")).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal(expected.GetProperty("deadline").GetString(), detail.GetProperty("task").GetProperty("dueOn").GetString());
    }

    private sealed class WorkingDaysApp() : EvaluationApp(new Dictionary<string, string?>
    {
        ["OneWindow:Evaluation:RectifyDays"] = "5",
        ["OneWindow:Evaluation:RectifyDayKind"] = "working",
    });
}
