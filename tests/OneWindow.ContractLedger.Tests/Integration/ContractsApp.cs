using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using OneWindow.Testing;
using OneWindow.Workforce.Contracts;

namespace OneWindow.ContractLedger.Tests.Integration;

/// <summary>
/// The Shijingshan demo with a vacancy ledger the test writes (so a month's person-days are known exactly), a small
/// evidence size limit, and one signed-in client per demo user.
/// </summary>
public class ContractsApp : AppFactory
{
    /// <summary>The test classes that share one Shijingshan app (each creates its own contracts).</summary>
    public const string Collection = "contracts";

    public const int MaxEvidenceBytes = 64 * 1024;
    private readonly ConcurrentDictionary<string, Lazy<Task<HttpClient>>> _clients = new(StringComparer.Ordinal);

    public ContractsApp()
        : this("shijingshan")
    {
    }

    protected ContractsApp(string scenario)
        : base(scenario: scenario, settings: new Dictionary<string, string?> { ["OneWindow:ContractLedger:MaxEvidenceBytes"] = MaxEvidenceBytes.ToString(System.Globalization.CultureInfo.InvariantCulture) })
    {
    }

    public ScriptedVacancies Vacancies { get; } = new();

    /// <summary>admin: every role (the bureau included), every center.</summary>
    public Task<HttpClient> AdminAsync() => AsAsync("admin");

    public Task<HttpClient> AsAsync(string userName) =>
        _clients.GetOrAdd(userName, u => new Lazy<Task<HttpClient>>(() => ClientForAsync(u))).Value;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.RemoveAll<IVacancyLedger>().AddSingleton<IVacancyLedger>(Vacancies));
    }
}

[CollectionDefinition(ContractsApp.Collection)]
public sealed class ContractsCollection : ICollectionFixture<ContractsApp>;

/// <summary>The Wushen demo.</summary>
public sealed class WushenApp() : ContractsApp("wushen");

/// <summary>A vacancy ledger whose days the test sets per first center code and month.</summary>
public sealed class ScriptedVacancies : IVacancyLedger
{
    private readonly ConcurrentDictionary<(string Center, int Year, int Month), VacancyDay[]> _days = new();

    public void Set(string center, int year, int month, params VacancyDay[] days) => _days[(center, year, month)] = days;

    public Task<VacancyMonth> MonthAsync(IReadOnlyCollection<string> centerCodes, int year, int month, CancellationToken cancellationToken = default)
    {
        var days = centerCodes.SelectMany(c => _days.GetValueOrDefault((c, year, month)) ?? []).ToList();
        return Task.FromResult(new VacancyMonth(year, month, days.Sum(d => d.PersonDays), days));
    }
}

/// <summary>Creating throwaway contracts and reading them back.</summary>
internal static class Ledger
{
    private static int _next;

    public static string NewCode(string prefix) => $"{prefix}-{Interlocked.Increment(ref _next)}-{Guid.NewGuid().ToString("N")[..6]}";

    /// <summary>A contract like Shijingshan's (15,631,000.00; 0.1/0.2/0.3% with a 1% cap) over the whole of 2026, covering one street.</summary>
    public static object Body(string code, string center = "sjs-lugu", object? deductions = null, object[]? milestones = null, string start = "2026-01-01", string end = "2026-12-31") => new
    {
        code,
        name = "测试合同 " + code,
        signedOn = start,
        start,
        end,
        amount = 15_631_000.00m,
        bureau = new { name = "北京市石景山区政务服务和数据管理局", phone = "（010）81928816" },
        contractor = new { name = "北京新广视通科技集团有限责任公司" },
        centers = new[] { center },
        milestones = milestones ?? new object[]
        {
            new { name = "首付款", percent = 50m, due = "workdays-after-signing", days = 10 },
            new { name = "半年款", amount = 3_903_237.00m, due = "condition", condition = "半年总结报告审核通过", deadline = "2026-07-15" },
            new { name = "尾款", amount = 3_912_263.00m, due = "date", dueOn = end },
        },
        deductions = deductions ?? new { vacancyStandard = 446.60m, generalPercent = 0.1m, majorPercent = 0.2m, severePercent = 0.3m, especiallySeverePercent = 0.3m, errorCapPercent = 1m, confidentialityPercent = 1m },
    };

    public static async Task<string> CreateAsync(HttpClient admin, string prefix = "t", string center = "sjs-lugu", object? deductions = null)
    {
        var code = NewCode(prefix);
        await (await admin.PostJsonAsync("/api/v1/contracts", Body(code, center, deductions))).ExpectAsync(HttpStatusCode.Created);
        return code;
    }

    public static async Task<Guid> RecordAsync(HttpClient client, string code, string date, string severity, string description = "窗口人员未一次性告知材料，群众多次跑腿并现场投诉")
    {
        var body = await (await client.PostJsonAsync($"/api/v1/contracts/{code}/errors", new { date, severity, description, evidence = "现场投诉登记表" })).ExpectAsync(HttpStatusCode.Created);
        Assert.Equal("recorded", body.GetProperty("status").GetString());
        return body.GetProperty("id").GetGuid();
    }

    public static async Task<JsonElement> ApproveAsync(HttpClient client, string code, Guid id) =>
        await (await client.PostJsonAsync($"/api/v1/contracts/{code}/errors/{id}/approve", new { note = "经核实属实" })).ExpectAsync(HttpStatusCode.OK);

    public static async Task<JsonElement> MonthAsync(HttpClient client, string code, string month) =>
        await (await client.GetAsync($"/api/v1/contracts/{code}/deductions?month={month}")).ExpectAsync(HttpStatusCode.OK);

    public static async Task<IReadOnlyList<JsonElement>> ErrorsAsync(HttpClient client, string code) =>
        (await (await client.GetAsync($"/api/v1/contracts/{code}/errors")).ExpectAsync(HttpStatusCode.OK)).EnumerateArray().ToList();
}
