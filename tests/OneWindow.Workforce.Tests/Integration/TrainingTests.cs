using System.IO.Compression;
using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using OneWindow.Testing;
using static OneWindow.Workforce.Tests.Integration.Staffing;

namespace OneWindow.Workforce.Tests.Integration;

/// <summary>培训与考核: the annual plan, sessions with materials and attendance, quarterly scores and their import.</summary>
[Trait("Category", "Integration")]
public sealed class TrainingTests(WorkforceApp app) : IClassFixture<WorkforceApp>
{
    [Fact]
    public async Task A_plan_item_is_held_with_materials_and_attendance_and_the_plan_shows_its_completion()
    {
        var admin = await app.AdminAsync();
        var center = await CenterAsync(admin);
        var a = await StaffCodeAsync(admin, center, "培训甲");
        var b = await StaffCodeAsync(admin, center, "培训乙");
        var c = await StaffCodeAsync(admin, center, "培训丙");
        var day = await WorkdayAsync(admin, new DateOnly(Today.Year, Today.Month, 1), center);
        if (day > Today)
        {
            day = Today;
        }

        var plan = await (await admin.PostJsonAsync("/api/v1/workforce/training/plans", new
        {
            centerCode = center,
            year = Today.Year,
            title = "年度培训计划",
            items = new object[]
            {
                new { period = Month(day), topic = "综合受理业务技能", kind = "业务技能", form = "offline", targets = new[] { "综合窗口" }, plannedHours = 2.5m, plannedSessions = 2 },
                new { period = $"{Today.Year}-Q4", topic = "服务礼仪", kind = "服务礼仪", form = "mixed", targets = Array.Empty<string>(), plannedHours = 3m },
            },
        })).ExpectAsync(HttpStatusCode.Created);
        var items = plan.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(2, items.Count);
        Assert.Equal(3, plan.GetProperty("completion").GetProperty("plannedSessions").GetInt32());
        Assert.Equal(5.5m, plan.GetProperty("completion").GetProperty("plannedHours").GetDecimal());
        await (await admin.PostJsonAsync("/api/v1/workforce/training/plans", new { centerCode = center, year = Today.Year, title = "再来一份" }))
            .ExpectProblemAsync(HttpStatusCode.Conflict, "workforce.training_plan_exists");
        var skills = items.Single(i => i.GetProperty("kind").GetString() == "业务技能").GetProperty("id").GetGuid();

        await LeaveAsync(admin, c, day, day);
        var session = await (await admin.PostJsonAsync("/api/v1/workforce/training/sessions", new { centerCode = center, planItemId = skills, date = Text(day), start = "14:00", end = "16:30", trainer = "王老师", location = "三楼培训室" }))
            .ExpectAsync(HttpStatusCode.Created);
        Assert.Equal(("综合受理业务技能", "offline", true), (session.GetProperty("topic").GetString(), session.GetProperty("form").GetString(), session.GetProperty("held").GetBoolean()));
        var id = session.GetProperty("id").GetGuid();

        // Materials: a PDF and a DOCX are taken, a program named .pdf is not.
        var pdf = await (await UploadAsync(admin, id, "%PDF-1.4\n1 0 obj\n<<>>\nendobj\n"u8.ToArray(), "讲义.pdf")).ExpectAsync(HttpStatusCode.Created);
        Assert.Equal("application/pdf", pdf.GetProperty("contentType").GetString());
        var docx = await (await UploadAsync(admin, id, Package("word/document.xml"), "讲义.docx")).ExpectAsync(HttpStatusCode.Created);
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", docx.GetProperty("contentType").GetString());
        Assert.Equal(["file"], await (await UploadAsync(admin, id, "MZ\u0090\0\u0003"u8.ToArray(), "讲义.pdf")).ExpectProblemAsync(HttpStatusCode.BadRequest, "workforce.material_type"));
        Assert.Equal(["file"], await (await UploadAsync(admin, id, Package("xl/workbook.xml"), "表.docx")).ExpectProblemAsync(HttpStatusCode.BadRequest, "workforce.material_type"));
        var download = await admin.GetAsync($"/api/v1/workforce/training/materials/{pdf.GetProperty("id").GetGuid()}");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.StartsWith("%PDF-", System.Text.Encoding.ASCII.GetString(await download.Content.ReadAsByteArrayAsync()));

        // Attendance: on-leave needs approved leave; every bad entry is named and nothing is stored.
        var fields = await (await admin.PutAsync($"/api/v1/workforce/training/sessions/{id}/attendance", JsonContent(new
        {
            entries = new object[] { new { staffCode = a, status = "present" }, new { staffCode = b, status = "on-leave" }, new { staffCode = "NOBODY", status = "present" }, new { staffCode = c, status = "late" } },
        }))).ExpectProblemAsync(HttpStatusCode.BadRequest, "validation.failed");
        Assert.Equal(["entries[1]", "entries[2]", "entries[3]"], fields.Order(StringComparer.Ordinal));
        Assert.Equal(0, await app.ReadAsync(db => db.TrainingAttendance.CountAsync(x => x.SessionId == id)));

        var detail = await (await admin.PutAsync($"/api/v1/workforce/training/sessions/{id}/attendance", JsonContent(new
        {
            entries = new object[] { new { staffCode = a, status = "present" }, new { staffCode = b, status = "absent" }, new { staffCode = c, status = "on-leave" } },
        }))).ExpectAsync(HttpStatusCode.OK);
        var lines = detail.GetProperty("attendance").EnumerateArray().ToDictionary(l => l.GetProperty("staffCode").GetString()!);
        Assert.Equal(("present", "absent", "on-leave"), (lines[a].GetProperty("status").GetString(), lines[b].GetProperty("status").GetString(), lines[c].GetProperty("status").GetString()));
        Assert.True(lines[c].GetProperty("onApprovedLeave").GetBoolean());
        Assert.Equal(2, detail.GetProperty("materials").GetArrayLength());

        // Marking again updates: b came after all.
        await (await admin.PutAsync($"/api/v1/workforce/training/sessions/{id}/attendance", JsonContent(new { entries = new object[] { new { staffCode = b, status = "present" } } }))).ExpectAsync(HttpStatusCode.OK);
        var shown = await (await admin.GetAsync($"/api/v1/workforce/training/plans?center={center}&year={Today.Year}")).ExpectAsync(HttpStatusCode.OK);
        var completion = shown.GetProperty("completion");
        Assert.Equal((3, 1, 33.33m), (completion.GetProperty("plannedSessions").GetInt32(), completion.GetProperty("heldSessions").GetInt32(), completion.GetProperty("completionPercent").GetDecimal()));
        Assert.Equal((2, 0, 1, 100m), (completion.GetProperty("present").GetInt32(), completion.GetProperty("absent").GetInt32(), completion.GetProperty("onLeave").GetInt32(), completion.GetProperty("attendanceRate").GetDecimal()));
        var item = shown.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("id").GetGuid() == skills);
        Assert.Equal(1, item.GetProperty("heldSessions").GetInt32());

