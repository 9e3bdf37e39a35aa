using System.Net;
using System.Net.Http.Json;
using OneWindow.Testing;

namespace OneWindow.Queue.Tests.Integration;

[Trait("Category", "Integration")]
public sealed class QueueApiTests(DemoApp app) : IClassFixture<DemoApp>
{
    [Fact]
    public async Task A_kiosk_ticket_gets_the_category_prefix_and_the_next_number_and_says_how_many_are_ahead()
    {
        var admin = await app.ClientForAsync();
        var hall = await HallBuilder.CreateAsync(admin, 1, ("personal", "B"));
        var kiosk = app.CreateClient();

        var first = await HallBuilder.IssueAsync(kiosk, hall, "personal");
        var second = await HallBuilder.IssueAsync(kiosk, hall, "personal");

        Assert.Equal("B001", first.GetProperty("number").GetString());
        Assert.Equal("B002", second.GetProperty("number").GetString());
        Assert.Equal("waiting", second.GetProperty("status").GetString());
        Assert.Equal("normal", second.GetProperty("priority").GetString());
        Assert.Equal(0, first.GetProperty("aheadCount").GetInt32());
        Assert.Equal(1, second.GetProperty("aheadCount").GetInt32());
        Assert.Equal(10, second.GetProperty("estimatedWaitMinutes").GetInt32());
        Assert.EndsWith("+08:00", second.GetProperty("issuedAt").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_same_idempotency_key_returns_the_same_ticket_with_200_and_issues_no_second_number()
    {
        var admin = await app.ClientForAsync();
        var hall = await HallBuilder.CreateAsync(admin, 1, ("personal", "B"));
        var kiosk = app.CreateClient();

        var first = await HallBuilder.IssueAsync(kiosk, hall, "personal", key: "kiosk-1-0001");
        using var retry = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/halls/{hall}/tickets") { Content = JsonContent.Create(new { category = "personal", priority = "normal" }) };
        retry.Headers.Add("Idempotency-Key", "kiosk-1-0001");
        var again = await (await kiosk.SendAsync(retry)).ExpectAsync(HttpStatusCode.OK);
        var next = await HallBuilder.IssueAsync(kiosk, hall, "personal");

        Assert.Equal(first.GetProperty("id").GetGuid(), again.GetProperty("id").GetGuid());
        Assert.Equal("B002", next.GetProperty("number").GetString());
    }

    [Fact]
    public async Task Concurrent_retries_with_one_key_make_exactly_one_ticket()
    {
        var admin = await app.ClientForAsync();
        var hall = await HallBuilder.CreateAsync(admin, 1, ("personal", "B"));
        var kiosk = app.CreateClient();

        var answers = await Task.WhenAll(Enumerable.Range(0, 20).Select(async _ =>
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/halls/{hall}/tickets") { Content = JsonContent.Create(new { category = "personal" }) };
            request.Headers.Add("Idempotency-Key", "same-key");
            var response = await kiosk.SendAsync(request);
            return (response.StatusCode, Body: await response.ReadAsync());
        }));

        Assert.All(answers, a => Assert.True(a.StatusCode is HttpStatusCode.Created or HttpStatusCode.OK, a.Body.ToString()));
        Assert.Single(answers, a => a.StatusCode == HttpStatusCode.Created);
        Assert.Single(answers.Select(a => a.Body.GetProperty("id").GetGuid()).Distinct());
        var board = await (await kiosk.GetAsync($"/api/v1/halls/{hall}/board")).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal(1, board.GetProperty("waiting").GetInt32());
    }

    [Fact]
    public async Task Bad_kiosk_input_is_refused_with_the_contract_codes_and_stores_nothing()
    {
        var admin = await app.ClientForAsync();
        var hall = await HallBuilder.CreateAsync(admin, 1, ("personal", "B"));
        var kiosk = app.CreateClient();

        await (await kiosk.PostJsonAsync($"/api/v1/halls/{hall}/tickets", new { category = "nope" })).ExpectProblemAsync(HttpStatusCode.BadRequest, "queue.unknown_category");
        var fields = await (await kiosk.PostJsonAsync($"/api/v1/halls/{hall}/tickets", new { category = "personal", priority = "vip" })).ExpectProblemAsync(HttpStatusCode.BadRequest, "validation.failed");
        Assert.Contains("priority", fields);
        await (await kiosk.PostJsonAsync("/api/v1/halls/no-such-hall/tickets", new { category = "personal" })).ExpectProblemAsync(HttpStatusCode.NotFound, "queue.unknown_hall");
        await (await kiosk.PostRawAsync($"/api/v1/halls/{hall}/tickets", "{\"category\":")).ExpectAsync(HttpStatusCode.BadRequest);

        var board = await (await kiosk.GetAsync($"/api/v1/halls/{hall}/board")).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal(0, board.GetProperty("waiting").GetInt32());
    }

    [Fact]
    public async Task A_window_calls_priority_first_then_in_issue_order_and_gets_204_when_nobody_waits()
    {
        var admin = await app.ClientForAsync();
        var hall = await HallBuilder.CreateAsync(admin, 1, ("personal", "B"));
        var kiosk = app.CreateClient();
        var normal1 = await HallBuilder.IssueAsync(kiosk, hall, "personal");
        var normal2 = await HallBuilder.IssueAsync(kiosk, hall, "personal");
        var elderly = await HallBuilder.IssueAsync(kiosk, hall, "personal", "priority");

        var calls = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            var called = await (await admin.PostAsync($"/api/v1/halls/{hall}/windows/01/call-next", null)).ExpectAsync(HttpStatusCode.OK);
            Assert.Equal("called", called.GetProperty("status").GetString());
            Assert.Equal("01", called.GetProperty("windowCode").GetString());
            calls.Add(called.GetProperty("number").GetString()!);
        }

        Assert.Equal([elderly.GetProperty("number").GetString()!, normal1.GetProperty("number").GetString()!, normal2.GetProperty("number").GetString()!], calls);
        var none = await admin.PostAsync($"/api/v1/halls/{hall}/windows/01/call-next", null);
        Assert.Equal(HttpStatusCode.NoContent, none.StatusCode);
        var first = await (await kiosk.GetAsync($"/api/v1/tickets/{elderly.GetProperty("id").GetGuid()}")).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal("completed", first.GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_closed_or_paused_window_cannot_call_and_unknown_windows_are_404()
    {
        var admin = await app.ClientForAsync();
        var hall = await HallBuilder.CreateAsync(admin, 1, ("personal", "B"));
        await HallBuilder.IssueAsync(app.CreateClient(), hall, "personal");

        await (await admin.PostAsync($"/api/v1/halls/{hall}/windows/01/pause", null)).ExpectAsync(HttpStatusCode.OK);
        await (await admin.PostAsync($"/api/v1/halls/{hall}/windows/01/call-next", null)).ExpectProblemAsync(HttpStatusCode.Conflict, "queue.window_paused");
        await (await admin.PostAsync($"/api/v1/halls/{hall}/windows/01/close", null)).ExpectAsync(HttpStatusCode.OK);
        await (await admin.PostAsync($"/api/v1/halls/{hall}/windows/01/call-next", null)).ExpectProblemAsync(HttpStatusCode.Conflict, "queue.window_closed");
        await (await admin.PostAsync($"/api/v1/halls/{hall}/windows/99/call-next", null)).ExpectProblemAsync(HttpStatusCode.NotFound, "queue.unknown_window");
        await (await app.CreateClient().PostAsync($"/api/v1/halls/{hall}/windows/01/call-next", null)).ExpectAsync(HttpStatusCode.Unauthorized);

        var windows = await (await admin.GetAsync($"/api/v1/halls/{hall}/windows")).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal("closed", windows[0].GetProperty("status").GetString());
        var board = await (await admin.GetAsync($"/api/v1/halls/{hall}/board")).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal(1, board.GetProperty("waiting").GetInt32());
    }

    [Fact]
    public async Task Start_complete_and_illegal_steps_follow_the_ticket_states()
    {
        var admin = await app.ClientForAsync();
        var hall = await HallBuilder.CreateAsync(admin, 1, ("personal", "B"));
        var ticket = await HallBuilder.IssueAsync(app.CreateClient(), hall, "personal");
        var id = ticket.GetProperty("id").GetGuid();

        await (await admin.PostAsync($"/api/v1/tickets/{id}/start", null)).ExpectProblemAsync(HttpStatusCode.Conflict, "queue.invalid_transition");
        await (await admin.PostAsync($"/api/v1/halls/{hall}/windows/01/call-next", null)).ExpectAsync(HttpStatusCode.OK);
        var serving = await (await admin.PostAsync($"/api/v1/tickets/{id}/start", null)).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal("serving", serving.GetProperty("status").GetString());
        var done = await (await admin.PostAsync($"/api/v1/tickets/{id}/complete", null)).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal("completed", done.GetProperty("status").GetString());
        await (await admin.PostAsync($"/api/v1/tickets/{id}/complete", null)).ExpectProblemAsync(HttpStatusCode.Conflict, "queue.invalid_transition");
        await (await admin.PostAsync($"/api/v1/tickets/{id}/no-show", null)).ExpectProblemAsync(HttpStatusCode.Conflict, "queue.invalid_transition");
        await (await admin.PostAsync($"/api/v1/tickets/{Guid.NewGuid()}/complete", null)).ExpectProblemAsync(HttpStatusCode.NotFound, "queue.ticket_not_found");
    }

    [Fact]
    public async Task After_three_recalls_the_next_recall_makes_the_visitor_a_no_show()
    {
        var admin = await app.ClientForAsync();
        var hall = await HallBuilder.CreateAsync(admin, 1, ("personal", "B"));
        var id = (await HallBuilder.IssueAsync(app.CreateClient(), hall, "personal")).GetProperty("id").GetGuid();
        await (await admin.PostAsync($"/api/v1/halls/{hall}/windows/01/call-next", null)).ExpectAsync(HttpStatusCode.OK);

        for (var i = 1; i <= 3; i++)
        {
            var recalled = await (await admin.PostAsync($"/api/v1/tickets/{id}/recall", null)).ExpectAsync(HttpStatusCode.OK);
            Assert.Equal("called", recalled.GetProperty("status").GetString());
            Assert.Equal(i, recalled.GetProperty("recalls").GetInt32());
        }

        var gone = await (await admin.PostAsync($"/api/v1/tickets/{id}/recall", null)).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal("no-show", gone.GetProperty("status").GetString());
        var board = await (await admin.GetAsync($"/api/v1/halls/{hall}/board")).ExpectAsync(HttpStatusCode.OK);
        Assert.Empty(board.GetProperty("serving").EnumerateArray());
    }

    [Fact]
    public async Task A_transferred_visitor_keeps_the_number_and_goes_before_later_tickets_of_the_new_category()
    {
        var admin = await app.ClientForAsync();
        var hall = await HallBuilder.CreateAsync(admin, 0, ("personal", "B"), ("social", "C"));
        await (await admin.PostJsonAsync($"/api/v1/halls/{hall}/windows", new { code = "01", name = "1号窗口", kind = "comprehensive", categories = new[] { "personal" } })).ExpectAsync(HttpStatusCode.Created);
        await (await admin.PostJsonAsync($"/api/v1/halls/{hall}/windows", new { code = "02", name = "2号窗口", kind = "comprehensive", categories = new[] { "social" } })).ExpectAsync(HttpStatusCode.Created);
        await admin.PostAsync($"/api/v1/halls/{hall}/windows/01/open", null);
        await admin.PostAsync($"/api/v1/halls/{hall}/windows/02/open", null);
        var kiosk = app.CreateClient();
        var early = await HallBuilder.IssueAsync(kiosk, hall, "personal");
        var later = await HallBuilder.IssueAsync(kiosk, hall, "social");

        var called = await (await admin.PostAsync($"/api/v1/halls/{hall}/windows/01/call-next", null)).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal(early.GetProperty("id").GetGuid(), called.GetProperty("id").GetGuid());
        var moved = await (await admin.PostJsonAsync($"/api/v1/tickets/{called.GetProperty("id").GetGuid()}/transfer", new { category = "social" })).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal("B001", moved.GetProperty("number").GetString());
        Assert.Equal("waiting", moved.GetProperty("status").GetString());
        Assert.Equal(early.GetProperty("issuedAt").GetString(), moved.GetProperty("issuedAt").GetString());

        var next = await (await admin.PostAsync($"/api/v1/halls/{hall}/windows/02/call-next", null)).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal("B001", next.GetProperty("number").GetString());
        var phone = await (await kiosk.GetAsync($"/api/v1/tickets/{early.GetProperty("id").GetGuid()}")).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal("02", phone.GetProperty("windowCode").GetString());
        Assert.NotEqual(later.GetProperty("number").GetString(), next.GetProperty("number").GetString());
        await (await admin.PostJsonAsync($"/api/v1/tickets/{next.GetProperty("id").GetGuid()}/transfer", new { category = "x", window = "01" })).ExpectProblemAsync(HttpStatusCode.BadRequest, "validation.failed");
    }

    [Fact]
    public async Task The_board_shows_waiting_per_category_who_is_at_which_window_and_the_recent_calls()
    {
        var admin = await app.ClientForAsync();
        var hall = await HallBuilder.CreateAsync(admin, 2, ("personal", "B"));
        var kiosk = app.CreateClient();
        for (var i = 0; i < 3; i++)
        {
            await HallBuilder.IssueAsync(kiosk, hall, "personal");
        }

        await (await admin.PostAsync($"/api/v1/halls/{hall}/windows/02/call-next", null)).ExpectAsync(HttpStatusCode.OK);
        var board = await (await kiosk.GetAsync($"/api/v1/halls/{hall}/board")).ExpectAsync(HttpStatusCode.OK);

        Assert.Equal(2, board.GetProperty("waiting").GetInt32());
        var serving = Assert.Single(board.GetProperty("serving").EnumerateArray());
        Assert.Equal("B001", serving.GetProperty("number").GetString());
        Assert.Equal("02", serving.GetProperty("windowCode").GetString());
        Assert.Equal("2号窗口", serving.GetProperty("windowLabel").GetString());
        Assert.Equal("B001", board.GetProperty("recentCalls")[0].GetProperty("number").GetString());
        var line = Assert.Single(board.GetProperty("categories").EnumerateArray());
        Assert.Equal(2, line.GetProperty("waiting").GetInt32());
        Assert.Equal(2, line.GetProperty("openWindows").GetInt32());
    }

    [Fact]
    public async Task The_tidal_advisor_gives_the_erlang_c_answer_of_the_worked_example()
    {
        var admin = await app.ClientForAsync();
        var answer = await (await admin.GetAsync("/api/v1/queue/erlang?arrivalsPerHour=60&serviceMinutes=10&targetMinutes=15&serviceLevel=0.9")).ExpectAsync(HttpStatusCode.OK);

        Assert.Equal(12, answer.GetProperty("windows").GetInt32());
        Assert.Equal(0.978, answer.GetProperty("serviceLevel").GetDouble(), 3);
        Assert.Equal(10, answer.GetProperty("trafficErlangs").GetDouble(), 3);
        Assert.Equal(18, answer.GetProperty("rosteredStaff").GetInt32());
        var fields = await (await admin.GetAsync("/api/v1/queue/erlang?arrivalsPerHour=-1&serviceLevel=2")).ExpectProblemAsync(HttpStatusCode.BadRequest, "validation.failed");
        Assert.Contains("arrivalsPerHour", fields);
        Assert.Contains("serviceMinutes", fields);
        Assert.Contains("serviceLevel", fields);
    }

    [Fact]
    public async Task A_window_of_two_categories_calls_first_issued_first_whatever_the_category()
    {
        var admin = await app.ClientForAsync();
        var hall = await HallBuilder.CreateAsync(admin, 1, ("personal", "B"), ("social", "C"));
        var kiosk = app.CreateClient();
        var social = await HallBuilder.IssueAsync(kiosk, hall, "social");
        var personal = await HallBuilder.IssueAsync(kiosk, hall, "personal");

        var first = await (await admin.PostAsync($"/api/v1/halls/{hall}/windows/01/call-next", null)).ExpectAsync(HttpStatusCode.OK);
        var second = await (await admin.PostAsync($"/api/v1/halls/{hall}/windows/01/call-next", null)).ExpectAsync(HttpStatusCode.OK);

        Assert.Equal(social.GetProperty("id").GetGuid(), first.GetProperty("id").GetGuid());
        Assert.Equal(personal.GetProperty("id").GetGuid(), second.GetProperty("id").GetGuid());
    }

    [Fact]
    public async Task Out_of_range_advisor_questions_are_400_not_500()
    {
        var admin = await app.ClientForAsync();
        var fields = await (await admin.GetAsync("/api/v1/queue/erlang?arrivalsPerHour=10000&serviceMinutes=10")).ExpectProblemAsync(HttpStatusCode.BadRequest, "validation.failed");
        Assert.Contains("arrivalsPerHour", fields);
        var date = await (await admin.GetAsync("/api/v1/halls/sjs-hall/staffing?date=0001-01-03")).ExpectProblemAsync(HttpStatusCode.BadRequest, "validation.failed");
        Assert.Contains("date", date);
    }
}
