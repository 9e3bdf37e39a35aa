using System.Globalization;
using System.Net;
using System.Text.Json;
using OneWindow.Hotline.Contracts;
using OneWindow.Hotline.Features.GetAssessment;
using OneWindow.Hotline.Features.GetAssessmentTrend;
using OneWindow.Testing;
using static OneWindow.Hotline.Tests.Integration.Orders;

namespace OneWindow.Hotline.Tests.Integration;

/// <summary>
/// 三率考核 over a crafted set of callbacks on a fresh database, with every expected figure worked out by hand
/// (default weights 0.1 / 0.5 / 0.4; rates to 4 places, score to 2).
/// </summary>
[Trait("Category", "Integration")]
public sealed class AssessmentTests(DemoApp app) : IClassFixture<DemoApp>
{
    private const string Zjw = "u-sjs-zjw";
    private const string Cgw = "u-sjs-cgw";
    private const string Bajiao = "u-sjs-bajiao";
    private const string Gucheng = "u-sjs-gucheng";
    private const string Rsj = "u-sjs-rsj";
    private const string Jtj = "u-sjs-jtj";

    private static string Today => DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().ToOffset(TimeSpan.FromHours(8)).DateTime).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string DaysFromToday(int days) =>
        DateOnly.ParseExact(Today, "yyyy-MM-dd", CultureInfo.InvariantCulture).AddDays(days).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Fact]
    public async Task The_rates_scores_and_ranks_are_those_worked_out_by_hand_and_count_only_final_valid_callbacks_in_the_dates()
    {
        var agent = await app.ClientForAsync();
        var phone = 100;

        // 住建委: 9 valid callbacks — contacted 7, solved 6, satisfied 5, basically 2, dissatisfied 2. The first order
        // was first called back dissatisfied and unsolved, reopened, and then called back satisfied: only that final
        // verdict counts (counting both would make 10 callbacks).
        var reopened = await LifecycleAsync(agent, Zjw, ++phone, contacted: false, solved: false, "dissatisfied");
        await ActAsync(agent, reopened, "reopen", new { reason = "回访不满意，重新办理" });
        await ActAsync(agent, reopened, "accept");
        await ActAsync(agent, reopened, "reply", new { content = "已更换防水层", solved = true });
        await ActAsync(agent, reopened, "callback", new { valid = true, contacted = true, solved = true, satisfaction = "satisfied" });
        await CallbacksAsync(agent, Zjw, () => ++phone, (4, true, true, "satisfied"), (1, true, true, "basically-satisfied"), (1, true, false, "basically-satisfied"), (2, false, false, "dissatisfied"));

        // 城管委: 7 valid callbacks — contacted 6, solved 5, satisfied 4, basically 1, dissatisfied 2 — and one invalid.
        await CallbacksAsync(agent, Cgw, () => ++phone, (4, true, true, "satisfied"), (1, true, true, "basically-satisfied"), (1, true, false, "dissatisfied"), (1, false, false, "dissatisfied"));
        await InvalidCallbackAsync(agent, Cgw, ++phone);

        // 八角街道: 6 valid — contacted 6, solved 6, satisfied 2, basically 3, dissatisfied 1.
        await CallbacksAsync(agent, Bajiao, () => ++phone, (2, true, true, "satisfied"), (3, true, true, "basically-satisfied"), (1, true, true, "dissatisfied"));

        // 古城街道: 9 valid — contacted 4, solved 9, satisfied 2, basically 7.
        await CallbacksAsync(agent, Gucheng, () => ++phone, (2, true, true, "satisfied"), (2, true, true, "basically-satisfied"), (5, false, true, "basically-satisfied"));

        // 人社局 has only invalid callbacks, and 交通支队 only a reply still waiting for its callback: neither is ranked.
        await InvalidCallbackAsync(agent, Rsj, ++phone);
        await InvalidCallbackAsync(agent, Rsj, ++phone);
        var waiting = (await CreateAsync(agent, Phone(++phone))).GetProperty("id").GetGuid();
        await ActAsync(agent, waiting, "dispatch", new { unitCode = Jtj });
        await ActAsync(agent, waiting, "accept");
        await ActAsync(agent, waiting, "reply", new { content = "已处理", solved = true });

        // 古城 (9 valid): 响应率 4/9 = 0.4444, 解决率 9/9 = 1.0000, 满意率 (2 + 0.9×7)/9 = 8.3/9 = 0.9222,
        //   score 100 × (0.1×4/9 + 0.5×9/9 + 0.4×8.3/9) = (40 + 450 + 332)/9 = 822/9 = 91.3333 → 91.33
        // 八角 (6 valid): 6/6 = 1.0000, 6/6 = 1.0000, (2 + 0.9×3)/6 = 4.7/6 = 0.7833,
        //   score 100 × (0.1 + 0.5 + 0.4×4.7/6) = (60 + 300 + 188)/6 = 548/6 = 91.3333 → 91.33 — a tie: both rank 1,
        //   the unit with more valid callbacks listed first
        // 城管委 (7 valid): 6/7 = 0.8571, 5/7 = 0.7143, (4 + 0.9×1)/7 = 4.9/7 = 0.7000,
        //   score (60 + 250 + 196)/7 = 506/7 = 72.2857 → 72.29, rank 3 (after the two tied at 1)
        // 住建委 (9 valid): 7/9 = 0.7778, 6/9 = 0.6667, (5 + 0.9×2)/9 = 6.8/9 = 0.7556,
        //   score (70 + 300 + 272)/9 = 642/9 = 71.3333 → 71.33, rank 4
        (string Unit, int Valid, decimal Response, decimal Resolution, decimal Satisfaction, decimal Score, int Rank)[] expected =
        [
            (Gucheng, 9, 0.4444m, 1.0000m, 0.9222m, 91.33m, 1),
            (Bajiao, 6, 1.0000m, 1.0000m, 0.7833m, 91.33m, 1),
            (Cgw, 7, 0.8571m, 0.7143m, 0.7000m, 72.29m, 3),
            (Zjw, 9, 0.7778m, 0.6667m, 0.7556m, 71.33m, 4),
        ];

        var today = await AssessAsync(agent, Today, Today);
        Assert.Equal(expected, Rows(today));
        foreach (var row in today.EnumerateArray())
        {
            var names = row.EnumerateObject().Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
            Assert.Superset(new HashSet<string>(StringComparer.Ordinal) { "unitCode", "validCallbacks", "responseRate", "resolutionRate", "satisfactionRate", "score", "rank" }, names);
        }

        Assert.Equal("古城街道办事处", today[0].GetProperty("unitName").GetString());
        Assert.Equal(expected, Rows(await AssessAsync(agent, DaysFromToday(-1), DaysFromToday(1))));

        // Every callback happened today: a period that ends yesterday or starts tomorrow has none.
        Assert.Equal(0, (await AssessAsync(agent, DaysFromToday(-1), DaysFromToday(-1))).GetArrayLength());
        Assert.Equal(0, (await AssessAsync(agent, DaysFromToday(-60), DaysFromToday(-1))).GetArrayLength());
        Assert.Equal(0, (await AssessAsync(agent, DaysFromToday(1), DaysFromToday(30))).GetArrayLength());

        // The trend (calendar months in this configuration): this month has the same rows, last month none.
        var trend = await (await agent.GetAsync("/api/v1/work-orders/assessment/trend?months=2")).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal(1, trend.GetProperty("periodStartDay").GetInt32());
        Assert.Equal(0.5m, trend.GetProperty("weights").GetProperty("resolution").GetDecimal());
        var periods = trend.GetProperty("periods");
        Assert.Equal(2, periods.GetArrayLength());
        var month = DateOnly.ParseExact(Today, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var first = new DateOnly(month.Year, month.Month, 1);
        Assert.Equal(first.ToString("yyyy-MM", CultureInfo.InvariantCulture), periods[1].GetProperty("label").GetString());
        Assert.Equal(first.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), periods[1].GetProperty("from").GetString());
        Assert.Equal(first.AddMonths(1).AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), periods[1].GetProperty("to").GetString());
        Assert.Equal(expected, Rows(periods[1].GetProperty("rows")));
        Assert.Equal(first.AddMonths(-1).ToString("yyyy-MM", CultureInfo.InvariantCulture), periods[0].GetProperty("label").GetString());
        Assert.Equal(0, periods[0].GetProperty("rows").GetArrayLength());

        var ranged = await (await agent.GetAsync($"/api/v1/work-orders/assessment/trend?from={first.AddMonths(-2):yyyy-MM-dd}&to={Today}")).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal(
            [first.AddMonths(-2).ToString("yyyy-MM", CultureInfo.InvariantCulture), first.AddMonths(-1).ToString("yyyy-MM", CultureInfo.InvariantCulture), first.ToString("yyyy-MM", CultureInfo.InvariantCulture)],
            ranged.GetProperty("periods").EnumerateArray().Select(p => p.GetProperty("label").GetString()!).ToList());
    }

    [Fact]
    public async Task Bad_dates_and_period_counts_are_refused_with_the_field_named()
    {
        var client = await app.ClientForAsync("hotline.sun");
        Assert.Equal(["from"], await (await client.GetAsync($"/api/v1/work-orders/assessment?from=2026-13-01&to={Today}")).ExpectProblemAsync(HttpStatusCode.BadRequest, "validation.failed"));
        Assert.Equal(["from", "to"], await (await client.GetAsync("/api/v1/work-orders/assessment")).ExpectProblemAsync(HttpStatusCode.BadRequest, "validation.failed"));
        Assert.Equal(["to"], await (await client.GetAsync($"/api/v1/work-orders/assessment?from={Today}&to={DaysFromToday(-1)}")).ExpectProblemAsync(HttpStatusCode.BadRequest, "validation.failed"));
        Assert.Equal(["to"], await (await client.GetAsync("/api/v1/work-orders/assessment?from=2020-01-01&to=2026-01-01")).ExpectProblemAsync(HttpStatusCode.BadRequest, "validation.failed"));
        Assert.Equal(["to"], await (await client.GetAsync("/api/v1/work-orders/assessment?from=2026-01-01&to=20260131")).ExpectProblemAsync(HttpStatusCode.BadRequest, "validation.failed"));

        foreach (var months in new[] { "0", "37", "six", "-1" })
        {
            Assert.Equal(["months"], await (await client.GetAsync($"/api/v1/work-orders/assessment/trend?months={months}")).ExpectProblemAsync(HttpStatusCode.BadRequest, "validation.failed"));
        }

        Assert.Equal(["months"], await (await client.GetAsync($"/api/v1/work-orders/assessment/trend?months=3&from={Today}&to={Today}")).ExpectProblemAsync(HttpStatusCode.BadRequest, "validation.failed"));
        Assert.Equal(["to"], await (await client.GetAsync($"/api/v1/work-orders/assessment/trend?from={Today}")).ExpectProblemAsync(HttpStatusCode.BadRequest, "validation.failed"));
        Assert.Equal(["to"], await (await client.GetAsync($"/api/v1/work-orders/assessment/trend?from={Today}&to={DaysFromToday(-1)}")).ExpectProblemAsync(HttpStatusCode.BadRequest, "validation.failed"));
        Assert.Equal(["to"], await (await client.GetAsync("/api/v1/work-orders/assessment/trend?from=2020-01-01&to=2026-01-01")).ExpectProblemAsync(HttpStatusCode.BadRequest, "validation.failed"));
        Assert.Equal(["from"], await (await client.GetAsync($"/api/v1/work-orders/assessment/trend?from=0001-01-01&to={Today}")).ExpectProblemAsync(HttpStatusCode.BadRequest, "validation.failed"));
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.CreateClient().GetAsync("/api/v1/work-orders/assessment/trend")).StatusCode);
    }

    private static async Task<JsonElement> AssessAsync(HttpClient client, string from, string to) =>
        await (await client.GetAsync($"/api/v1/work-orders/assessment?from={from}&to={to}")).ExpectAsync(HttpStatusCode.OK);

    private static List<(string, int, decimal, decimal, decimal, decimal, int)> Rows(JsonElement rows) =>
        rows.EnumerateArray().Select(r => (
            r.GetProperty("unitCode").GetString()!,
            r.GetProperty("validCallbacks").GetInt32(),
            r.GetProperty("responseRate").GetDecimal(),
            r.GetProperty("resolutionRate").GetDecimal(),
            r.GetProperty("satisfactionRate").GetDecimal(),
            r.GetProperty("score").GetDecimal(),
            r.GetProperty("rank").GetInt32())).ToList();

    /// <summary>For each (count, contacted, solved, satisfaction): that many complete lifecycles with that callback.</summary>
    private static async Task CallbacksAsync(HttpClient client, string unit, Func<int> nextPhone, params (int Count, bool Contacted, bool Solved, string Satisfaction)[] groups)
    {
        foreach (var (count, contacted, solved, satisfaction) in groups)
        {
            for (var i = 0; i < count; i++)
            {
                await LifecycleAsync(client, unit, nextPhone(), contacted, solved, satisfaction);
            }
        }
    }

    private static async Task InvalidCallbackAsync(HttpClient client, string unit, int phone)
    {
        var id = (await CreateAsync(client, Phone(phone))).GetProperty("id").GetGuid();
        await ActAsync(client, id, "dispatch", new { unitCode = unit });
        await ActAsync(client, id, "accept");
        await ActAsync(client, id, "reply", new { content = "已处理", solved = true });
        await ActAsync(client, id, "callback", new { valid = false });
    }
}

