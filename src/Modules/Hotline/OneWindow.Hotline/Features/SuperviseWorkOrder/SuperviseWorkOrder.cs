using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OneWindow.Hotline.Data;
using OneWindow.Hotline.Domain;
using OneWindow.SharedKernel.Api;
using OneWindow.SharedKernel.Security;

namespace OneWindow.Hotline.Features.SuperviseWorkOrder;

/// <summary>
/// 督办: a supervisor flags a hot, major, difficult or late order with a note. Each flag raises the level by one unless
/// a level is named: 1 督办, 2 重点督办, 3 挂牌督办. Closed and merged orders are past supervising.
/// </summary>
internal static class SuperviseWorkOrder
{
    public const int MaxLevel = 3;

    public sealed record Request(string? Reason, int? Level);

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapPost("/api/v1/work-orders/{id:guid}/supervise", async (Guid id, Request request, ClaimsPrincipal user, HotlineDesk desk, CancellationToken ct) =>
                (await HandleAsync(id, request, user, desk, ct)).ToOk())
            .RequireAuthorization(Policies.HotlineSupervisor)
            .WithTags("Hotline");

    public static async Task<Result<OrderView>> HandleAsync(Guid id, Request request, ClaimsPrincipal user, HotlineDesk desk, CancellationToken ct)
    {
        var v = new Validation().Required("reason", request.Reason, 1000);
        if (request.Level is { } l && (l < 1 || l > MaxLevel))
        {
            v.Add("level", $"must be 1 (督办), 2 (重点督办) or {MaxLevel} (挂牌督办)");
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
        if (order.Status is OrderStatus.Closed or OrderStatus.Merged)
        {
            return HotlineDesk.InvalidTransition(order, "supervised");
        }

        order.SupervisionLevel = request.Level ?? Math.Min(MaxLevel, order.SupervisionLevel + 1);
        return await desk.SaveAsync(order, user, "supervised", $"{LevelName(order.SupervisionLevel)}：{request.Reason!.Trim()}", ct);
    }

    public static string LevelName(int level) => level switch
    {
        1 => "督办",
        2 => "重点督办",
        3 => "挂牌督办",
        _ => "未督办",
    };
}
