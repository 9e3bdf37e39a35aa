using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using OneWindow.Appointments.Data;
using OneWindow.Appointments.Domain;
using OneWindow.Organization.Contracts;
using OneWindow.SharedKernel.Api;
using OneWindow.SharedKernel.Data;
using OneWindow.SharedKernel.Security;
using Quartz;

namespace OneWindow.Appointments.Features.GenerateSlots;

/// <summary>
/// Brings a hall's template slots in line with its templates and its center's calendar over a range of days:
/// missing slots are created; template slots no longer wanted (the day became a holiday or a closure, the template
/// was retired) are withdrawn and their booked visitors told. Slots a clerk made by hand and slots already over are
/// never touched. Running it twice changes nothing the second time.
/// </summary>
internal static class GenerateSlots
{
    public const int MaxDays = 62;

    public sealed record Request(string? From, int? Days);

    public sealed record Generated(string HallCode, string From, string To, int Created, int Cancelled, int Notified);

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapPost("/api/v1/halls/{hall}/slots/generate", async Task<Results<Ok<Generated>, ProblemHttpResult>> (string hall, Request request, ClaimsPrincipal user, AppointmentDesk desk, CancellationToken ct) =>
                (await HandleAsync(hall, request, user, desk, ct)).ToOk())
            .RequireAuthorization(Policies.Staff)
            .WithTags("Appointments");

    public static async Task<Result<Generated>> HandleAsync(string hallCode, Request request, ClaimsPrincipal user, AppointmentDesk desk, CancellationToken ct)
    {
        var hall = await desk.StaffHallAsync(hallCode, user, ct);
        if (!hall.IsSuccess)
        {
            return hall.Error!;
        }

        var today = AppointmentDesk.DateOf(desk.Now);
        var v = new Validation();
        var from = today;
        if (request.From is not null && !Wire.TryDate(request.From, out from))
        {
            v.Add("from", "must be a date YYYY-MM-DD");
        }
        else if (from < today)
        {
            v.Add("from", $"must not be before today ({Wire.Text(today)}): past slots are history");
        }

        var days = request.Days ?? desk.Options.GenerateDaysAhead;
        if (days is < 1 or > MaxDays)
        {
            v.Add("days", $"must be 1 to {MaxDays}");
        }

        return v.IsValid ? await GenerateAsync(hall.Value!, from, days, desk, ct) : Error.Invalid(v);
    }

    public static async Task<Result<Generated>> GenerateAsync(HallLayout hall, DateOnly from, int days, AppointmentDesk desk, CancellationToken ct)
    {
        var db = desk.Db;
        var now = desk.Now;
        var local = AppointmentDesk.Local(now);
        var today = DateOnly.FromDateTime(local);
        var time = TimeOnly.FromDateTime(local);
        bool Over(DateOnly date, TimeOnly end) => date < today || (date == today && end <= time);

        var to = from.AddDays(days);
        var calendar = await desk.Calendars.ForCenterAsync(hall.CenterCode, ct);

        // A template of a category the hall no longer has makes nothing (its slots are withdrawn below).
        var templates = (await db.Templates.AsNoTracking().Where(t => t.HallCode == hall.Code && t.Active).ToListAsync(ct))
            .Where(t => hall.Category(t.Category) is not null)
            .ToList();
        var existing = await db.Slots
            .Where(s => s.HallCode == hall.Code && s.TemplateId != null && !s.Cancelled && s.Date >= from && s.Date < to)
            .ToListAsync(ct);

        var withdrawn = new List<Slot>();
        var created = 0;
        for (var date = from; date < to; date = date.AddDays(1))
        {
            var day = date;
            var wanted = SlotPlan.Wanted(calendar.Describe(day), templates).Where(w => !Over(day, w.End)).ToList();
            var have = existing.Where(s => s.Date == day).ToList();
            foreach (var slot in have.Where(s => !Over(day, s.End) && !wanted.Any(w => w.TemplateId == s.TemplateId && w.Start == s.Start)))
            {
                // Only the flag is written, so a booking racing in (Booked + 1) is not overwritten.
                slot.Cancelled = true;
                withdrawn.Add(slot);
            }

            foreach (var w in wanted.Where(w => !have.Any(s => s.TemplateId == w.TemplateId && s.Start == w.Start)))
            {
                db.Slots.Add(new Slot
                {
                    HallCode = hall.Code,
                    Category = w.Category,
                    Date = day,
                    Start = w.Start,
                    End = w.End,
                    Capacity = w.Capacity,
                    Extended = w.Extended,
                    Label = w.Label,
                    TemplateId = w.TemplateId,
                    CreatedAt = now,
                });
                created++;
            }
        }

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (UniqueViolation.Is(e))
        {
            db.ChangeTracker.Clear();
            return Error.Conflict("appointments.generation_busy", $"Slots of hall '{hall.Code}' are being generated by someone else right now; try again.");
        }

        var notified = await WithdrawBookingsAsync(withdrawn.Select(s => s.Id).ToList(), hall, desk, now, ct);
        return new Generated(hall.Code, Wire.Text(from), Wire.Text(to.AddDays(-1)), created, withdrawn.Count, notified);
    }

