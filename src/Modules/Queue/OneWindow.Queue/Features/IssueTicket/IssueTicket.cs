using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using OneWindow.Calendar.Contracts;
using OneWindow.Organization.Contracts;
using OneWindow.Queue.Contracts;
using OneWindow.Queue.Data;
using OneWindow.Queue.Domain;
using OneWindow.SharedKernel.Api;
using OneWindow.SharedKernel.Data;

namespace OneWindow.Queue.Features.IssueTicket;

/// <summary>取号: a kiosk (or the guide, or an appointment check-in) takes the next number of a category.</summary>
internal static class IssueTicket
{
    public sealed record Request(string? Category, string? Priority);

    public sealed record Issued(TicketView Ticket, bool Replayed);

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapPost("/api/v1/halls/{hall}/tickets", async Task<Results<Created<TicketView>, Ok<TicketView>, ProblemHttpResult>> (string hall, Request request, [FromHeader(Name = "Idempotency-Key")] string? idempotencyKey, QueueDesk desk, IBusinessHoursProvider hours, CancellationToken ct) =>
            {
                var result = await HandleAsync(hall, request, idempotencyKey, null, desk, hours, ct);
                if (!result.IsSuccess)
                {
                    return result.Error!.ToProblem();
                }

                return result.Value!.Replayed ? TypedResults.Ok(result.Value.Ticket) : TypedResults.Created($"/api/v1/tickets/{result.Value.Ticket.Id}", result.Value.Ticket);
            })
            .AllowPublic()
            .WithTags("Queue");

    public static async Task<Result<Issued>> HandleAsync(string hallCode, Request request, string? idempotencyKey, AppointmentTicketRequest? appointment, QueueDesk desk, IBusinessHoursProvider hours, CancellationToken ct)
    {
        var hall = await desk.PublicHallAsync(hallCode, ct);
        if (!hall.IsSuccess)
        {
            return hall.Error!;
        }

        var v = new Validation();
        var category = request.Category is null ? null : hall.Value!.Category(request.Category);
        if (category is null)
        {
            return Error.Invalid("category", $"category '{request.Category}' does not exist in hall '{hallCode}'", "queue.unknown_category");
        }

        var priority = TicketPriority.Normal;
        if (request.Priority is not null && !EnumParsing.TryParseWire(request.Priority, out priority))
        {
            v.Add("priority", $"must be one of {EnumParsing.Allowed<TicketPriority>()}");
        }

        if (idempotencyKey is { Length: > 100 } || (idempotencyKey is not null && string.IsNullOrWhiteSpace(idempotencyKey)))
        {
            v.Add("Idempotency-Key", "must be 1 to 100 characters");
        }

        if (!v.IsValid)
        {
            return Error.Invalid(v);
        }

        var db = desk.Db;
        if (idempotencyKey is not null && await ReplayAsync(hall.Value!, idempotencyKey, desk, ct) is { } replay)
        {
            return new Issued(replay, true);
        }

        var now = desk.Now;
        if (!desk.Options.IgnoreBusinessHours)
        {
            var schedule = await hours.ForHallAsync(hallCode, ct);
            if (schedule is not null && !schedule.At(BusinessHours.Local(now)).Serving)
            {
                return Error.Conflict("queue.hall_closed", $"Hall '{hallCode}' is not serving now.");
            }
        }

        var day = desk.ServiceDay(now);
        var ticket = new Ticket
        {
            HallCode = hallCode,
            ServiceDay = day,
            Category = category.Code,
            Prefix = category.TicketPrefix,
            Number = 0,
            DisplayNumber = string.Empty,
            Priority = priority,
            IssuedAt = now,
            CreatedAt = now,
            IdempotencyKey = idempotencyKey,
            AppointmentCode = appointment?.AppointmentCode,
            SlotStart = appointment?.SlotStart.ToUniversalTime(),
            SlotEnd = appointment?.SlotEnd.ToUniversalTime(),
        };
        // The line ahead is read before the number is taken: the day's counter row stays locked from taking the number
        // to the commit, so that span holds only the insert (forty kiosks on two nodes queue on it).
        var ahead = await desk.AheadAsync(ticket, ct);
        ticket.AheadAtIssue = ahead;
        ticket.EstimatedWaitMinutes = await desk.EstimateMinutesAsync(hall.Value!, category.Code, ahead, ct);
        using var write = await desk.WriteAsync(ct);

        // Number and ticket in one commit (neither entity is audited, so no second connection writes meanwhile):
        // a failed insert gives its number back, and a ticket costs one commit, not two.
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        ticket.Number = await NextNumberAsync(db, hallCode, day, category.TicketPrefix, ct);
        ticket.DisplayNumber = Display(category.TicketPrefix, ticket.Number);
        db.Tickets.Add(ticket);
        try
        {
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        }
        catch (DbUpdateException e) when (idempotencyKey is not null && UniqueViolation.Is(e))
        {
            // The same key raced in on another request: answer with the ticket that won.
            await transaction.RollbackAsync(ct);
            db.ChangeTracker.Clear();
            write.Dispose();
            return await ReplayAsync(hall.Value!, idempotencyKey, desk, ct) is { } winner ? new Issued(winner, true) : throw new InvalidOperationException("Idempotency conflict without a ticket.", e);
        }

        write.Dispose();
        await desk.QueueChangedAsync(hallCode, category.Code, ct);
        return new Issued(QueueDesk.View(ticket, hall.Value!, ahead, ticket.EstimatedWaitMinutes), false);
    }

    public static string Display(string prefix, int number) => prefix + number.ToString("000", System.Globalization.CultureInfo.InvariantCulture);

    private static async Task<TicketView?> ReplayAsync(HallLayout hall, string key, QueueDesk desk, CancellationToken ct)
    {
        var existing = await desk.Db.Tickets.AsNoTracking().FirstOrDefaultAsync(t => t.HallCode == hall.Code && t.IdempotencyKey == key, ct);
        return existing is null ? null : await desk.ViewAsync(existing, hall, ct);
    }

    /// <summary>One atomic statement per number on both databases: PostgreSQL locks the row, SQLite has one writer.</summary>
    internal static async Task<int> NextNumberAsync(QueueDbContext db, string hallCode, DateOnly day, string prefix, CancellationToken ct)
    {
        var numbers = await AdvanceAsync(db, hallCode, day, prefix, ct);
        if (numbers.Count == 0)
        {
            // First number of the day for this prefix.
            await db.Database.ExecuteSqlAsync($"INSERT INTO queue_counters (\"HallCode\", \"ServiceDay\", \"Prefix\", \"Last\") VALUES ({hallCode}, {day}, {prefix}, 0) ON CONFLICT DO NOTHING", ct);
            numbers = await AdvanceAsync(db, hallCode, day, prefix, ct);
        }

        return numbers.Single();
    }

    private static Task<List<int>> AdvanceAsync(QueueDbContext db, string hallCode, DateOnly day, string prefix, CancellationToken ct) =>
        db.Database
            .SqlQuery<int>($"UPDATE queue_counters SET \"Last\" = \"Last\" + 1 WHERE \"HallCode\" = {hallCode} AND \"ServiceDay\" = {day} AND \"Prefix\" = {prefix} RETURNING \"Last\"")
            .ToListAsync(ct);
}
