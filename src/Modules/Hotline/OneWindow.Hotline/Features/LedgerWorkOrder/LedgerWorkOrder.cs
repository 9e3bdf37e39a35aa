using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OneWindow.Hotline.Data;
using OneWindow.Hotline.Domain;
using OneWindow.SharedKernel.Api;
using OneWindow.SharedKernel.Security;

namespace OneWindow.Hotline.Features.LedgerWorkOrder;

/// <summary>
/// 挂账: a long-term issue that cannot be solved within the limit (planned works, disputes awaiting court) goes on the
/// ledger with a follow-up date; each follow-up records what happened and sets the next date; it leaves the ledger
/// with a reason. The order's own state is not changed by the ledger.
/// </summary>
internal static class LedgerWorkOrder
{
    public sealed record PutRequest(string? Reason, string? FollowUpOn);

    public sealed record FollowUpRequest(string? Note, string? NextOn);

    public sealed record RemoveRequest(string? Reason);

    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapPost("/api/v1/work-orders/{id:guid}/ledger", async (Guid id, PutRequest request, ClaimsPrincipal user, HotlineDesk desk, CancellationToken ct) =>
                (await PutAsync(id, request, user, desk, ct)).ToOk())
            .RequireAuthorization(Policies.HotlineSupervisor)
            .WithTags("Hotline");
        app.MapPost("/api/v1/work-orders/{id:guid}/ledger/follow-up", async (Guid id, FollowUpRequest request, ClaimsPrincipal user, HotlineDesk desk, CancellationToken ct) =>
                (await FollowUpAsync(id, request, user, desk, ct)).ToOk())
            .RequireAuthorization(Policies.HotlineUnit)
            .WithTags("Hotline");
        app.MapPost("/api/v1/work-orders/{id:guid}/ledger/remove", async (Guid id, RemoveRequest request, ClaimsPrincipal user, HotlineDesk desk, CancellationToken ct) =>
                (await RemoveAsync(id, request, user, desk, ct)).ToOk())
            .RequireAuthorization(Policies.HotlineSupervisor)
            .WithTags("Hotline");
    }

    public static async Task<Result<OrderView>> PutAsync(Guid id, PutRequest request, ClaimsPrincipal user, HotlineDesk desk, CancellationToken ct)
    {
        var v = new Validation().Required("reason", request.Reason, 1000);
        var date = FutureDate(v, "followUpOn", request.FollowUpOn, desk.Today);
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
        if (order.OnLedger)
        {
            return Error.Conflict("hotline.already_on_ledger", $"Work order {order.Number} is already on the ledger.");
        }

        if (order.Status is not (OrderStatus.Dispatched or OrderStatus.Accepted or OrderStatus.Replied))
        {
            return HotlineDesk.InvalidTransition(order, "put on the ledger (only an order with a unit can be)");
        }

        order.OnLedger = true;
        order.NextFollowUpOn = date;
        return await desk.SaveAsync(order, user, "ledger", $"挂账，下次跟进 {Text(date)}：{request.Reason!.Trim()}", ct);
    }

    public static async Task<Result<OrderView>> FollowUpAsync(Guid id, FollowUpRequest request, ClaimsPrincipal user, HotlineDesk desk, CancellationToken ct)
    {
        var v = new Validation().Required("note", request.Note, 2000);
        var date = FutureDate(v, "nextOn", request.NextOn, desk.Today);
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
        if (!order.OnLedger)
        {
            return Error.Conflict("hotline.not_on_ledger", $"Work order {order.Number} is not on the ledger.");
        }

        order.NextFollowUpOn = date;
        return await desk.SaveAsync(order, user, "follow-up", $"跟进（下次 {Text(date)}）：{request.Note!.Trim()}", ct);
    }

    public static async Task<Result<OrderView>> RemoveAsync(Guid id, RemoveRequest request, ClaimsPrincipal user, HotlineDesk desk, CancellationToken ct)
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
        if (!order.OnLedger)
        {
            return Error.Conflict("hotline.not_on_ledger", $"Work order {order.Number} is not on the ledger.");
        }

        order.OnLedger = false;
        order.NextFollowUpOn = null;
        return await desk.SaveAsync(order, user, "ledger-removed", request.Reason!.Trim(), ct);
    }

    private static DateOnly FutureDate(Validation v, string field, string? text, DateOnly today)
    {
        if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            v.Add(field, "must be a date YYYY-MM-DD");
        }
        else if (date <= today || date > today.AddYears(2))
        {
            v.Add(field, "must be after today and within two years");
        }

        return date;
    }

    private static string Text(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
