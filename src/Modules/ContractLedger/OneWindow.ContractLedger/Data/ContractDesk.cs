using System.Globalization;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using OneWindow.Calendar.Contracts;
using OneWindow.ContractLedger.Domain;
using OneWindow.Organization.Contracts;
using OneWindow.SharedKernel.Api;
using OneWindow.SharedKernel.Time;
using OneWindow.Workforce.Contracts;

namespace OneWindow.ContractLedger.Data;

/// <summary>What the contract use cases share: the database, the clock, who may see which contract, calendars, vacancies.</summary>
internal sealed class ContractDesk(
    ContractLedgerDbContext db,
    IDataScope scopes,
    ICalendarProvider calendars,
    IVacancyLedger vacancies,
    EvidenceStore evidence,
    TimeProvider clock)
{
    public ContractLedgerDbContext Db => db;

    public EvidenceStore Evidence => evidence;

    public IVacancyLedger Vacancies => vacancies;

    public DateTimeOffset Now => clock.GetUtcNow();

    /// <summary>Today in Beijing.</summary>
    public DateOnly Today => ChinaTime.Today(clock);

    public static string Actor(ClaimsPrincipal user) => user.Identity?.Name ?? "unknown";

    public static Error NotFound(string? code) => Error.NotFound("contracts.not_found", $"There is no contract '{code}'.");

    /// <summary>A contract is visible to whoever may see one of its centers.</summary>
    public static bool Visible(ServiceContract contract, CenterScope scope) =>
        scope.IsEverything || contract.Centers.Any(scope.Contains);

    public Task<CenterScope> ScopeAsync(ClaimsPrincipal user, CancellationToken ct) => scopes.ForAsync(user, ct);

    /// <summary>The contract with its payments, or 404 when it does not exist or lies outside the user's centers.</summary>
    public async Task<Result<ServiceContract>> FindAsync(string? code, ClaimsPrincipal user, CancellationToken ct, bool tracked = false)
    {
        if (string.IsNullOrWhiteSpace(code) || code.Length > 64)
        {
            return NotFound(code);
        }

        var query = db.Contracts.Include(c => c.Milestones).Where(c => c.Code == code);
        var contract = await (tracked ? query : query.AsNoTracking()).FirstOrDefaultAsync(ct);
        if (contract is null || !Visible(contract, await ScopeAsync(user, ct)))
        {
            return NotFound(code);
        }

        contract.Milestones.Sort((a, b) => a.Seq.CompareTo(b.Seq));
        return contract;
    }

    public Task<WorkCalendar> CalendarAsync(ServiceContract contract, CancellationToken ct) => calendars.ForCenterAsync(contract.CalendarCenter, ct);

    /// <summary>The approved errors of a contract, as the arithmetic takes them.</summary>
    public async Task<IReadOnlyList<ApprovedError>> ApprovedErrorsAsync(Guid contractId, CancellationToken ct) =>
        await db.Errors.AsNoTracking()
            .Where(e => e.ContractId == contractId && e.Status == ErrorStatus.Approved)
            .Select(e => new ApprovedError(e.Id, e.Date, e.Severity, e.RecordedAt))
            .ToListAsync(ct);

    /// <summary>The deduction statement from the first month of the term through <paramref name="last"/>.</summary>
    public async Task<IReadOnlyList<MonthDeduction>> StatementAsync(ServiceContract contract, YearMonth last, CancellationToken ct) =>
        await BuildStatementAsync(contract.ToTerms(), contract.Centers, await ApprovedErrorsAsync(contract.Id, ct), vacancies, last, ct);

    /// <summary>Asks the vacancy ledger month by month (the first and last months only for their days inside the term).</summary>
    public static async Task<IReadOnlyList<MonthDeduction>> BuildStatementAsync(DeductionTerms terms, IReadOnlyCollection<string> centers, IReadOnlyList<ApprovedError> approved, IVacancyLedger ledger, YearMonth last, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(terms);
        ArgumentNullException.ThrowIfNull(ledger);
        var months = new List<(YearMonth, int)>();
        for (var month = terms.FirstMonth; month <= last && terms.Covers(month); month = month.Next)
        {
            var vacancy = await ledger.MonthAsync(centers, month.Year, month.Month, ct);
            months.Add((month, DeductionMath.PersonDaysWithin(vacancy, terms.Start, terms.End)));
        }

        return DeductionMath.Statement(terms, months, approved);
    }

    /// <summary>The last month worth showing: this month, kept inside the term.</summary>
    public YearMonth CurrentMonthWithin(ServiceContract contract)
    {
        var today = YearMonth.Of(Today);
        var first = YearMonth.Of(contract.Start);
        var last = YearMonth.Of(contract.End);
        return today < first ? first : today > last ? last : today;
    }

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string? Date(DateOnly? date) => date is { } d ? Date(d) : null;

    /// <summary>Exactly YYYY-MM-DD and a real date.</summary>
    public static bool TryDate(string? text, out DateOnly date) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
}
