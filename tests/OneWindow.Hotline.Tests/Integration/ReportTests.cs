using System.Net;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using MiniExcelLibs;
using OneWindow.Testing;
using static OneWindow.Hotline.Tests.Integration.Orders;

namespace OneWindow.Hotline.Tests.Integration;

/// <summary>
/// Twelve orders taken today through the API, in three first-level categories, two streets and two units, at every
/// stage from intake to callback. Created once for the class; no test here adds orders.
/// </summary>
public sealed class ReportFixture : IAsyncLifetime
{
    public const string ConstructionLeaf = "010301";
    public const string ConsultationLeaf = "120101";

    public DemoApp App { get; } = new();

    /// <summary>The China date the orders were registered on (from their numbers).</summary>
    public string Date { get; private set; } = string.Empty;

    public async Task InitializeAsync()
    {
        var agent = await App.ClientForAsync();
        var numbers = new List<string>();
        async Task<Guid> Create(object body)
        {
            var created = await (await agent.PostJsonAsync("/api/v1/work-orders", body)).ExpectAsync(HttpStatusCode.Created);
            numbers.Add(created.GetProperty("number").GetString()!);
            return created.GetProperty("id").GetGuid();
        }

        // 住房 / 漏水, all with 区住建委: two called back, one replied, one signed off, one only dispatched. 漏水 is in all five.
        string[] leaks = ["楼上卫生间漏水，渗到我家天花板", "厨房顶棚漏水已经一周", "房屋漏水，墙面发霉", "阳台漏水严重", "雨天屋顶漏水"];
        var housing = new List<Guid>();
        for (var i = 0; i < leaks.Length; i++)
        {
            housing.Add(await Create(new { type = "complaint", channel = "phone", caller = new { name = "王秀英", phone = Phone(100 + i) }, content = leaks[i], categoryCode = HousingLeaf }));
            await ActAsync(agent, housing[i], "dispatch", new { unitCode = "u-sjs-zjw" });
        }

        for (var i = 0; i < 4; i++)
        {
            await ActAsync(agent, housing[i], "accept");
        }

        for (var i = 0; i < 3; i++)
        {
            await ActAsync(agent, housing[i], "reply", new { content = "已联系物业维修", solved = true });
        }

        await ActAsync(agent, housing[0], "callback", new { valid = true, contacted = true, solved = true, satisfaction = "satisfied" });
        await ActAsync(agent, housing[1], "callback", new { valid = true, contacted = true, solved = false, satisfaction = "basically-satisfied" });

        // 城乡建设 / 占道经营 in 八角, with the street's unit: one called back, two waiting for the sign-off.
        var street = new List<Guid>();
        for (var i = 0; i < 3; i++)
        {
            street.Add(await Create(new { type = "complaint", channel = "phone", caller = new { name = "李强", phone = Phone(200 + i) }, content = "八角北路早市占道经营，堵塞人行道", categoryCode = StreetLeaf, streetCode = "sjs-bajiao" }));
            await ActAsync(agent, street[i], "dispatch", new { unitCode = "u-sjs-bajiao" });
        }

        await ActAsync(agent, street[0], "accept");
        await ActAsync(agent, street[0], "reply", new { content = "已清理占道摊点", solved = true });
        await ActAsync(agent, street[0], "callback", new { valid = true, contacted = true, solved = true, satisfaction = "satisfied" });

        // 城乡建设 / 夜间施工扰民 from the website in 老山, a suggestion not yet dispatched.
        await Create(new { type = "suggestion", channel = "web", caller = new { name = "赵敏", phone = Phone(300) }, content = "建议工地夜间施工错峰，减少噪音", categoryCode = ConstructionLeaf, streetCode = "sjs-laoshan" });

        // 政务服务: three consultations answered at intake (直办).
        for (var i = 0; i < 3; i++)
        {
            await Create(new { type = "consultation", channel = "phone", caller = new { name = "孙丽", phone = Phone(400 + i) }, content = "咨询营业执照办理进度", categoryCode = ConsultationLeaf, answer = "可在政务服务网查询办理进度" });
        }

        Date = $"{numbers[0][..4]}-{numbers[0][4..6]}-{numbers[0][6..8]}";
    }

