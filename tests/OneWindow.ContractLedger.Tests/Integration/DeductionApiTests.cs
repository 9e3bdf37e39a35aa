using System.Net;
using System.Net.Http.Headers;
using OneWindow.Testing;
using OneWindow.Workforce.Contracts;
using static OneWindow.ContractLedger.Tests.Integration.Ledger;

namespace OneWindow.ContractLedger.Tests.Integration;

/// <summary>Work errors through their approval, and the monthly deductions of api.md with the 1% cap and vacancies.</summary>
[Trait("Category", "Integration")]
[Collection(ContractsApp.Collection)]
public sealed class DeductionApiTests(ContractsApp app)
{
    [Fact]
    public async Task The_month_has_exactly_the_fields_of_the_api_with_money_as_strings_to_the_fen()
    {
        var admin = await app.AdminAsync();
        var code = await CreateAsync(admin);

        var month = await MonthAsync(admin, code, "2026-03");

        Assert.Equal(["capApplied", "cumulativeTotal", "errorAmount", "month", "total", "vacancyAmount", "vacancyPersonDays"], month.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        Assert.Equal("2026-03", month.GetProperty("month").GetString());
        Assert.Equal(0, month.GetProperty("vacancyPersonDays").GetInt32());
        Assert.Equal("0.00", month.GetProperty("vacancyAmount").GetString());
        Assert.Equal("0.00", month.GetProperty("errorAmount").GetString());
        Assert.False(month.GetProperty("capApplied").GetBoolean());
        Assert.Equal("0.00", month.GetProperty("total").GetString());
        Assert.Equal("0.00", month.GetProperty("cumulativeTotal").GetString());
    }

    [Fact]
    public async Task Only_approved_errors_deduct_and_the_fourth_severe_error_is_cut_by_the_one_percent_cap()
    {
        var admin = await app.AdminAsync();
        var manager = await app.AsAsync("pm.zhang");
        var code = await CreateAsync(admin);

        var first = await RecordAsync(manager, code, "2026-02-10", "severe");
        Assert.Equal("0.00", (await MonthAsync(admin, code, "2026-02")).GetProperty("errorAmount").GetString());
        var approved = await ApproveAsync(admin, code, first);
        Assert.Equal("approved", approved.GetProperty("status").GetString());
        Assert.Equal("46893.00", approved.GetProperty("deduction").GetString());
        var february = await MonthAsync(admin, code, "2026-02");
        Assert.Equal("46893.00", february.GetProperty("errorAmount").GetString());
        Assert.False(february.GetProperty("capApplied").GetBoolean());

        await ApproveAsync(admin, code, await RecordAsync(manager, code, "2026-03-03", "severe"));
        await ApproveAsync(admin, code, await RecordAsync(manager, code, "2026-03-04", "severe"));
        var rejected = await RecordAsync(manager, code, "2026-04-01", "severe");
        var rejection = await (await admin.PostJsonAsync($"/api/v1/contracts/{code}/errors/{rejected}/reject", new { note = "经核实不属于乙方责任" })).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal("rejected", rejection.GetProperty("status").GetString());
        await RecordAsync(manager, code, "2026-04-02", "major");
        var fourth = await ApproveAsync(admin, code, await RecordAsync(manager, code, "2026-04-06", "severe"));
        Assert.Equal("15631.00", fourth.GetProperty("deduction").GetString());
        Assert.True(fourth.GetProperty("capped").GetBoolean());

        var april = await MonthAsync(admin, code, "2026-04");
        Assert.Equal("15631.00", april.GetProperty("errorAmount").GetString());
        Assert.True(april.GetProperty("capApplied").GetBoolean());
        Assert.Equal("15631.00", april.GetProperty("total").GetString());
        Assert.Equal("156310.00", april.GetProperty("cumulativeTotal").GetString());

        // Especially severe (特别严重) lies outside the cap.
        await ApproveAsync(admin, code, await RecordAsync(manager, code, "2026-04-20", "especially-severe"));
        april = await MonthAsync(admin, code, "2026-04");
        Assert.Equal("62524.00", april.GetProperty("errorAmount").GetString());
        Assert.Equal("203203.00", april.GetProperty("cumulativeTotal").GetString());

        var statement = (await (await admin.GetAsync($"/api/v1/contracts/{code}/deduction-statement?through=2026-05")).ExpectAsync(HttpStatusCode.OK)).EnumerateArray().ToList();
        Assert.Equal(["2026-01", "2026-02", "2026-03", "2026-04", "2026-05"], statement.Select(m => m.GetProperty("month").GetString()));
        Assert.Equal(["0.00", "46893.00", "93786.00", "62524.00", "0.00"], statement.Select(m => m.GetProperty("errorAmount").GetString()));
        Assert.Equal("203203.00", statement[^1].GetProperty("cumulativeTotal").GetString());

        var errors = await ErrorsAsync(admin, code);
        Assert.Equal(7, errors.Count);
        Assert.Equal(["recorded", "rejected"], errors.Where(e => e.GetProperty("date").GetString() is "2026-04-01" or "2026-04-02").Select(e => e.GetProperty("status").GetString()).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Vacancy_person_days_of_the_contracts_centers_cost_the_standard_and_add_to_the_cumulative_total()
    {
        var admin = await app.AdminAsync();
        var code = await CreateAsync(admin, center: "sjs-gucheng");
        app.Vacancies.Set("sjs-gucheng", 2026, 5,
            new VacancyDay(new DateOnly(2026, 5, 6), "sjs-gucheng", "gucheng-zhck-01", "综合窗口", 1),
            new VacancyDay(new DateOnly(2026, 5, 7), "sjs-gucheng", "gucheng-zhck-02", "综合窗口", 2));
        app.Vacancies.Set("sjs-gucheng", 2026, 6, new VacancyDay(new DateOnly(2026, 6, 3), "sjs-gucheng", "gucheng-zhck-01", "综合窗口", 1));

        var may = await MonthAsync(admin, code, "2026-05");
        Assert.Equal(3, may.GetProperty("vacancyPersonDays").GetInt32());
        Assert.Equal("1339.80", may.GetProperty("vacancyAmount").GetString());
        Assert.Equal("1339.80", may.GetProperty("total").GetString());

        await ApproveAsync(admin, code, await RecordAsync(admin, code, "2026-06-08", "general"));
        var june = await MonthAsync(admin, code, "2026-06");
        Assert.Equal(1, june.GetProperty("vacancyPersonDays").GetInt32());
        Assert.Equal("446.60", june.GetProperty("vacancyAmount").GetString());
        Assert.Equal("15631.00", june.GetProperty("errorAmount").GetString());
        Assert.Equal("16077.60", june.GetProperty("total").GetString());
        Assert.Equal("17417.40", june.GetProperty("cumulativeTotal").GetString());

        // The standard is yuan to the fen; a new one applies to every month of the term.
        var rules = new StringContent("{\"vacancyStandard\":333.335}", System.Text.Encoding.UTF8, "application/json");
        await (await admin.PatchAsync($"/api/v1/contracts/{code}/deduction-rules", rules)).ExpectProblemAsync(HttpStatusCode.BadRequest, "validation.failed");
        rules = new StringContent("{\"vacancyStandard\":\"333.33\"}", System.Text.Encoding.UTF8, "application/json");
        await (await admin.PatchAsync($"/api/v1/contracts/{code}/deduction-rules", rules)).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal("999.99", (await MonthAsync(admin, code, "2026-05")).GetProperty("vacancyAmount").GetString());
    }

    [Fact]
    public async Task Bad_months_and_unknown_contracts_are_refused()
    {
        var admin = await app.AdminAsync();
        var code = await CreateAsync(admin);

        foreach (var bad in new[] { "2026-13", "2026-1", "202605", "May", "" })
        {
            Assert.Equal(["month"], await (await admin.GetAsync($"/api/v1/contracts/{code}/deductions?month={bad}")).ExpectProblemAsync(HttpStatusCode.BadRequest, "validation.failed"));
        }

        Assert.Equal(["month"], await (await admin.GetAsync($"/api/v1/contracts/{code}/deductions")).ExpectProblemAsync(HttpStatusCode.BadRequest, "validation.failed"));
        Assert.Equal(["month"], await (await admin.GetAsync($"/api/v1/contracts/{code}/deductions?month=2027-01")).ExpectProblemAsync(HttpStatusCode.BadRequest, "contracts.month_outside_term"));
        Assert.Equal(["month"], await (await admin.GetAsync($"/api/v1/contracts/sjs-2026/deductions?month=2026-03")).ExpectProblemAsync(HttpStatusCode.BadRequest, "contracts.month_outside_term"));
        await (await admin.GetAsync("/api/v1/contracts/no-such-contract/deductions?month=2026-05")).ExpectProblemAsync(HttpStatusCode.NotFound, "contracts.not_found");
        await (await admin.GetAsync("/api/v1/contracts/sjs-2026/deductions?month=2026-04")).ExpectAsync(HttpStatusCode.OK);
        await (await admin.GetAsync("/api/v1/contracts/sjs-2026/deductions?month=2027-04")).ExpectAsync(HttpStatusCode.OK);
    }

    [Fact]
    public async Task An_error_without_severity_or_with_bad_fields_is_refused_and_nothing_is_stored()
    {
        var admin = await app.AdminAsync();
        var code = await CreateAsync(admin);
        var url = $"/api/v1/contracts/{code}/errors";

        Assert.Equal(["severity"], await (await admin.PostJsonAsync(url, new { date = "2026-05-06", description = "群众现场投诉" })).ExpectProblemAsync(HttpStatusCode.BadRequest, "validation.failed"));
        Assert.Equal(["severity"], await (await admin.PostJsonAsync(url, new { date = "2026-05-06", severity = "catastrophic", description = "群众现场投诉" })).ExpectProblemAsync(HttpStatusCode.BadRequest, "validation.failed"));
        var fields = await (await admin.PostJsonAsync(url, new { date = "06/05/2026", severity = "", description = " " })).ExpectProblemAsync(HttpStatusCode.BadRequest, "validation.failed");
        Assert.Equal(["date", "description", "severity"], fields.Order(StringComparer.Ordinal));
        Assert.Equal(["date"], await (await admin.PostJsonAsync(url, new { date = "2027-01-04", severity = "general", description = "群众现场投诉" })).ExpectProblemAsync(HttpStatusCode.BadRequest, "validation.failed"));
        Assert.Equal(["centerCode"], await (await admin.PostJsonAsync(url, new { date = "2026-05-06", severity = "general", description = "群众现场投诉", centerCode = "sjs-bajiao" })).ExpectProblemAsync(HttpStatusCode.BadRequest, "validation.failed"));
        await (await admin.PostRawAsync(url, "{\"date\":\"2026-05-06\",\"severity\":3,\"description\":\"x\"}")).ExpectAsync(HttpStatusCode.BadRequest);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.AsAsync("clerk.li")).PostJsonAsync(url, new { date = "2026-05-06", severity = "general", description = "群众现场投诉" })).StatusCode);

        Assert.Empty(await ErrorsAsync(admin, code));
    }

