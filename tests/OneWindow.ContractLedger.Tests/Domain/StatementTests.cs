using OneWindow.ContractLedger.Data;
using OneWindow.ContractLedger.Domain;
using OneWindow.Workforce.Contracts;

namespace OneWindow.ContractLedger.Tests.Domain;

/// <summary>The statement as the desk builds it: the vacancy ledger asked month by month for the contract's centers.</summary>
public sealed class StatementTests
{
    private static readonly DeductionTerms Terms = new(15_631_000.00m, new DateOnly(2026, 4, 2), new DateOnly(2027, 4, 1), 446.60m, 0.1m, 0.2m, 0.3m, 0.3m, 1m);
    private static readonly string[] Centers = ["sjs", "sjs-lugu"];

    [Fact]
    public async Task Vacancy_person_days_come_from_the_ledger_for_the_contracts_centers_and_cost_the_standard_each()
    {
        var ledger = new FakeLedger();
        ledger.Set(2026, 5, new VacancyDay(new DateOnly(2026, 5, 6), "sjs", "sjs-zhck-01", "综合窗口", 1), new VacancyDay(new DateOnly(2026, 5, 7), "sjs-lugu", "lugu-zhck-01", "综合窗口", 2));
        ledger.Set(2026, 6, new VacancyDay(new DateOnly(2026, 6, 1), "sjs", "sjs-zhck-02", "综合窗口", 1));

        var statement = await ContractDesk.BuildStatementAsync(Terms, Centers, [], ledger, new YearMonth(2026, 6), default);

        Assert.Equal(3, statement.Count);
        Assert.Equal([0, 3, 1], statement.Select(m => m.VacancyPersonDays));
        Assert.Equal([0m, 1_339.80m, 446.60m], statement.Select(m => m.VacancyAmount));
        Assert.Equal(1_786.40m, statement[^1].CumulativeTotal);
        Assert.Equal([(2026, 4), (2026, 5), (2026, 6)], ledger.Asked.Select(a => (a.Year, a.Month)));
        Assert.All(ledger.Asked, a => Assert.Equal(Centers, a.Centers));
    }

    [Fact]
    public async Task Vacancies_before_the_term_began_are_not_deducted()
    {
        var ledger = new FakeLedger();
        ledger.Set(2026, 4, new VacancyDay(new DateOnly(2026, 4, 1), "sjs", "sjs-zhck-01", "综合窗口", 5), new VacancyDay(new DateOnly(2026, 4, 2), "sjs", "sjs-zhck-01", "综合窗口", 1));

        var april = Assert.Single(await ContractDesk.BuildStatementAsync(Terms, Centers, [], ledger, new YearMonth(2026, 4), default));

        Assert.Equal(1, april.VacancyPersonDays);
        Assert.Equal(446.60m, april.VacancyAmount);
    }

    [Fact]
    public async Task Vacancies_and_approved_errors_add_up_in_the_month_and_the_running_total()
    {
        var ledger = new FakeLedger();
        ledger.Set(2026, 7, new VacancyDay(new DateOnly(2026, 7, 8), "sjs", "sjs-zhck-01", "综合窗口", 2));
        ApprovedError[] errors = [new(Guid.NewGuid(), new DateOnly(2026, 7, 9), ErrorSeverity.Severe, DateTimeOffset.UnixEpoch)];

        var july = (await ContractDesk.BuildStatementAsync(Terms, Centers, errors, ledger, new YearMonth(2026, 7), default))[^1];

        Assert.Equal(893.20m, july.VacancyAmount);
        Assert.Equal(46_893.00m, july.ErrorAmount);
        Assert.Equal(47_786.20m, july.Total);
        Assert.Equal(47_786.20m, july.CumulativeTotal);
    }

    private sealed class FakeLedger : IVacancyLedger
    {
        private readonly Dictionary<(int, int), List<VacancyDay>> _days = [];

        public List<(IReadOnlyCollection<string> Centers, int Year, int Month)> Asked { get; } = [];

        public void Set(int year, int month, params VacancyDay[] days) => _days[(year, month)] = [.. days];

        public Task<VacancyMonth> MonthAsync(IReadOnlyCollection<string> centerCodes, int year, int month, CancellationToken cancellationToken = default)
        {
            Asked.Add((centerCodes, year, month));
            var days = _days.GetValueOrDefault((year, month)) ?? [];
            return Task.FromResult(new VacancyMonth(year, month, days.Sum(d => d.PersonDays), days));
        }
    }
}
