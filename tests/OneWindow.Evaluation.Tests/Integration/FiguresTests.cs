using System.Net;
using Microsoft.Extensions.DependencyInjection;
using OneWindow.Evaluation.Contracts;
using OneWindow.Testing;

namespace OneWindow.Evaluation.Tests.Integration;

/// <summary>IEvaluationFigures and the monthly ranking: counts per grade, set-aside 差评, center subtrees, ties.</summary>
[Trait("Category", "Integration")]
public sealed class FiguresTests(EvaluationApp app) : IClassFixture<EvaluationApp>
{
    private static DateOnly ChinaToday() => DateOnly.FromDateTime(DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(8)).DateTime);

    private async Task<IEvaluationFigures> FiguresAsync(Func<IEvaluationFigures, Task> use)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var figures = scope.ServiceProvider.GetRequiredService<IEvaluationFigures>();
        await use(figures);
        return figures;
    }

    [Fact]
    public async Task Figures_count_each_grade_per_clerk_window_and_department_and_a_set_aside_bad_rating_is_not_upheld()
    {
        var street = await app.HallAsync("sjs-babaoshan");
        foreach (var grade in new[] { 5, 5, 4, 3, 2, 1 })
        {
            await app.RateTicketAsync(await app.TicketAsync(street, "babaoshan.wang"), grade);
        }

        var online = app.Cases.Add(department: "sjs-wjw", center: "sjs-babaoshan", phone: "13700007777", clerk: "babaoshan.wang");
        var created = await (await app.CreateClient().PostJsonAsync("/api/v1/evaluations", new { channel = "online", caseNumber = online.Number, phoneLast4 = "7777", grade = 1 })).ExpectAsync(HttpStatusCode.Created);
        var task = created.GetProperty("rectificationTaskId").GetGuid();
        var admin = await app.AsAsync();
        await (await admin.PostJsonAsync($"/api/v1/evaluation-tasks/{task}/appeal", new { reason = "恶意差评" })).ExpectAsync(HttpStatusCode.OK);
        await (await admin.PostJsonAsync($"/api/v1/evaluation-tasks/{task}/decide", new { upheld = true, decision = "成立" })).ExpectAsync(HttpStatusCode.OK);

        var today = ChinaToday();
        await FiguresAsync(async figures =>
        {
            var clerk = Assert.Single(await figures.ByClerkAsync(today, today, "sjs-babaoshan"), f => f.Key == "babaoshan.wang");
            Assert.Equal((7, 2, 1, 1, 1, 2, 2), (clerk.Total, clerk.VerySatisfied, clerk.Satisfied, clerk.BasicallySatisfied, clerk.Dissatisfied, clerk.VeryDissatisfied, clerk.UpheldBad));
            Assert.Equal(3, clerk.Bad);

            var window = Assert.Single(await figures.ByWindowAsync(today, today, "sjs"), f => f.Key == street + "/01");
            Assert.Equal((6, 2), (window.Total, window.UpheldBad));

            var department = Assert.Single(await figures.ByDepartmentAsync(today, today), f => f.Key == "sjs-wjw");
            Assert.Equal((1, 1, 0), (department.Total, department.VeryDissatisfied, department.UpheldBad));

            Assert.DoesNotContain(await figures.ByClerkAsync(today, today, "sjs-laoshan"), f => f.Key == "babaoshan.wang");
            Assert.DoesNotContain(await figures.ByClerkAsync(today.AddDays(1), today.AddDays(30)), f => f.Key == "babaoshan.wang");
        });
    }

    [Fact]
    public async Task The_monthly_ranking_ranks_windows_and_staff_by_good_rate_with_ties_sharing_a_rank_and_exports_xlsx()
    {
        var first = await app.HallAsync();
        var second = await app.HallAsync();
        await app.RateTicketAsync(await app.TicketAsync(first, "pm.zhang"), 5);
        await app.RateTicketAsync(await app.TicketAsync(second, "pm.zhang"), 4);
        await app.RateTicketAsync(await app.TicketAsync(second, "pm.zhang"), 2);

        var admin = await app.AsAsync();
        var month = ChinaToday().ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);
        var ranking = await (await admin.GetAsync($"/api/v1/evaluations/ranking?month={month}")).ExpectAsync(HttpStatusCode.OK);
        var windows = ranking.GetProperty("windows").EnumerateArray().ToList();
        var a = windows.Single(w => w.GetProperty("key").GetString() == first + "/01");
        var b = windows.Single(w => w.GetProperty("key").GetString() == second + "/01");
        Assert.Equal(1, a.GetProperty("rank").GetInt32());
        Assert.Equal(1m, a.GetProperty("goodRate").GetDecimal());
        Assert.Equal(0.5m, b.GetProperty("goodRate").GetDecimal());
        Assert.True(b.GetProperty("rank").GetInt32() > 1);
        Assert.Contains("1号综合窗口", a.GetProperty("name").GetString(), StringComparison.Ordinal);
        Assert.Contains(ranking.GetProperty("staff").EnumerateArray(), s => s.GetProperty("key").GetString() == "pm.zhang");

        await (await admin.GetAsync("/api/v1/evaluations/ranking?month=2026-13")).ExpectProblemAsync(HttpStatusCode.BadRequest, "validation.failed");
        var file = await admin.GetAsync($"/api/v1/evaluations/ranking.xlsx?month={month}");
        Assert.Equal(HttpStatusCode.OK, file.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", file.Content.Headers.ContentType?.MediaType);
        using var stream = await file.Content.ReadAsStreamAsync();
        var rows = MiniExcelLibs.MiniExcel.Query(stream, useHeaderRow: true, sheetName: "窗口排名").Cast<IDictionary<string, object>>().ToList();
        Assert.Contains(rows, r => r["名称"]?.ToString()?.Contains(first, StringComparison.Ordinal) == true || r["名称"]?.ToString()?.Contains("1号综合窗口", StringComparison.Ordinal) == true);
        await (await (await app.AsAsync("clerk.li")).GetAsync($"/api/v1/evaluations/ranking?month={month}")).ExpectAsync(HttpStatusCode.Forbidden);
    }
}
