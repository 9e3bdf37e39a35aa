using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using OneWindow.Testing;
using static OneWindow.Workforce.Tests.Integration.Staffing;

namespace OneWindow.Workforce.Tests.Integration;

/// <summary>
/// 排班 of single street centers (five posts, a handful of people) for a month ahead: generate a draft, check and refuse
/// edits that break a rule, publish, export, and what the staff member and the vacancy ledger see.
/// </summary>
[Trait("Category", "Integration")]
public sealed class RosterTests(WorkforceApp app) : IClassFixture<WorkforceApp>
{
    private static DateOnly NextMonth => new DateOnly(Today.Year, Today.Month, 1).AddMonths(1);

    [Fact]
    public async Task A_generated_draft_covers_every_post_on_every_working_day_and_publishing_makes_the_ledger_use_it()
    {
        var admin = await app.AdminAsync();
        var month = NextMonth;
        var roster = await GenerateAsync(admin, "sjs-bajiao", month);
        Assert.Equal(("draft", 1), (roster.GetProperty("status").GetString(), roster.GetProperty("version").GetInt32()));
        var id = roster.GetProperty("id").GetGuid();

        var grid = await GridAsync(admin, id);
        var workdays = grid.GetProperty("days").EnumerateArray().Where(d => d.GetProperty("isWorkday").GetBoolean()).Select(d => d.GetProperty("date").GetString()!).ToList();
        Assert.NotEmpty(workdays);
        var posts = (await (await admin.GetAsync("/api/v1/workforce/posts?center=sjs-bajiao")).ExpectAsync(HttpStatusCode.OK)).EnumerateArray().Select(p => p.GetProperty("code").GetString()!).ToList();
        Assert.Equal(5, posts.Count);
        var cells = grid.GetProperty("rows").EnumerateArray().SelectMany(r => r.GetProperty("cells").EnumerateArray()).ToList();
        foreach (var day in workdays)
        {
            var worked = cells.Where(c => c.GetProperty("date").GetString() == day && c.GetProperty("postCode").ValueKind == JsonValueKind.String)
                .Select(c => c.GetProperty("postCode").GetString()!).Order(StringComparer.Ordinal).ToList();
            Assert.Equal(posts.Order(StringComparer.Ordinal), worked);
        }

        Assert.Equal(0, grid.GetProperty("roster").GetProperty("shortfalls").GetInt32());
        Assert.Contains(cells, c => c.GetProperty("shifts").GetArrayLength() > 0);

        // A draft does not count; published, the ledger reads the roster's people.
        var firstDay = DateOnly.Parse(workdays[0], System.Globalization.CultureInfo.InvariantCulture);
        var published = await (await admin.PostAsync($"/api/v1/workforce/rosters/{id}/publish", null)).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal("published", published.GetProperty("status").GetString());
        await (await admin.PostAsync($"/api/v1/workforce/rosters/{id}/publish", null)).ExpectProblemAsync(HttpStatusCode.Conflict, "workforce.roster_not_draft");
        var rostered = cells.Where(c => c.GetProperty("date").GetString() == workdays[0] && c.GetProperty("postCode").ValueKind == JsonValueKind.String).ToList();
        var ledger = await (await admin.GetAsync($"/api/v1/workforce/vacancies?month={Month(month)}&center=sjs-bajiao")).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal(0, ledger.GetProperty("personDays").GetInt32());
        foreach (var row in ledger.GetProperty("rows").EnumerateArray())
        {
            var cell = row.GetProperty("cells").EnumerateArray().Single(c => c.GetProperty("date").GetString() == workdays[0]);
            Assert.NotEqual("vacant", cell.GetProperty("coverage").GetString());
        }

        // A second version replaces the first when it is published.
        var second = await GenerateAsync(admin, "sjs-bajiao", month);
        Assert.Equal(2, second.GetProperty("version").GetInt32());
        await (await admin.PostAsync($"/api/v1/workforce/rosters/{second.GetProperty("id").GetGuid()}/publish", null)).ExpectAsync(HttpStatusCode.OK);
        var versions = (await (await admin.GetAsync($"/api/v1/workforce/rosters?month={Month(month)}")).ExpectAsync(HttpStatusCode.OK)).EnumerateArray()
            .Where(r => r.GetProperty("centerCode").GetString() == "sjs-bajiao").Select(r => (r.GetProperty("version").GetInt32(), r.GetProperty("status").GetString())).ToList();
        Assert.Equal([(2, "published"), (1, "superseded")], versions);
        Assert.Single(rostered.Select(c => c.GetProperty("date").GetString()).Distinct());
        Assert.Equal(firstDay, DateOnly.Parse(workdays[0], System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task An_edit_that_breaks_a_rule_is_refused_with_the_violation_and_changes_nothing_while_a_good_one_makes_a_substitute()
    {
        var admin = await app.AdminAsync();
        var month = NextMonth;
        var roster = await GenerateAsync(admin, "sjs-gucheng", month);
        var id = roster.GetProperty("id").GetGuid();
        var grid = await GridAsync(admin, id);
        var day = grid.GetProperty("days").EnumerateArray().First(d => d.GetProperty("isWorkday").GetBoolean()).GetProperty("date").GetString()!;
        var rows = grid.GetProperty("rows").EnumerateArray().ToList();
        var holder = rows.First(r => r.GetProperty("aPost").ValueKind == JsonValueKind.String && Cell(r, day).GetProperty("postCode").GetString() == r.GetProperty("aPost").GetString());
        var post = holder.GetProperty("aPost").GetString()!;
        var other = rows.First(r => r.GetProperty("staffCode").GetString() != holder.GetProperty("staffCode").GetString() && Cell(r, day).GetProperty("postCode").ValueKind == JsonValueKind.String && r.GetProperty("bPost").GetString() != post);
        var otherCode = other.GetProperty("staffCode").GetString()!;
        var otherPost = Cell(other, day).GetProperty("postCode").GetString()!;

        // Leave approved after generating: putting the person on leave on a post that day breaks the leave rule.
        var spare = rows.First(r => Cell(r, day).GetProperty("postCode").ValueKind != JsonValueKind.String);
        var spareCode = spare.GetProperty("staffCode").GetString()!;
        await LeaveAsync(admin, spareCode, DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture));
        var problem = await (await admin.PutAsync($"/api/v1/workforce/rosters/{id}/cells", JsonContent(new { staffCode = spareCode, date = day, postCode = post }))).ExpectAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("workforce.roster_rule_broken", problem.GetProperty("code").GetString());
        Assert.Contains(problem.GetProperty("errors").GetProperty("violations").EnumerateArray(), v => v.GetString()!.Contains("on-leave", StringComparison.Ordinal));

        // Two people on a post of one head breaks the headcount.
        problem = await (await admin.PutAsync($"/api/v1/workforce/rosters/{id}/cells", JsonContent(new { staffCode = holder.GetProperty("staffCode").GetString(), date = day, postCode = otherPost }))).ExpectAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Contains(problem.GetProperty("errors").GetProperty("violations").EnumerateArray(), v => v.GetString()!.Contains("post-over-headcount", StringComparison.Ordinal));

        var unchanged = await GridAsync(admin, id);
        Assert.Equal(0, unchanged.GetProperty("roster").GetProperty("edits").GetInt32());
        Assert.Equal(post, Cell(unchanged.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("staffCode").GetString() == holder.GetProperty("staffCode").GetString()), day).GetProperty("postCode").GetString());
        Assert.Equal(otherPost, Cell(unchanged.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("staffCode").GetString() == otherCode), day).GetProperty("postCode").GetString());
        Assert.Equal(JsonValueKind.Null, Cell(unchanged.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("staffCode").GetString() == spareCode), day).GetProperty("postCode").ValueKind);

