using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using OneWindow.ContractLedger.Data;
using OneWindow.ContractLedger.Domain;
using OneWindow.SharedKernel.Api;
using OneWindow.SharedKernel.Security;

namespace OneWindow.ContractLedger.Features.GetDeductions;

/// <summary>
/// 扣减: one month of a contract (api.md), and the statement month by month from the start of the term. Vacancy
/// person-days come from the vacancy ledger; errors count once the bureau approved them.
/// </summary>
internal static class GetDeductions
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/contracts/{code}/deductions", async Task<Results<Ok<MonthView>, ProblemHttpResult>> (string code, string? month, ClaimsPrincipal user, ContractDesk desk, CancellationToken ct) =>
                (await MonthAsync(code, month, user, desk, ct)).ToOk())
            .RequireAuthorization(Policies.Staff)
            .WithTags("Contracts");
        app.MapGet("/api/v1/contracts/{code}/deduction-statement", async Task<Results<Ok<IReadOnlyList<MonthView>>, ProblemHttpResult>> (string code, string? through, ClaimsPrincipal user, ContractDesk desk, CancellationToken ct) =>
                (await StatementAsync(code, through, user, desk, ct)).ToOk())
            .RequireAuthorization(Policies.Staff)
            .WithTags("Contracts");
    }

    public static async Task<Result<MonthView>> MonthAsync(string code, string? month, ClaimsPrincipal user, ContractDesk desk, CancellationToken ct)
    {
        var statement = await MonthsAsync(code, month, "month", required: true, user, desk, ct);
        return statement.IsSuccess ? MonthView.Of(statement.Value![^1]) : statement.Error!;
    }

    /// <summary>Every month from the start of the term through <paramref name="through"/> (default: this month, kept inside the term).</summary>
    public static async Task<Result<IReadOnlyList<MonthView>>> StatementAsync(string code, string? through, ClaimsPrincipal user, ContractDesk desk, CancellationToken ct)
    {
        var statement = await MonthsAsync(code, through, "through", required: false, user, desk, ct);
        return statement.IsSuccess ? statement.Value!.Select(MonthView.Of).ToList() : statement.Error!;
    }

    public static async Task<Result<IReadOnlyList<MonthDeduction>>> MonthsAsync(string code, string? month, string field, bool required, ClaimsPrincipal user, ContractDesk desk, CancellationToken ct)
    {
        YearMonth last = default;
        if ((required || month is not null) && !YearMonth.TryParse(month, out last))
        {
            return Error.Invalid(field, "must be a month YYYY-MM");
        }

        var found = await desk.FindAsync(code, user, ct);
        if (!found.IsSuccess)
        {
            return found.Error!;
        }

        var contract = found.Value!;
        if (month is null)
        {
            last = desk.CurrentMonthWithin(contract);
        }
        else if (!contract.ToTerms().Covers(last))
        {
            return Error.Invalid(field, $"must be a month of the term {YearMonth.Of(contract.Start)} to {YearMonth.Of(contract.End)}", "contracts.month_outside_term");
        }

        return Result<IReadOnlyList<MonthDeduction>>.Ok(await desk.StatementAsync(contract, last, ct));
    }
}
