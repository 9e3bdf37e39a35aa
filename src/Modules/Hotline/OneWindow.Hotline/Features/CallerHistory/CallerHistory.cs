using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using OneWindow.Hotline.Data;
using OneWindow.Hotline.Domain;
using OneWindow.SharedKernel.Api;
using OneWindow.SharedKernel.Security;

namespace OneWindow.Hotline.Features.CallerHistory;

/// <summary>来电历史: the caller's earlier orders, found by the phone's blind index (the number itself is never searched in clear).</summary>
internal static class CallerHistory
{
    public const int Take = 20;

    public sealed record Request(string? Phone);

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapPost("/api/v1/work-orders/caller-history", async (Request request, HotlineDesk desk, CancellationToken ct) =>
                (await HandleAsync(request.Phone, desk, ct)).ToOk())
            .RequireAuthorization(Policies.HotlineAgent)
            .WithTags("Hotline");

    public static async Task<Result<IReadOnlyList<OrderView>>> HandleAsync(string? phone, HotlineDesk desk, CancellationToken ct)
    {
        if (!CallerPhone.TryNormalize(phone, out var normalized, out var error))
        {
            return Error.Invalid("phone", error);
        }

        var index = desk.PhoneIndex(normalized);
        var rows = await desk.Db.Orders.AsNoTracking().Where(o => o.CallerPhoneIndex == index)
            .OrderByDescending(o => o.CreatedAt).Take(Take).ToListAsync(ct);
        return Result<IReadOnlyList<OrderView>>.Ok(await desk.ViewsAsync(rows, ct));
    }
}
