using System.Net;
using Microsoft.EntityFrameworkCore;
using OneWindow.Testing;

namespace OneWindow.Evaluation.Tests.Integration;

/// <summary>POST /api/v1/evaluations: who may rate what, once; bad input refused with every bad field and nothing stored.</summary>
[Trait("Category", "Integration")]
public sealed class RatingTests(EvaluationApp app) : IClassFixture<EvaluationApp>
{
    [Fact]
    public async Task A_completed_ticket_is_rated_once_with_the_window_clerk_and_center_of_the_visit_and_a_second_rating_is_409()
    {
        var hall = await app.HallAsync();
        var ticket = await app.TicketAsync(hall, clerk: "pm.zhang");
        var visitor = app.CreateClient();

        var created = await (await visitor.PostJsonAsync("/api/v1/evaluations", new { channel = "onsite", ticketId = ticket, grade = 5, tags = new[] { "服务热情", "办事高效" }, comment = "小姑娘很耐心，谢谢！" })).ExpectAsync(HttpStatusCode.Created);
        Assert.Equal(5, created.GetProperty("grade").GetInt32());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, created.GetProperty("rectificationTaskId").ValueKind);

        await (await visitor.PostJsonAsync("/api/v1/evaluations", new { channel = "onsite", ticketId = ticket, grade = 1, tags = Array.Empty<string>() })).ExpectProblemAsync(HttpStatusCode.Conflict, "evaluation.already_rated");

