using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using OneWindow.Assistance.Data;
using OneWindow.Assistance.Domain;
using OneWindow.SharedKernel.Api;
using OneWindow.SharedKernel.Security;

namespace OneWindow.Assistance.Features.AdvanceProxy;

/// <summary>
/// The steps of a 代办 case: <c>submit</c> (the proxy staff filed it: the case number), <c>return</c> (the result handed
/// back to the applicant, who signs) and <c>cancel</c> (with a reason, before the result is returned). Any other step is 409.
/// </summary>
internal static class AdvanceProxy
{
    public sealed record Request(string? CaseNumber = null, string? Signature = null, string? Note = null, string? Reason = null);

    public static void Map(IEndpointRouteBuilder app)
    {
        foreach (var action in new[] { "submit", "return", "cancel" })
        {
            app.MapPost($"/api/v1/assistance/proxies/{{id:guid}}/{action}", async Task<Results<Ok<ProxyView>, ProblemHttpResult>> (Guid id, Request request, ClaimsPrincipal user, AssistanceDesk desk, CancellationToken ct) =>
                    (await HandleAsync(id, action, request, user, desk, ct)).ToOk())
                .RequireAuthorization(Policies.AssistanceStaff)
                .WithTags("Assistance");
        }
    }

    public static async Task<Result<ProxyView>> HandleAsync(Guid id, string action, Request request, ClaimsPrincipal user, AssistanceDesk desk, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var v = new Validation();
        switch (action)
        {
            case "submit":
                v.Code("caseNumber", request.CaseNumber);
                break;
            case "return":
                v.Name("signature", request.Signature, 50).Optional("note", request.Note, 1000);
                break;
            case "cancel":
                v.Required("reason", request.Reason, 500);
                break;
            default:
                return Error.NotFound("assistance.unknown_step", $"There is no step '{action}'.");
        }

        if (!v.IsValid)
        {
            return Error.Invalid(v);
        }

        var scope = await desk.ScopeAsync(user, ct);
        var proxy = await desk.Db.Proxies.Include(p => p.Materials).FirstOrDefaultAsync(p => p.Id == id, ct);
        if (proxy is null || !scope.Contains(proxy.CenterCode))
        {
            return ProxyView.NotFound(id);
        }

        var from = EnumParsing.ToWire(proxy.Status);
        var now = desk.Now;
        switch (action)
        {
            case "submit" when proxy.Status == ProxyStatus.Received:
                if (await desk.CaseRefusalAsync(request.CaseNumber, ct) is { } refusal)
                {
                    return Error.Invalid("caseNumber", refusal, "assistance.unknown_case");
                }

                proxy.Status = ProxyStatus.Submitted;
                proxy.CaseNumber = request.CaseNumber!.Trim();
                proxy.SubmittedAt = now;
                desk.Record(proxy.Id, user, "proxy-submitted", proxy.CaseNumber);
                break;
            case "return" when proxy.Status == ProxyStatus.Submitted:
                proxy.Status = ProxyStatus.ResultReturned;
                proxy.ReturnSignatureEncrypted = desk.Encrypt(request.Signature);
                proxy.ResultNote = string.IsNullOrWhiteSpace(request.Note) ? null : request.Note.Trim();
                proxy.ResultReturnedAt = now;
                desk.Record(proxy.Id, user, "proxy-result-returned");
                break;
            case "cancel" when proxy.Status is ProxyStatus.Received or ProxyStatus.Submitted:
                proxy.Status = ProxyStatus.Cancelled;
                proxy.CancelReason = request.Reason!.Trim();
                proxy.CancelledAt = now;
                desk.Record(proxy.Id, user, "proxy-cancelled", proxy.CancelReason);
                break;
            default:
                return AssistanceDesk.Illegal("assistance.proxy_illegal_step", from, action switch { "submit" => "submitted", "return" => "returned", _ => "cancelled" });
        }

        proxy.Revision++;
        try
        {
            await desk.Db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return AssistanceDesk.Changed("assistance.proxy_illegal_step");
        }

        return ProxyView.Of(proxy, desk);
    }
}
