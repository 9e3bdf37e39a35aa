using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using OneWindow.Appointments.Data;
using OneWindow.SharedKernel.Api;
using OneWindow.SharedKernel.Security;

namespace OneWindow.Appointments.Features.DeleteTemplate;

/// <summary>
/// Retires a template. Its slots stay until the next generation (daily, or <c>slots/generate</c>), which withdraws
/// the future ones and tells their booked visitors, so a clerk can retire several templates before anyone is told.
/// </summary>
internal static class DeleteTemplate
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapDelete("/api/v1/halls/{hall}/slot-templates/{id:guid}", async Task<Results<NoContent, ProblemHttpResult>> (string hall, Guid id, ClaimsPrincipal user, AppointmentDesk desk, CancellationToken ct) =>
            {
                var result = await HandleAsync(hall, id, user, desk, ct);
                return result.IsSuccess ? TypedResults.NoContent() : result.Error!.ToProblem();
            })
            .RequireAuthorization(Policies.Staff)
            .WithTags("Appointments");

    public static async Task<Result<bool>> HandleAsync(string hallCode, Guid id, ClaimsPrincipal user, AppointmentDesk desk, CancellationToken ct)
    {
        var hall = await desk.StaffHallAsync(hallCode, user, ct);
        if (!hall.IsSuccess)
        {
            return hall.Error!;
        }

        var template = await desk.Db.Templates.FirstOrDefaultAsync(t => t.Id == id && t.HallCode == hallCode && t.Active, ct);
        if (template is null)
        {
            return Error.NotFound("appointments.template_not_found", $"Hall '{hallCode}' has no template '{id}'.");
        }

        template.Active = false;
        await desk.Db.SaveChangesAsync(ct);
        return true;
    }
}
