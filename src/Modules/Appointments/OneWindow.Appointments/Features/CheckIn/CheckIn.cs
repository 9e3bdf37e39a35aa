using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using OneWindow.Appointments.Data;
using OneWindow.Appointments.Domain;
using OneWindow.Queue.Contracts;
using OneWindow.SharedKernel.Api;
using OneWindow.SharedKernel.PersonalData;

namespace OneWindow.Appointments.Features.CheckIn;

/// <summary>
/// 预约签到: on the day, the visitor checks in at the kiosk (with the code, or with the phone the booking was made
/// with) and gets a queue ticket that goes before walk-ins once the slot has begun. Checking in again gives the same
/// ticket (200), because the queue issues one ticket per appointment code.
/// </summary>
internal static class CheckIn
{
    public sealed record Request(string? Phone);

    public sealed record CheckedIn(TicketView Ticket, bool Repeated);

    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapPost("/api/v1/appointments/{code}/check-in", async Task<Results<Created<TicketView>, Ok<TicketView>, ProblemHttpResult>> (string code, AppointmentDesk desk, ITicketIssuer issuer, CancellationToken ct) =>
                Answer(await ByCodeAsync(code, desk, issuer, ct)))
            .AllowPublic()
            .WithTags("Appointments");
        app.MapPost("/api/v1/halls/{hall}/appointments/check-in", async Task<Results<Created<TicketView>, Ok<TicketView>, ProblemHttpResult>> (string hall, Request request, AppointmentDesk desk, ITicketIssuer issuer, CancellationToken ct) =>
                Answer(await ByPhoneAsync(hall, request, desk, issuer, ct)))
            .AllowPublic()
            .WithTags("Appointments");
    }

    public static async Task<Result<CheckedIn>> ByCodeAsync(string code, AppointmentDesk desk, ITicketIssuer issuer, CancellationToken ct)
    {
        if (!AppointmentCode.TryNormalize(code, out var normalized))
        {
            return NotFound();
        }

        var appointment = await desk.Db.Appointments.FirstOrDefaultAsync(a => a.Code == normalized, ct);
        return appointment is null ? NotFound() : await HandleAsync(appointment, desk, issuer, ct);
    }

    /// <summary>Today's booking of this phone at this hall: the next one not yet over, else one already checked in, else a late one.</summary>
    public static async Task<Result<CheckedIn>> ByPhoneAsync(string hallCode, Request request, AppointmentDesk desk, ITicketIssuer issuer, CancellationToken ct)
    {
        var hall = await desk.PublicHallAsync(hallCode, ct);
        if (!hall.IsSuccess)
        {
            return hall.Error!;
        }

        if (!MobileNumber.TryParse(request.Phone, out var phone, out var error))
        {
            return Error.Invalid("phone", error);
        }

        var now = desk.Now;
        var today = AppointmentDesk.DateOf(now);
        var index = desk.PhoneIndex(phone.Value);
        var candidates = await desk.Db.Appointments
            .Where(a => a.HallCode == hallCode && a.Date == today && a.PhoneIndex == index && (a.Status == AppointmentStatus.Booked || a.Status == AppointmentStatus.CheckedIn))
            .ToListAsync(ct);
        var time = TimeOnly.FromDateTime(AppointmentDesk.Local(now));
        var chosen = candidates.Where(a => a.Status == AppointmentStatus.Booked && a.End > time).OrderBy(a => a.Start).FirstOrDefault()
            ?? candidates.Where(a => a.Status == AppointmentStatus.CheckedIn).OrderByDescending(a => a.CheckedInAt).FirstOrDefault()
            ?? candidates.OrderByDescending(a => a.Start).FirstOrDefault();
        return chosen is null
            ? Error.NotFound("appointments.not_found", "This phone number has no appointment here today.")
            : await HandleAsync(chosen, desk, issuer, ct);
    }

    /// <summary>Issues (or finds again) the appointment's ticket, then records the check-in.</summary>
    public static async Task<Result<CheckedIn>> HandleAsync(Appointment appointment, AppointmentDesk desk, ITicketIssuer issuer, CancellationToken ct)
    {
        var now = desk.Now;
        if (Refusal(appointment, AppointmentDesk.DateOf(now)) is { } refused)
        {
            return refused;
        }

        var request = new AppointmentTicketRequest(
            appointment.HallCode,
            appointment.Category,
            appointment.Code,
            AppointmentDesk.Instant(appointment.Date, appointment.Start),
            AppointmentDesk.Instant(appointment.Date, appointment.End));
        var ticket = await issuer.IssueForAppointmentAsync(request, ct);
        if (!ticket.IsSuccess)
        {
            return ticket.Error!;
        }

        if (appointment.Status == AppointmentStatus.CheckedIn)
        {
            return new CheckedIn(ticket.Value!, true);
        }

        appointment.Status = AppointmentStatus.CheckedIn;
        appointment.CheckedInAt = now;
        appointment.TicketId = ticket.Value!.Id;
        appointment.Revision++;
        try
        {
            await desk.Db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Two kiosks at once (the issuer gave both the same ticket), or a cancellation that won the race.
            desk.Db.ChangeTracker.Clear();
            var current = await desk.Db.Appointments.AsNoTracking().FirstAsync(a => a.Id == appointment.Id, ct);
            if (current.Status == AppointmentStatus.CheckedIn)
            {
                return new CheckedIn(ticket.Value, true);
            }

            return Refusal(current, AppointmentDesk.DateOf(now)) ?? Error.Conflict("appointments.busy", "The appointment changed while checking in; please try again.");
        }

        return new CheckedIn(ticket.Value, false);
    }

    private static Error? Refusal(Appointment appointment, DateOnly today) => appointment.Status switch
    {
        AppointmentStatus.Cancelled or AppointmentStatus.CancelledByCenter => Error.Conflict("appointments.cancelled", "This appointment was cancelled."),
        AppointmentStatus.NoShow => Error.Conflict("appointments.no_show", "This appointment was missed; please take a regular ticket."),
        _ when appointment.Date != today => Error.Conflict("appointments.not_today", $"This appointment is for {Wire.Text(appointment.Date)}; check in on that day."),
        _ => null,
    };

    private static Error NotFound() => Error.NotFound("appointments.not_found", "No appointment has this code.");

    private static Results<Created<TicketView>, Ok<TicketView>, ProblemHttpResult> Answer(Result<CheckedIn> result)
    {
        if (!result.IsSuccess)
        {
            return result.Error!.ToProblem();
        }

        var ticket = result.Value!.Ticket;
        return result.Value.Repeated ? TypedResults.Ok(ticket) : TypedResults.Created($"/api/v1/tickets/{ticket.Id}", ticket);
    }
}
