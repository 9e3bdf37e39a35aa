using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OneWindow.Queue.Contracts;
using OneWindow.Queue.Data;
using OneWindow.Queue.Domain;
using OneWindow.SharedKernel.Api;
using OneWindow.SharedKernel.Security;

namespace OneWindow.Queue.Features.RecallTicket;

/// <summary>重呼: the display shows and says the number again; once the recalls are used up (OneWindow:Queue:MaxRecalls) the visitor is a no-show.</summary>
internal static class RecallTicket
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapPost("/api/v1/tickets/{id:guid}/recall", async (Guid id, ClaimsPrincipal user, QueueDesk desk, CancellationToken ct) =>
                (await HandleAsync(id, user, desk, ct)).ToOk())
            .RequireAuthorization(Policies.Staff)
            .WithTags("Queue");

    public static async Task<Result<TicketView>> HandleAsync(Guid id, ClaimsPrincipal user, QueueDesk desk, CancellationToken ct)
    {
        var found = await desk.StaffTicketAsync(id, user, ct);
        if (!found.IsSuccess)
        {
            return found.Error!;
        }

        var (ticket, hall) = found.Value;
        if (ticket.Status != TicketStatus.Called)
        {
            return QueueDesk.InvalidTransition(ticket, "recalled");
        }

        var noShow = ticket.Recalls >= desk.Options.MaxRecalls;
        if (noShow)
        {
            ticket.Status = TicketStatus.NoShow;
            ticket.EndedAt = desk.Now;
        }
        else
        {
            ticket.Recalls++;
        }

        var saved = await desk.SaveAsync(ticket, "recalled", ct);
        if (!saved.IsSuccess)
        {
            return saved.Error!;
        }
        if (!noShow)
        {
            await desk.AnnounceCallAsync(ticket, hall, ct);
        }
        else
        {
            await desk.QueueChangedAsync(ticket.HallCode, ticket.Category, ct);
        }

        return QueueDesk.View(ticket, hall, 0, 0);
    }
}
