using System.Net;
using OneWindow.Testing;

namespace OneWindow.ContractLedger.Tests.Integration;

/// <summary>The Wushen scenario's contract: 5,680,000 paid 30/30/30/10% at 90/180/270/360 working days after signing.</summary>
[Trait("Category", "Integration")]
public sealed class WushenContractTests(WushenApp app) : IClassFixture<WushenApp>
{
    [Fact]
    public async Task The_wushen_contract_pays_in_four_parts_on_working_days_counted_by_the_banner_calendar()
    {
        var admin = await app.AdminAsync();

        var listed = Assert.Single((await (await admin.GetAsync("/api/v1/contracts")).ExpectAsync(HttpStatusCode.OK)).EnumerateArray());
        Assert.Equal("ws-2025", listed.GetProperty("code").GetString());
        Assert.Equal("5680000.00", listed.GetProperty("amount").GetString());
        Assert.Equal("2025-09-28", listed.GetProperty("start").GetString());
        Assert.Equal("2026-09-27", listed.GetProperty("end").GetString());

        var c = await (await admin.GetAsync("/api/v1/contracts/ws-2025")).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal("乌审旗政务服务与数据管理局", c.GetProperty("bureau").GetProperty("name").GetString());
        Assert.Equal("北京思源同创科技有限责任公司", c.GetProperty("contractor").GetProperty("name").GetString());
        Assert.Contains("ws-sulige-station", c.GetProperty("centers").EnumerateArray().Select(x => x.GetString()));
        var payments = c.GetProperty("milestones").EnumerateArray().ToList();
        Assert.Equal(["1704000.00", "1704000.00", "1704000.00", "568000.00"], payments.Select(p => p.GetProperty("amount").GetString()));
        Assert.Equal([30m, 30m, 30m, 10m], payments.Select(p => p.GetProperty("percent").GetDecimal()));
        Assert.Equal([90, 180, 270, 360], payments.Select(p => p.GetProperty("days").GetInt32()));
        // 1期 "合同签订后90个工作日内" counts working days; 2-4期 "合同执行后的第180/270/360日" count calendar days
        // (moved to the next working day when that day is off), so every payment falls within the one-year term.
        Assert.Equal(["workdays-after-signing", "days-after-signing", "days-after-signing", "days-after-signing"], payments.Select(p => p.GetProperty("due").GetString()));
        var first = await (await admin.GetAsync("/api/v1/calendar/deadline?start=2025-09-28&workdays=90&center=ws")).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal(first.GetProperty("deadline").GetString(), payments[0].GetProperty("dueDate").GetString());
        Assert.Equal(["2026-03-27", "2026-06-25", "2026-09-23"], payments.Skip(1).Select(p => p.GetProperty("dueDate").GetString()));

        var rules = c.GetProperty("deductions");
        Assert.Equal(10m, rules.GetProperty("confidentialityPercent").GetDecimal());
        Assert.Equal("568000.00", rules.GetProperty("confidentialityAmount").GetString());
        Assert.Equal(5m, rules.GetProperty("terminationPercent").GetDecimal());
        Assert.Equal("284000.00", rules.GetProperty("terminationAmount").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, rules.GetProperty("severePercent").ValueKind);
    }

    [Fact]
    public async Task An_approved_error_deducts_nothing_where_the_contract_has_no_error_clause()
    {
        var admin = await app.AdminAsync();
        var id = await Ledger.RecordAsync(admin, "ws-2025", "2026-03-10", "severe");
        var approved = await Ledger.ApproveAsync(admin, "ws-2025", id);

        Assert.Equal("0.00", approved.GetProperty("deduction").GetString());
        var march = await Ledger.MonthAsync(admin, "ws-2025", "2026-03");
        Assert.Equal("0.00", march.GetProperty("errorAmount").GetString());
        Assert.Equal("0.00", march.GetProperty("vacancyAmount").GetString());
        await (await admin.GetAsync("/api/v1/contracts/ws-2025/deductions?month=2026-10")).ExpectProblemAsync(HttpStatusCode.BadRequest, "contracts.month_outside_term");
    }
}