        // Bad input: 400/404, nothing changes.
        Assert.Equal(["date"], await (await admin.PutAsync($"/api/v1/workforce/rosters/{id}/cells", JsonContent(new { staffCode = otherCode, date = Text(NextMonth.AddMonths(1)), postCode = post }))).ExpectProblemAsync(HttpStatusCode.BadRequest, "validation.failed"));
        Assert.Equal(["postCode"], await (await admin.PutAsync($"/api/v1/workforce/rosters/{id}/cells", JsonContent(new { staffCode = otherCode, date = day, postCode = "XM-01" }))).ExpectProblemAsync(HttpStatusCode.BadRequest, "validation.failed"));
        Assert.Equal(["shifts"], await (await admin.PutAsync($"/api/v1/workforce/rosters/{id}/cells", JsonContent(new { staffCode = otherCode, date = day, shifts = new[] { "midnight" } }))).ExpectProblemAsync(HttpStatusCode.BadRequest, "validation.failed"));
        await (await admin.PutAsync($"/api/v1/workforce/rosters/{Guid.NewGuid()}/cells", JsonContent(new { staffCode = otherCode, date = day }))).ExpectProblemAsync(HttpStatusCode.NotFound, "workforce.unknown_roster");

        // The holder takes the day off and the person of the other post moves over: a substitute; their own post falls to its B.
        await (await admin.PutAsync($"/api/v1/workforce/rosters/{id}/cells", JsonContent(new { staffCode = holder.GetProperty("staffCode").GetString(), date = day, postCode = (string?)null, shifts = Array.Empty<string>() }))).ExpectAsync(HttpStatusCode.OK);
        var edited = await (await admin.PutAsync($"/api/v1/workforce/rosters/{id}/cells", JsonContent(new { staffCode = otherCode, date = day, postCode = post }))).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal(("substitute", post), (Cell(edited, day).GetProperty("coverage").GetString(), Cell(edited, day).GetProperty("postCode").GetString()));
        Assert.Equal(2, (await GridAsync(admin, id)).GetProperty("roster").GetProperty("edits").GetInt32());