    [Fact]
    public async Task Only_the_bureau_decides_an_error_and_only_once()
    {
        var admin = await app.AdminAsync();
        var manager = await app.AsAsync("pm.zhang");
        var code = await CreateAsync(admin);
        var id = await RecordAsync(manager, code, "2026-05-06", "major");

        Assert.Equal(HttpStatusCode.Forbidden, (await manager.PostJsonAsync($"/api/v1/contracts/{code}/errors/{id}/approve", new { })).StatusCode);
        Assert.Equal(["note"], await (await admin.PostJsonAsync($"/api/v1/contracts/{code}/errors/{id}/reject", new { note = "" })).ExpectProblemAsync(HttpStatusCode.BadRequest, "validation.failed"));
        await ApproveAsync(admin, code, id);
        await (await admin.PostJsonAsync($"/api/v1/contracts/{code}/errors/{id}/reject", new { note = "改判" })).ExpectProblemAsync(HttpStatusCode.Conflict, "contracts.error_decided");
        await (await admin.PostJsonAsync($"/api/v1/contracts/{code}/errors/{Guid.NewGuid()}/approve", new { })).ExpectProblemAsync(HttpStatusCode.NotFound, "contracts.error_not_found");
        await (await admin.PostJsonAsync($"/api/v1/contracts/sjs-2026/errors/{id}/approve", new { })).ExpectProblemAsync(HttpStatusCode.NotFound, "contracts.error_not_found");

        var error = Assert.Single(await ErrorsAsync(admin, code));
        Assert.Equal("approved", error.GetProperty("status").GetString());
        Assert.Equal("admin", error.GetProperty("decidedBy").GetString());
        Assert.Equal("pm.zhang", error.GetProperty("recordedBy").GetString());
        Assert.Equal("31262.00", error.GetProperty("deduction").GetString());
    }

