using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using OneWindow.Organization.Contracts;
using OneWindow.Organization.Data;
using OneWindow.SharedKernel.Security;

namespace OneWindow.Organization.Features.ListHalls;

internal static class ListHalls
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/api/v1/halls", async Task<Ok<IReadOnlyList<HallSummary>>> (ClaimsPrincipal user, IDataScope scopes, OrganizationDbContext db, CancellationToken ct) =>
                TypedResults.Ok(await HandleAsync(db, await scopes.ForAsync(user, ct), ct)))
            .RequireAuthorization(Policies.Staff)
            .WithTags("Organization");

    public static async Task<IReadOnlyList<HallSummary>> HandleAsync(OrganizationDbContext db, CenterScope scope, CancellationToken ct)
    {
        var halls = await db.Halls.AsNoTracking()
            .OrderBy(h => h.Center!.Path).ThenBy(h => h.Code)
            .Select(h => new HallSummary(h.Code, h.Name, h.Center!.Code))
            .ToListAsync(ct);
        return halls.Where(h => scope.Contains(h.CenterCode)).ToList();
    }
}