        await (await admin.PostAsync($"/api/v1/workforce/rosters/{id}/publish", null)).ExpectAsync(HttpStatusCode.OK);
        var date = DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture);
        var cell = await CellAsync(admin, "sjs-gucheng", post, date);
        Assert.Equal("substitute", cell.GetProperty("coverage").GetString());
        Assert.Equal(otherCode, cell.GetProperty("heads")[0].GetProperty("staffCode").GetString());
        Assert.Equal("b", (await CellAsync(admin, "sjs-gucheng", otherPost, date)).GetProperty("coverage").GetString());
    }

    [Fact]
    public async Task A_published_roster_is_copied_to_a_draft_that_is_edited_without_touching_the_published_one_until_it_is_published()
    {
        var admin = await app.AdminAsync();
        var month = NextMonth;
        var first = await GenerateAsync(admin, "sjs-pingguoyuan", month);
        var firstId = first.GetProperty("id").GetGuid();
        await (await admin.PostAsync($"/api/v1/workforce/rosters/{firstId}/copy", null)).ExpectProblemAsync(HttpStatusCode.Conflict, "workforce.roster_not_published");
        await (await admin.PostAsync($"/api/v1/workforce/rosters/{firstId}/publish", null)).ExpectAsync(HttpStatusCode.OK);

        var copy = await (await admin.PostAsync($"/api/v1/workforce/rosters/{firstId}/copy", null)).ExpectAsync(HttpStatusCode.Created);
        Assert.Equal(("draft", 2), (copy.GetProperty("status").GetString(), copy.GetProperty("version").GetInt32()));
        var copyId = copy.GetProperty("id").GetGuid();
        var published = await GridAsync(admin, firstId);
        var drafted = await GridAsync(admin, copyId);
        Assert.Equal(Cells(published), Cells(drafted));

        // The draft takes a day off from an A holder; the published roster (and so the ledger) still has them there.
        var day = drafted.GetProperty("days").EnumerateArray().First(d => d.GetProperty("isWorkday").GetBoolean()).GetProperty("date").GetString()!;
        var holder = drafted.GetProperty("rows").EnumerateArray().First(r => r.GetProperty("aPost").ValueKind == JsonValueKind.String && Cell(r, day).GetProperty("postCode").GetString() == r.GetProperty("aPost").GetString());
        var code = holder.GetProperty("staffCode").GetString()!;
        var post = holder.GetProperty("aPost").GetString()!;
        await (await admin.PutAsync($"/api/v1/workforce/rosters/{copyId}/cells", JsonContent(new { staffCode = code, date = day, postCode = (string?)null, shifts = Array.Empty<string>() }))).ExpectAsync(HttpStatusCode.OK);
        var date = DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(post, Cell((await GridAsync(admin, firstId)).GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("staffCode").GetString() == code), day).GetProperty("postCode").GetString());
        Assert.Equal(code, (await CellAsync(admin, "sjs-pingguoyuan", post, date)).GetProperty("heads")[0].GetProperty("staffCode").GetString());

        // Copying again replaces the draft, not the published version.
        var again = await (await admin.PostAsync($"/api/v1/workforce/rosters/{firstId}/copy", null)).ExpectAsync(HttpStatusCode.Created);
        Assert.Equal(3, again.GetProperty("version").GetInt32());
        await (await admin.GetAsync($"/api/v1/workforce/rosters/{copyId}")).ExpectProblemAsync(HttpStatusCode.NotFound, "workforce.unknown_roster");
        await (await admin.PutAsync($"/api/v1/workforce/rosters/{again.GetProperty("id").GetGuid()}/cells", JsonContent(new { staffCode = code, date = day, postCode = (string?)null, shifts = Array.Empty<string>() }))).ExpectAsync(HttpStatusCode.OK);
        await (await admin.PostAsync($"/api/v1/workforce/rosters/{again.GetProperty("id").GetGuid()}/publish", null)).ExpectAsync(HttpStatusCode.OK);
        var versions = (await (await admin.GetAsync($"/api/v1/workforce/rosters?month={Month(month)}")).ExpectAsync(HttpStatusCode.OK)).EnumerateArray()
            .Where(r => r.GetProperty("centerCode").GetString() == "sjs-pingguoyuan").Select(r => (r.GetProperty("version").GetInt32(), r.GetProperty("status").GetString())).ToList();
        Assert.Equal([(3, "published"), (1, "superseded")], versions);
        Assert.NotEqual(code, (await CellAsync(admin, "sjs-pingguoyuan", post, date)).GetProperty("heads").EnumerateArray().Select(h => h.GetProperty("staffCode").GetString()).FirstOrDefault());
    }

    private static List<string> Cells(JsonElement grid) =>
        grid.GetProperty("rows").EnumerateArray()
            .SelectMany(r => r.GetProperty("cells").EnumerateArray().Select(c => $"{r.GetProperty("staffCode").GetString()} {c.GetProperty("date").GetString()} {c.GetProperty("postCode")} {string.Join("+", c.GetProperty("shifts").EnumerateArray().Select(x => x.ToString()))}"))
            .ToList();

    [Fact]
    public async Task The_export_is_a_person_by_day_workbook_and_staff_see_their_own_month()
    {
        var admin = await app.AdminAsync();
        var month = NextMonth;
        var roster = await GenerateAsync(admin, "sjs-babaoshan", month);
        var id = roster.GetProperty("id").GetGuid();
        var wang = await app.AsAsync("babaoshan.wang");
        var mine = await (await wang.GetAsync($"/api/v1/workforce/rosters/mine?month={Month(month)}")).ExpectAsync(HttpStatusCode.OK);
        Assert.All(mine.GetProperty("days").EnumerateArray(), d => Assert.False(d.GetProperty("published").GetBoolean()));

        await (await admin.PostAsync($"/api/v1/workforce/rosters/{id}/publish", null)).ExpectAsync(HttpStatusCode.OK);
        mine = await (await wang.GetAsync($"/api/v1/workforce/rosters/mine?month={Month(month)}")).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal("王丽", mine.GetProperty("name").GetString());
        var days = mine.GetProperty("days").EnumerateArray().ToList();
        Assert.Equal(DateTime.DaysInMonth(month.Year, month.Month), days.Count);
        Assert.All(days, d => Assert.True(d.GetProperty("published").GetBoolean()));
        Assert.Contains(days, d => d.GetProperty("postCode").GetString() == "BBS-ZC-01");
        Assert.All(days.Where(d => !d.GetProperty("isWorkday").GetBoolean()), d => Assert.Equal(JsonValueKind.Null, d.GetProperty("postCode").ValueKind));

        var response = await admin.GetAsync($"/api/v1/workforce/rosters/{id}/export");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType!.MediaType);
        await using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        var rows = MiniExcel.Query(stream, useHeaderRow: true, sheetName: "排班表").Cast<IDictionary<string, object?>>().ToList();
        var grid = await GridAsync(admin, id);
        Assert.Equal(grid.GetProperty("rows").GetArrayLength(), rows.Count);
        var row = rows.Single(r => (string?)r["姓名"] == "王丽");
        var dayColumns = row.Keys.Where(k => k.Length > 5 && k[2] == '-').ToList();
        Assert.Equal(days.Count, dayColumns.Count);
        Assert.Contains(dayColumns, k => ((string?)row[k] ?? "").StartsWith("BBS-ZC-01", StringComparison.Ordinal));
        Assert.Equal(days.Count(d => d.GetProperty("postCode").ValueKind == JsonValueKind.String || d.GetProperty("shifts").GetArrayLength() > 0), Convert.ToInt32(row["出勤天数"], System.Globalization.CultureInfo.InvariantCulture));

        var auditor = await app.AsAsync("auditor.zhao");
        await (await auditor.GetAsync($"/api/v1/workforce/rosters/mine?month={Month(month)}")).ExpectProblemAsync(HttpStatusCode.NotFound, "workforce.no_staff_record");
    }

    [Fact]
    public async Task Bad_generation_requests_are_refused_and_store_nothing()
    {
        var admin = await app.AdminAsync();
        var month = Month(NextMonth.AddMonths(2));
        var fields = await (await admin.PostJsonAsync("/api/v1/workforce/rosters", new { centerCode = "", month = "2026-1" })).ExpectProblemAsync(HttpStatusCode.BadRequest, "validation.failed");
        Assert.Equal(["centerCode", "month"], fields.Order(StringComparer.Ordinal));
        fields = await (await admin.PostJsonAsync("/api/v1/workforce/rosters", new { centerCode = "sjs-lugu", month, from = month + "-20", to = month + "-10" })).ExpectProblemAsync(HttpStatusCode.BadRequest, "validation.failed");
        Assert.Equal(["to"], fields);
        fields = await (await admin.PostJsonAsync("/api/v1/workforce/rosters", new { centerCode = "sjs-lugu", month, from = "2020-01-01" })).ExpectProblemAsync(HttpStatusCode.BadRequest, "validation.failed");
        Assert.Equal(["from"], fields);
        await (await admin.PostJsonAsync("/api/v1/workforce/rosters", new { centerCode = "nowhere", month })).ExpectProblemAsync(HttpStatusCode.BadRequest, "workforce.unknown_center");
        var empty = await CenterAsync(admin);
        await (await admin.PostJsonAsync("/api/v1/workforce/rosters", new { centerCode = empty, month })).ExpectProblemAsync(HttpStatusCode.Conflict, "workforce.no_posts");
        var clerk = await app.AsAsync("clerk.li");
        Assert.Equal(HttpStatusCode.Forbidden, (await clerk.PostJsonAsync("/api/v1/workforce/rosters", new { centerCode = "sjs-lugu", month })).StatusCode);
        Assert.Equal(0, await app.ReadAsync(db => db.Rosters.CountAsync(r => r.CenterCode == "sjs-lugu" || r.CenterCode == empty)));
    }

    [Fact]
    public async Task Extended_shifts_of_a_published_roster_earn_comp_time_that_调休_leave_spends()
    {
        var admin = await app.AdminAsync();
        var month = NextMonth.AddMonths(1);
        var roster = await GenerateAsync(admin, "sjs-wulituo", month);
        await (await admin.PostAsync($"/api/v1/workforce/rosters/{roster.GetProperty("id").GetGuid()}/publish", null)).ExpectAsync(HttpStatusCode.OK);
        var balances = (await (await admin.GetAsync("/api/v1/workforce/comp-time?center=sjs-wulituo")).ExpectAsync(HttpStatusCode.OK)).EnumerateArray().ToList();
        var grid = await GridAsync(admin, roster.GetProperty("id").GetGuid());
        var noonShifts = grid.GetProperty("rows").EnumerateArray().Sum(r => r.GetProperty("shiftCount").GetInt32());
        Assert.True(noonShifts > 0);

        // 午间延时 12:00-13:00 earns an hour: an eighth of a comp day.
        Assert.Equal(noonShifts / 8m, balances.Sum(b => b.GetProperty("earned").GetDecimal()), 1);
        var richest = balances.OrderByDescending(b => b.GetProperty("balance").GetDecimal()).First();
        var code = richest.GetProperty("staffCode").GetString()!;
        var day = await WorkdayAsync(admin, Today.AddDays(3), "sjs-wulituo");
        var request = new { staffCode = code, type = "comp-time", from = Text(day), to = Text(day), reason = "调休", startsAfternoon = richest.GetProperty("balance").GetDecimal() < 1 };
        if (richest.GetProperty("balance").GetDecimal() >= 0.5m)
        {
            await (await admin.PostJsonAsync("/api/v1/workforce/leave", request)).ExpectAsync(HttpStatusCode.Created);
            var after = (await (await admin.GetAsync($"/api/v1/workforce/comp-time?staff={code}")).ExpectAsync(HttpStatusCode.OK))[0];
            Assert.True(after.GetProperty("balance").GetDecimal() < richest.GetProperty("balance").GetDecimal());
        }
        else
        {
            await (await admin.PostJsonAsync("/api/v1/workforce/leave", request)).ExpectProblemAsync(HttpStatusCode.Conflict, "workforce.comp_time_insufficient");
        }
    }

    private static async Task<JsonElement> GenerateAsync(HttpClient admin, string center, DateOnly month) =>
        await (await admin.PostJsonAsync("/api/v1/workforce/rosters", new { centerCode = center, month = Month(month) })).ExpectAsync(HttpStatusCode.Created);

    private static async Task<JsonElement> GridAsync(HttpClient admin, Guid id) =>
        await (await admin.GetAsync($"/api/v1/workforce/rosters/{id}")).ExpectAsync(HttpStatusCode.OK);

    private static JsonElement Cell(JsonElement row, string date) =>
        row.GetProperty("cells").EnumerateArray().Single(c => c.GetProperty("date").GetString() == date);
}
