using System.Globalization;
using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OneWindow.Calendar.Contracts;
using OneWindow.Cases.Data;
using OneWindow.Testing;
using static OneWindow.Cases.Tests.Integration.CaseApi;

namespace OneWindow.Cases.Tests.Integration;

/// <summary>An app of its own, so the dashboard's counts are exactly the cases these tests make.</summary>
public sealed class SupervisionApp : AppFactory;

/// <summary>
/// 督办: per department open / yellow / red on the working-day calendar, the red and yellow lists, hand-over batches not
/// signed in, and 容缺 promises past their date. Cases are made through the API and then dated back in the database
/// (accepted N working days ago, promised by a date that has passed, sent 30 hours ago).
/// </summary>
[Trait("Category", "Integration")]
public sealed class SupervisionTests(SupervisionApp app) : IClassFixture<SupervisionApp>
{
    private const string Market = "sjs-scjgj";

    [Fact]
    public async Task The_dashboard_counts_each_departments_open_yellow_and_red_cases_and_lists_what_is_late()
    {
        var admin = await app.ClientForAsync();
        var clerk = await app.ClientForAsync("clerk.li");
        var today = DateOnly.ParseExact(Today, "yyyy-MM-dd", CultureInfo.InvariantCulture);

        // 区民政局 (临时救助, 10 working days): 7 of 10 used (no warning), 8 of 10 (yellow, the 80% line), 11 (red).
        var seven = await AcceptedAsync(clerk, 101);
        var eight = await AcceptedAsync(clerk, 102);
        var over = await HandedOverAsync(admin, 103);
        await AcceptedDaysAgoAsync(seven, 7);
        await AcceptedDaysAgoAsync(eight, 8);
        await AcceptedDaysAgoAsync(over, 11);
        await CreateAsync(clerk, 104, AllMaterials); // submitted: open, no deadline yet
        await (await clerk.PostJsonAsync("/api/v1/cases", new { itemCode = Item, applicant = Person(105), status = "consulted" })).ExpectAsync(HttpStatusCode.Created); // not open
        var withdrawn = await AcceptedAsync(clerk, 106);
        await AcceptedDaysAgoAsync(withdrawn, 12);
        await ActAsync(clerk, withdrawn, "withdraw", new { reason = "申请人书面申请撤回" });

        // The case 7 days in goes out in a batch the department has not signed in for 30 hours.
        var batch = await (await clerk.PostJsonAsync("/api/v1/cases/handovers", new { departmentCode = Department, caseIds = new[] { seven }, senderName = "李晓燕" })).ExpectAsync(HttpStatusCode.Created);
        var batchId = batch.GetProperty("id").GetGuid();
        var sentAt = TimeProvider.System.GetUtcNow().AddHours(-30);
        await WithDbAsync(db => db.Batches.Where(b => b.Id == batchId).ExecuteUpdateAsync(s => s.SetProperty(b => b.SentAt, sentAt)));

        // 区市场监管局 (食品经营许可): 容缺 promised for 3 days ago and still not brought; another promised for next week.
        var late = await TolerantAsync(clerk, 107, today.AddDays(1));
        await WithDbAsync(db => db.Materials.Where(m => m.CaseId == late && m.Code == "SCJG-007-M03").ExecuteUpdateAsync(s => s.SetProperty(m => m.DueOn, today.AddDays(-3))));
        await TolerantAsync(clerk, 108, today.AddDays(7));

        var board = await (await admin.GetAsync(new Uri("/api/v1/cases/supervision", UriKind.Relative))).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal(6, board.GetProperty("open").GetInt32());
        Assert.Equal(1, board.GetProperty("yellow").GetInt32());
        Assert.Equal(1, board.GetProperty("red").GetInt32());
        var departments = board.GetProperty("departments").EnumerateArray().ToDictionary(d => d.GetProperty("departmentCode").GetString()!);
        Assert.Equal([Department, Market], departments.Keys.Order(StringComparer.Ordinal));
        Assert.Equal((4, 1, 1), Counts(departments[Department]));
        Assert.Equal((2, 0, 0), Counts(departments[Market]));
        Assert.Equal("区民政局", departments[Department].GetProperty("departmentName").GetString());

        var red = Assert.Single(board.GetProperty("overdue").EnumerateArray());
        Assert.Equal(over, red.GetProperty("id").GetGuid());
        Assert.Equal("red", red.GetProperty("warning").GetString());
        Assert.Equal(1, red.GetProperty("workdaysOver").GetInt32());
        var yellow = Assert.Single(board.GetProperty("warned").EnumerateArray());
        Assert.Equal(eight, yellow.GetProperty("id").GetGuid());
        Assert.Equal(2, yellow.GetProperty("workdaysLeft").GetInt32());
        Assert.Equal(Department, yellow.GetProperty("departmentCode").GetString());

        var unreceived = Assert.Single(board.GetProperty("unreceivedBatches").EnumerateArray());
        Assert.Equal(batchId, unreceived.GetProperty("id").GetGuid());
        Assert.Equal(1, unreceived.GetProperty("cases").GetInt32());
        Assert.InRange(unreceived.GetProperty("ageHours").GetInt32(), 30, 31);

        var promise = Assert.Single(board.GetProperty("overduePromises").EnumerateArray());
        Assert.Equal(late, promise.GetProperty("caseId").GetGuid());
        Assert.Equal("SCJG-007-M03", promise.GetProperty("materialCode").GetString());
        Assert.Equal(today.AddDays(-3).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), promise.GetProperty("dueOn").GetString());
        Assert.Equal(3, promise.GetProperty("daysOver").GetInt32());

