using System.Globalization;
using System.Net;
using OneWindow.Testing;

namespace OneWindow.ContractLedger.Tests.Integration;

/// <summary>The deduction of the Shijingshan contract against the real vacancy ledger of the Workforce module.</summary>
[Trait("Category", "Integration")]
public sealed class VacancyLedgerTests(DemoApp app) : IClassFixture<DemoApp>
{
    [Theory]
    [InlineData("2026-05")]
    [InlineData("2026-09")]
    public async Task A_months_vacancy_person_days_are_the_vacancy_ledgers_for_the_contracts_centers_at_the_standard(string month)
    {
        var admin = await app.ClientForAsync();

        var ledger = await (await admin.GetAsync($"/api/v1/workforce/vacancies?month={month}&center=sjs")).ExpectAsync(HttpStatusCode.OK);
        var deduction = await (await admin.GetAsync($"/api/v1/contracts/sjs-2026/deductions?month={month}")).ExpectAsync(HttpStatusCode.OK);

        var personDays = ledger.GetProperty("personDays").GetInt32();
        Assert.Equal(personDays, deduction.GetProperty("vacancyPersonDays").GetInt32());
        Assert.Equal((personDays * 446.60m).ToString("0.00", CultureInfo.InvariantCulture), deduction.GetProperty("vacancyAmount").GetString());
    }
}