    public async Task DisposeAsync() => await App.DisposeAsync();
}

[Trait("Category", "Integration")]
public sealed class ReportTests(ReportFixture fixture) : IClassFixture<ReportFixture>
{
    private const string Docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    [Fact]
    public async Task The_daily_summary_counts_the_orders_of_the_day_exactly()
    {
        var staff = await fixture.App.ClientForAsync();
        var summary = await (await staff.GetAsync($"/api/v1/work-orders/summary?kind=daily&date={fixture.Date}")).ExpectAsync(HttpStatusCode.OK);

        var period = summary.GetProperty("period");
        Assert.Equal(("daily", fixture.Date, fixture.Date), (period.GetProperty("kind").GetString(), period.GetProperty("from").GetString(), period.GetProperty("to").GetString()));
        Assert.StartsWith("石景山区 12345 接诉即办 日报（", summary.GetProperty("title").GetString(), StringComparison.Ordinal);

        var totals = summary.GetProperty("totals");
        Assert.Equal(12, totals.GetProperty("received").GetInt32());
        Assert.Equal(3, totals.GetProperty("closedAtIntake").GetInt32());
        Assert.Equal(8, totals.GetProperty("dispatched").GetInt32());
        Assert.Equal(6, totals.GetProperty("closed").GetInt32());
        Assert.Equal(1, totals.GetProperty("replied").GetInt32());
        Assert.Equal(5, totals.GetProperty("open").GetInt32());
        Assert.Equal(0, totals.GetProperty("overdue").GetInt32());
        Assert.Equal(25.00m, totals.GetProperty("closedAtIntakeRate").GetDecimal());

        // Five signed off in time; three still inside their response limit are not counted yet. Four replied in time.
        Assert.Equal(100.00m, totals.GetProperty("onTimeSignOffRate").GetDecimal());
        Assert.Equal(100.00m, totals.GetProperty("onTimeCompletionRate").GetDecimal());
        Assert.Equal(0.00m, totals.GetProperty("averageHandlingWorkdays").GetDecimal());

        Assert.Equal(
            [("consultation", 3, 25.00m), ("help", 0, 0m), ("complaint", 8, 66.67m), ("report", 0, 0m), ("suggestion", 1, 8.33m), ("praise", 0, 0m)],
            Lines(summary.GetProperty("byType")));
        Assert.Equal(100.00m, Lines(summary.GetProperty("byType")).Sum(l => l.Share));
        Assert.Equal([("phone", 11, 91.67m), ("web", 1, 8.33m)], Lines(summary.GetProperty("byChannel")).Where(l => l.Count > 0));

        // 住房 5 of 12 = 41.67%, 城乡建设 4 = 33.33%, 政务服务 3 = 25.00%; nothing the day before.
        var categories = summary.GetProperty("byCategory").EnumerateArray().ToList();
        Assert.Equal(
            [("02", "住房", 5, 41.67m, 0, 5), ("01", "城乡建设", 4, 33.33m, 0, 4), ("12", "政务服务", 3, 25.00m, 0, 3)],
            categories.Select(c => (c.GetProperty("code").GetString(), c.GetProperty("name").GetString(), c.GetProperty("count").GetInt32(), c.GetProperty("share").GetDecimal(), c.GetProperty("previous").GetInt32(), c.GetProperty("change").GetInt32())));
        Assert.All(categories, c => Assert.Equal(JsonValueKind.Null, c.GetProperty("changePercent").ValueKind));

        Assert.Equal([("sjs-bajiao", 3, 25.00m), ("sjs-laoshan", 1, 8.33m), (null, 8, 66.67m)], Lines(summary.GetProperty("byStreet")));
        Assert.Equal(["八角街道", "老山街道"], summary.GetProperty("byStreet").EnumerateArray().Take(2).Select(s => s.GetProperty("name").GetString()));

        var units = summary.GetProperty("byUnit").EnumerateArray().ToList();
        Assert.Equal(
            [("u-sjs-zjw", 5, 3), ("u-sjs-bajiao", 3, 1)],
            units.Select(u => (u.GetProperty("unitCode").GetString(), u.GetProperty("received").GetInt32(), u.GetProperty("replied").GetInt32())));

        // Ranking over today's callbacks: 八角 1.0/1.0/1.0 → 100; 住建委 2 valid, 2 contacted, 1 solved, 1 satisfied + 1 basically
        // → 100 × (0.1 × 1 + 0.5 × 0.5 + 0.4 × 0.95) = 73.00.
        var ranking = summary.GetProperty("ranking").EnumerateArray().ToList();
        Assert.Equal(
            [("u-sjs-bajiao", 100.00m, 1), ("u-sjs-zjw", 73.00m, 2)],
            ranking.Select(r => (r.GetProperty("unitCode").GetString(), r.GetProperty("score").GetDecimal(), r.GetProperty("rank").GetInt32())));

        var previous = summary.GetProperty("previous");
        Assert.Equal(0, previous.GetProperty("totals").GetProperty("received").GetInt32());
        Assert.Equal(12, previous.GetProperty("receivedChange").GetInt32());
        Assert.Equal(JsonValueKind.Null, previous.GetProperty("receivedChangePercent").ValueKind);
        Assert.Equal(0, summary.GetProperty("sameLastYear").GetProperty("totals").GetProperty("received").GetInt32());
        Assert.Equal(12, summary.GetProperty("trend").EnumerateArray().Sum(p => p.GetProperty("received").GetInt32()));
        Assert.Equal(24, summary.GetProperty("trend").GetArrayLength());
    }

