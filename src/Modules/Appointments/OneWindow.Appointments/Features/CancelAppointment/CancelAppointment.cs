using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using OneWindow.Appointments.Data;
using OneWindow.Appointments.Domain;
using OneWindow.SharedKernel.Api;
using OneWindow.SharedKernel.PersonalData;

namespace OneWindow.Appointments.Features.CancelAppointment;

/// <summary>取消预约: the visitor gives the place back (code + the phone it was booked with). Cancelling twice is harmless.</summary>
internal static class CancelAppointment
{
    public sealed record Request(string? Phone);

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapPost("/api/v1/appointments/{code}/cancel", async Task<Results<Ok<AppointmentView>, ProblemHttpResult>> (string code, Request request, AppointmentDesk desk, CancellationToken ct) =>
                (await HandleAsync(code, request, desk, ct)).ToOk())
            .AllowPublic()
            .WithTags("Appointments");

    public static async Task<Result<AppointmentView>> HandleAsync(string code, Request request, AppointmentDesk desk, CancellationToken ct)
    {
        if (!MobileNumber.TryParse(request.Phone, out var phone, out var error))
        {
            return Error.Invalid("phone", error);
        }

        var appointment = await GetAppointment.GetAppointment.FindAsync(code, phone.Value, desk, tracked: true, ct);
        if (appointment is null)
        {
            return AppointmentDesk.NotFound();
        }

        if (Refusal(appointment) is { } refused)
        {
            return refused;
        }

        if (appointment.Status == AppointmentStatus.Booked)
        {
            var now = desk.Now;
            if (AppointmentDesk.Instant(appointment.Date, appointment.End) <= now)
            {
                return Error.Conflict("appointments.slot_past", "The appointment is over; it can no longer be cancelled.");
            }

            appointment.Status = AppointmentStatus.Cancelled;
            appointment.CancelledAt = now;
            appointment.Revision++;
            try
            {
                await desk.Db.SaveChangesAsync(ct);
            }
            catch (DbUpdateConcurrencyException)
            {
                // Checked in (or cancelled) at this very moment: answer from what won.
                desk.Db.ChangeTracker.Clear();
                var current = await desk.Db.Appointments.AsNoTracking().FirstAsync(a => a.Id == appointment.Id, ct);
                if (Refusal(current) is { } lost)
                {
                    return lost;
                }

                return await GetAppointment.GetAppointment.ViewAsync(current, desk, ct);
            }

            await desk.ReleasePlaceAsync(appointment.SlotId, ct);
        }

        return await GetAppointment.GetAppointment.ViewAsync(appointment, desk, ct);
    }

    private static Error? Refusal(Appointment appointment) => appointment.Status switch
    {
        AppointmentStatus.CheckedIn => Error.Conflict("appointments.checked_in", "The visitor has already checked in; the appointment cannot be cancelled."),
        AppointmentStatus.NoShow => Error.Conflict("appointments.no_show", "The appointment was missed; it can no longer be cancelled."),
        AppointmentStatus.CancelledByCenter => Error.Conflict("appointments.cancelled", "The center has already cancelled this appointment."),
        _ => null,
    };
}
