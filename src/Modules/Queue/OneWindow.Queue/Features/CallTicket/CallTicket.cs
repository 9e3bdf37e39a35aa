using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using OneWindow.Queue.Contracts;
using OneWindow.Queue.Data;
using OneWindow.Queue.Domain;
using OneWindow.SharedKernel.Api;
using OneWindow.SharedKernel.Security;

namespace OneWindow.Queue.Features.CallTicket;

/// <summary>
/// 指定叫号: a window calls one particular waiting ticket (a visitor who came back, an elderly person seen in the hall).
/// The window is the one named, else the one the ticket was transferred to, else where this clerk last called today.
/// </summary>
internal static class CallTicket
{
    public sealed record Request(string? Window);

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapPost("/api/v1/tickets/{id:guid}/call", async (Guid id, Request? request, ClaimsPrincipal user, QueueDesk desk, CancellationToken ct) =>
                (await HandleAsync(id, request?.Window, user, desk, ct)).ToOk())
            .RequireAuthorization(Policies.Staff)
            .WithTags("Queue");

    public static async Task<Result<TicketView>> HandleAsync(Guid id, string? windowCode, ClaimsPrincipal user, QueueDesk desk, CancellationToken ct)
    {
        var found = await desk.StaffTicketAsync(id, user, ct);
        if (!found.IsSuccess)
        {
            return found.Error!;
        }

        var (ticket, hall) = found.Value;
        var db = desk.Db;
        var now = desk.Now;
        var clerk = user.Identity?.Name;
        windowCode ??= ticket.TargetWindow ?? await db.Tickets.AsNoTracking()
            .Where(t => t.HallCode == ticket.HallCode && t.ServiceDay == desk.ServiceDay(now) && t.CalledBy == clerk && t.WindowCode != null)
            .OrderByDescending(t => t.CalledAt)
            .Select(t => t.WindowCode)
            .FirstOrDefaultAsync(ct);
        if (windowCode is null)
        {
            return Error.Invalid("window", "is required: which window calls this ticket");
        }
        var window = await desk.OpenWindowAsync(hall.Code, windowCode, null, ct);
        if (!window.IsSuccess)
        {
            return window.Error!;
        }

        if (ticket.Status != TicketStatus.Waiting)
        {
            return QueueDesk.InvalidTransition(ticket, "called");
        }

        Result<bool> claimed;
        using (await desk.WriteAsync(ct))
        {
            // The current visit ends only if this ticket is really claimed.
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            await CallNext.CallNext.FinishCurrentAsync(db, ticket.HallCode, windowCode, now, ct);
            claimed = await CallNext.CallNext.ClaimAsync(db, id, windowCode, clerk, now, ct);
            if (claimed is { IsSuccess: true, Value: true })
            {
                await transaction.CommitAsync(ct);
            }
            else
            {
                await transaction.RollbackAsync(ct);
            }
        }

        if (!claimed.IsSuccess)
        {
            return claimed.Error!;
        }

        var current = await db.Tickets.AsNoTracking().FirstAsync(t => t.Id == id, ct);
        if (!claimed.Value)
        {
            return QueueDesk.InvalidTransition(current, "called");
        }

        await desk.AnnounceCallAsync(current, hall, ct);
        return QueueDesk.View(current, hall, 0, 0);
    }
}
