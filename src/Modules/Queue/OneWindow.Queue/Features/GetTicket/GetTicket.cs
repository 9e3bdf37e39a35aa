using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using OneWindow.Queue.Contracts;
using OneWindow.Queue.Data;
using OneWindow.SharedKernel.Api;

namespace OneWindow.Queue.Features.GetTicket;

/// <summary>The visitor's phone (from the ticket's QR code): status, people ahead now, estimated wait, the window when called.</summary>
internal static class GetTicket
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/api/v1/tickets/{id:guid}", async (Guid id, QueueDesk desk, CancellationToken ct) => (await HandleAsync(id, desk, ct)).ToOk())
            .AllowPublic()
            .WithTags("Queue");

    public static async Task<Result<TicketView>> HandleAsync(Guid id, QueueDesk desk, CancellationToken ct)
    {
        // A transferred visit points on to its successor: the phone follows the visitor, not the old row.
        var ticket = await desk.Db.Tickets.AsNoTracking().FirstOrDefaultAsync(t => t.Id == id, ct);
        for (var hops = 0; ticket is { Status: Domain.TicketStatus.Transferred } && hops < 10; hops++)
        {
            var from = ticket.Id;
            ticket = await desk.Db.Tickets.AsNoTracking().FirstOrDefaultAsync(t => t.TransferredFromId == from, ct) ?? ticket;
            if (ticket.Id == from)
            {
                break;
            }
        }

        if (ticket is null)
        {
            return Error.NotFound("queue.ticket_not_found", $"Ticket '{id}' does not exist.");
        }

        var hall = await desk.PublicHallAsync(ticket.HallCode, ct);
        return hall.IsSuccess ? await desk.ViewAsync(ticket, hall.Value!, ct) : hall.Error!;
    }
}