/// <summary>The ranking arithmetic and the assessment periods, without a database.</summary>
public sealed class AssessmentArithmeticTests
{
    private static readonly Dictionary<string, string> Names = new(StringComparer.Ordinal) { ["a"] = "甲单位" };

    [Fact]
    public void Equal_scores_share_a_rank_and_the_next_rank_skips_them()
    {
        // a: 4/4 everything satisfied → 100.00; b: the same on 2 callbacks → 100.00;
        // c: 2/4 contacted, solved, satisfied → 100 × (0.05 + 0.25 + 0.2) = 50.00; d: 1/2 the same → 50.00;
        // e: 0 of 3 → 0.00; f: no valid callback → not ranked.
        GetAssessment.Counts[] counts =
        [
            new("c", 4, 2, 2, 2, 0),
            new("a", 4, 4, 4, 4, 0),
            new("e", 3, 0, 0, 0, 0),
            new("f", 0, 0, 0, 0, 0),
            new("b", 2, 2, 2, 2, 0),
            new("d", 2, 1, 1, 1, 0),
        ];
        var ranked = GetAssessment.Rank(counts, Names, 0.1m, 0.5m, 0.4m);
        Assert.Equal([("a", 100.00m, 1), ("b", 100.00m, 1), ("c", 50.00m, 3), ("d", 50.00m, 3), ("e", 0.00m, 5)], ranked.Select(r => (r.UnitCode, r.Score, r.Rank)).ToList());
        Assert.Equal("甲单位", ranked[0].UnitName);
        Assert.Equal("b", ranked[1].UnitName);
    }

