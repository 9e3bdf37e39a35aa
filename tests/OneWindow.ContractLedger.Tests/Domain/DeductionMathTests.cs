using OneWindow.ContractLedger.Domain;
using OneWindow.Workforce.Contracts;

namespace OneWindow.ContractLedger.Tests.Domain;

/// <summary>The arithmetic of 第十八条 and 第十九条 on the Shijingshan contract (total 15,631,000.00).</summary>
public sealed class DeductionMathTests
{
    private static readonly DateOnly Start = new(2026, 4, 2);
    private static readonly DateOnly End = new(2027, 4, 1);

    private static DeductionTerms Shijingshan(decimal? standard = 446.60m, decimal? cap = 1m) =>
        new(15_631_000.00m, Start, End, standard, 0.1m, 0.2m, 0.3m, 0.3m, cap);

    private static ApprovedError Error(int month, int day, ErrorSeverity severity, int minute = 0) =>
        new(Guid.NewGuid(), new DateOnly(2026, month, day), severity, new DateTimeOffset(2026, month, day, 9, minute, 0, TimeSpan.FromHours(8)));

    private static List<(YearMonth, int)> Months(int count, Func<int, int>? personDays = null) =>
        Enumerable.Range(0, count).Select(i => (new YearMonth(2026, 4).Plus(i), personDays?.Invoke(i) ?? 0)).ToList();

    [Fact]
    public void Each_degree_costs_its_percentage_of_the_total()
    {
        var charges = DeductionMath.Charge(Shijingshan(), [Error(5, 6, ErrorSeverity.General), Error(5, 7, ErrorSeverity.Major), Error(5, 8, ErrorSeverity.Severe)]);

        Assert.Equal([15_631.00m, 31_262.00m, 46_893.00m], charges.Select(c => c.Charged));
        Assert.All(charges, c => Assert.False(c.Capped));
    }

    [Fact]
    public void The_fourth_severe_error_is_cut_to_what_the_one_percent_cap_leaves_and_an_especially_severe_one_is_not_capped()
    {
        ApprovedError[] errors =
        [
            Error(5, 6, ErrorSeverity.Severe),
            Error(6, 3, ErrorSeverity.Severe),
            Error(6, 4, ErrorSeverity.Severe),
            Error(7, 1, ErrorSeverity.Severe),
            Error(7, 2, ErrorSeverity.EspeciallySevere),
            Error(8, 3, ErrorSeverity.General),
        ];

        var statement = DeductionMath.Statement(Shijingshan(standard: null), Months(5), errors);

        var may = statement[1];
        Assert.Equal(46_893.00m, may.ErrorAmount);
        Assert.False(may.CapApplied);
        var june = statement[2];
        Assert.Equal(93_786.00m, june.ErrorAmount);
        Assert.False(june.CapApplied);

        // 15,631,000 x 1% - 3 x 46,893 = 15,631.00 for the fourth severe error, plus 46,893.00 uncapped.
        var july = statement[3];
        Assert.Equal(15_631.00m + 46_893.00m, july.ErrorAmount);
        Assert.True(july.CapApplied);
        var fourth = july.Errors.Single(e => e.Severity == ErrorSeverity.Severe);
        Assert.Equal(46_893.00m, fourth.Raw);
        Assert.Equal(15_631.00m, fourth.Charged);
        Assert.Equal(46_893.00m, july.Errors.Single(e => e.Severity == ErrorSeverity.EspeciallySevere).Charged);

        // The cap is used up: a later general error costs nothing, and its month says the cap cut it.
        var august = statement[4];
        Assert.Equal(0m, august.ErrorAmount);
        Assert.True(august.CapApplied);
        Assert.Equal(156_310.00m + 46_893.00m, august.CumulativeTotal);
    }

    [Fact]
    public void Without_a_cap_every_error_costs_its_full_percentage()
    {
        var errors = Enumerable.Range(1, 5).Select(d => Error(5, d, ErrorSeverity.Severe)).ToList();

        var month = DeductionMath.Statement(Shijingshan(cap: null), Months(2), errors)[1];

        Assert.Equal(5 * 46_893.00m, month.ErrorAmount);
        Assert.False(month.CapApplied);
    }

    [Fact]
    public void The_cap_is_used_in_the_order_the_errors_happened_not_the_order_they_were_approved()
    {
        // Approved last but dated first: it is charged in full and the latest error bears the cut.
        ApprovedError[] errors =
        [
            Error(6, 10, ErrorSeverity.Severe),
            Error(6, 11, ErrorSeverity.Severe),
            Error(6, 12, ErrorSeverity.Severe),
            Error(6, 13, ErrorSeverity.Major),
            Error(5, 20, ErrorSeverity.Severe),
        ];

        var charges = DeductionMath.Charge(Shijingshan(), errors);

        Assert.Equal(new DateOnly(2026, 5, 20), charges[0].Date);
        Assert.Equal([46_893.00m, 46_893.00m, 46_893.00m, 15_631.00m, 0m], charges.Select(c => c.Charged));
        Assert.Equal(ErrorSeverity.Major, charges[^1].Severity);
    }

