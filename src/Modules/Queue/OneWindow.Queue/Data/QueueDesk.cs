using System.Globalization;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using OneWindow.Calendar.Contracts;
using OneWindow.Organization.Contracts;
using OneWindow.Queue.Contracts;
using OneWindow.Queue.Domain;
using OneWindow.SharedKernel.Api;
using OneWindow.SharedKernel.Data;
using OneWindow.SharedKernel.Realtime;

namespace OneWindow.Queue.Data;

/// <summary>What every queue use case shares: the day a number belongs to, the hall as the user may see it, positions and pushes.</summary>
internal sealed class QueueDesk(QueueDbContext db, HallLayouts halls, IDataScope scopes, QueueOptions options, ServiceTimes serviceTimes, IRealtimeNotifier notifier, WriteGate gate, TimeProvider clock)
{
    public const string TicketCalled = "ticket-called";
    public const string QueueChanged = "queue-changed";
    public const string TicketCompleted = "ticket-completed";

    public QueueDbContext Db => db;

    public QueueOptions Options => options;

    /// <summary>Held around each ticket write (a no-op on PostgreSQL).</summary>
    public ValueTask<WriteGate.Releaser> WriteAsync(CancellationToken ct) => gate.EnterAsync(ct);

    /// <summary>Now, to the millisecond: what SQLite's instant encoding keeps, so a value reads back exactly as written.</summary>
    public DateTimeOffset Now
    {
        get
        {
            var now = clock.GetUtcNow();
            return now.AddTicks(-(now.Ticks % TimeSpan.TicksPerMillisecond));
        }
    }

    /// <summary>Numbers restart at the reset time: a ticket at 01:00 with a 03:00 reset belongs to the day before.</summary>
    public DateOnly ServiceDay(DateTimeOffset instant)
    {
        var local = BusinessHours.Local(instant);
        return DateOnly.FromDateTime(local.Add(-options.DailyResetAt.ToTimeSpan()));
    }

    public static DateTimeOffset China(DateTimeOffset instant) => instant.ToOffset(BusinessHours.Offset);

    /// <summary>The hall for a public caller (kiosk, display): any hall; a layout up to two seconds old will do.</summary>
    public async Task<Result<HallLayout>> PublicHallAsync(string hallCode, CancellationToken ct, bool fresh = false) =>
        await halls.GetAsync(hallCode, fresh, ct) is { } hall ? hall : Error.NotFound("queue.unknown_hall", $"Hall '{hallCode}' does not exist.");

    /// <summary>The hall for staff, read afresh: only within the user's centers.</summary>
    public async Task<Result<HallLayout>> StaffHallAsync(string hallCode, ClaimsPrincipal user, CancellationToken ct)
    {
        var hall = await halls.GetAsync(hallCode, fresh: true, ct);
        if (hall is null || !(await scopes.ForAsync(user, ct)).Contains(hall.CenterCode))
        {
            return Error.NotFound("queue.unknown_hall", $"Hall '{hallCode}' does not exist.");
        }

        return hall;
    }

    /// <summary>The hall (a layout up to two seconds old) and one of its windows that is open now (read afresh).</summary>
    public async Task<Result<(HallLayout Hall, WindowSummary Window)>> OpenWindowAsync(string hallCode, string windowCode, ClaimsPrincipal? user, CancellationToken ct)
    {
        var hall = await PublicHallAsync(hallCode, ct);
        if (!hall.IsSuccess || (user is not null && !(await scopes.ForAsync(user, ct)).Contains(hall.Value!.CenterCode)))
        {
            return Error.NotFound("queue.unknown_hall", $"Hall '{hallCode}' does not exist.");
        }

        var current = await halls.WindowAsync(hallCode, windowCode, ct);
        var window = current is null
            ? Error.NotFound("queue.unknown_window", $"Window '{windowCode}' does not exist in hall '{hallCode}'.")
            : OpenWindow(hall.Value!, current);
        return window.IsSuccess ? (hall.Value!, window.Value!) : window.Error!;
    }

    public static Result<WindowSummary> OpenWindow(HallLayout hall, WindowSummary window)
    {
        ArgumentNullException.ThrowIfNull(window);
        return window.Status switch
        {
            "open" => window,
            "paused" => Error.Conflict("queue.window_paused", $"Window '{window.Code}' of hall '{hall.Code}' is paused; resume it to call."),
            _ => Error.Conflict("queue.window_closed", $"Window '{window.Code}' of hall '{hall.Code}' is closed; open it to call."),
        };
    }

    /// <summary>A ticket (tracked) with its hall, when the hall is within the user's centers.</summary>
    public async Task<Result<(Ticket Ticket, HallLayout Hall)>> StaffTicketAsync(Guid id, ClaimsPrincipal user, CancellationToken ct)
    {
        var ticket = await db.Tickets.FirstOrDefaultAsync(t => t.Id == id, ct);
        var hall = ticket is null ? default : await StaffHallAsync(ticket.HallCode, user, ct);
        if (ticket is null || !hall.IsSuccess)
        {
            return Error.NotFound("queue.ticket_not_found", $"Ticket '{id}' does not exist.");
        }

        return (ticket, hall.Value!);
    }

    public static Error InvalidTransition(Ticket ticket, string action) =>
        Error.Conflict("queue.invalid_transition", $"Ticket {ticket.DisplayNumber} is {Wire(ticket.Status)}; it cannot be {action}.");

