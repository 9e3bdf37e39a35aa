using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using OneWindow.ContractLedger.Data;
using OneWindow.SharedKernel.Api;
using OneWindow.SharedKernel.Security;

namespace OneWindow.ContractLedger.Features.GetContract;

/// <summary>One contract: parties, term, centers, deduction rules and the payments with their due dates and status.</summary>
internal static class GetContract
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/api/v1/contracts/{code}", async Task<Results<Ok<ContractView>, ProblemHttpResult>> (string code, ClaimsPrincipal user, ContractDesk desk, CancellationToken ct) =>
                (await HandleAsync(code, user, desk, ct)).ToOk())
            .RequireAuthorization(Policies.Staff)
            .WithTags("Contracts");

    public static async Task<Result<ContractView>> HandleAsync(string code, ClaimsPrincipal user, ContractDesk desk, CancellationToken ct)
    {
        var found = await desk.FindAsync(code, user, ct);
        if (!found.IsSuccess)
        {
            return found.Error!;
        }

        var contract = found.Value!;
        return ContractView.Of(contract, await desk.CalendarAsync(contract, ct), desk.Today);
    }
}
