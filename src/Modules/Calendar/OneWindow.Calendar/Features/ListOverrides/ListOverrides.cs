using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using OneWindow.Calendar.Data;
using OneWindow.Organization.Contracts;
using OneWindow.SharedKernel.Security;
using Response = OneWindow.Calendar.Features.AddOverride.AddOverride.Response;

namespace OneWindow.Calendar.Features.ListOverrides;

internal static class ListOverrides
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/api/v1/calendar/overrides", async Task<Ok<IReadOnlyList<Response>>> (string? center, ClaimsPrincipal user, IDataScope scopes, CalendarDbContext db, CancellationToken ct) =>
                TypedResults.Ok(await HandleAsync(center, await scopes.ForAsync(user, ct), db, ct)))
            .RequireAuthorization(Policies.Staff)
            .WithTags("Calendar");

    public static async Task<IReadOnlyList<Response>> HandleAsync(string? center, CenterScope scope, CalendarDbContext db, CancellationToken ct)
    {
        var rows = await db.Overrides.AsNoTracking().Where(o => center == null || o.CenterCode == center).OrderBy(o => o.Date).ToListAsync(ct);
        return rows.Where(o => scope.Contains(o.CenterCode)).Select(o => new Response(o.CenterCode, Wire.Text(o.Date), o.IsWorkday, o.Reason)).ToList();
    }
}