    [Fact]
    public async Task The_week_the_assessment_period_and_the_year_hold_the_same_orders()
    {
        var staff = await fixture.App.ClientForAsync();
        foreach (var kind in new[] { "weekly", "monthly", "annual" })
        {
            var summary = await (await staff.GetAsync($"/api/v1/work-orders/summary?kind={kind}&date={fixture.Date}")).ExpectAsync(HttpStatusCode.OK);
            Assert.Equal(12, summary.GetProperty("totals").GetProperty("received").GetInt32());
            Assert.Equal(5, summary.GetProperty("byCategory")[0].GetProperty("count").GetInt32());
            var period = summary.GetProperty("period");
            Assert.InRange(fixture.Date, period.GetProperty("from").GetString()!, period.GetProperty("to").GetString()!);
        }

        var monthly = await (await staff.GetAsync($"/api/v1/work-orders/summary?kind=monthly&date={fixture.Date}")).ExpectAsync(HttpStatusCode.OK);
        Assert.EndsWith("考核期", monthly.GetProperty("period").GetProperty("label").GetString(), StringComparison.Ordinal);
        Assert.Equal(fixture.Date[..8] + "01", monthly.GetProperty("period").GetProperty("from").GetString());
        var annual = await (await staff.GetAsync($"/api/v1/work-orders/summary?kind=annual&date={fixture.Date}")).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal(JsonValueKind.Null, annual.GetProperty("sameLastYear").ValueKind);
        // The year is still running: its trend goes month by month up to this month.
        Assert.Equal(int.Parse(fixture.Date[5..7], System.Globalization.CultureInfo.InvariantCulture), annual.GetProperty("trend").GetArrayLength());
        Assert.Equal(12, annual.GetProperty("trend").EnumerateArray().Sum(p => p.GetProperty("received").GetInt32()));
    }