    [Fact]
    public async Task Evidence_is_a_jpeg_png_or_pdf_by_its_bytes_within_the_size_limit_and_reads_back_unchanged()
    {
        var admin = await app.AdminAsync();
        var code = await CreateAsync(admin);
        var id = await RecordAsync(admin, code, "2026-05-06", "general");
        var url = $"/api/v1/contracts/{code}/errors/{id}/evidence";
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3, 4];

        Assert.Equal(["file"], await (await admin.PostAsync(url, Upload("<html>not a photo</html>"u8.ToArray(), "photo.png"))).ExpectProblemAsync(HttpStatusCode.BadRequest, "contracts.bad_file"));
        Assert.Equal(["file"], await (await admin.PostAsync(url, Upload([.. png, .. new byte[ContractsApp.MaxEvidenceBytes]], "big.png"))).ExpectProblemAsync(HttpStatusCode.BadRequest, "validation.failed"));
        await (await admin.GetAsync(url)).ExpectProblemAsync(HttpStatusCode.NotFound, "contracts.evidence_not_found");

        var attached = await (await admin.PostAsync(url, Upload(png, "现场照片.png"))).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal("现场照片.png", attached.GetProperty("file").GetProperty("fileName").GetString());
        Assert.Equal("image/png", attached.GetProperty("file").GetProperty("contentType").GetString());
        var download = await admin.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("image/png", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal(png, await download.Content.ReadAsByteArrayAsync());
        Assert.DoesNotContain(Directory.EnumerateFiles(app.DataDirectory, "*", SearchOption.AllDirectories), f => f.Contains("wwwroot", StringComparison.Ordinal));
        Assert.Single(Directory.EnumerateFiles(Path.Combine(app.DataDirectory, "contract-evidence"), "*", SearchOption.AllDirectories), f => File.ReadAllBytes(f).SequenceEqual(png));

        await ApproveAsync(admin, code, id);
        await (await admin.PostAsync(url, Upload("%PDF-1.7 report"u8.ToArray(), "通报.pdf"))).ExpectProblemAsync(HttpStatusCode.Conflict, "contracts.error_decided");
    }

    private static MultipartFormDataContent Upload(byte[] bytes, string name)
    {
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        return new MultipartFormDataContent { { file, "file", name } };
    }
}
