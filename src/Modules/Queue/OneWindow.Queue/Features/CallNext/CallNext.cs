using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using OneWindow.Organization.Contracts;
using OneWindow.Queue.Contracts;
using OneWindow.Queue.Data;
using OneWindow.Queue.Domain;
using OneWindow.SharedKernel.Api;
using OneWindow.SharedKernel.Data;
using OneWindow.SharedKernel.Security;

namespace OneWindow.Queue.Features.CallNext;

/// <summary>
/// 叫号: the window's current visitor (if any) is finished and the next one is called. Order: 爱心/priority tickets;
/// then appointment check-ins during their slot; then first issued, first called across the window's categories (the
/// window's order of preference breaks ties). Tickets transferred to this window come with their original issue time.
/// Finishing and claiming commit together: a call that claims nothing because of a race leaves the visit as it was.
/// </summary>
internal static class CallNext
{
    /// <summary>How many candidates one read offers; a window that loses a race takes the next one without reading again.</summary>
    private const int Batch = 8;

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapPost("/api/v1/halls/{hall}/windows/{window}/call-next", async Task<Results<Ok<TicketView>, NoContent, ProblemHttpResult>> (string hall, string window, ClaimsPrincipal user, QueueDesk desk, CancellationToken ct) =>
            {
                var result = await HandleAsync(hall, window, user, desk, ct);
                if (!result.IsSuccess)
                {
                    return result.Error!.ToProblem();
                }

                return result.Value is null ? TypedResults.NoContent() : TypedResults.Ok(result.Value);
            })
            .RequireAuthorization(Policies.Staff)
            .WithTags("Queue");

    public static async Task<Result<TicketView?>> HandleAsync(string hallCode, string windowCode, ClaimsPrincipal user, QueueDesk desk, CancellationToken ct)
    {
        var found = await desk.OpenWindowAsync(hallCode, windowCode, user, ct);
        if (!found.IsSuccess)
        {
            return found.Error!;
        }

        var (hall, window) = found.Value;

        var db = desk.Db;
        var now = desk.Now;
        var day = desk.ServiceDay(now);
        Guid? called;
        using (await desk.WriteAsync(ct))
        {
            // Tickets carry no audit, so this transaction has no second writer on SQLite.
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            await FinishCurrentAsync(db, hallCode, windowCode, now, ct);
            var claimed = db.Database.IsNpgsql()
                ? await ClaimOnPostgresAsync(db, hallCode, windowCode, window.Categories, day, user.Identity?.Name, now, ct)
                : await ClaimFirstAsync(db, hallCode, windowCode, window.Categories, day, user.Identity?.Name, now, ct);
            if (!claimed.IsSuccess)
            {
                await transaction.RollbackAsync(ct);
                return claimed.Error!;
            }

            await transaction.CommitAsync(ct);
            called = claimed.Value;
        }

        if (called is not { } id)
        {
            return Result<TicketView?>.Ok(null);
        }

        var ticket = await db.Tickets.AsNoTracking().FirstAsync(t => t.Id == id, ct);
        await desk.AnnounceCallAsync(ticket, hall, ct);
        return QueueDesk.View(ticket, hall, 0, 0);
    }

    /// <summary>SQLite (one writer, behind the gate): the best candidates, claimed in order until one is ours.</summary>
    private static async Task<Result<Guid?>> ClaimFirstAsync(QueueDbContext db, string hallCode, string windowCode, IReadOnlyList<string> categories, DateOnly day, string? clerk, DateTimeOffset now, CancellationToken ct)
    {
        for (var round = 0; round < 50; round++)
        {
            var candidates = await CandidatesAsync(db, hallCode, windowCode, categories, day, now, ct);
            if (candidates.Count == 0)
            {
                return (Guid?)null;
            }

            foreach (var id in candidates)
            {
                var claimed = await ClaimAsync(db, id, windowCode, clerk, now, ct);
                if (!claimed.IsSuccess)
                {
                    return claimed.Error!;
                }

                if (claimed.Value)
                {
                    return id;
                }
            }
        }

        return Error.Conflict("queue.busy", "Too many windows are calling at once; try again.");
    }

    /// <summary>Ends the window's current visit, as pressing 下一位 does on every calling system.</summary>
    internal static Task<int> FinishCurrentAsync(QueueDbContext db, string hallCode, string windowCode, DateTimeOffset now, CancellationToken ct) =>
        db.Tickets
            .Where(t => t.HallCode == hallCode && t.WindowCode == windowCode && (t.Status == TicketStatus.Called || t.Status == TicketStatus.Serving))
            .ExecuteUpdateAsync(s => s
                .SetProperty(t => t.Status, TicketStatus.Completed)
                .SetProperty(t => t.StartedAt, t => t.StartedAt ?? t.CalledAt)
                .SetProperty(t => t.EndedAt, now)
                .SetProperty(t => t.Revision, t => t.Revision + 1), ct);

