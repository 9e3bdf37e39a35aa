using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using OneWindow.Calendar.Data;
using OneWindow.SharedKernel.Api;
using OneWindow.SharedKernel.Security;

namespace OneWindow.Calendar.Features.DeleteYear;

/// <summary>Removes a year's arrangement so a corrected one can be entered; deadlines in that year become provisional.</summary>
internal static class DeleteYear
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapDelete("/api/v1/calendar/years/{year:int}", async Task<Results<NoContent, ProblemHttpResult>> (int year, CalendarDbContext db, CalendarProvider provider, CancellationToken ct) =>
            {
                var result = await HandleAsync(year, db, provider, ct);
                return result.IsSuccess ? TypedResults.NoContent() : result.Error!.ToProblem();
            })
            .RequireAuthorization(p => p.RequireRole(Roles.SystemAdmin, Roles.ProjectManager))
            .WithTags("Calendar");

    public static async Task<Result<int>> HandleAsync(int year, CalendarDbContext db, CalendarProvider provider, CancellationToken ct)
    {
        var entity = await db.Years.Include(y => y.Dates).FirstOrDefaultAsync(y => y.Year == year, ct);
        if (entity is null)
        {
            return Error.NotFound("calendar.year_not_found", $"No arrangement of {year} is loaded.");
        }

        db.Years.Remove(entity);
        await db.SaveChangesAsync(ct);
        provider.Invalidate();
        return year;
    }
}
