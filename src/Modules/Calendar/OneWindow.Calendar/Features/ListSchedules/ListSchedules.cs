using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using OneWindow.Calendar.Data;
using OneWindow.Organization.Contracts;
using OneWindow.SharedKernel.Api;
using OneWindow.SharedKernel.Security;
using Response = OneWindow.Calendar.Features.AddSchedule.AddSchedule.Response;

namespace OneWindow.Calendar.Features.ListSchedules;

/// <summary>Every schedule a hall has had, newest first.</summary>
internal static class ListSchedules
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/api/v1/calendar/halls/{hall}/schedules", async (string hall, ClaimsPrincipal user, IDataScope scopes, IOrganizationDirectory organization, CalendarDbContext db, CancellationToken ct) => (await HandleAsync(hall, await scopes.ForAsync(user, ct), organization, db, ct)).ToOk())
            .RequireAuthorization(Policies.Staff)
            .WithTags("Calendar");

    public static async Task<Result<IReadOnlyList<Response>>> HandleAsync(string hall, CenterScope scope, IOrganizationDirectory organization, CalendarDbContext db, CancellationToken ct)
    {
        if (!(await organization.HallsAsync(scope, ct)).Any(h => h.Code == hall))
        {
            return Error.NotFound("calendar.unknown_hall", $"Hall '{hall}' does not exist.");
        }

        var rows = await db.Schedules.AsNoTracking().Include(s => s.Periods).Where(s => s.HallCode == hall).ToListAsync(ct);
        return rows.OrderByDescending(s => s.EffectiveFrom).Select(AddSchedule.AddSchedule.ToResponse).ToList();
    }
}
