using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using OneWindow.Appointments.Data;
using OneWindow.SharedKernel.Api;
using OneWindow.SharedKernel.Security;

namespace OneWindow.Appointments.Features.ListAppointments;

/// <summary>A hall's bookings of a day for the front desk: who is expected when, names and phones masked.</summary>
internal static class ListAppointments
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/api/v1/halls/{hall}/appointments", async (string hall, string? date, string? category, ClaimsPrincipal user, AppointmentDesk desk, CancellationToken ct) => (await HandleAsync(hall, date, category, user, desk, ct)).ToOk())
            .RequireAuthorization(Policies.Staff)
            .WithTags("Appointments");

    public static async Task<Result<IReadOnlyList<StaffAppointmentView>>> HandleAsync(string hallCode, string? date, string? category, ClaimsPrincipal user, AppointmentDesk desk, CancellationToken ct)
    {
        var hall = await desk.StaffHallAsync(hallCode, user, ct);
        if (!hall.IsSuccess)
        {
            return hall.Error!;
        }

        if (!Wire.TryDate(date, out var day))
        {
            return Error.Invalid("date", "is required: a date YYYY-MM-DD");
        }

        if (category is not null && hall.Value!.Category(category) is null)
        {
            return AppointmentDesk.UnknownCategory(hallCode, category);
        }

        var rows = await desk.Db.Appointments.AsNoTracking()
            .Where(a => a.HallCode == hallCode && a.Date == day && (category == null || a.Category == category))
            .ToListAsync(ct);
        return rows
            .OrderBy(a => a.Start).ThenBy(a => a.Category, StringComparer.Ordinal).ThenBy(a => a.BookedAt)
            .Select(desk.StaffView)
            .ToList();
    }
}
