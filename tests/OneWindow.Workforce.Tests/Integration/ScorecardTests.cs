using System.Globalization;
using System.Text.Json;
using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using MiniExcelLibs;
using OneWindow.Evaluation.Contracts;
using OneWindow.Queue.Contracts;
using OneWindow.Testing;
using static OneWindow.Workforce.Tests.Integration.Staffing;

namespace OneWindow.Workforce.Tests.Integration;

/// <summary>The demo with queue figures and 好差评 figures answered by test doubles for two known clerks.</summary>
public sealed class ScorecardApp : WorkforceApp
{
    public const string Hall = "sjs-guangning-hall";
    public const string Center = "sjs-guangning";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services =>
        {
            services.AddScoped<IQueueStatistics, FixedQueue>();
            services.AddSingleton<IEvaluationFigures, FixedEvaluations>();
        });
    }

    private sealed class FixedQueue : IQueueStatistics
    {
        public Task<QueueSummary> SummaryAsync(string hallCode, DateOnly from, DateOnly to, CancellationToken cancellationToken = default)
        {
            IReadOnlyList<GroupFigures> byStaff = hallCode == Hall
                ? [new("tq.x", 100, 100, 0, 5, 10.0), new("评分员甲", 50, 50, 0, 5, 13.0), new("tq.y", 300, 300, 0, 5, 8.25)]
                : [];
            return Task.FromResult(new QueueSummary(hallCode, from, to, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, null, 0, [], [], [], byStaff, [], [], []));
        }
    }

    private sealed class FixedEvaluations : IEvaluationFigures
    {
        public Task<IReadOnlyList<EvaluationFigures>> ByClerkAsync(DateOnly from, DateOnly to, string? centerCode = null, CancellationToken cancellationToken = default) =>
            Task.FromResult<IReadOnlyList<EvaluationFigures>>([new("tq.x", 20, 10, 6, 2, 1, 1, 1), new("tq.y", 8, 5, 2, 0, 1, 0, 0)]);

        public Task<IReadOnlyList<EvaluationFigures>> ByWindowAsync(DateOnly from, DateOnly to, string? centerCode = null, CancellationToken cancellationToken = default) =>
            Task.FromResult<IReadOnlyList<EvaluationFigures>>([]);

        public Task<IReadOnlyList<EvaluationFigures>> ByDepartmentAsync(DateOnly from, DateOnly to, string? centerCode = null, CancellationToken cancellationToken = default) =>
            Task.FromResult<IReadOnlyList<EvaluationFigures>>([]);
    }
}

