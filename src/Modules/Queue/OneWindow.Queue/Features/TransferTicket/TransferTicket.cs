using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OneWindow.Queue.Contracts;
using OneWindow.Queue.Data;
using OneWindow.Queue.Domain;
using OneWindow.SharedKernel.Api;
using OneWindow.SharedKernel.Security;

namespace OneWindow.Queue.Features.TransferTicket;

/// <summary>
/// 转移: the visitor needs another category or a particular window. This visit ends as transferred and a new waiting
/// ticket with the same number and the original issue time takes its place in the other line, so nobody queues twice.
/// </summary>
internal static class TransferTicket
{
    public sealed record Request(string? Category, string? Window);

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapPost("/api/v1/tickets/{id:guid}/transfer", async (Guid id, Request request, ClaimsPrincipal user, QueueDesk desk, CancellationToken ct) =>
                (await HandleAsync(id, request, user, desk, ct)).ToOk())
            .RequireAuthorization(Policies.Staff)
            .WithTags("Queue");

    public static async Task<Result<TicketView>> HandleAsync(Guid id, Request request, ClaimsPrincipal user, QueueDesk desk, CancellationToken ct)
    {
        if ((request.Category is null) == (request.Window is null))
        {
            return Error.Invalid("category", "give either a category or a window");
        }

        var found = await desk.StaffTicketAsync(id, user, ct);
        if (!found.IsSuccess)
        {
            return found.Error!;
        }

        var (ticket, hall) = found.Value;
        string category;
        if (request.Category is not null)
        {
            if (hall.Category(request.Category) is null)
            {
                return Error.Invalid("category", $"category '{request.Category}' does not exist in hall '{hall.Code}'", "queue.unknown_category");
            }

            category = request.Category;
        }
        else
        {
            var window = hall.Window(request.Window!);
            if (window is null)
            {
                return Error.Invalid("window", $"window '{request.Window}' does not exist in hall '{hall.Code}'", "queue.unknown_window");
            }

            category = window.Categories.Contains(ticket.Category) || window.Categories.Count == 0 ? ticket.Category : window.Categories[0];
        }

        if (!Ticket.IsActive(ticket.Status) && ticket.Status != TicketStatus.Waiting)
        {
            return QueueDesk.InvalidTransition(ticket, "transferred");
        }

        var now = desk.Now;
        var next = new Ticket
        {
            HallCode = ticket.HallCode,
            ServiceDay = ticket.ServiceDay,
            Category = category,
            Prefix = ticket.Prefix,
            Number = ticket.Number,
            DisplayNumber = ticket.DisplayNumber,
            Priority = ticket.Priority,
            IssuedAt = ticket.IssuedAt,
            CreatedAt = now,
            TargetWindow = request.Window,
            TransferredFromId = ticket.Id,
            AppointmentCode = ticket.AppointmentCode,
            SlotStart = ticket.SlotStart,
            SlotEnd = ticket.SlotEnd,
        };
        ticket.Status = TicketStatus.Transferred;
        ticket.StartedAt ??= ticket.CalledAt;
        ticket.EndedAt = now;
        desk.Db.Tickets.Add(next);
        var saved = await desk.SaveAsync(ticket, "transferred", ct);
        if (!saved.IsSuccess)
        {
            return saved.Error!;
        }

        await desk.QueueChangedAsync(ticket.HallCode, category, ct);
        return await desk.ViewAsync(next, hall, ct);
    }
}
