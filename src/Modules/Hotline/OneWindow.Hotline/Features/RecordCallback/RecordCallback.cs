using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OneWindow.Hotline.Data;
using OneWindow.Hotline.Domain;
using OneWindow.SharedKernel.Api;
using OneWindow.SharedKernel.Security;

namespace OneWindow.Hotline.Features.RecordCallback;

/// <summary>
/// 回访: the agent calls the caller back after the reply (or after an answer at intake) and records whether the callback
/// is valid, whether the unit contacted them, whether it is solved and how satisfied they are. The order closes; its
/// callback time decides which assessment period it counts in.
/// </summary>
internal static class RecordCallback
{
    public sealed record Request(bool? Valid, bool? Contacted, bool? Solved, string? Satisfaction);

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapPost("/api/v1/work-orders/{id:guid}/callback", async (Guid id, Request request, ClaimsPrincipal user, HotlineDesk desk, CancellationToken ct) =>
                (await HandleAsync(id, request, user, desk, ct)).ToOk())
            .RequireAuthorization(Policies.HotlineAgent)
            .WithTags("Hotline");

    public static async Task<Result<OrderView>> HandleAsync(Guid id, Request request, ClaimsPrincipal user, HotlineDesk desk, CancellationToken ct)
    {
        var v = new Validation();
        if (request.Valid is null)
        {
            v.Add("valid", "is required: false when the callback could not count (caller unreachable, refused, not the caller)");
        }

        Satisfaction satisfaction = default;
        if (request.Valid == true)
        {
            if (request.Contacted is null)
            {
                v.Add("contacted", "is required for a valid callback");
            }

            if (request.Solved is null)
            {
                v.Add("solved", "is required for a valid callback");
            }

            if (!EnumParsing.TryParseWire(request.Satisfaction, out satisfaction))
            {
                v.Add("satisfaction", $"must be one of: {EnumParsing.Allowed<Satisfaction>()}");
            }
        }
        else if (request.Satisfaction is not null && !EnumParsing.TryParseWire<Satisfaction>(request.Satisfaction, out _))
        {
            v.Add("satisfaction", $"must be one of: {EnumParsing.Allowed<Satisfaction>()}");
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
        var answeredAtIntake = order.Status == OrderStatus.Closed && order.ClosedAtIntake && order.CallbackAt is null;
        if (order.Status != OrderStatus.Replied && !answeredAtIntake)
        {
            return HotlineDesk.InvalidTransition(order, "called back (a callback follows the reply)");
        }

        var now = desk.Now;
        var valid = request.Valid!.Value;
        order.Status = OrderStatus.Closed;
        order.ClosedAt = answeredAtIntake ? order.ClosedAt ?? now : now;

        order.CallbackAt = now;
        order.CallbackValid = valid;
        order.CallbackContacted = valid ? request.Contacted : null;
        order.CallbackSolved = valid ? request.Solved : null;
        order.CallbackSatisfaction = valid ? satisfaction : null;
        var detail = valid
            ? $"有效回访：{(request.Contacted == true ? "已联系" : "未联系")}，{(request.Solved == true ? "已解决" : "未解决")}，{Label(satisfaction)}"
            : "无效回访";
        return await desk.SaveAsync(order, user, "callback", detail, ct);
    }

    public static string Label(Satisfaction satisfaction) => satisfaction switch
    {
        Satisfaction.Satisfied => "满意",
        Satisfaction.BasicallySatisfied => "基本满意",
        _ => "不满意",
    };
}
