using System.Net;
using OneWindow.Testing;
using OneWindow.Workforce.Contracts;
using static OneWindow.Workforce.Tests.Integration.Staffing;

namespace OneWindow.Workforce.Tests.Integration;

/// <summary>The vacancy ledger derived at read time: A works the post; A away → B covers; no B → vacant.</summary>
[Trait("Category", "Integration")]
public sealed class CoverageTests(WorkforceApp app) : IClassFixture<WorkforceApp>
{
    [Fact]
    public async Task Without_a_roster_the_A_holder_covers_and_approved_leave_hands_the_post_to_B_then_to_nobody()
    {
        var admin = await app.AdminAsync();
        var center = await CenterAsync(admin);
        var a = await StaffCodeAsync(admin, center, "甲一");
        var b = await StaffCodeAsync(admin, center, "乙一");
        var post = await PostAsync(admin, center, [a], [b]);
        var day = await WorkdayAsync(admin, Today.AddDays(20), center);

        var cell = await CellAsync(admin, center, post, day);
        Assert.Equal("a", cell.GetProperty("coverage").GetString());
        Assert.Equal(a, cell.GetProperty("heads")[0].GetProperty("staffCode").GetString());

        // A requests leave: nothing changes until it is approved.
        var leave = await LeaveAsync(admin, a, day, day, approve: false);
        Assert.Equal("a", (await CellAsync(admin, center, post, day)).GetProperty("coverage").GetString());
        await (await admin.PostJsonAsync($"/api/v1/workforce/leave/{leave.GetProperty("id").GetGuid()}/approve", new { })).ExpectAsync(HttpStatusCode.OK);

        cell = await CellAsync(admin, center, post, day);
        Assert.Equal("b", cell.GetProperty("coverage").GetString());
        Assert.Equal(b, cell.GetProperty("heads")[0].GetProperty("staffCode").GetString());
        Assert.Equal(0, cell.GetProperty("vacant").GetInt32());

        await (await admin.DeleteAsync($"/api/v1/workforce/posts/{post}/holders/{b}")).ExpectAsync(HttpStatusCode.OK);
        cell = await CellAsync(admin, center, post, day);
        Assert.Equal("vacant", cell.GetProperty("coverage").GetString());
        Assert.Equal(1, cell.GetProperty("vacant").GetInt32());

        var month = await app.WithAsync<IVacancyLedger, VacancyMonth>(l => l.MonthAsync([center], day.Year, day.Month));
        var vacancy = Assert.Single(month.Days);
        Assert.Equal(1, month.PersonDays);
        Assert.Equal((day, center, post, 1), (vacancy.Date, vacancy.CenterCode, vacancy.PostCode, vacancy.PersonDays));
    }

    [Fact]
    public async Task A_post_of_two_heads_counts_each_missing_head_and_a_B_holder_on_leave_does_not_cover()
    {
        var admin = await app.AdminAsync();
        var center = await CenterAsync(admin);
        var a1 = await StaffCodeAsync(admin, center, "甲一");
        var a2 = await StaffCodeAsync(admin, center, "甲二");
        var b = await StaffCodeAsync(admin, center, "乙一");
        var post = await PostAsync(admin, center, [a1, a2], [b], headcount: 2);
        var day = await WorkdayAsync(admin, Today.AddDays(25), center);
        var next = await WorkdayAsync(admin, day.AddDays(1), center);

        await LeaveAsync(admin, a1, day, next);
        await LeaveAsync(admin, a2, day, day);
        var cell = await CellAsync(admin, center, post, day);
        Assert.Equal(["b", "vacant"], Coverages(cell));
        Assert.Equal(1, cell.GetProperty("vacant").GetInt32());

        // The next day a2 is back; B still covers a1.
        cell = await CellAsync(admin, center, post, next);
        Assert.Equal(["a", "b"], Coverages(cell));

        // B on leave too: the second head is vacant as well.
        await LeaveAsync(admin, b, next, next, type: "sick");
        cell = await CellAsync(admin, center, post, next);
        Assert.Equal(["a", "vacant"], Coverages(cell));

        var ledger = await (await admin.GetAsync($"/api/v1/workforce/vacancies?month={Month(day)}&center={center}")).ExpectAsync(HttpStatusCode.OK);
        var extra = day.Month == next.Month ? 1 : 0;
        Assert.Equal(1 + extra, ledger.GetProperty("personDays").GetInt32());
    }

