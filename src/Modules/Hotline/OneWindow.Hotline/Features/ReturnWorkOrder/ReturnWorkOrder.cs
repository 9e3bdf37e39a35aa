using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OneWindow.Hotline.Data;
using OneWindow.Hotline.Domain;
using OneWindow.SharedKernel.Api;
using OneWindow.SharedKernel.Security;

namespace OneWindow.Hotline.Features.ReturnWorkOrder;

/// <summary>
/// 退单: a unit that is not responsible asks to give the order back, with its reason; a reviewer approves (the order
/// goes back to the agents, or straight to the unit named) or rejects (the unit keeps it). The caller's handling limit
/// keeps running throughout.
/// </summary>
internal static class ReturnWorkOrder
{
    public sealed record Request(string? Reason);

    public sealed record Decision(string? Reason, string? UnitCode);

    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapPost("/api/v1/work-orders/{id:guid}/return", async (Guid id, Request request, ClaimsPrincipal user, HotlineDesk desk, CancellationToken ct) =>
                (await RequestAsync(id, request, user, desk, ct)).ToOk())
            .RequireAuthorization(Policies.HotlineUnit)
            .WithTags("Hotline");
        app.MapPost("/api/v1/work-orders/{id:guid}/return/approve", async (Guid id, Decision decision, ClaimsPrincipal user, HotlineDesk desk, CancellationToken ct) =>
                (await DecideAsync(id, decision, approve: true, user, desk, ct)).ToOk())
            .RequireAuthorization(Policies.HotlineSupervisor)
            .WithTags("Hotline");
        app.MapPost("/api/v1/work-orders/{id:guid}/return/reject", async (Guid id, Decision decision, ClaimsPrincipal user, HotlineDesk desk, CancellationToken ct) =>
                (await DecideAsync(id, decision, approve: false, user, desk, ct)).ToOk())
            .RequireAuthorization(Policies.HotlineSupervisor)
            .WithTags("Hotline");
    }

    public static async Task<Result<OrderView>> RequestAsync(Guid id, Request request, ClaimsPrincipal user, HotlineDesk desk, CancellationToken ct)
    {
        var v = new Validation().Required("reason", request.Reason, 1000);
        if (!v.IsValid)
        {
            return Error.Invalid(v);
        }

        var found = await desk.FindForUnitAsync(id, user, ct);
        if (!found.IsSuccess)
        {
            return found.Error!;
        }

        var order = found.Value!;
        if (order.Status is not (OrderStatus.Dispatched or OrderStatus.Accepted))
        {
            return HotlineDesk.InvalidTransition(order, "returned");
        }

        order.StatusBeforeReturn = order.Status;
        order.Status = OrderStatus.ReturnRequested;
        return await desk.SaveAsync(order, user, "return-requested", request.Reason!.Trim(), ct);
    }

    public static async Task<Result<OrderView>> DecideAsync(Guid id, Decision decision, bool approve, ClaimsPrincipal user, HotlineDesk desk, CancellationToken ct)
    {
        var v = new Validation();
        if (!approve)
        {
            v.Required("reason", decision.Reason, 1000);
        }
        else
        {
            v.Optional("reason", decision.Reason, 1000);
        }

        var unit = await desk.UnitAsync(decision.UnitCode, ct);
        if (approve && decision.UnitCode is not null && unit is null)
        {
            v.Add("unitCode", $"'{decision.UnitCode}' is not a handling unit");
        }

        if (!v.IsValid)
        {
            return Error.Invalid(v) with { Code = v.Errors.ContainsKey("unitCode") ? "hotline.unknown_unit" : "validation.failed" };
        }

        var found = await desk.FindAsync(id, ct);
        if (!found.IsSuccess)
        {
            return found.Error!;
        }

        var order = found.Value!;
        if (order.Status != OrderStatus.ReturnRequested)
        {
            return HotlineDesk.InvalidTransition(order, approve ? "returned (no return was asked)" : "kept (no return was asked)");
        }

        if (!approve)
        {
            order.Status = order.StatusBeforeReturn ?? OrderStatus.Dispatched;
            order.StatusBeforeReturn = null;
            return await desk.SaveAsync(order, user, "return-rejected", decision.Reason!.Trim(), ct);
        }

        if (unit is not null && unit.Code == order.UnitCode)
        {
            return Error.Invalid("unitCode", $"'{unit.Code}' is the unit that asks to return the order; reject the return to keep it there");
        }

        // The unit gives the order up, and with it any extension it asked for: the next unit asks for its own.
        order.StatusBeforeReturn = null;
        if (order.Extension == ExtensionState.Requested)
        {
            order.Extension = ExtensionState.None;
            order.ExtensionDays = null;
        }

        if (unit is not null)
        {
            await DispatchWorkOrder.DispatchWorkOrder.ToUnitAsync(order, unit.Code, unit.CenterCode, desk, ct);
            return await desk.SaveAsync(order, user, "return-approved", $"改派 {unit.Name}{(decision.Reason is null ? string.Empty : "：" + decision.Reason.Trim())}", ct);
        }

        order.Status = OrderStatus.Registered;
        order.UnitCode = null;
        order.RespondBy = null;
        order.AcceptedAt = null;
        order.DispatchedAt = null;
        return await desk.SaveAsync(order, user, "return-approved", decision.Reason?.Trim() ?? "退回重新派单", ct);
    }
}
