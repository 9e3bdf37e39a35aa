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

namespace OneWindow.Organization.Features.ListWindows;

internal static class ListWindows
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/api/v1/halls/{hall}/windows", async (string hall, ClaimsPrincipal user, IDataScope scopes, OrganizationDbContext db, CancellationToken ct) => (await HandleAsync(hall, db, await scopes.ForAsync(user, ct), ct)).ToOk())
            .RequireAuthorization(Policies.Staff)
            .WithTags("Organization");

    public static async Task<Result<IReadOnlyList<WindowSummary>>> HandleAsync(string hallCode, OrganizationDbContext db, CenterScope scope, CancellationToken ct)
    {
        var hall = await db.VisibleHallAsync(scope, hallCode, ct);
        if (!hall.IsSuccess)
        {
            return hall.Error!;
        }

        var windows = await db.Windows.AsNoTracking().Where(w => w.HallId == hall.Value!.Id).ToListAsync(ct);
        return windows
            .OrderBy(w => w.Code.Length).ThenBy(w => w.Code, StringComparer.Ordinal)
            .Select(w => new WindowSummary(w.Code, w.Name, w.Kind.Wire(), w.Status.Wire(), w.Categories))
            .ToList();
    }
}