    [Fact]
    public async Task Hot_topics_name_the_leading_categories_and_streets_and_the_rising_term_mentioned_often_enough()
    {
        var staff = await fixture.App.ClientForAsync();
        var hot = await (await staff.GetAsync($"/api/v1/work-orders/hot-topics?from={fixture.Date}&to={fixture.Date}")).ExpectAsync(HttpStatusCode.OK);

        Assert.Equal(DateOnly.Parse(fixture.Date, System.Globalization.CultureInfo.InvariantCulture).AddDays(-1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), hot.GetProperty("previousTo").GetString());
        Assert.Equal(["住房", "城乡建设", "政务服务"], hot.GetProperty("topCategories").EnumerateArray().Select(c => c.GetProperty("name").GetString()));
        var leaves = hot.GetProperty("topLeaves").EnumerateArray().ToList();
        Assert.Equal((HousingLeaf, "住房 / 房屋质量 / 漏水", 5), (leaves[0].GetProperty("code").GetString(), leaves[0].GetProperty("name").GetString(), leaves[0].GetProperty("count").GetInt32()));
        Assert.Equal(["sjs-bajiao", "sjs-laoshan"], hot.GetProperty("topStreets").EnumerateArray().Select(s => s.GetProperty("code").GetString()));

        // 漏水 is in all five housing orders (5 ≥ the threshold of 5); 占道 is in three and 营业 in three: too few to count as rising.
        var rising = hot.GetProperty("risingTerms").EnumerateArray().ToList();
        Assert.Equal(
            [("漏水", 5, 0, 6.00m)],
            rising.Select(r => (r.GetProperty("term").GetString(), r.GetProperty("count").GetInt32(), r.GetProperty("previous").GetInt32(), r.GetProperty("ratio").GetDecimal())));
        var frequent = hot.GetProperty("frequentTerms").EnumerateArray().ToList();
        Assert.Equal(("漏水", 5), (frequent[0].GetProperty("term").GetString(), frequent[0].GetProperty("count").GetInt32()));
        Assert.Contains(frequent, t => t.GetProperty("term").GetString() == "占道" && t.GetProperty("count").GetInt32() == 3);
        Assert.DoesNotContain(frequent, t => t.GetProperty("term").GetString() is "反映" or "咨询" or "小区");
    }

    [Fact]
    public async Task The_Word_report_has_the_six_sections_and_the_category_table_of_the_day()
    {
        var staff = await fixture.App.ClientForAsync();
        var response = await staff.GetAsync($"/api/v1/work-orders/summary/document?kind=daily&date={fixture.Date}&format=docx");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(Docx, response.Content.Headers.ContentType!.MediaType);
        var day = DateOnly.Parse(fixture.Date, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal($"石景山区12345接诉即办日报（{day.Year}年{day.Month}月{day.Day}日）.docx", response.Content.Headers.ContentDisposition!.FileNameStar);

        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        using var document = WordprocessingDocument.Open(stream, false);
        var body = document.MainDocumentPart!.Document!.Body!;
        var paragraphs = body.Elements<Paragraph>().ToList();
        Assert.Equal($"石景山区 12345 接诉即办 日报（{day.Year}年{day.Month}月{day.Day}日）", paragraphs.Single(p => Style(p) == "Title").InnerText);
        Assert.Equal(["一、总体情况", "二、诉求分类", "三、热点分析", "四、承办单位办理情况", "五、考核排名", "六、下期工作建议"], paragraphs.Where(p => Style(p) == "Heading1").Select(p => p.InnerText));
        Assert.Equal("Noto Sans CJK SC", document.MainDocumentPart.StyleDefinitionsPart!.Styles!.DocDefaults!.RunPropertiesDefault!.RunPropertiesBaseStyle!.RunFonts!.EastAsia!.Value);
        Assert.Contains("共受理群众诉求12件", paragraphs.First(p => Style(p) is null).InnerText, StringComparison.Ordinal);

        var categories = TableAfter(body, "（三）按诉求分类（一级）");
        Assert.Equal(["诉求分类", "件数", "占比", "上期件数", "环比增减", "环比变化"], Cells(categories.Elements<TableRow>().First()));
        Assert.NotNull(categories.Elements<TableRow>().First().TableRowProperties?.GetFirstChild<TableHeader>());
        Assert.Equal(["住房", "5", "41.67%", "0", "+5", "—"], Cells(categories.Elements<TableRow>().ElementAt(1)));

        var ranking = TableAfter(body, "五、考核排名");
        Assert.Equal(["2", "区住房和城乡建设委员会", "2", "100.00%", "50.00%", "95.00%", "73.00"], Cells(ranking.Elements<TableRow>().ElementAt(2)));
    }

    [Fact]
    public async Task The_workbook_has_one_sheet_per_table_with_the_same_figures()
    {
        var staff = await fixture.App.ClientForAsync();
        var response = await staff.GetAsync($"/api/v1/work-orders/summary/document?kind=monthly&date={fixture.Date}&format=xlsx");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType!.MediaType);
        Assert.EndsWith("考核期）.xlsx", response.Content.Headers.ContentDisposition!.FileNameStar, StringComparison.Ordinal);

        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        Assert.Equal(["总体情况", "诉求类型", "受理渠道", "诉求分类", "热点诉求", "街道乡镇", "承办单位", "考核排名", "上升热词", "高频词", "受理趋势"], MiniExcel.GetSheetNames(stream));

        var totals = MiniExcel.Query(stream, useHeaderRow: true, sheetName: "总体情况").Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal(12d, Convert.ToDouble(totals.Single(r => (string?)r["指标"] == "受理量")["本期"], System.Globalization.CultureInfo.InvariantCulture));

        var categories = MiniExcel.Query(stream, useHeaderRow: true, sheetName: "诉求分类").Cast<IDictionary<string, object?>>().ToList();
        var housing = categories.Single(r => (string?)r["分类编码"] == "02");
        Assert.Equal(("住房", 5d, 41.67d), ((string?)housing["诉求分类"], Convert.ToDouble(housing["件数"], System.Globalization.CultureInfo.InvariantCulture), Convert.ToDouble(housing["占比(%)"], System.Globalization.CultureInfo.InvariantCulture)));

        var rising = MiniExcel.Query(stream, useHeaderRow: true, sheetName: "上升热词").Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal("漏水", rising.Single()["热词"]);
    }