        // The applicant brings the promised material: the promise is kept and leaves the list.
        // After acceptance nothing but the promised line may change.
        await (await clerk.PostJsonAsync($"/api/v1/cases/{late}/materials", new { materials = new[] { new { code = "ID_CARD", form = "paper-copy" } } })).ExpectProblemAsync(HttpStatusCode.Conflict, "cases.invalid_transition");
        var kept = await ActAsync(clerk, late, "materials", new { provided = new[] { "SCJG-007-M03" } });
        Assert.Equal("accepted", kept.GetProperty("status").GetString());
        var lines = (await GetAsync(clerk, late)).GetProperty("materials").EnumerateArray().ToDictionary(m => m.GetProperty("code").GetString()!, m => m.GetProperty("form").GetString());
        Assert.Equal("paper-original", lines["SCJG-007-M03"]);
        Assert.Equal("paper-original", lines["ID_CARD"]);
        Assert.Equal(["created", "accepted", "materials-received"], Actions(await GetAsync(clerk, late)));
        var after = await (await admin.GetAsync(new Uri("/api/v1/cases/supervision?centerCode=sjs", UriKind.Relative))).ExpectAsync(HttpStatusCode.OK);
        Assert.Empty(after.GetProperty("overduePromises").EnumerateArray());
        Assert.Equal("sjs", after.GetProperty("centerCode").GetString());

        // Signed in by the department: no longer on the board; the yellow case stays yellow.
        await (await admin.PostJsonAsync($"/api/v1/cases/handovers/{batchId}/receive", new { receiverName = "周敏" })).ExpectAsync(HttpStatusCode.OK);
        var received = await (await admin.GetAsync(new Uri("/api/v1/cases/supervision", UriKind.Relative))).ExpectAsync(HttpStatusCode.OK);
        Assert.Empty(received.GetProperty("unreceivedBatches").EnumerateArray());
        Assert.Equal(1, received.GetProperty("yellow").GetInt32());
    }

    [Fact]
    public async Task Only_supervisors_see_the_dashboard_and_only_for_their_centers()
    {
        var clerk = await app.ClientForAsync("clerk.li");
        Assert.Equal(HttpStatusCode.Forbidden, (await clerk.GetAsync(new Uri("/api/v1/cases/supervision", UriKind.Relative))).StatusCode);
        var manager = await app.ClientForAsync("pm.zhang");
        Assert.Equal(HttpStatusCode.OK, (await manager.GetAsync(new Uri("/api/v1/cases/supervision?centerCode=sjs", UriKind.Relative))).StatusCode);
        var fields = await (await manager.GetAsync(new Uri("/api/v1/cases/supervision?centerCode=wsq", UriKind.Relative))).ExpectProblemAsync(HttpStatusCode.BadRequest, "validation.failed");
        Assert.Equal(["centerCode"], fields);
    }

    private static (int Open, int Yellow, int Red) Counts(JsonElement d) =>
        (d.GetProperty("open").GetInt32(), d.GetProperty("yellow").GetInt32(), d.GetProperty("red").GetInt32());

    private static async Task<Guid> AcceptedAsync(HttpClient clerk, int n)
    {
        var id = Id(await CreateAsync(clerk, n, AllMaterials));
        await ActAsync(clerk, id, "accept");
        return id;
    }

    private static async Task<Guid> TolerantAsync(HttpClient clerk, int n, DateOnly due)
    {
        var body = new
        {
            itemCode = "SCJG-007",
            applicant = Person(n),
            provided = new[] { "SCJG-007-M01", "SCJG-007-M02", "ID_CARD", "BUSINESS_LICENSE" },
            materials = new object[] { new { code = "SCJG-007-M03", form = "tolerated", promise = "申请人承诺五个工作日内补交食品安全管理制度", dueOn = due.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) } },
        };
        var id = Id(await (await clerk.PostJsonAsync("/api/v1/cases", body)).ExpectAsync(HttpStatusCode.Created));
        await ActAsync(clerk, id, "accept");
        return id;
    }

    /// <summary>Dates the acceptance back so that <paramref name="used"/> working days (after the acceptance day, up to today) have passed.</summary>
    private async Task AcceptedDaysAgoAsync(Guid id, int used)
    {
        using var scope = app.Services.CreateScope();
        var calendar = await scope.ServiceProvider.GetRequiredService<ICalendarProvider>().ForCenterAsync("sjs");
        var today = DateOnly.ParseExact(Today, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var accepted = today;
        while (calendar.CountWorkdays(accepted.AddDays(1), today) < used)
        {
            accepted = accepted.AddDays(-1);
        }

        var deadline = calendar.AddWorkdays(accepted, 10).Date;
        var db = scope.ServiceProvider.GetRequiredService<CasesDbContext>();
        await db.Cases.Where(c => c.Id == id).ExecuteUpdateAsync(s => s.SetProperty(c => c.AcceptedOn, accepted).SetProperty(c => c.Deadline, deadline));
    }

    private async Task WithDbAsync(Func<CasesDbContext, Task<int>> change)
    {
        using var scope = app.Services.CreateScope();
        Assert.Equal(1, await change(scope.ServiceProvider.GetRequiredService<CasesDbContext>()));
    }
}
