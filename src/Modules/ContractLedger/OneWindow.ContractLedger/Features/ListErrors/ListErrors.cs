using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using OneWindow.ContractLedger.Data;
using OneWindow.ContractLedger.Domain;
using OneWindow.SharedKernel.Api;
using OneWindow.SharedKernel.Security;

namespace OneWindow.ContractLedger.Features.ListErrors;

/// <summary>The work errors of a contract, newest first, optionally of one status; approved ones with what they deduct after the cap.</summary>
internal static class ListErrors
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/api/v1/contracts/{code}/errors", async Task<Results<Ok<IReadOnlyList<ErrorView>>, ProblemHttpResult>> (string code, string? status, ClaimsPrincipal user, ContractDesk desk, CancellationToken ct) =>
                (await HandleAsync(code, status, user, desk, ct)).ToOk())
            .RequireAuthorization(Policies.Staff)
            .WithTags("Contracts");

    public static async Task<Result<IReadOnlyList<ErrorView>>> HandleAsync(string code, string? status, ClaimsPrincipal user, ContractDesk desk, CancellationToken ct)
    {
        ErrorStatus wanted = default;
        if (status is not null && !EnumParsing.TryParseWire(status, out wanted))
        {
            return Error.Invalid("status", $"must be one of {EnumParsing.Allowed<ErrorStatus>()}");
        }

        var found = await desk.FindAsync(code, user, ct);
        if (!found.IsSuccess)
        {
            return found.Error!;
        }

        var contract = found.Value!;
        var records = await desk.Db.Errors.AsNoTracking().Where(e => e.ContractId == contract.Id).ToListAsync(ct);
        var charges = DeductionMath.Charge(contract.ToTerms(), records.Where(e => e.Status == ErrorStatus.Approved).Select(e => new ApprovedError(e.Id, e.Date, e.Severity, e.RecordedAt)))
            .ToDictionary(c => c.Id);
        return records.Where(e => status is null || e.Status == wanted)
            .OrderByDescending(e => e.Date).ThenByDescending(e => e.RecordedAt)
            .Select(e => ErrorView.Of(e, charges.GetValueOrDefault(e.Id)))
            .ToList();
    }
}
