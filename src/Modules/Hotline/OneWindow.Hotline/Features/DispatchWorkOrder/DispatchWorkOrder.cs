using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OneWindow.Hotline.Data;
using OneWindow.Hotline.Domain;
using OneWindow.SharedKernel.Api;
using OneWindow.SharedKernel.Security;

namespace OneWindow.Hotline.Features.DispatchWorkOrder;

/// <summary>派单: the agent sends a registered order to a handling unit; the unit's sign-off clock (response limit) starts on its calendar.</summary>
internal static class DispatchWorkOrder
{
    public sealed record Request(string? UnitCode);

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapPost("/api/v1/work-orders/{id:guid}/dispatch", async (Guid id, Request request, ClaimsPrincipal user, HotlineDesk desk, CancellationToken ct) =>
                (await HandleAsync(id, request, user, desk, ct)).ToOk())
            .RequireAuthorization(Policies.HotlineAgent)
            .WithTags("Hotline");

    public static async Task<Result<OrderView>> HandleAsync(Guid id, Request request, ClaimsPrincipal user, HotlineDesk desk, CancellationToken ct)
    {
        var unit = await desk.UnitAsync(request.UnitCode, ct);
        if (unit is null)
        {
            return Error.Invalid("unitCode", $"'{request.UnitCode}' is not a handling unit (GET /api/v1/org/units?kind=handling)", "hotline.unknown_unit");
        }

        var found = await desk.FindAsync(id, ct);
        if (!found.IsSuccess)
        {
            return found.Error!;
        }

        var order = found.Value!;
        if (order.Status != OrderStatus.Registered)
        {
            return HotlineDesk.InvalidTransition(order, "dispatched");
        }

        await ToUnitAsync(order, unit.Code, unit.CenterCode, desk, ct);
        return await desk.SaveAsync(order, user, "dispatched", unit.Name, ct);
    }

    /// <summary>Puts the order with a unit and starts its response clock (also used by an approved return and a reopen).</summary>
    internal static async Task ToUnitAsync(WorkOrder order, string unitCode, string? unitCenter, HotlineDesk desk, CancellationToken ct)
    {
        var limit = (await desk.CategoriesAsync(ct)).Limit(order.LimitCode)
            ?? throw new InvalidOperationException($"Time-limit rule '{order.LimitCode}' no longer exists.");
        var now = desk.Now;
        order.Status = OrderStatus.Dispatched;
        order.UnitCode = unitCode;
        order.DispatchedAt = now;
        order.AcceptedAt = null;
        order.RespondBy = await desk.DeadlineAsync(now, limit.ResponseAmount, limit.ResponseUnit, unitCenter, ct);
    }
}
