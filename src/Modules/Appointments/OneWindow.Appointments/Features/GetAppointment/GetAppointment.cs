using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using OneWindow.Appointments.Data;
using OneWindow.Appointments.Domain;
using OneWindow.SharedKernel.Api;
using OneWindow.SharedKernel.PersonalData;

namespace OneWindow.Appointments.Features.GetAppointment;

/// <summary>A visitor looks up a booking by its code and the phone it was made with (both, so a code alone reveals nothing).</summary>
internal static class GetAppointment
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/api/v1/appointments/{code}", async (string code, string? phone, AppointmentDesk desk, CancellationToken ct) => (await HandleAsync(code, phone, desk, ct)).ToOk())
            .AllowPublic()
            .WithTags("Appointments");

    public static async Task<Result<AppointmentView>> HandleAsync(string code, string? phone, AppointmentDesk desk, CancellationToken ct)
    {
        if (!MobileNumber.TryParse(phone, out var number, out var error))
        {
            return Error.Invalid("phone", error);
        }

        var appointment = await FindAsync(code, number.Value, desk, tracked: false, ct);
        return appointment is null ? AppointmentDesk.NotFound() : await ViewAsync(appointment, desk, ct);
    }

    /// <summary>The booking with this code, only when the phone matches: a wrong phone looks exactly like a wrong code.</summary>
    internal static async Task<Appointment?> FindAsync(string code, MobileNumber phone, AppointmentDesk desk, bool tracked, CancellationToken ct)
    {
        if (!AppointmentCode.TryNormalize(code, out var normalized))
        {
            return null;
        }

        var query = tracked ? desk.Db.Appointments : desk.Db.Appointments.AsNoTracking();
        var appointment = await query.FirstOrDefaultAsync(a => a.Code == normalized, ct);
        return appointment is not null && appointment.PhoneIndex == desk.PhoneIndex(phone) ? appointment : null;
    }

    internal static async Task<AppointmentView> ViewAsync(Appointment appointment, AppointmentDesk desk, CancellationToken ct) =>
        desk.View(appointment, await desk.Halls.HallAsync(appointment.HallCode, ct));
}
