using OneWindow.Workforce.Contracts;

namespace OneWindow.ContractLedger.Domain;

/// <summary>What the arithmetic needs of a contract: its total, term and deduction rules.</summary>
internal sealed record DeductionTerms(
    decimal Amount,
    DateOnly Start,
    DateOnly End,
    decimal? VacancyStandard,
    decimal? GeneralPercent,
    decimal? MajorPercent,
    decimal? SeverePercent,
    decimal? EspeciallySeverePercent,
    decimal? ErrorCapPercent)
{
    public YearMonth FirstMonth => YearMonth.Of(Start);

    public YearMonth LastMonth => YearMonth.Of(End);

    public bool Covers(YearMonth month) => month >= FirstMonth && month <= LastMonth;

    public decimal? PercentFor(ErrorSeverity severity) => severity switch
    {
        ErrorSeverity.General => GeneralPercent,
        ErrorSeverity.Major => MajorPercent,
        ErrorSeverity.Severe => SeverePercent,
        ErrorSeverity.EspeciallySevere => EspeciallySeverePercent,
        _ => null,
    };

    /// <summary>"原则上扣减累计不超过本合同总额的 1%，但……特别严重的情况除外": every degree but especially severe counts toward the cap.</summary>
    public static bool IsCapped(ErrorSeverity severity) => severity != ErrorSeverity.EspeciallySevere;

    /// <summary>The cap in yuan, or null when the contract sets none.</summary>
    public decimal? CapAmount => ErrorCapPercent is { } cap ? Money.Percent(Amount, cap) : null;
}

/// <summary>An approved work error as the arithmetic sees it.</summary>
internal sealed record ApprovedError(Guid Id, DateOnly Date, ErrorSeverity Severity, DateTimeOffset RecordedAt);

/// <summary>What one approved error costs: its percentage of the total (<see cref="Raw"/>) and what the cap leaves of it.</summary>
internal sealed record ErrorCharge(Guid Id, DateOnly Date, ErrorSeverity Severity, decimal Raw, decimal Charged)
{
    public bool Capped => Charged < Raw;
}

/// <summary>One month of a contract's deductions, and the running total from the start of the term.</summary>
internal sealed record MonthDeduction(
    YearMonth Month,
    int VacancyPersonDays,
    decimal VacancyAmount,
    decimal ErrorAmount,
    bool CapApplied,
    decimal Total,
    decimal CumulativeTotal,
    IReadOnlyList<ErrorCharge> Errors);

/// <summary>
/// The deduction arithmetic (第十八条, 第十九条), in decimal yuan, each line rounded to the fen half away from zero:
/// vacancy = person-days × the standard; a work error = its degree's percentage of the total; the capped degrees
/// together never exceed the cap over the whole term, taken in the order the errors happened (date, then the
/// moment recorded), so the error that crosses the cap is cut to what is left and later ones cost nothing.
/// </summary>
internal static class DeductionMath
{
    public static decimal VacancyAmount(DeductionTerms terms, int personDays) =>
        terms.VacancyStandard is { } standard ? Money.Fen(personDays * standard) : 0m;

    /// <summary>Every approved error of the term with what it costs, in the order the cap consumes them.</summary>
    public static IReadOnlyList<ErrorCharge> Charge(DeductionTerms terms, IEnumerable<ApprovedError> approved)
    {
        var cap = terms.CapAmount;
        var used = 0m;
        var charges = new List<ErrorCharge>();
        foreach (var error in approved.OrderBy(e => e.Date).ThenBy(e => e.RecordedAt).ThenBy(e => e.Id))
        {
            var raw = terms.PercentFor(error.Severity) is { } percent ? Money.Percent(terms.Amount, percent) : 0m;
            var charged = raw;
            if (DeductionTerms.IsCapped(error.Severity) && cap is { } limit)
            {
                charged = Math.Min(raw, Math.Max(0m, limit - used));
                used += charged;
            }

            charges.Add(new ErrorCharge(error.Id, error.Date, error.Severity, raw, charged));
        }

        return charges;
    }

    /// <summary>
    /// The months from the first month of the term through the last one given, each with its vacancy person-days.
    /// Errors are charged over the whole term (a later month's cap depends on earlier months).
    /// </summary>
    public static IReadOnlyList<MonthDeduction> Statement(DeductionTerms terms, IReadOnlyList<(YearMonth Month, int PersonDays)> months, IEnumerable<ApprovedError> approved)
    {
        ArgumentNullException.ThrowIfNull(months);
        var expected = terms.FirstMonth;
        foreach (var (month, _) in months)
        {
            if (month != expected || !terms.Covers(month))
            {
                throw new ArgumentException($"Months must run from {terms.FirstMonth} without gaps inside the term; got {month} where {expected} was expected.", nameof(months));
            }

            expected = expected.Next;
        }

        var byMonth = Charge(terms, approved).ToLookup(c => YearMonth.Of(c.Date));
        var cumulative = 0m;
        var statement = new List<MonthDeduction>(months.Count);
        foreach (var (month, personDays) in months)
        {
            var vacancy = VacancyAmount(terms, personDays);
            var errors = byMonth[month].ToList();
            var errorAmount = errors.Sum(e => e.Charged);
            var total = vacancy + errorAmount;
            cumulative += total;
            statement.Add(new MonthDeduction(month, personDays, vacancy, errorAmount, errors.Any(e => e.Capped), total, cumulative, errors));
        }

        return statement;
    }

    /// <summary>A month's vacancy person-days inside the term: the first and last months count only their days in it.</summary>
    public static int PersonDaysWithin(VacancyMonth month, DateOnly start, DateOnly end)
    {
        ArgumentNullException.ThrowIfNull(month);
        var ym = new YearMonth(month.Year, month.Month);
        return ym.First >= start && ym.Last <= end
            ? month.PersonDays
            : month.Days.Where(d => d.Date >= start && d.Date <= end).Sum(d => d.PersonDays);
    }
}
