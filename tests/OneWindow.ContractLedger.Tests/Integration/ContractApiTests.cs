using System.Net;
using System.Text.Json;
using OneWindow.Testing;
using static OneWindow.ContractLedger.Tests.Integration.Ledger;

namespace OneWindow.ContractLedger.Tests.Integration;

/// <summary>The contracts of the Shijingshan scenario and the contract API: list, detail, creation, rules and payments.</summary>
[Trait("Category", "Integration")]
[Collection(ContractsApp.Collection)]
public sealed class ContractApiTests(ContractsApp app)
{
    [Fact]
    public async Task The_scenario_loads_the_shijingshan_contract_with_its_exact_amount_and_term()
    {
        var admin = await app.AdminAsync();

        var list = (await (await admin.GetAsync("/api/v1/contracts")).ExpectAsync(HttpStatusCode.OK)).EnumerateArray().ToList();

        var sjs = Assert.Single(list, c => c.GetProperty("code").GetString() == "sjs-2026");
        Assert.Equal(["amount", "code", "end", "name", "start"], sjs.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        Assert.Equal("15631000.00", sjs.GetProperty("amount").GetString());
        Assert.Equal("2026-04-02", sjs.GetProperty("start").GetString());
        Assert.Equal("2027-04-01", sjs.GetProperty("end").GetString());
        Assert.Equal("2026年政务服务综合窗口服务项目", sjs.GetProperty("name").GetString());
    }

    [Fact]
    public async Task The_shijingshan_contract_has_its_parties_centers_deduction_rules_and_three_payments()
    {
        var admin = await app.AdminAsync();

        var c = await (await admin.GetAsync("/api/v1/contracts/sjs-2026")).ExpectAsync(HttpStatusCode.OK);

        Assert.Equal("北京市石景山区政务服务和数据管理局", c.GetProperty("bureau").GetProperty("name").GetString());
        Assert.Equal("北京新广视通科技集团有限责任公司", c.GetProperty("contractor").GetProperty("name").GetString());
        Assert.Equal(10, c.GetProperty("centers").GetArrayLength());
        Assert.Contains("sjs-lugu", c.GetProperty("centers").EnumerateArray().Select(x => x.GetString()));
        var rules = c.GetProperty("deductions");
        Assert.Equal(0.3m, rules.GetProperty("severePercent").GetDecimal());
        Assert.Equal(1m, rules.GetProperty("errorCapPercent").GetDecimal());
        Assert.Equal("156310.00", rules.GetProperty("errorCapAmount").GetString());
        Assert.Equal("156310.00", rules.GetProperty("confidentialityAmount").GetString());

        var payments = c.GetProperty("milestones").EnumerateArray().ToList();
        Assert.Equal(["7815500.00", "3903237.00", "3912263.00"], payments.Select(p => p.GetProperty("amount").GetString()));
        Assert.Equal(["workdays-after-signing", "condition", "condition"], payments.Select(p => p.GetProperty("due").GetString()));

        // 10 working days after 2026-04-02, over 清明 (04-04..04-06).
        Assert.Equal("2026-04-17", payments[0].GetProperty("dueDate").GetString());
        Assert.Equal("due", payments[0].GetProperty("status").GetString());
        Assert.Equal("2026-10-15", payments[1].GetProperty("deadline").GetString());
        Assert.Equal("pending", payments[1].GetProperty("status").GetString());
        Assert.Equal("0.00", c.GetProperty("paid").GetString());
        Assert.Equal("15631000.00", c.GetProperty("unpaid").GetString());
    }

    [Fact]
    public async Task A_condition_payment_is_paid_only_after_the_bureau_marks_its_condition_met()
    {
        var admin = await app.AdminAsync();
        var code = await CreateAsync(admin);

        await (await admin.PostJsonAsync($"/api/v1/contracts/{code}/milestones/2/payment", new { date = "2026-07-20" })).ExpectProblemAsync(HttpStatusCode.Conflict, "contracts.condition_not_met");
        await (await admin.PostJsonAsync($"/api/v1/contracts/{code}/milestones/1/condition-met", new { date = "2026-07-10" })).ExpectProblemAsync(HttpStatusCode.Conflict, "contracts.no_condition");

        var met = await (await admin.PostJsonAsync($"/api/v1/contracts/{code}/milestones/2/condition-met", new { date = "2026-07-10" })).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal("due", met.GetProperty("status").GetString());
        Assert.Equal("2026-07-10", met.GetProperty("conditionMetOn").GetString());
        Assert.Equal("admin", met.GetProperty("conditionMetBy").GetString());

        var paid = await (await admin.PostJsonAsync($"/api/v1/contracts/{code}/milestones/2/payment", new { date = "2026-07-20" })).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal("paid", paid.GetProperty("status").GetString());
        Assert.Equal("2026-07-20", paid.GetProperty("paidOn").GetString());
        await (await admin.PostJsonAsync($"/api/v1/contracts/{code}/milestones/2/payment", new { date = "2026-07-21" })).ExpectProblemAsync(HttpStatusCode.Conflict, "contracts.paid");

        var contract = await (await admin.GetAsync($"/api/v1/contracts/{code}")).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal("3903237.00", contract.GetProperty("paid").GetString());
        Assert.Equal("11727763.00", contract.GetProperty("unpaid").GetString());
        Assert.Equal("7815500.00", contract.GetProperty("milestones")[0].GetProperty("amount").GetString());
    }

    [Fact]
    public async Task Bad_payment_dates_and_unknown_payments_are_refused_and_change_nothing()
    {
        var admin = await app.AdminAsync();
        var code = await CreateAsync(admin);
        var url = $"/api/v1/contracts/{code}/milestones/1/payment";

        Assert.Equal(["date"], await (await admin.PostJsonAsync(url, new { date = "2026-13-01" })).ExpectProblemAsync(HttpStatusCode.BadRequest, "validation.failed"));
        Assert.Equal(["date"], await (await admin.PostJsonAsync(url, new { date = "2025-12-31" })).ExpectProblemAsync(HttpStatusCode.BadRequest, "validation.failed"));
        Assert.Equal(["date"], await (await admin.PostJsonAsync(url, new { date = "2099-01-01" })).ExpectProblemAsync(HttpStatusCode.BadRequest, "validation.failed"));
        await (await admin.PostJsonAsync($"/api/v1/contracts/{code}/milestones/9/payment", new { date = "2026-03-01" })).ExpectProblemAsync(HttpStatusCode.NotFound, "contracts.milestone_not_found");
        await (await admin.PostJsonAsync("/api/v1/contracts/no-such-contract/milestones/1/payment", new { date = "2026-03-01" })).ExpectProblemAsync(HttpStatusCode.NotFound, "contracts.not_found");
        var manager = await app.AsAsync("pm.zhang");
        Assert.Equal(HttpStatusCode.Forbidden, (await manager.PostJsonAsync(url, new { date = "2026-03-01" })).StatusCode);

        var contract = await (await admin.GetAsync($"/api/v1/contracts/{code}")).ExpectAsync(HttpStatusCode.OK);
        Assert.All(contract.GetProperty("milestones").EnumerateArray(), m => Assert.Equal(JsonValueKind.Null, m.GetProperty("paidOn").ValueKind));
    }

    [Fact]
    public async Task A_contract_whose_payments_do_not_add_up_or_miss_fields_is_refused_naming_every_bad_field()
    {
        var admin = await app.AdminAsync();
        var code = NewCode("bad");
        var body = Body(code, milestones:
        [
            new { name = "首付款", percent = 50m, amount = 7_000_000.00m, due = "workdays-after-signing", days = 10 },
            new { name = "尾款", amount = 1.00m, due = "someday" },
        ]);

        var fields = await (await admin.PostJsonAsync("/api/v1/contracts", body)).ExpectProblemAsync(HttpStatusCode.BadRequest, "validation.failed");
        Assert.Equal(["milestones[0].amount", "milestones[1].due"], fields.Order(StringComparer.Ordinal));

        body = Body(code, milestones: [new { name = "全款", amount = 15_000_000.00m, due = "date", dueOn = "2026-12-31" }]);
        Assert.Equal(["milestones"], await (await admin.PostJsonAsync("/api/v1/contracts", body)).ExpectProblemAsync(HttpStatusCode.BadRequest, "validation.failed"));

        fields = await (await admin.PostJsonAsync("/api/v1/contracts", new { code, amount = -1, start = "2026-05-01", end = "2026-04-01", centers = new[] { "nowhere" } })).ExpectProblemAsync(HttpStatusCode.BadRequest, "validation.failed");
        Assert.Equal(["amount", "bureau.name", "centers", "contractor.name", "end", "milestones", "name", "signedOn"], fields.Order(StringComparer.Ordinal));

        await (await admin.GetAsync($"/api/v1/contracts/{code}")).ExpectProblemAsync(HttpStatusCode.NotFound, "contracts.not_found");
        await (await admin.PostJsonAsync("/api/v1/contracts", Body("sjs-2026"))).ExpectProblemAsync(HttpStatusCode.Conflict, "contracts.exists");
    }

    [Fact]
    public async Task A_negative_vacancy_standard_is_refused_and_the_standard_stays_as_it_was()
    {
        var admin = await app.AdminAsync();
        var code = await CreateAsync(admin);
        var url = $"/api/v1/contracts/{code}/deduction-rules";

        Assert.Equal(["vacancyStandard"], await (await admin.PatchAsync(url, JsonContent(new { vacancyStandard = -1m }))).ExpectProblemAsync(HttpStatusCode.BadRequest, "validation.failed"));
        Assert.Equal(["severePercent", "vacancyStandard"], (await (await admin.PatchAsync(url, JsonContent(new { vacancyStandard = 1.005m, severePercent = 101m }))).ExpectProblemAsync(HttpStatusCode.BadRequest, "validation.failed")).Order(StringComparer.Ordinal));
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.AsAsync("pm.zhang")).PatchAsync(url, JsonContent(new { vacancyStandard = 1m }))).StatusCode);

        var rules = (await (await admin.GetAsync($"/api/v1/contracts/{code}")).ExpectAsync(HttpStatusCode.OK)).GetProperty("deductions");
        Assert.Equal("446.60", rules.GetProperty("vacancyStandard").GetString());
        Assert.Equal(0.3m, rules.GetProperty("severePercent").GetDecimal());

        var changed = await (await admin.PatchAsync(url, JsonContent(new { vacancyStandard = 500m, vacancyStandardBasis = "区财政批复 2026 年人员费用标准" }))).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal("500.00", changed.GetProperty("vacancyStandard").GetString());
        Assert.Equal(0.3m, changed.GetProperty("severePercent").GetDecimal());
    }

    [Fact]
    public async Task A_contract_is_seen_only_by_users_of_its_centers()
    {
        var admin = await app.AdminAsync();
        var code = await CreateAsync(admin, center: "sjs-lugu");
        var babaoshan = await app.AsAsync("babaoshan.wang");

        await (await babaoshan.GetAsync($"/api/v1/contracts/{code}")).ExpectProblemAsync(HttpStatusCode.NotFound, "contracts.not_found");
        await (await babaoshan.GetAsync($"/api/v1/contracts/{code}/deductions?month=2026-05")).ExpectProblemAsync(HttpStatusCode.NotFound, "contracts.not_found");
        var seen = (await (await babaoshan.GetAsync("/api/v1/contracts")).ExpectAsync(HttpStatusCode.OK)).EnumerateArray().Select(c => c.GetProperty("code").GetString()).ToList();
        Assert.DoesNotContain(code, seen);
        Assert.Contains("sjs-2026", seen);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.CreateClient().GetAsync("/api/v1/contracts")).StatusCode);
    }

    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    private static StringContent JsonContent(object body) => new(JsonSerializer.Serialize(body, Web), System.Text.Encoding.UTF8, "application/json");
}