    [Fact]
    public async Task A_holder_who_has_left_leaves_the_post_to_B_and_days_off_are_not_counted()
    {
        var admin = await app.AdminAsync();
        var center = await CenterAsync(admin);
        var day = await WorkdayAsync(admin, Today.AddDays(15), center);
        var a = (await StaffAsync(admin, center, "将离职", leftOn: Text(day.AddDays(-1)))).GetProperty("code").GetString()!;
        var b = await StaffCodeAsync(admin, center, "乙一");
        var post = await PostAsync(admin, center, [a], [b]);

        var before = day.AddDays(-1);
        while (await WorkdayAsync(admin, before, center) != before)
        {
            before = before.AddDays(-1);
        }

        Assert.Equal("a", (await CellAsync(admin, center, post, before)).GetProperty("coverage").GetString());
        Assert.Equal("b", (await CellAsync(admin, center, post, day)).GetProperty("coverage").GetString());

        var ledger = await (await admin.GetAsync($"/api/v1/workforce/vacancies?month={Month(day)}&center={center}")).ExpectAsync(HttpStatusCode.OK);
        var listed = ledger.GetProperty("days").EnumerateArray().Select(d => d.GetString()!).ToList();
        var first = new DateOnly(day.Year, day.Month, 1);
        var workdays = new List<string>();
        for (var d = first; d.Month == first.Month; d = d.AddDays(1))
        {
            if (await WorkdayAsync(admin, d, center) == d)
            {
                workdays.Add(Text(d));
            }
        }

        Assert.Equal(workdays, listed);
        Assert.Equal(0, ledger.GetProperty("personDays").GetInt32());
    }

    [Fact]
    public async Task Today_lists_uncovered_posts_with_who_is_away_and_why()
    {
        var admin = await app.AdminAsync();
        var center = await CenterAsync(admin);
        var a = await StaffCodeAsync(admin, center, "甲一");
        var post = await PostAsync(admin, center, [a], []);
        var covered = await PostAsync(admin, center, [await StaffCodeAsync(admin, center, "甲二")], []);
        var today = await (await admin.GetAsync($"/api/v1/workforce/vacancies/today?center={center}")).ExpectAsync(HttpStatusCode.OK);
        if (!today.GetProperty("isWorkday").GetBoolean())
        {
            Assert.Empty(today.GetProperty("posts").EnumerateArray());
            return;
        }

        Assert.Empty(today.GetProperty("posts").EnumerateArray());
        await LeaveAsync(admin, a, Today, Today, type: "sick");
        today = await (await admin.GetAsync($"/api/v1/workforce/vacancies/today?center={center}")).ExpectAsync(HttpStatusCode.OK);
        var uncovered = Assert.Single(today.GetProperty("posts").EnumerateArray());
        Assert.Equal(post, uncovered.GetProperty("postCode").GetString());
        var absent = Assert.Single(uncovered.GetProperty("absent").EnumerateArray());
        Assert.Equal((a, "A", "leave"), (absent.GetProperty("staffCode").GetString(), absent.GetProperty("role").GetString(), absent.GetProperty("why").GetString()));
        Assert.NotEqual(covered, uncovered.GetProperty("postCode").GetString());
    }

    [Fact]
    public async Task Bad_ledger_requests_are_refused()
    {
        var admin = await app.AdminAsync();
        Assert.Equal(["month"], await (await admin.GetAsync("/api/v1/workforce/vacancies?month=2026-13")).ExpectProblemAsync(HttpStatusCode.BadRequest, "validation.failed"));
        Assert.Equal(["center"], await (await admin.GetAsync("/api/v1/workforce/vacancies?month=2026-05&center=nowhere")).ExpectProblemAsync(HttpStatusCode.BadRequest, "workforce.unknown_center"));
        var clerk = await app.AsAsync("clerk.li");
        Assert.Equal(HttpStatusCode.Forbidden, (await clerk.GetAsync("/api/v1/workforce/vacancies?month=2026-05")).StatusCode);
    }

    private static string[] Coverages(System.Text.Json.JsonElement cell) =>
        cell.GetProperty("heads").EnumerateArray().Select(h => h.GetProperty("coverage").GetString()!).ToArray();
}