    [Fact]
    public void Vacancy_is_person_days_times_the_standard_rounded_to_the_fen_half_away_from_zero()
    {
        // 3 x 333.335 = 1000.005 -> 1000.01 (banker's rounding would give 1000.00).
        var terms = Shijingshan(standard: 333.335m);
        Assert.Equal(1000.01m, DeductionMath.VacancyAmount(terms, 3));
        Assert.Equal(0m, DeductionMath.VacancyAmount(terms, 0));
        Assert.Equal(0m, DeductionMath.VacancyAmount(Shijingshan(standard: null), 12));
        Assert.Equal(5_359.20m, DeductionMath.VacancyAmount(Shijingshan(), 12));
    }

    [Fact]
    public void An_error_percentage_is_rounded_to_the_fen_half_away_from_zero()
    {
        // 0.1% of 1,234,565.00 = 1234.565 -> 1234.57.
        var terms = new DeductionTerms(1_234_565.00m, Start, End, null, 0.1m, 0.2m, 0.3m, 0.3m, 1m);
        Assert.Equal(1_234.57m, DeductionMath.Charge(terms, [Error(5, 6, ErrorSeverity.General)]).Single().Charged);
        Assert.Equal("1234.57", Money.Text(1_234.565m));
        Assert.Equal("0.00", Money.Text(0m));
        Assert.Equal("1234.50", Money.Text(1_234.5m));
        Assert.Equal("-0.01", Money.Text(-0.005m));
    }

    [Fact]
    public void Totals_add_vacancy_and_errors_and_the_cumulative_total_runs_from_the_start_of_the_term()
    {
        var statement = DeductionMath.Statement(Shijingshan(), Months(3, i => i + 1), [Error(5, 6, ErrorSeverity.General)]);

        Assert.Equal(["2026-04", "2026-05", "2026-06"], statement.Select(m => m.Month.ToString()));
        Assert.Equal([1, 2, 3], statement.Select(m => m.VacancyPersonDays));
        Assert.Equal([446.60m, 893.20m, 1_339.80m], statement.Select(m => m.VacancyAmount));
        Assert.Equal([446.60m, 893.20m + 15_631.00m, 1_339.80m], statement.Select(m => m.Total));
        Assert.Equal([446.60m, 16_970.80m, 18_310.60m], statement.Select(m => m.CumulativeTotal));
    }

    [Fact]
    public void A_degree_the_contract_has_no_percentage_for_costs_nothing()
    {
        var terms = new DeductionTerms(5_680_000m, new DateOnly(2025, 9, 28), new DateOnly(2026, 9, 27), null, null, null, null, null, null);

        var charge = DeductionMath.Charge(terms, [new ApprovedError(Guid.NewGuid(), new DateOnly(2025, 11, 3), ErrorSeverity.Severe, DateTimeOffset.UnixEpoch)]).Single();

        Assert.Equal(0m, charge.Charged);
        Assert.False(charge.Capped);
    }

    [Fact]
    public void A_statement_must_start_at_the_first_month_of_the_term_without_gaps()
    {
        Assert.Throws<ArgumentException>(() => DeductionMath.Statement(Shijingshan(), [(new YearMonth(2026, 5), 0)], []));
        Assert.Throws<ArgumentException>(() => DeductionMath.Statement(Shijingshan(), [(new YearMonth(2026, 4), 0), (new YearMonth(2026, 6), 0)], []));
    }

    [Fact]
    public void The_first_and_last_months_count_only_their_vacancies_inside_the_term()
    {
        VacancyDay Day(int month, int day, int personDays) => new(new DateOnly(month > 12 ? 2027 : 2026, month > 12 ? month - 12 : month, day), "sjs", "p1", "综合窗口", personDays);

        var april = new VacancyMonth(2026, 4, 5, [Day(4, 1, 2), Day(4, 2, 1), Day(4, 20, 2)]);
        Assert.Equal(3, DeductionMath.PersonDaysWithin(april, Start, End));

        // A whole month inside the term: the ledger's sum as it is.
        var may = new VacancyMonth(2026, 5, 4, [Day(5, 6, 4)]);
        Assert.Equal(4, DeductionMath.PersonDaysWithin(may, Start, End));

        var lastApril = new VacancyMonth(2027, 4, 3, [Day(16, 1, 1), Day(16, 2, 2)]);
        Assert.Equal(1, DeductionMath.PersonDaysWithin(lastApril, Start, End));
    }

    [Theory]
    [InlineData("2026-04", true)]
    [InlineData("2026-12", true)]
    [InlineData("2026-13", false)]
    [InlineData("2026-00", false)]
    [InlineData("2026-4", false)]
    [InlineData("2026/04", false)]
    [InlineData("26-04-01", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    [InlineData("２０２６-04", false)]
    public void A_month_is_exactly_yyyy_mm(string? text, bool valid)
    {
        Assert.Equal(valid, YearMonth.TryParse(text, out var month));
        if (valid)
        {
            Assert.Equal(text, month.ToString());
        }
    }
}

internal static class YearMonthSteps
{
    public static YearMonth Plus(this YearMonth month, int count)
    {
        for (var i = 0; i < count; i++)
        {
            month = month.Next;
        }

        return month;
    }
}
