using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using OneWindow.ContractLedger.Contracts;
using OneWindow.ContractLedger.Data;
using OneWindow.SharedKernel.Api;
using OneWindow.SharedKernel.Security;

namespace OneWindow.ContractLedger.Features.UpdateDeductionRules;

/// <summary>
/// 设置扣减标准: the bureau sets the vacancy standard per person-day (e.g. the district's approved per-person cost,
/// 第十八条) and the percentages. Only the fields given change. Deductions are worked out when asked, so every month of
/// the term follows the new rules.
/// </summary>
internal static class UpdateDeductionRules
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapPatch("/api/v1/contracts/{code}/deduction-rules", async Task<Results<Ok<RulesView>, ProblemHttpResult>> (string code, DeductionRulesInput request, ClaimsPrincipal user, ContractDesk desk, CancellationToken ct) =>
                (await HandleAsync(code, request, user, desk, ct)).ToOk())
            .RequireAuthorization(Policies.ContractBureau)
            .WithTags("Contracts");

    public static async Task<Result<RulesView>> HandleAsync(string code, DeductionRulesInput request, ClaimsPrincipal user, ContractDesk desk, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var v = new Validation();
        CreateContract.CreateContract.Rules(v, request, string.Empty);
        if (!v.IsValid)
        {
            return Error.Invalid(v);
        }

        var found = await desk.FindAsync(code, user, ct, tracked: true);
        if (!found.IsSuccess)
        {
            return found.Error!;
        }

        var contract = found.Value!;
        CreateContract.CreateContract.Apply(contract, request);
        contract.Revision++;
        try
        {
            await desk.Db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Error.Conflict("contracts.changed", "The rules were changed by someone else at the same moment; reload and try again.");
        }

        return RulesView.Of(contract);
    }
}