    [Fact]
    public async Task A_bad_kind_date_format_or_range_is_refused_with_the_field_named()
    {
        var staff = await fixture.App.ClientForAsync();
        Assert.Equal(["kind"], await (await staff.GetAsync("/api/v1/work-orders/summary?kind=quarterly&date=2026-11-05")).ExpectProblemAsync(HttpStatusCode.BadRequest, "validation.failed"));
        Assert.Equal(["kind"], await (await staff.GetAsync("/api/v1/work-orders/summary")).ExpectProblemAsync(HttpStatusCode.BadRequest, "validation.failed"));
        Assert.Equal(["date"], await (await staff.GetAsync("/api/v1/work-orders/summary?kind=daily&date=2026-13-01")).ExpectProblemAsync(HttpStatusCode.BadRequest, "validation.failed"));
        Assert.Equal(["date"], await (await staff.GetAsync("/api/v1/work-orders/summary?kind=weekly&date=1999-12-31")).ExpectProblemAsync(HttpStatusCode.BadRequest, "validation.failed"));
        var both = await (await staff.GetAsync("/api/v1/work-orders/summary/document?kind=hourly&date=05.11.2026&format=pdf")).ExpectProblemAsync(HttpStatusCode.BadRequest, "validation.failed");
        Assert.Equal(["date", "format", "kind"], both.Order(StringComparer.Ordinal));
        Assert.Equal(["to"], await (await staff.GetAsync("/api/v1/work-orders/hot-topics?from=2026-11-05&to=2026-11-01")).ExpectProblemAsync(HttpStatusCode.BadRequest, "validation.failed"));
        Assert.Equal(["to"], await (await staff.GetAsync("/api/v1/work-orders/hot-topics?from=2025-01-01&to=2026-11-01")).ExpectProblemAsync(HttpStatusCode.BadRequest, "validation.failed"));
        Assert.Equal(["from"], await (await staff.GetAsync("/api/v1/work-orders/hot-topics?to=2026-11-01")).ExpectProblemAsync(HttpStatusCode.BadRequest, "validation.failed"));
        Assert.Equal(HttpStatusCode.Unauthorized, (await fixture.App.CreateClient().GetAsync($"/api/v1/work-orders/summary?kind=daily&date={fixture.Date}")).StatusCode);
    }

    private static List<(string? Code, int Count, decimal Share)> Lines(JsonElement lines) =>
        lines.EnumerateArray().Select(l => (l.GetProperty("code").GetString(), l.GetProperty("count").GetInt32(), l.GetProperty("share").GetDecimal())).ToList();

    private static string? Style(Paragraph p) => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value;

    private static List<string> Cells(TableRow row) => row.Elements<TableCell>().Select(c => c.InnerText).ToList();

    /// <summary>The first table after the paragraph with the given text.</summary>
    private static Table TableAfter(Body body, string heading) =>
        body.Elements().SkipWhile(e => e is not Paragraph p || p.InnerText != heading).OfType<Table>().First();
}
