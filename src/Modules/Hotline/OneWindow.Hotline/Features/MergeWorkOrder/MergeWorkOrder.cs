using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OneWindow.Hotline.Data;
using OneWindow.Hotline.Domain;
using OneWindow.SharedKernel.Api;
using OneWindow.SharedKernel.Security;

namespace OneWindow.Hotline.Features.MergeWorkOrder;

/// <summary>
/// 合并: the same caller called again about the same issue. The duplicate (still open, not yet signed off by a unit)
/// is merged into the order that carries the matter, which must not be closed; both histories say so. Different
/// callers are never merged.
/// </summary>
internal static class MergeWorkOrder
{
    public sealed record Request(Guid? Into);

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapPost("/api/v1/work-orders/{id:guid}/merge", async (Guid id, Request request, ClaimsPrincipal user, HotlineDesk desk, CancellationToken ct) =>
                (await HandleAsync(id, request, user, desk, ct)).ToOk())
            .RequireAuthorization(Policies.HotlineAgent)
            .WithTags("Hotline");

    public static async Task<Result<OrderView>> HandleAsync(Guid id, Request request, ClaimsPrincipal user, HotlineDesk desk, CancellationToken ct)
    {
        if (request.Into is not { } intoId || intoId == id)
        {
            return Error.Invalid("into", "must be the id of another work order");
        }

        var found = await desk.FindAsync(id, ct);
        if (!found.IsSuccess)
        {
            return found.Error!;
        }

        var target = await desk.FindAsync(intoId, ct);
        if (!target.IsSuccess)
        {
            return target.Error!;
        }

        var duplicate = found.Value!;
        var into = target.Value!;
        if (duplicate.Status is not (OrderStatus.Registered or OrderStatus.Dispatched))
        {
            return HotlineDesk.InvalidTransition(duplicate, "merged (only an order no unit has signed off yet can be)");
        }

        if (into.Status == OrderStatus.Merged)
        {
            return Error.Conflict("hotline.merge_target_merged", $"Work order {into.Number} was itself merged; merge into the order it was merged into.");
        }

        if (into.Status == OrderStatus.Closed)
        {
            return Error.Conflict("hotline.merge_target_closed", $"Work order {into.Number} is closed; nobody would handle the repeat in it. Keep it as an order of its own (or reopen the closed one).");
        }

        if (duplicate.CallerPhoneIndex is null || duplicate.CallerPhoneIndex != into.CallerPhoneIndex)
        {
            return Error.Conflict("hotline.different_callers", $"Work orders {duplicate.Number} and {into.Number} come from different callers; only the same caller's repeats are merged.");
        }

        var now = desk.Now;
        duplicate.Status = OrderStatus.Merged;
        duplicate.MergedIntoId = into.Id;
        duplicate.ClosedAt = now;
        into.Revision++;
        desk.Db.Events.Add(new WorkOrderEvent { OrderId = into.Id, At = now, Actor = HotlineDesk.Actor(user), Action = "merged-in", Detail = $"并入重复工单 {duplicate.Number}" });
        return await desk.SaveAsync(duplicate, user, "merged", $"并入工单 {into.Number}", ct);
    }
}
