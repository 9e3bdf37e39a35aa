using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OneWindow.Hotline.Data;
using OneWindow.Hotline.Domain;
using OneWindow.SharedKernel.Api;
using OneWindow.SharedKernel.Security;

namespace OneWindow.Hotline.Features.AcceptWorkOrder;

/// <summary>签收: the unit takes the order; whether it did so within the response limit is recorded in the history.</summary>
internal static class AcceptWorkOrder
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapPost("/api/v1/work-orders/{id:guid}/accept", async (Guid id, ClaimsPrincipal user, HotlineDesk desk, CancellationToken ct) =>
                (await HandleAsync(id, user, desk, ct)).ToOk())
            .RequireAuthorization(Policies.HotlineUnit)
            .WithTags("Hotline");

    public static async Task<Result<OrderView>> HandleAsync(Guid id, ClaimsPrincipal user, HotlineDesk desk, CancellationToken ct)
    {
        var found = await desk.FindForUnitAsync(id, user, ct);
        if (!found.IsSuccess)
        {
            return found.Error!;
        }

        var order = found.Value!;
        if (order.Status != OrderStatus.Dispatched)
        {
            return HotlineDesk.InvalidTransition(order, "signed off");
        }

        var now = desk.Now;
        order.Status = OrderStatus.Accepted;
        order.AcceptedAt = now;
        return await desk.SaveAsync(order, user, "accepted", order.RespondBy is { } due && now > due ? "超时签收" : "按时签收", ct);
    }
}