    /// <summary>Saves a change to one ticket; a concurrent change by someone else is a 409, not a lost update.</summary>
    public async Task<Result<Ticket>> SaveAsync(Ticket ticket, string action, CancellationToken ct)
    {
        ticket.Revision++;
        try
        {
            using (await WriteAsync(ct))
            {
                await db.SaveChangesAsync(ct);
            }

            return ticket;
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            var now = await db.Tickets.AsNoTracking().FirstAsync(t => t.Id == ticket.Id, ct);
            return InvalidTransition(now, action);
        }
        catch (DbUpdateException e) when (UniqueViolation.Is(e))
        {
            db.ChangeTracker.Clear();
            return Error.Conflict("queue.window_busy", $"Window '{ticket.WindowCode}' already has a visitor.");
        }
    }

    /// <summary>How many are before this waiting ticket in its line: priority first, then by issue time.</summary>
    public async Task<int> AheadAsync(Ticket ticket, CancellationToken ct)
    {
        if (ticket.Status != TicketStatus.Waiting)
        {
            return 0;
        }

        var waiting = db.Tickets.Where(t => t.HallCode == ticket.HallCode && t.ServiceDay == ticket.ServiceDay && t.Category == ticket.Category && t.Status == TicketStatus.Waiting && t.Id != ticket.Id);
        // Two index range counts (priority ahead, then earlier normal tickets), not one OR over the whole line.
        var priority = await waiting.CountAsync(t => t.Priority == TicketPriority.Priority && (ticket.Priority == TicketPriority.Normal || t.IssuedAt < ticket.IssuedAt), ct);
        return ticket.Priority == TicketPriority.Priority
            ? priority
            : priority + await waiting.CountAsync(t => t.Priority == TicketPriority.Normal && t.IssuedAt < ticket.IssuedAt, ct);
    }

    /// <summary>Minutes until called: the people ahead times the recent service time, shared by the open windows of the category.</summary>
    public async Task<int> EstimateMinutesAsync(HallLayout hall, string category, int ahead, CancellationToken ct)
    {
        var minutes = await serviceTimes.AverageMinutesAsync(hall.Code, category, ct);
        var servers = Math.Max(1, hall.Windows.Count(w => w.Status == "open" && w.Categories.Contains(category)));
        return (int)Math.Round(ahead * minutes / servers, MidpointRounding.AwayFromZero);
    }

    public async Task<TicketView> ViewAsync(Ticket ticket, HallLayout hall, CancellationToken ct)
    {
        var ahead = await AheadAsync(ticket, ct);
        var estimate = ticket.Status == TicketStatus.Waiting ? await EstimateMinutesAsync(hall, ticket.Category, ahead, ct) : 0;
        return View(ticket, hall, ahead, estimate);
    }

    public static TicketView View(Ticket ticket, HallLayout hall, int ahead, int estimate) => new(
        ticket.Id,
        ticket.DisplayNumber,
        ticket.HallCode,
        ticket.Category,
        hall.Category(ticket.Category)?.Name ?? ticket.Category,
        Wire(ticket.Priority),
        Wire(ticket.Status),
        China(ticket.IssuedAt),
        ahead,
        estimate,
        ticket.WindowCode,
        ticket.WindowCode is null ? null : WindowLabel(hall, ticket.WindowCode),
        ticket.CalledAt is { } called ? China(called) : null,
        ticket.Recalls,
        ticket.AppointmentCode);

    /// <summary>How the display and the voice name a window: "3号窗口" for numbered windows, else its name.</summary>
    public static string WindowLabel(HallLayout hall, string windowCode) =>
        int.TryParse(windowCode, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? $"{n}号窗口" : hall.Window(windowCode)?.Name ?? windowCode;

    public static string Announcement(string number, string windowLabel) => $"请{number}号到{windowLabel}办理";

    public async Task AnnounceCallAsync(Ticket ticket, HallLayout hall, CancellationToken ct)
    {
        var label = WindowLabel(hall, ticket.WindowCode!);
        await notifier.ToHallAsync(hall.Code, TicketCalled, new CallEvent(ticket.Id, ticket.DisplayNumber, ticket.WindowCode!, label, ticket.Category, Announcement(ticket.DisplayNumber, label), ticket.Recalls, Now), ct);
    }

    /// <summary>Pushed to the window's group when its visitor's ticket completes: the evaluation pad asks for a rating.</summary>
    public Task TicketCompletedAsync(Ticket ticket, CancellationToken ct) =>
        ticket.WindowCode is null
            ? Task.CompletedTask
            : notifier.ToWindowAsync(ticket.HallCode, ticket.WindowCode, TicketCompleted, new { ticketId = ticket.Id, number = ticket.DisplayNumber, windowCode = ticket.WindowCode, at = Now }, ct);

    public Task QueueChangedAsync(string hallCode, string category, CancellationToken ct) =>
        notifier.ToHallAsync(hallCode, QueueChanged, new { category, at = Now }, ct);

    public static string Wire(TicketStatus status) => EnumParsing.ToWire(status);

    public static string Wire(TicketPriority priority) => EnumParsing.ToWire(priority);
}

/// <summary>Pushed to the hall when a window calls (or recalls) a number; the display shows and speaks it.</summary>
internal sealed record CallEvent(Guid TicketId, string Number, string WindowCode, string WindowLabel, string Category, string Announcement, int Recall, DateTimeOffset At);
