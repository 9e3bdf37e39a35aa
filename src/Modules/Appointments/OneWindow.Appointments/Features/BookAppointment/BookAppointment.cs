using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using OneWindow.Appointments.Data;
using OneWindow.Appointments.Domain;
using OneWindow.SharedKernel.Api;
using OneWindow.SharedKernel.Data;
using OneWindow.SharedKernel.PersonalData;

namespace OneWindow.Appointments.Features.BookAppointment;

/// <summary>
/// 预约: a visitor (or a hotline agent for a caller) takes a place in a slot. The place is taken by one conditional
/// UPDATE before the booking is written, so however many people press at once, a slot never holds more bookings
/// than places; the place and the booking are taken in one transaction, so a booking that cannot be written gives its place back.
/// </summary>
internal static class BookAppointment
{
    private const int CodeAttempts = 5;

    public sealed record Request(string? SlotId, string? Name, string? Phone);

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapPost("/api/v1/appointments", async Task<Results<Created<AppointmentView>, ProblemHttpResult>> (Request request, ClaimsPrincipal user, AppointmentDesk desk, CancellationToken ct) =>
            {
                var result = await HandleAsync(request, user, desk, ct);
                return result.IsSuccess ? TypedResults.Created($"/api/v1/appointments/{result.Value!.Code}", result.Value) : result.Error!.ToProblem();
            })
            .AllowPublic()
            .WithTags("Appointments");

    public static async Task<Result<AppointmentView>> HandleAsync(Request request, ClaimsPrincipal user, AppointmentDesk desk, CancellationToken ct)
    {
        var v = new Validation();
        if (!Guid.TryParse(request.SlotId, out var slotId))
        {
            v.Add("slotId", "must be the id of a slot");
        }

        v.Name("name", request.Name, 50);
        if (!MobileNumber.TryParse(request.Phone, out var phone, out var phoneError))
        {
            v.Add("phone", phoneError);
        }

        if (!v.IsValid)
        {
            return Error.Invalid(v);
        }

        var db = desk.Db;
        var slot = await db.Slots.AsNoTracking().FirstOrDefaultAsync(s => s.Id == slotId, ct);
        if (slot is null)
        {
            return Error.NotFound("appointments.slot_not_found", $"Slot '{slotId}' does not exist.");
        }

        if (slot.Cancelled)
        {
            return SlotCancelled();
        }

        var now = desk.Now;
        if (AppointmentDesk.Instant(slot.Date, slot.End) <= now)
        {
            return Error.Conflict("appointments.slot_past", $"The slot {Wire.Text(slot.Date)} {Wire.Text(slot.Start)}-{Wire.Text(slot.End)} is over.");
        }

        // A full slot answers without writing; the conditional UPDATE below is what decides when it is close.
        if (slot.Booked >= slot.Capacity)
        {
            return SlotFull(slot);
        }

        var number = phone!.Value;
        var index = desk.PhoneIndex(number);
        if (await desk.BlockedUntilAsync(index, AppointmentDesk.DateOf(now), ct) is { } until)
        {
            return Error.Conflict("appointments.blocked", $"This phone number missed {desk.Options.NoShowLimit} appointments within {desk.Options.NoShowWindowDays} days; it can book again after {Wire.Text(until)}.");
        }

        if (await HoldsPlaceAsync(db, slot.Id, index, ct))
        {
            return AlreadyBooked();
        }

        var appointment = new Appointment
        {
            Code = AppointmentCode.New(),
            SlotId = slot.Id,
            HallCode = slot.HallCode,
            Category = slot.Category,
            Date = slot.Date,
            Start = slot.Start,
            End = slot.End,
            NameEncrypted = desk.Encrypt(request.Name!.Trim()),
            PhoneEncrypted = desk.Encrypt(number.Value),
            PhoneIndex = index,
            BookedAt = now,
            BookedBy = user.Identity?.IsAuthenticated == true ? user.Identity.Name : null,
        };
        if (await TakePlaceAndInsertAsync(desk, appointment, slot, ct) is { } refused)
        {
            return refused;
        }

        // The center may have withdrawn the slot between taking the place and writing the booking; then it has not
        // seen this booking, so it is withdrawn here.
        if (await db.Slots.AsNoTracking().AnyAsync(s => s.Id == slotId && s.Cancelled, ct))
        {
            appointment.Status = AppointmentStatus.CancelledByCenter;
            appointment.CancelledAt = now;
            appointment.Revision++;
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateConcurrencyException)
            {
                // The withdrawal saw the booking after all and cancelled it first.
                db.ChangeTracker.Clear();
            }

            return SlotCancelled();
        }