    [Fact]
    public void Rates_round_to_four_places_and_scores_to_two_under_the_configured_weights()
    {
        // x: 1/3 contacted, 3/3 solved, 3 satisfied → 响应率 1/3 = 0.3333, score 100 × (0.1/3 + 0.5 + 0.4) = 93.3333 → 93.33;
        // y: 3/9 contacted, 9/9 solved, 6 satisfied and 3 basically → 满意率 (6 + 0.9×3)/9 = 8.7/9 = 0.9667,
        //    score (30 + 450 + 348)/9 = 828/9 = 92.00.
        var ranked = GetAssessment.Rank([new("x", 3, 1, 3, 3, 0), new("y", 9, 3, 9, 6, 3)], Names, 0.1m, 0.5m, 0.4m);
        Assert.Equal([("x", 93.33m, 1), ("y", 92.00m, 2)], ranked.Select(r => (r.UnitCode, r.Score, r.Rank)).ToList());
        Assert.Equal(0.3333m, ranked[0].ResponseRate);
        Assert.Equal(0.9667m, ranked[1].SatisfactionRate);

        // 10 / 45 / 45: z = 100 × (0.1×2/3 + 0.45 + 0.45×2.9/3) = 6.6667 + 45 + 43.5 = 95.1667 → 95.17
        var weighted = GetAssessment.Rank([new("z", 3, 2, 3, 2, 1)], Names, 0.1m, 0.45m, 0.45m);
        Assert.Equal(95.17m, weighted[0].Score);
    }

