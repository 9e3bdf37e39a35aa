using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OneWindow.Hotline.Data;
using OneWindow.SharedKernel.Api;
using OneWindow.SharedKernel.Security;

namespace OneWindow.Hotline.Features.GetWorkOrder;

/// <summary>One order with its whole history, reply, callback, files and verifications; the caller masked.</summary>
internal static class GetWorkOrder
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/api/v1/work-orders/{id:guid}", async (Guid id, System.Security.Claims.ClaimsPrincipal user, HotlineDesk desk, CancellationToken ct) =>
                (await HandleAsync(id, user, desk, ct)).ToOk())
            .RequireAuthorization(Policies.HotlineUnit)
            .WithTags("Hotline");

    public static async Task<Result<OrderDetail>> HandleAsync(Guid id, System.Security.Claims.ClaimsPrincipal user, HotlineDesk desk, CancellationToken ct)
    {
        var found = await desk.FindAsync(id, ct);
        if (!found.IsSuccess)
        {
            return found.Error!;
        }

        var order = found.Value!;
        if (!HotlineDesk.IsCentral(user) && !await desk.MayActForAsync(user, order.UnitCode, ct))
        {
            return Error.Forbidden("hotline.not_your_unit", "This work order is with another unit.");
        }

        return await desk.DetailAsync(order, ct);
    }
}