    /// <summary>
    /// PostgreSQL: choose and claim in one statement. The head of the line is locked with SKIP LOCKED, so fifty windows
    /// calling at once each take a different ticket at the first try instead of racing for the same few rows.
    /// </summary>
    private static async Task<Result<Guid?>> ClaimOnPostgresAsync(QueueDbContext db, string hallCode, string windowCode, IReadOnlyList<string> categories, DateOnly day, string? clerk, DateTimeOffset now, CancellationToken ct)
    {
        var list = categories.ToArray();
        try
        {
            var ids = await db.Database.SqlQuery<Guid>($"""
                UPDATE queue_tickets SET "Status" = 'Called', "WindowCode" = {windowCode}, "CalledAt" = {now}, "CalledBy" = {clerk}, "Revision" = "Revision" + 1
                WHERE "Id" = (
                    SELECT "Id" FROM queue_tickets
                    WHERE "HallCode" = {hallCode} AND "ServiceDay" = {day} AND "Status" = 'Waiting'
                      AND (("TargetWindow" IS NULL AND "Category" = ANY({list})) OR "TargetWindow" = {windowCode})
                    ORDER BY CASE WHEN "Priority" = 'Priority' THEN 0 WHEN "SlotStart" <= {now} AND "SlotEnd" > {now} THEN 1 ELSE 2 END,
                             "IssuedAt",
                             CASE WHEN "TargetWindow" = {windowCode} THEN 0 ELSE array_position({list}, "Category") END
                    LIMIT 1
                    FOR UPDATE SKIP LOCKED)
                RETURNING "Id"
                """).ToListAsync(ct);
            return ids.Count == 0 ? (Guid?)null : ids[0];
        }
        catch (Exception e) when (UniqueViolation.Is(e))
        {
            return Error.Conflict("queue.window_busy", $"Window '{windowCode}' is calling another visitor at this moment.");
        }
    }

    /// <summary>Waiting -> called in one conditional UPDATE: of two windows racing for a ticket, exactly one gets a row.</summary>
    internal static async Task<Result<bool>> ClaimAsync(QueueDbContext db, Guid id, string windowCode, string? clerk, DateTimeOffset now, CancellationToken ct)
    {
        try
        {
            var rows = await db.Tickets
                .Where(t => t.Id == id && t.Status == TicketStatus.Waiting)
                .ExecuteUpdateAsync(s => s
                    .SetProperty(t => t.Status, TicketStatus.Called)
                    .SetProperty(t => t.WindowCode, windowCode)
                    .SetProperty(t => t.CalledAt, now)
                    .SetProperty(t => t.CalledBy, clerk)
                    .SetProperty(t => t.Revision, t => t.Revision + 1), ct);
            return rows == 1;
        }
        catch (Exception e) when (UniqueViolation.Is(e))
        {
            return Error.Conflict("queue.window_busy", $"Window '{windowCode}' is calling another visitor at this moment.");
        }
    }

    private static async Task<List<Guid>> CandidatesAsync(QueueDbContext db, string hallCode, string windowCode, IReadOnlyList<string> categories, DateOnly day, DateTimeOffset now, CancellationToken ct)
    {
        var waiting = db.Tickets.AsNoTracking().Where(t => t.HallCode == hallCode && t.ServiceDay == day && t.Status == TicketStatus.Waiting);

        // Transferred to this window by name: before everything else of their rank.
        var rows = (await TopAsync(waiting.Where(t => t.TargetWindow == windowCode), now, ct)).Select(r => (r.Id, r.Rank, Preference: -1, r.IssuedAt)).ToList();
        foreach (var (category, preference) in categories.Select((c, i) => (c, i)))
        {
            rows.AddRange((await TopAsync(waiting.Where(t => t.Category == category && t.TargetWindow == null), now, ct)).Select(r => (r.Id, r.Rank, preference, r.IssuedAt)));
        }

        return rows
            .OrderBy(r => r.Rank).ThenBy(r => r.IssuedAt).ThenBy(r => r.Preference)
            .Select(r => r.Id)
            .Take(Batch)
            .ToList();
    }

    /// <summary>
    /// The first few of each rank, each read off the index in issue order (priority; appointments whose slot has begun;
    /// everyone else), then ranked here: no query sorts a long line.
    /// </summary>
    private static async Task<List<(Guid Id, int Rank, DateTimeOffset IssuedAt)>> TopAsync(IQueryable<Ticket> tickets, DateTimeOffset now, CancellationToken ct)
    {
        var rows = await tickets.Where(t => t.Priority == TicketPriority.Priority).OrderBy(t => t.IssuedAt).Take(Batch)
            .Select(t => new { t.Id, t.Priority, t.SlotStart, t.SlotEnd, t.IssuedAt }).ToListAsync(ct);
        rows.AddRange(await tickets.Where(t => t.SlotStart != null && t.SlotStart <= now && t.SlotEnd > now && t.Priority == TicketPriority.Normal).OrderBy(t => t.IssuedAt).Take(Batch)
            .Select(t => new { t.Id, t.Priority, t.SlotStart, t.SlotEnd, t.IssuedAt }).ToListAsync(ct));
        rows.AddRange(await tickets.Where(t => t.Priority == TicketPriority.Normal).OrderBy(t => t.IssuedAt).Take(Batch)
            .Select(t => new { t.Id, t.Priority, t.SlotStart, t.SlotEnd, t.IssuedAt }).ToListAsync(ct));
        return rows.DistinctBy(r => r.Id).Select(r => (r.Id, Rank(r.Priority, r.SlotStart, r.SlotEnd, now), r.IssuedAt)).ToList();
    }

    /// <summary>0 priority; 1 an appointment during its slot (a late one queues like a walk-in); 2 everyone else.</summary>
    internal static int Rank(TicketPriority priority, DateTimeOffset? slotStart, DateTimeOffset? slotEnd, DateTimeOffset now) =>
        priority == TicketPriority.Priority ? 0 : slotStart <= now && slotEnd > now ? 1 : 2;
}