    [Theory]
    [InlineData("2026-11-05", 21, "2026-11", "2026-10-21", "2026-11-20")]
    [InlineData("2026-10-21", 21, "2026-11", "2026-10-21", "2026-11-20")]
    [InlineData("2026-11-20", 21, "2026-11", "2026-10-21", "2026-11-20")]
    [InlineData("2026-11-21", 21, "2026-12", "2026-11-21", "2026-12-20")]
    [InlineData("2026-12-25", 21, "2027-01", "2026-12-21", "2027-01-20")]
    [InlineData("2027-01-20", 21, "2027-01", "2026-12-21", "2027-01-20")]
    [InlineData("2026-03-01", 28, "2026-03", "2026-02-28", "2026-03-27")]
    [InlineData("2026-02-28", 28, "2026-03", "2026-02-28", "2026-03-27")]
    [InlineData("2026-02-27", 28, "2026-02", "2026-01-28", "2026-02-27")]
    [InlineData("2026-11-01", 1, "2026-11", "2026-11-01", "2026-11-30")]
    [InlineData("2026-11-30", 1, "2026-11", "2026-11-01", "2026-11-30")]
    [InlineData("2028-02-29", 1, "2028-02", "2028-02-01", "2028-02-29")]
    [InlineData("2026-12-31", 1, "2026-12", "2026-12-01", "2026-12-31")]
    public void A_day_falls_in_the_period_named_after_the_month_it_ends_in(string day, int startDay, string label, string from, string to)
    {
        var period = AssessmentPeriods.Containing(Date(day), startDay);
        Assert.Equal(new AssessmentPeriod(label, Date(from), Date(to)), period);
        Assert.True(AssessmentPeriods.TryParse(label, startDay, out var named));
        Assert.Equal(period, named);
    }