        var hall = await desk.Halls.HallAsync(slot.HallCode, ct);
        await desk.NotifyAsync(appointment, AppointmentDesk.BookedTemplate, hall, ct);
        return desk.View(appointment, hall);
    }

    /// <summary>Booked + 1 only while a place is free and the slot stands: exactly one row, or none.</summary>
    internal static async Task<bool> TakePlaceAsync(AppointmentsDbContext db, Guid slotId, CancellationToken ct) =>
        await db.Slots
            .Where(s => s.Id == slotId && s.Booked < s.Capacity && !s.Cancelled)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.Booked, x => x.Booked + 1), ct) == 1;

    /// <summary>
    /// Writes the booking and then takes the place, in one transaction. The unique index on live bookings per person and
    /// slot settles the same person pressing twenty times (the later presses wait for the first and are answered
    /// "already booked", never "full" because their own unfinished presses hold places); the slot row is locked only from
    /// the conditional UPDATE to the commit, so a thousand people pressing for five places queue for one statement each.
    /// No place means the whole write rolls back. A clash on the code (1 in 10^12) draws a new one.
    /// </summary>
    private static async Task<Error?> TakePlaceAndInsertAsync(AppointmentDesk desk, Appointment appointment, Slot slot, CancellationToken ct)
    {
        var db = desk.Db;
        for (var attempt = 1; ; attempt++)
        {
            var outcome = await WriteOnceAsync(desk, appointment, ct);
            if (outcome == Outcome.Stored)
            {
                return null;
            }

            if (await HoldsPlaceAsync(db, appointment.SlotId, appointment.PhoneIndex, ct))
            {
                return AlreadyBooked();
            }

            if (outcome == Outcome.NoPlace)
            {
                return SlotFull(slot);
            }

            if (attempt == CodeAttempts)
            {
                throw new InvalidOperationException($"No free appointment code after {CodeAttempts} draws.");
            }

            appointment.Code = AppointmentCode.New();
        }
    }

    private enum Outcome
    {
        Stored,
        Clash,
        NoPlace,
    }

    private static async Task<Outcome> WriteOnceAsync(AppointmentDesk desk, Appointment appointment, CancellationToken ct)
    {
        var db = desk.Db;
        using (await desk.WriteAsync(ct))
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            db.Appointments.Add(appointment);
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException e) when (UniqueViolation.Is(e))
            {
                await transaction.RollbackAsync(CancellationToken.None);
                db.ChangeTracker.Clear();
                return Outcome.Clash;
            }

            if (!await TakePlaceAsync(db, appointment.SlotId, ct))
            {
                await transaction.RollbackAsync(CancellationToken.None);
                db.ChangeTracker.Clear();
                return Outcome.NoPlace;
            }

            await transaction.CommitAsync(ct);
            return Outcome.Stored;
        }
    }

    private static Task<bool> HoldsPlaceAsync(AppointmentsDbContext db, Guid slotId, string phoneIndex, CancellationToken ct) =>
        db.Appointments.AnyAsync(a => a.SlotId == slotId && a.PhoneIndex == phoneIndex && (a.Status == AppointmentStatus.Booked || a.Status == AppointmentStatus.CheckedIn), ct);

    private static Error SlotFull(Slot slot) =>
        Error.Conflict("appointments.slot_full", $"The slot {Wire.Text(slot.Date)} {Wire.Text(slot.Start)}-{Wire.Text(slot.End)} is fully booked.");

    private static Error AlreadyBooked() =>
        Error.Conflict("appointments.already_booked", "This phone number already holds a place in this slot.");

    private static Error SlotCancelled() =>
        Error.Conflict("appointments.slot_cancelled", "The center has withdrawn this slot; please choose another.");
}
