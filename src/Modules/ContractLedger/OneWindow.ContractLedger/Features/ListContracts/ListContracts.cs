using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using OneWindow.ContractLedger.Data;
using OneWindow.SharedKernel.Security;

namespace OneWindow.ContractLedger.Features.ListContracts;

/// <summary>合同列表: the contracts covering any of the user's centers, by start date.</summary>
internal static class ListContracts
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/api/v1/contracts", async Task<Ok<IReadOnlyList<ContractListItem>>> (ClaimsPrincipal user, ContractDesk desk, CancellationToken ct) =>
                TypedResults.Ok(await HandleAsync(user, desk, ct)))
            .RequireAuthorization(Policies.Staff)
            .WithTags("Contracts");

    public static async Task<IReadOnlyList<ContractListItem>> HandleAsync(ClaimsPrincipal user, ContractDesk desk, CancellationToken ct)
    {
        var scope = await desk.ScopeAsync(user, ct);
        var contracts = await desk.Db.Contracts.AsNoTracking().ToListAsync(ct);
        return contracts.Where(c => ContractDesk.Visible(c, scope))
            .OrderBy(c => c.Start).ThenBy(c => c.Code, StringComparer.Ordinal)
            .Select(ContractListItem.Of)
            .ToList();
    }
}
