using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OneWindow.Hotline.Data;
using OneWindow.Hotline.Domain;
using OneWindow.SharedKernel.Api;
using OneWindow.SharedKernel.Security;

namespace OneWindow.Hotline.Features.ReplyWorkOrder;

/// <summary>回复: the unit reports what it did and whether the matter is solved; the order then waits for the callback.</summary>
internal static class ReplyWorkOrder
{
    public sealed record Request(string? Content, bool? Solved);

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapPost("/api/v1/work-orders/{id:guid}/reply", async (Guid id, Request request, ClaimsPrincipal user, HotlineDesk desk, CancellationToken ct) =>
                (await HandleAsync(id, request, user, desk, ct)).ToOk())
            .RequireAuthorization(Policies.HotlineUnit)
            .WithTags("Hotline");

    public static async Task<Result<OrderView>> HandleAsync(Guid id, Request request, ClaimsPrincipal user, HotlineDesk desk, CancellationToken ct)
    {
        var v = new Validation().Required("content", request.Content, 4000);
        if (request.Solved is null)
        {
            v.Add("solved", "is required: true when the matter is solved, false when it is not");
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
            return HotlineDesk.InvalidTransition(order, order.Status == OrderStatus.Dispatched ? "replied before it is signed off" : "replied");
        }

        var now = desk.Now;
        order.Status = OrderStatus.Replied;
        order.RepliedAt = now;
        order.ReplyContent = request.Content!.Trim();
        order.ReplySolved = request.Solved;
        var timing = now > order.DueAt ? "超期" : "按期";
        return await desk.SaveAsync(order, user, "replied", $"{(request.Solved == true ? "已解决" : "未解决")}（{timing}）：{order.ReplyContent}", ct);
    }
}
