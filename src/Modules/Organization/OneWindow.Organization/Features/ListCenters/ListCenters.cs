using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using OneWindow.Organization.Contracts;
using OneWindow.Organization.Data;
using OneWindow.SharedKernel.Security;

namespace OneWindow.Organization.Features.ListCenters;

/// <summary>The center tree as the user may see it: each visible center whose parent is hidden becomes a root.</summary>
internal static class ListCenters
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/api/v1/org/centers", async Task<Ok<IReadOnlyList<CenterNode>>> (ClaimsPrincipal user, IDataScope scopes, OrganizationDbContext db, CancellationToken ct) =>
                TypedResults.Ok(await HandleAsync(db, await scopes.ForAsync(user, ct), ct)))
            .RequireAuthorization(Policies.Staff)
            .WithTags("Organization");

    public static async Task<IReadOnlyList<CenterNode>> HandleAsync(OrganizationDbContext db, CenterScope scope, CancellationToken ct)
    {
        var all = await db.Centers.AsNoTracking().OrderBy(c => c.Path).ToListAsync(ct);
        var byId = all.ToDictionary(c => c.Id);
        var visible = all.Where(c => scope.Contains(c.Code)).ToList();
        var children = visible.Where(c => c.ParentId is not null).ToLookup(c => c.ParentId!.Value);

        CenterNode Build(Domain.Center c) => new(
            c.Code,
            c.Name,
            c.Level.Wire(),
            c.ParentId is { } p ? byId[p].Code : null,
            c.Address,
            children[c.Id].Select(Build).ToList());

        return visible
            .Where(c => c.ParentId is null || !scope.Contains(byId[c.ParentId.Value].Code))
            .Select(Build)
            .ToList();
    }
}