    /// <summary>Each live booking of a withdrawn slot becomes cancelled-by-center, and its holder gets an SMS.</summary>
    private static async Task<int> WithdrawBookingsAsync(List<Guid> slotIds, HallLayout hall, AppointmentDesk desk, DateTimeOffset now, CancellationToken ct)
    {
        if (slotIds.Count == 0)
        {
            return 0;
        }

        var db = desk.Db;
        var affected = await db.Appointments.AsNoTracking().Where(a => slotIds.Contains(a.SlotId) && a.Status == AppointmentStatus.Booked).ToListAsync(ct);
        var notified = 0;
        foreach (var appointment in affected)
        {
            // Conditional, so a visitor who checks in or cancels at this moment keeps what they did and gets no SMS.
            var rows = await db.Appointments
                .Where(a => a.Id == appointment.Id && a.Status == AppointmentStatus.Booked)
                .ExecuteUpdateAsync(s => s
                    .SetProperty(a => a.Status, AppointmentStatus.CancelledByCenter)
                    .SetProperty(a => a.CancelledAt, now)
                    .SetProperty(a => a.Revision, a => a.Revision + 1), ct);
            if (rows == 1)
            {
                await desk.NotifyAsync(appointment, AppointmentDesk.CancelledByCenterTemplate, hall, ct);
                notified++;
            }
        }

        return notified;
    }

    /// <summary>
    /// The nightly run: yesterday's (and earlier) bookings nobody came for become no-shows, then every hall that has
    /// templates gets its slots for the next <see cref="AppointmentsOptions.GenerateDaysAhead"/> days.
    /// </summary>
    [DisallowConcurrentExecution]
    internal sealed class Job(AppointmentDesk desk, ILogger<Job> logger) : IJob
    {
        public static readonly JobKey Key = new("appointments-daily");

        public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
        {
            ActorContext.SetSystem("job:" + Key.Name);
            var now = desk.Now;
            var noShows = await MarkNoShows.MarkNoShows.HandleAsync(desk.Db, now, cancellationToken);
            var halls = await desk.Db.Templates.AsNoTracking().Select(t => t.HallCode).Distinct().ToListAsync(cancellationToken);
            foreach (var code in halls)
            {
                var hall = await desk.Halls.HallAsync(code, cancellationToken);
                if (hall is null)
                {
                    continue;
                }

                var result = await GenerateAsync(hall, AppointmentDesk.DateOf(now), desk.Options.GenerateDaysAhead, desk, cancellationToken);
                if (!result.IsSuccess)
                {
                    logger.LogWarning("Slot generation for hall {Hall} skipped: {Reason}", code, result.Error!.Message);
                    continue;
                }

                logger.LogInformation("Hall {Hall}: {Created} slots created, {Cancelled} withdrawn, {Notified} visitors told", code, result.Value!.Created, result.Value.Cancelled, result.Value.Notified);
            }

            logger.LogInformation("Appointments daily run: {NoShows} no-shows marked, {Halls} halls generated", noShows, halls.Count);
        }
    }
}
