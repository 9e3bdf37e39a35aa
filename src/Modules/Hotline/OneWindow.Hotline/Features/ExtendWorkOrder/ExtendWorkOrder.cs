using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OneWindow.Calendar.Contracts;
using OneWindow.Hotline.Data;
using OneWindow.Hotline.Domain;
using OneWindow.SharedKernel.Api;
using OneWindow.SharedKernel.Security;

namespace OneWindow.Hotline.Features.ExtendWorkOrder;

/// <summary>
/// 延期: a unit handling an order asks for more working days with a reason. Asking changes nothing; only an approval
/// moves the handling limit (by that many working days on the unit's calendar). One request at a time.
/// </summary>
internal static class ExtendWorkOrder
{
    public const int MaxDays = 60;

    public sealed record Request(int? Days, string? Reason);

    public sealed record Decision(string? Reason);

    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapPost("/api/v1/work-orders/{id:guid}/extension", async (Guid id, Request request, ClaimsPrincipal user, HotlineDesk desk, CancellationToken ct) =>
                (await RequestAsync(id, request, user, desk, ct)).ToOk())
            .RequireAuthorization(Policies.HotlineUnit)
            .WithTags("Hotline");
        app.MapPost("/api/v1/work-orders/{id:guid}/extension/approve", async (Guid id, Decision decision, ClaimsPrincipal user, HotlineDesk desk, CancellationToken ct) =>
                (await DecideAsync(id, decision, approve: true, user, desk, ct)).ToOk())
            .RequireAuthorization(Policies.HotlineSupervisor)
            .WithTags("Hotline");
        app.MapPost("/api/v1/work-orders/{id:guid}/extension/reject", async (Guid id, Decision decision, ClaimsPrincipal user, HotlineDesk desk, CancellationToken ct) =>
                (await DecideAsync(id, decision, approve: false, user, desk, ct)).ToOk())
            .RequireAuthorization(Policies.HotlineSupervisor)
            .WithTags("Hotline");
    }

    public static async Task<Result<OrderView>> RequestAsync(Guid id, Request request, ClaimsPrincipal user, HotlineDesk desk, CancellationToken ct)
    {
        var v = new Validation().Required("reason", request.Reason, 1000);
        if (request.Days is not { } days || days < 1 || days > MaxDays)
        {
            v.Add("days", $"must be a number of working days from 1 to {MaxDays}");
        }

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
        if (order.Status != OrderStatus.Accepted)
        {
            return HotlineDesk.InvalidTransition(order, "extended (only an order being handled can ask)");
        }

        if (order.Extension == ExtensionState.Requested)
        {
            return Error.Conflict("hotline.extension_pending", $"Work order {order.Number} already waits for a decision on an extension.");
        }

        order.Extension = ExtensionState.Requested;
        order.ExtensionDays = request.Days;
        return await desk.SaveAsync(order, user, "extension-requested", $"申请延期 {request.Days} 个工作日：{request.Reason!.Trim()}", ct);
    }

    public static async Task<Result<OrderView>> DecideAsync(Guid id, Decision decision, bool approve, ClaimsPrincipal user, HotlineDesk desk, CancellationToken ct)
    {
        var v = new Validation();
        if (approve)
        {
            v.Optional("reason", decision.Reason, 1000);
        }
        else
        {
            v.Required("reason", decision.Reason, 1000);
        }

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
        if (order.Extension != ExtensionState.Requested)
        {
            return Error.Conflict("hotline.no_extension_pending", $"Work order {order.Number} has no extension request to decide.");
        }

        if (!approve)
        {
            order.Extension = ExtensionState.Rejected;
            return await desk.SaveAsync(order, user, "extension-rejected", decision.Reason!.Trim(), ct);
        }

        var center = await desk.CenterOfUnitAsync(order.UnitCode, ct);
        order.DueAt = await desk.DeadlineAsync(order.DueAt, order.ExtensionDays ?? 0, LimitUnit.WorkingDays, center, ct);
        order.Extension = ExtensionState.Approved;
        var local = BusinessHours.Local(order.DueAt).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
        return await desk.SaveAsync(order, user, "extension-approved", $"延期 {order.ExtensionDays} 个工作日，办理时限至 {local}{(decision.Reason is null ? string.Empty : "：" + decision.Reason.Trim())}", ct);
    }
}
