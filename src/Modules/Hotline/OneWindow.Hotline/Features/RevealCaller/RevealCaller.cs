using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OneWindow.Hotline.Data;
using OneWindow.SharedKernel.Api;
using OneWindow.SharedKernel.Auditing;
using OneWindow.SharedKernel.Security;

namespace OneWindow.Hotline.Features.RevealCaller;

/// <summary>
/// The caller in full, for the callback call or the unit that must contact them. Every reveal is an audit record (who,
/// which order, why) before anything is shown; a unit sees only its own orders' callers.
/// </summary>
internal static class RevealCaller
{
    public sealed record Request(string? Reason);

    public sealed record Caller(string? Name, string? Phone, string? Address);

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapPost("/api/v1/work-orders/{id:guid}/reveal-caller", async (Guid id, Request request, ClaimsPrincipal user, HotlineDesk desk, CancellationToken ct) =>
                (await HandleAsync(id, request, user, desk, ct)).ToOk())
            .RequireAuthorization(Policies.HotlineUnit)
            .WithTags("Hotline");

    public static async Task<Result<Caller>> HandleAsync(Guid id, Request request, ClaimsPrincipal user, HotlineDesk desk, CancellationToken ct)
    {
        var v = new Validation().Required("reason", request.Reason, 200);
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
        await desk.Audit.RecordAsync([new AuditRecord(AuditActions.Reveal, "WorkOrder", order.Id.ToString(), $"caller of {order.Number}: {request.Reason!.Trim()}")], ct);
        return new Caller(desk.Decrypt(order.CallerNameEncrypted), desk.Decrypt(order.CallerPhoneEncrypted), desk.Decrypt(order.CallerAddressEncrypted));
    }
}