/// <summary>
/// 月度考评 on a crafted month (last month, so every day is over): the figures of each part and the composite worked
/// out by hand from the default weights 30/25/20/10/15.
/// </summary>
[Trait("Category", "Integration")]
public sealed class ScorecardTests(ScorecardApp app) : IClassFixture<ScorecardApp>
{
    [Fact]
    public async Task The_scorecard_adds_up_each_part_and_ranks_the_composite()
    {
        var admin = await app.AdminAsync();
        var first = new DateOnly(Today.Year, Today.Month, 1).AddMonths(-1);
        var last = first.AddMonths(1).AddDays(-1);
        var x = (await StaffAsync(admin, ScorecardApp.Center, "评分员甲", userName: "tq.x")).GetProperty("code").GetString()!;
        var y = (await StaffAsync(admin, ScorecardApp.Center, "评分员乙", userName: "tq.y")).GetProperty("code").GetString()!;

        // Punches on every working day: x is late once (10:30), y is absent once.
        var workdays = new List<DateOnly>();
        for (var d = first; d <= last; d = d.AddDays(1))
        {
            if (await WorkdayAsync(admin, d, ScorecardApp.Center) == d)
            {
                workdays.Add(d);
            }
        }

        var rows = new List<Dictionary<string, object?>>();
        foreach (var d in workdays)
        {
            rows.Add(new() { ["工号"] = x, ["日期"] = Text(d), ["上班打卡"] = d == workdays[2] ? "10:30" : "07:50", ["下班打卡"] = "21:30" });
            if (d != workdays[3])
            {
                rows.Add(new() { ["工号"] = y, ["日期"] = Text(d), ["上班打卡"] = "07:50", ["下班打卡"] = "21:30" });
            }
        }

        using (var stream = new MemoryStream())
        {
            await MiniExcel.SaveAsAsync(stream, rows);
            var form = new MultipartFormDataContent { { new ByteArrayContent(stream.ToArray()), "file", "punches.xlsx" } };
            await (await admin.PostAsync("/api/v1/workforce/attendance/import", form)).ExpectAsync(HttpStatusCode.OK);
        }

        // Two sessions: x at both, y at one.
        foreach (var (d, yStatus) in new[] { (workdays[0], "absent"), (workdays[5], "present") })
        {
            var s = await (await admin.PostJsonAsync("/api/v1/workforce/training/sessions", new { centerCode = ScorecardApp.Center, date = Text(d), start = "17:30", end = "18:30", topic = "业务技能", form = "offline", trainer = "王老师", location = "会议室" }))
                .ExpectAsync(HttpStatusCode.Created);
            await (await admin.PutAsync($"/api/v1/workforce/training/sessions/{s.GetProperty("id").GetGuid()}/attendance", JsonContent(new { entries = new object[] { new { staffCode = x, status = "present" }, new { staffCode = y, status = yStatus } } })))
                .ExpectAsync(HttpStatusCode.OK);
        }

        // The quarter's scores: x 88.5 and 91.0 (mean 89.75 → 89.8), y 75.0.
        var quarter = $"{first.Year}-Q{((first.Month - 1) / 3) + 1}";
        foreach (var (code, kind, score) in new[] { (x, "业务知识", 88.5m), (x, "服务礼仪", 91.0m), (y, "业务知识", 75.0m) })
        {
            await (await admin.PostJsonAsync("/api/v1/workforce/training/scores", new { staffCode = code, quarter, kind, score, assessor = "业务经理" })).ExpectAsync(HttpStatusCode.Created);
        }

        var card = await (await admin.GetAsync($"/api/v1/workforce/scorecards?month={Month(first)}&center={ScorecardApp.Center}")).ExpectAsync(HttpStatusCode.OK);
        Assert.True(card.GetProperty("evaluationsAvailable").GetBoolean());
        var rx = TrainingTests.Only(card.GetProperty("rows"), x);
        var ry = TrainingTests.Only(card.GetProperty("rows"), y);

        // x: 150 tickets at (100×10 + 50×13) ÷ 150 = 11.0 min; 18 of 20 good, one upheld 差评 → 90 − 10 = 80; late once → 98;
        // training 2 of 2 → 100; scores 89.8. Composite (50×30 + 80×25 + 98×20 + 100×10 + 89.8×15) ÷ 100 = 78.07.
        Assert.Equal((150, 11.0m), (rx.GetProperty("served").GetInt32(), rx.GetProperty("averageServiceMinutes").GetDecimal()));
        Assert.Equal((20, 90m, 1), (rx.GetProperty("evaluations").GetInt32(), rx.GetProperty("goodRate").GetDecimal(), rx.GetProperty("complaints").GetInt32()));
        Assert.Equal((workdays.Count, 1, 0, 0), (rx.GetProperty("workDays").GetInt32(), rx.GetProperty("lateDays").GetInt32(), rx.GetProperty("earlyLeaveDays").GetInt32(), rx.GetProperty("absentDays").GetInt32()));
        Assert.Equal((100m, 89.8m), (rx.GetProperty("trainingRate").GetDecimal(), rx.GetProperty("assessmentMean").GetDecimal()));
        var px = rx.GetProperty("parts");
        Assert.Equal((50m, 80m, 98m, 100m, 89.8m), (px.GetProperty("service").GetDecimal(), px.GetProperty("evaluation").GetDecimal(), px.GetProperty("attendance").GetDecimal(), px.GetProperty("training").GetDecimal(), px.GetProperty("assessment").GetDecimal()));
        Assert.Equal(78.07m, rx.GetProperty("composite").GetDecimal());

        // y: 300 tickets at 8.25 → 8.3 min (half away from zero), service 100; 7 of 8 good → 87.5; absent once → 90;
        // training 1 of 2 → 50; scores 75. Composite (3000 + 2187.5 + 1800 + 500 + 1125) ÷ 100 = 86.125 → 86.13.
        Assert.Equal((300, 8.3m), (ry.GetProperty("served").GetInt32(), ry.GetProperty("averageServiceMinutes").GetDecimal()));
        Assert.Equal((1, 50m), (ry.GetProperty("absentDays").GetInt32(), ry.GetProperty("trainingRate").GetDecimal()));
        Assert.Equal(86.13m, ry.GetProperty("composite").GetDecimal());
        Assert.Equal((1, 2), (ry.GetProperty("rank").GetInt32(), rx.GetProperty("rank").GetInt32()));

        // The export carries the same figures.
        var export = await admin.GetAsync($"/api/v1/workforce/scorecards/export?month={Month(first)}&center={ScorecardApp.Center}");
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        using var book = new MemoryStream(await export.Content.ReadAsByteArrayAsync());
        var sheet = MiniExcel.Query(book, useHeaderRow: true, sheetName: "月度考评").Cast<IDictionary<string, object?>>().ToList();
        var line = sheet.Single(r => (string?)r["工号"] == x);
        Assert.Equal(78.07m, Convert.ToDecimal(line["综合得分"], CultureInfo.InvariantCulture));
        Assert.Equal(91.0m, Convert.ToDecimal(line[$"{quarter} 服务礼仪"], CultureInfo.InvariantCulture));
    }
}

/// <summary>The demo without any evaluation figures registered.</summary>
public sealed class NoEvaluationsApp : WorkforceApp
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.RemoveAll<IEvaluationFigures>());
    }
}

/// <summary>Without an evaluation module the scorecard says so and leaves the evaluation part out.</summary>
[Trait("Category", "Integration")]
public sealed class ScorecardWithoutEvaluationsTests(NoEvaluationsApp app) : IClassFixture<NoEvaluationsApp>
{
    [Fact]
    public async Task Evaluations_are_empty_when_no_module_answers_and_bad_months_are_refused()
    {
        var admin = await app.AdminAsync();
        var center = await CenterAsync(admin);
        var person = await StaffCodeAsync(admin, center, "无评价");
        var card = await (await admin.GetAsync($"/api/v1/workforce/scorecards?month={Month(Today)}&center={center}")).ExpectAsync(HttpStatusCode.OK);
        Assert.False(card.GetProperty("evaluationsAvailable").GetBoolean());
        var row = TrainingTests.Only(card.GetProperty("rows"), person);
        Assert.Equal(JsonValueKind.Null, row.GetProperty("evaluations").ValueKind);
        Assert.Equal(JsonValueKind.Null, row.GetProperty("parts").GetProperty("evaluation").ValueKind);
        Assert.Equal(["month"], await (await admin.GetAsync("/api/v1/workforce/scorecards?month=2026-13")).ExpectProblemAsync(HttpStatusCode.BadRequest, "validation.failed"));
    }
}
