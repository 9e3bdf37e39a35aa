using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using OneWindow.Organization.Contracts;
using OneWindow.Organization.Data;
using OneWindow.SharedKernel.Api;
using OneWindow.SharedKernel.Security;

namespace OneWindow.Organization.Features.ListCategories;

internal static class ListCategories
{
    public sealed record CategoryItem(string Code, string Name, string TicketPrefix);

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/api/v1/halls/{hall}/categories", async (string hall, ClaimsPrincipal user, IDataScope scopes, OrganizationDbContext db, CancellationToken ct) => (await HandleAsync(hall, db, await scopes.ForAsync(user, ct), ct)).ToOk())
            .RequireAuthorization(Policies.Staff)
            .WithTags("Organization");

    public static async Task<Result<IReadOnlyList<CategoryItem>>> HandleAsync(string hallCode, OrganizationDbContext db, CenterScope scope, CancellationToken ct)
    {
        var hall = await db.VisibleHallAsync(scope, hallCode, ct);
        if (!hall.IsSuccess)
        {
            return hall.Error!;
        }

        return await db.Categories.AsNoTracking().Where(c => c.HallId == hall.Value!.Id).OrderBy(c => c.Code)
            .Select(c => new CategoryItem(c.Code, c.Name, c.TicketPrefix)).ToListAsync(ct);
    }
}