    [Fact]
    public void Periods_follow_each_other_without_gap_or_overlap_for_every_start_day()
    {
        for (var startDay = 1; startDay <= 28; startDay++)
        {
            var periods = AssessmentPeriods.Between(Date("2026-01-01"), Date("2028-12-31"), startDay);
            Assert.InRange(periods.Count, 36, 37);
            Assert.True(periods[0].Contains(Date("2026-01-01")));
            Assert.True(periods[^1].Contains(Date("2028-12-31")));
            for (var i = 1; i < periods.Count; i++)
            {
                Assert.Equal(periods[i - 1].To.AddDays(1), periods[i].From);
                Assert.Equal(startDay, periods[i].From.Day);
                Assert.Equal(periods[i].To.ToString("yyyy-MM", CultureInfo.InvariantCulture), periods[i].Label);
            }
        }
    }

    [Fact]
    public void The_last_periods_end_with_the_current_one()
    {
        var last = AssessmentPeriods.Last(Date("2026-11-25"), 3, 21);
        Assert.Equal(["2026-10", "2026-11", "2026-12"], last.Select(p => p.Label).ToList());
        Assert.Equal(Date("2026-09-21"), last[0].From);
        Assert.Equal(Date("2026-12-20"), last[2].To);
        Assert.Equal(["2025-12", "2026-01"], AssessmentPeriods.Last(Date("2026-01-31"), 2, 1).Select(p => p.Label).ToList());
        Assert.Equal(["2026-11", "2026-12", "2027-01"], AssessmentPeriods.Between(Date("2026-10-25"), Date("2026-12-21"), 21).Select(p => p.Label).ToList());
        Assert.False(AssessmentPeriods.TryParse("2026-13", 21, out _));
        Assert.False(AssessmentPeriods.TryParse("11/2026", 21, out _));
    }

    private static DateOnly Date(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
