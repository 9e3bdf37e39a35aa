using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using OneWindow.Appointments.Data;
using OneWindow.SharedKernel.Api;
using OneWindow.SharedKernel.Security;
using static OneWindow.Appointments.Features.CreateTemplate.CreateTemplate;

namespace OneWindow.Appointments.Features.ListTemplates;

/// <summary>A hall's slot templates in force.</summary>
internal static class ListTemplates
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/api/v1/halls/{hall}/slot-templates", async (string hall, ClaimsPrincipal user, AppointmentDesk desk, CancellationToken ct) => (await HandleAsync(hall, user, desk, ct)).ToOk())
            .RequireAuthorization(Policies.Staff)
            .WithTags("Appointments");

    public static async Task<Result<IReadOnlyList<TemplateView>>> HandleAsync(string hallCode, ClaimsPrincipal user, AppointmentDesk desk, CancellationToken ct)
    {
        var hall = await desk.StaffHallAsync(hallCode, user, ct);
        if (!hall.IsSuccess)
        {
            return hall.Error!;
        }

        var templates = await desk.Db.Templates.AsNoTracking().Where(t => t.HallCode == hallCode && t.Active).ToListAsync(ct);
        return templates
            .OrderBy(t => t.Category, StringComparer.Ordinal).ThenBy(t => t.Days).ThenBy(t => t.Start)
            .Select(TemplateView.Of)
            .ToList();
    }
}
