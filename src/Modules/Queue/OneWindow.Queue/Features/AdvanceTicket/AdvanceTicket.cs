using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OneWindow.Queue.Contracts;
using OneWindow.Queue.Data;
using OneWindow.Queue.Domain;
using OneWindow.SharedKernel.Api;
using OneWindow.SharedKernel.Security;

namespace OneWindow.Queue.Features.AdvanceTicket;

/// <summary>The window's steps with its visitor: start (开始办理), complete (办结), no-show (过号), cancel (取消, while waiting).</summary>
internal static class AdvanceTicket
{
    private static readonly Dictionary<string, (TicketStatus[] From, TicketStatus To, string Past)> Steps = new(StringComparer.Ordinal)
    {
        ["start"] = ([TicketStatus.Called], TicketStatus.Serving, "started"),
        ["complete"] = ([TicketStatus.Called, TicketStatus.Serving], TicketStatus.Completed, "completed"),
        ["no-show"] = ([TicketStatus.Called], TicketStatus.NoShow, "marked a no-show"),
        ["cancel"] = ([TicketStatus.Waiting], TicketStatus.Cancelled, "cancelled"),
    };

    public static void Map(IEndpointRouteBuilder app)
    {
        foreach (var step in Steps.Keys)
        {
            app.MapPost($"/api/v1/tickets/{{id:guid}}/{step}", async (Guid id, ClaimsPrincipal user, QueueDesk desk, ServiceTimes serviceTimes, CancellationToken ct) =>
                    (await HandleAsync(id, step, user, desk, serviceTimes, ct)).ToOk())
                .RequireAuthorization(Policies.Staff)
                .WithTags("Queue");
        }
    }

    public static async Task<Result<TicketView>> HandleAsync(Guid id, string step, ClaimsPrincipal user, QueueDesk desk, ServiceTimes serviceTimes, CancellationToken ct)
    {
        if (!Steps.TryGetValue(step, out var rule))
        {
            return Error.Invalid("step", $"must be one of {string.Join(", ", Steps.Keys)}");
        }

        var found = await desk.StaffTicketAsync(id, user, ct);
        if (!found.IsSuccess)
        {
            return found.Error!;
        }

        var (ticket, hall) = found.Value;
        if (!rule.From.Contains(ticket.Status))
        {
            return QueueDesk.InvalidTransition(ticket, rule.Past);
        }

        var now = desk.Now;
        ticket.Status = rule.To;
        if (rule.To == TicketStatus.Serving)
        {
            ticket.StartedAt = now;
        }
        else
        {
            ticket.StartedAt ??= rule.To == TicketStatus.Completed ? ticket.CalledAt : null;
            ticket.EndedAt = now;
        }

        var saved = await desk.SaveAsync(ticket, rule.Past, ct);
        if (!saved.IsSuccess)
        {
            return saved.Error!;
        }

        if (rule.To == TicketStatus.Completed)
        {
            serviceTimes.Forget(ticket.HallCode, ticket.Category);
            await desk.TicketCompletedAsync(ticket, ct);
        }

        await desk.QueueChangedAsync(ticket.HallCode, ticket.Category, ct);
        return QueueDesk.View(ticket, hall, 0, 0);
    }
}