        // A session still to come cannot be marked.
        var later = await (await admin.PostJsonAsync("/api/v1/workforce/training/sessions", new { centerCode = center, date = Text(Today.AddDays(3)), start = "09:00", end = "10:00", topic = "保密安全", form = "online", trainer = "李老师", link = "https://meeting.example.cn/123" }))
            .ExpectAsync(HttpStatusCode.Created);
        await (await admin.PutAsync($"/api/v1/workforce/training/sessions/{later.GetProperty("id").GetGuid()}/attendance", JsonContent(new { entries = new object[] { new { staffCode = a, status = "present" } } })))
            .ExpectProblemAsync(HttpStatusCode.Conflict, "workforce.training_not_held");
    }

    [Fact]
    public async Task Bad_plans_and_sessions_name_every_field_and_store_nothing()
    {
        var admin = await app.AdminAsync();
        var center = await CenterAsync(admin);
        var fields = await (await admin.PostJsonAsync("/api/v1/workforce/training/plans", new
        {
            centerCode = center,
            year = 2026,
            title = "",
            items = new object[] { new { period = "2025-03", topic = "", kind = "业务技能", form = "paper", plannedHours = 0.25m } },
        })).ExpectProblemAsync(HttpStatusCode.BadRequest, "validation.failed");
        Assert.Equal(["items[0].form", "items[0].period", "items[0].plannedHours", "items[0].topic", "title"], fields.Order(StringComparer.Ordinal));
        Assert.Equal(0, await app.ReadAsync(db => db.TrainingPlans.CountAsync(p => p.CenterCode == center)));

        fields = await (await admin.PostJsonAsync("/api/v1/workforce/training/sessions", new { centerCode = center, date = "2026-02-30", start = "10:00", end = "09:00", topic = "x", form = "online", trainer = "", link = "ftp://x" }))
            .ExpectProblemAsync(HttpStatusCode.BadRequest, "validation.failed");
        Assert.Equal(["date", "end", "link", "trainer"], fields.Order(StringComparer.Ordinal));
        fields = await (await admin.PostJsonAsync("/api/v1/workforce/training/sessions", new { centerCode = center, date = "2026-03-02", start = "09:00", end = "10:00", topic = "x", form = "offline", trainer = "张" }))
            .ExpectProblemAsync(HttpStatusCode.BadRequest, "validation.failed");
        Assert.Equal(["location"], fields);
        Assert.Equal(0, await app.ReadAsync(db => db.TrainingSessions.CountAsync(s => s.CenterCode == center)));
        await (await admin.GetAsync($"/api/v1/workforce/training/plans?center={center}&year=2026")).ExpectProblemAsync(HttpStatusCode.NotFound, "workforce.unknown_training_plan");

        // Someone outside the center cannot plan for it.
        var babaoshan = await app.AsAsync("babaoshan.liu");
        var response = await babaoshan.PostJsonAsync("/api/v1/workforce/training/plans", new { centerCode = "sjs", year = 2026, title = "越权" });
        Assert.True(response.StatusCode is HttpStatusCode.Forbidden, $"got {(int)response.StatusCode}");
    }

    [Fact]
    public async Task A_retried_session_with_the_same_idempotency_key_is_created_once()
    {
        var admin = await app.AdminAsync();
        var center = await CenterAsync(admin);
        var key = Guid.NewGuid().ToString("N");
        var body = new { centerCode = center, date = Text(Today), start = "16:00", end = "17:00", topic = "政策法规解读", form = "online", trainer = "赵老师", link = "https://meeting.example.cn/456" };
        async Task<HttpResponseMessage> SendAsync()
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/workforce/training/sessions") { Content = JsonContent(body) };
            request.Headers.Add("Idempotency-Key", key);
            return await admin.SendAsync(request);
        }

        var responses = await Task.WhenAll(SendAsync(), SendAsync());
        var again = await SendAsync();
        Assert.Contains(responses, r => r.StatusCode == HttpStatusCode.Created);
        Assert.All(responses.Append(again), r => Assert.True(r.StatusCode is HttpStatusCode.Created or HttpStatusCode.OK, $"got {(int)r.StatusCode}"));
        var ids = new HashSet<Guid>();
        foreach (var r in responses.Append(again))
        {
            ids.Add((await r.ReadAsync()).GetProperty("id").GetGuid());
        }

        Assert.Single(ids);
        Assert.Equal(1, await app.ReadAsync(db => db.TrainingSessions.CountAsync(s => s.CenterCode == center)));
    }

    [Fact]
    public async Task A_second_score_of_a_quarter_and_kind_updates_it_and_keeps_the_old_one()
    {
        var admin = await app.AdminAsync();
        var center = await CenterAsync(admin);
        var person = await StaffCodeAsync(admin, center, "考核甲");
        var quarter = $"{Today.Year}-Q{((Today.Month - 1) / 3) + 1}";
        var first = await (await admin.PostJsonAsync("/api/v1/workforce/training/scores", new { staffCode = person, quarter, kind = "业务知识", score = 88.5m, assessor = "业务经理", note = "笔试" }))
            .ExpectAsync(HttpStatusCode.Created);
        Assert.Equal(88.5m, first.GetProperty("score").GetDecimal());
        var second = await (await admin.PostJsonAsync("/api/v1/workforce/training/scores", new { staffCode = person, quarter, kind = "业务知识", score = 91m, assessor = "项目经理" }))
            .ExpectAsync(HttpStatusCode.OK);
        Assert.Equal((91m, 88.5m, "业务经理"), (second.GetProperty("score").GetDecimal(), second.GetProperty("history")[0].GetProperty("score").GetDecimal(), second.GetProperty("history")[0].GetProperty("assessor").GetString()));
        Assert.Equal(first.GetProperty("id").GetGuid(), second.GetProperty("id").GetGuid());

        var fields = await (await admin.PostJsonAsync("/api/v1/workforce/training/scores", new { staffCode = person, quarter = $"{Today.Year + 1}-Q1", kind = "", score = 100.05m, assessor = "" }))
            .ExpectProblemAsync(HttpStatusCode.BadRequest, "validation.failed");
        Assert.Equal(["assessor", "kind", "quarter", "score"], fields.Order(StringComparer.Ordinal));
        fields = await (await admin.PostJsonAsync("/api/v1/workforce/training/scores", new { staffCode = person, quarter = "2026-05", kind = "服务礼仪", score = -1m, assessor = "x" }))
            .ExpectProblemAsync(HttpStatusCode.BadRequest, "validation.failed");
        Assert.Equal(["quarter", "score"], fields.Order(StringComparer.Ordinal));

        var list = await (await admin.GetAsync($"/api/v1/workforce/training/scores?quarter={quarter}&center={center}")).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal(1, list.GetArrayLength());
    }

    [Fact]
    public async Task Two_first_scores_at_once_give_one_score()
    {
        var admin = await app.AdminAsync();
        var center = await CenterAsync(admin);
        var person = await StaffCodeAsync(admin, center, "并发");
        var quarter = $"{Today.Year}-Q{((Today.Month - 1) / 3) + 1}";
        var responses = await Task.WhenAll(Enumerable.Range(0, 2).Select(i => admin.PostJsonAsync("/api/v1/workforce/training/scores", new { staffCode = person, quarter, kind = "服务礼仪", score = 80m + i, assessor = "业务经理" })));
        Assert.All(responses, r => Assert.True(r.StatusCode is HttpStatusCode.Created or HttpStatusCode.OK or HttpStatusCode.Conflict, $"got {(int)r.StatusCode}"));
        Assert.Contains(responses, r => r.StatusCode == HttpStatusCode.Created);
        Assert.Equal(1, await app.ReadAsync(db => db.AssessmentScores.CountAsync(s => db.Staff.Any(p => p.Id == s.StaffId && p.Code == person))));
    }

    [Fact]
    public async Task An_import_with_bad_rows_names_each_row_and_stores_nothing_and_a_good_one_stores_all()
    {
        var admin = await app.AdminAsync();
        var center = await CenterAsync(admin);
        var a = await StaffCodeAsync(admin, center, "导入甲");
        var b = await StaffCodeAsync(admin, center, "导入乙");
        var quarter = $"{Today.Year}-Q{((Today.Month - 1) / 3) + 1}";
        var bad = new[]
        {
            Row(a, quarter, "业务知识", 90.5, "经理"),
            Row("NOBODY", quarter, "业务知识", 80, "经理"),
            Row(b, "2026-13", "业务知识", 80, "经理"),
            Row(b, quarter, "服务礼仪", 120, "经理"),
            Row(a, quarter, "业务知识", 70, "经理"),
        };
        var fields = await (await ImportAsync(admin, bad)).ExpectProblemAsync(HttpStatusCode.BadRequest, "workforce.import_rejected");
        Assert.Equal(["row3", "row4", "row5", "row6"], fields.Order(StringComparer.Ordinal));
        Assert.Equal(0, await app.ReadAsync(db => db.AssessmentScores.CountAsync(s => db.Staff.Any(p => p.Id == s.StaffId && p.CenterCode == center))));

        var imported = await (await ImportAsync(admin, [Row(a, quarter, "业务知识", 90.5, "经理"), Row(b, quarter, "服务礼仪", 85, "经理")])).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal((2, 2, 0), (imported.GetProperty("rows").GetInt32(), imported.GetProperty("created").GetInt32(), imported.GetProperty("updated").GetInt32()));
        imported = await (await ImportAsync(admin, [Row(a, quarter, "业务知识", 92, "经理")])).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal((1, 0, 1), (imported.GetProperty("rows").GetInt32(), imported.GetProperty("created").GetInt32(), imported.GetProperty("updated").GetInt32()));
        var list = (await (await admin.GetAsync($"/api/v1/workforce/training/scores?quarter={quarter}&center={center}")).ExpectAsync(HttpStatusCode.OK)).EnumerateArray().ToList();
        Assert.Equal(92m, list.Single(s => s.GetProperty("staffCode").GetString() == a).GetProperty("score").GetDecimal());
    }

    [Fact]
    public async Task The_scenario_brings_the_2026_plan_with_monthly_skills_and_quarterly_manners_held_sessions_and_scores()
    {
        var admin = await app.AdminAsync();
        var plan = await (await admin.GetAsync("/api/v1/workforce/training/plans?center=sjs&year=2026")).ExpectAsync(HttpStatusCode.OK);
        var items = plan.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(12, items.Count(i => i.GetProperty("kind").GetString() == "业务技能" && !i.GetProperty("period").GetString()!.Contains('Q', StringComparison.Ordinal)));
        Assert.Equal(["2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4"], items.Where(i => i.GetProperty("kind").GetString() == "服务礼仪").Select(i => i.GetProperty("period").GetString()!).Order(StringComparer.Ordinal));
        var sessions = (await (await admin.GetAsync("/api/v1/workforce/training/sessions?center=sjs&year=2026")).ExpectAsync(HttpStatusCode.OK)).EnumerateArray()
            .Where(s => s.GetProperty("trainer").GetString()!.Contains("老师", StringComparison.Ordinal) || s.GetProperty("trainer").GetString()!.Contains("经理", StringComparison.Ordinal)).ToList();
        Assert.True(sessions.Count >= 7);
        var first = sessions.First(s => s.GetProperty("date").GetString() == "2026-01-20");
        Assert.True(first.GetProperty("present").GetInt32() > 50);
        Assert.Equal(1, first.GetProperty("absent").GetInt32());
        var scores = await (await admin.GetAsync("/api/v1/workforce/training/scores?quarter=2026-Q1&center=sjs")).ExpectAsync(HttpStatusCode.OK);
        Assert.Contains(scores.EnumerateArray(), s => s.GetProperty("staffCode").GetString() == "SJ0001" && s.GetProperty("kind").GetString() == "业务知识");
    }

    private static Dictionary<string, object?> Row(string code, string quarter, string kind, double score, string assessor) =>
        new() { ["工号"] = code, ["季度"] = quarter, ["考核类别"] = kind, ["成绩"] = score, ["考核人"] = assessor, ["备注"] = null };

    private static async Task<HttpResponseMessage> ImportAsync(HttpClient client, IEnumerable<Dictionary<string, object?>> rows)
    {
        using var stream = new MemoryStream();
        await MiniExcel.SaveAsAsync(stream, rows);
        var form = new MultipartFormDataContent { { new ByteArrayContent(stream.ToArray()), "file", "scores.xlsx" } };
        return await client.PostAsync("/api/v1/workforce/training/scores/import", form);
    }

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, Guid session, byte[] bytes, string name)
    {
        var form = new MultipartFormDataContent { { new ByteArrayContent(bytes), "file", name } };
        return await client.PostAsync($"/api/v1/workforce/training/sessions/{session}/materials", form);
    }

    /// <summary>A minimal Office package holding the given part.</summary>
    private static byte[] Package(string part)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var name in new[] { "[Content_Types].xml", part })
            {
                using var writer = new StreamWriter(zip.CreateEntry(name).Open());
                writer.Write("<?xml version=\"1.0\"?><x/>");
            }
        }

        return stream.ToArray();
    }

    internal static JsonElement Only(JsonElement array, string code) => array.EnumerateArray().Single(r => r.GetProperty("staffCode").GetString() == code);
}