        var id = created.GetProperty("id").GetGuid();
        var stored = await app.ReadAsync(db => db.Ratings.Where(r => r.TicketId == ticket).ToListAsync());
        var rating = Assert.Single(stored);
        Assert.Equal(id, rating.Id);
        Assert.Equal((hall, "01", "pm.zhang", "sjs"), (rating.HallCode, rating.WindowCode, rating.ClerkUserName, rating.CenterCode));
        Assert.Equal("服务热情|办事高效", rating.Tags);
        Assert.Equal("小姑娘很耐心，谢谢！", rating.Comment);
        Assert.Equal(5, rating.Grade);
        Assert.DoesNotContain("小姑娘很耐心", app.Logs.All, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_ticket_that_is_not_completed_cannot_be_rated_and_an_unknown_ticket_is_404()
    {
        var hall = await app.HallAsync();
        var called = await app.TicketAsync(hall, complete: false);
        var visitor = app.CreateClient();

        await (await visitor.PostJsonAsync("/api/v1/evaluations", new { channel = "onsite", ticketId = called, grade = 5 })).ExpectProblemAsync(HttpStatusCode.Conflict, "evaluation.ticket_not_completed");
        await (await visitor.PostJsonAsync("/api/v1/evaluations", new { channel = "onsite", ticketId = Guid.NewGuid(), grade = 5 })).ExpectProblemAsync(HttpStatusCode.NotFound, "evaluation.ticket_not_found");
        Assert.False(await app.ReadAsync(db => db.Ratings.AnyAsync(r => r.TicketId == called)));
    }

    [Fact]
    public async Task Bad_input_names_every_bad_field_and_stores_nothing()
    {
        var hall = await app.HallAsync();
        var ticket = await app.TicketAsync(hall);
        var visitor = app.CreateClient();

        var fields = await (await visitor.PostJsonAsync("/api/v1/evaluations", new { channel = "onsite", ticketId = ticket, grade = 6 })).ExpectProblemAsync(HttpStatusCode.BadRequest, "validation.failed");
        Assert.Equal(["grade"], fields);
        fields = await (await visitor.PostJsonAsync("/api/v1/evaluations", new { channel = "onsite", ticketId = ticket, grade = 0, comment = new string('长', 501) })).ExpectProblemAsync(HttpStatusCode.BadRequest, "validation.failed");
        Assert.Equal(["comment", "grade"], fields.Order(StringComparer.Ordinal));
        fields = await (await visitor.PostJsonAsync("/api/v1/evaluations", new { channel = "onsite", ticketId = ticket, grade = 2, tags = new[] { "服务热情" } })).ExpectProblemAsync(HttpStatusCode.BadRequest, "validation.failed");
        Assert.Equal(["tags"], fields);
        fields = await (await visitor.PostJsonAsync("/api/v1/evaluations", new { channel = "onsite", ticketId = ticket, grade = 5, tags = new[] { "随便写的" } })).ExpectProblemAsync(HttpStatusCode.BadRequest, "validation.failed");
        Assert.Equal(["tags"], fields);
        fields = await (await visitor.PostJsonAsync("/api/v1/evaluations", new { channel = "kiosk", grade = 5 })).ExpectProblemAsync(HttpStatusCode.BadRequest, "validation.failed");
        Assert.Equal(["channel"], fields);
        fields = await (await visitor.PostJsonAsync("/api/v1/evaluations", new { channel = "online", grade = 5, phoneLast4 = "12a4" })).ExpectProblemAsync(HttpStatusCode.BadRequest, "validation.failed");
        Assert.Equal(["caseNumber", "phoneLast4"], fields.Order(StringComparer.Ordinal));
        fields = await (await visitor.PostJsonAsync("/api/v1/evaluations", new { channel = "onsite", grade = 5 })).ExpectProblemAsync(HttpStatusCode.BadRequest, "validation.failed");
        Assert.Equal(["ticketId"], fields);

        Assert.False(await app.ReadAsync(db => db.Ratings.AnyAsync(r => r.TicketId == ticket)));
        await app.RateTicketAsync(ticket, 2, "等候时间长");
    }

    [Fact]
    public async Task Online_a_case_is_rated_only_with_the_right_phone_digits_and_once_it_is_accepted()
    {
        var visitor = app.CreateClient();
        var accepted = app.Cases.Add(phone: "13912345678");
        var waiting = app.Cases.Add(status: "submitted", phone: "13912345678");

        var wrongPhone = await (await visitor.PostJsonAsync("/api/v1/evaluations", new { channel = "online", caseNumber = accepted.Number, phoneLast4 = "0000", grade = 5 })).ExpectAsync(HttpStatusCode.NotFound);
        var unknown = await (await visitor.PostJsonAsync("/api/v1/evaluations", new { channel = "online", caseNumber = "SJ-NO-SUCH", phoneLast4 = "5678", grade = 5 })).ExpectAsync(HttpStatusCode.NotFound);
        Assert.Equal("evaluation.case_not_found", wrongPhone.GetProperty("code").GetString());
        Assert.Equal(wrongPhone.GetProperty("detail").GetString(), unknown.GetProperty("detail").GetString());

        await (await visitor.PostJsonAsync("/api/v1/evaluations", new { channel = "online", caseNumber = waiting.Number, phoneLast4 = "5678", grade = 5 })).ExpectProblemAsync(HttpStatusCode.Conflict, "evaluation.case_not_accepted");

        var created = await (await visitor.PostJsonAsync("/api/v1/evaluations", new { channel = "online", caseNumber = accepted.Number, phoneLast4 = "5678", grade = 1, tags = new[] { "一次性告知不到位", "材料要求不明确" }, comment = "补了三次材料" })).ExpectAsync(HttpStatusCode.Created);
        var taskId = created.GetProperty("rectificationTaskId").GetGuid();
        await (await visitor.PostJsonAsync("/api/v1/evaluations", new { channel = "online", caseNumber = accepted.Number, phoneLast4 = "5678", grade = 5 })).ExpectProblemAsync(HttpStatusCode.Conflict, "evaluation.already_rated");

        var task = await (await (await app.AsAsync()).GetAsync($"/api/v1/evaluation-tasks/{taskId}")).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal("sjs-scjgj", task.GetProperty("task").GetProperty("departmentCode").GetString());
        Assert.Equal("online", task.GetProperty("task").GetProperty("channel").GetString());
        Assert.Equal(accepted.Number, task.GetProperty("task").GetProperty("subject").GetString());
        Assert.Equal("补了三次材料", task.GetProperty("comment").GetString());
    }

    [Fact]
    public async Task Twenty_ratings_of_one_ticket_at_once_store_exactly_one_and_the_rest_are_409()
    {
        var hall = await app.HallAsync();
        var ticket = await app.TicketAsync(hall);
        var visitor = app.CreateClient();

        var answers = await Task.WhenAll(Enumerable.Range(0, 20).Select(i =>
            visitor.PostJsonAsync("/api/v1/evaluations", new { channel = "onsite", ticketId = ticket, grade = 1 + (i % 5) })));

        Assert.Single(answers, a => a.StatusCode == HttpStatusCode.Created);
        Assert.All(answers.Where(a => a.StatusCode != HttpStatusCode.Created), a => Assert.Equal(HttpStatusCode.Conflict, a.StatusCode));
        Assert.Equal(1, await app.ReadAsync(db => db.Ratings.CountAsync(r => r.TicketId == ticket)));
        var grade = await app.ReadAsync(db => db.Ratings.Where(r => r.TicketId == ticket).Select(r => r.Grade).SingleAsync());
        Assert.Equal(grade <= 2 ? 1 : 0, await app.ReadAsync(db => db.Tasks.CountAsync(t => t.Subject == db.Ratings.Single(r => r.TicketId == ticket).TicketNumber && t.HallCode == hall)));
    }

    [Fact]
    public async Task The_pads_read_the_grades_with_zh_CN_labels_and_the_tags_of_each_band()
    {
        var grades = await (await app.CreateClient().GetAsync("/api/v1/evaluations/grades")).ExpectAsync(HttpStatusCode.OK);
        var list = grades.EnumerateArray().ToList();
        Assert.Equal(["非常满意", "满意", "基本满意", "不满意", "非常不满意"], list.Select(g => g.GetProperty("label").GetString()));
        Assert.Contains("服务态度差", list[4].GetProperty("tags").EnumerateArray().Select(t => t.GetString()));
        Assert.DoesNotContain("服务态度差", list[0].GetProperty("tags").EnumerateArray().Select(t => t.GetString()));
    }
}
