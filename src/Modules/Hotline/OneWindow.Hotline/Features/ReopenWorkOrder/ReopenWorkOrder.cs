using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OneWindow.Hotline.Data;
using OneWindow.Hotline.Domain;
using OneWindow.SharedKernel.Api;
using OneWindow.SharedKernel.Security;

namespace OneWindow.Hotline.Features.ReopenWorkOrder;

/// <summary>
/// 重办: when the callback found the caller dissatisfied or the matter unsolved and the reviewer agrees, the order goes
/// back to the same unit with fresh limits. Its callback is cleared, so only the caller's final verdict is assessed.
/// </summary>
internal static class ReopenWorkOrder
{
    public sealed record Request(string? Reason);

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapPost("/api/v1/work-orders/{id:guid}/reopen", async (Guid id, Request request, ClaimsPrincipal user, HotlineDesk desk, CancellationToken ct) =>
                (await HandleAsync(id, request, user, desk, ct)).ToOk())
            .RequireAuthorization(Policies.HotlineSupervisor)
            .WithTags("Hotline");

    public static async Task<Result<OrderView>> HandleAsync(Guid id, Request request, ClaimsPrincipal user, HotlineDesk desk, CancellationToken ct)
    {
        var v = new Validation().Required("reason", request.Reason, 1000);
        if (!v.IsValid)
        {
            return Error.Invalid(v);
        }

        var found = await desk.FindAsync(id, ct);
        if (!found.IsSuccess)
        {
            return found.Error!;
        }

        var order = found.Value!;
        var unhappy = order.CallbackValid == true && (order.CallbackSatisfaction == Satisfaction.Dissatisfied || order.CallbackSolved == false);
        if (order.Status != OrderStatus.Closed || order.UnitCode is null || !unhappy)
        {
            return Error.Conflict("hotline.not_reopenable", $"Work order {order.Number} can be reopened only when it is closed after a unit's reply and its valid callback found the caller dissatisfied or the matter unsolved.");
        }

        var limit = (await desk.CategoriesAsync(ct)).Limit(order.LimitCode)!;
        var center = await desk.CenterOfUnitAsync(order.UnitCode, ct);
        await DispatchWorkOrder.DispatchWorkOrder.ToUnitAsync(order, order.UnitCode, center, desk, ct);
        order.DueAt = await desk.DeadlineAsync(desk.Now, limit.HandleAmount, limit.HandleUnit, center, ct);
        order.ReopenCount++;
        order.ClosedAt = null;
        order.RepliedAt = null;
        order.ReplyContent = null;
        order.ReplySolved = null;
        order.CallbackAt = null;
        order.CallbackValid = null;
        order.CallbackContacted = null;
        order.CallbackSolved = null;
        order.CallbackSatisfaction = null;
        order.Extension = ExtensionState.None;
        order.ExtensionDays = null;
        return await desk.SaveAsync(order, user, "reopened", request.Reason!.Trim(), ct);
    }
}
