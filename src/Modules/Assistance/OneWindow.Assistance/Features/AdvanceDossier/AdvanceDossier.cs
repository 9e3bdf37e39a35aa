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

namespace OneWindow.Assistance.Features.AdvanceDossier;

/// <summary>
/// The steps of a 跨域通办 dossier: <c>forward</c> (materials by post — express company and tracking number — or
/// electronically — a transmission reference), <c>receive</c> (the counterpart confirmed receipt: by whom),
/// <c>decide</c> (approved | rejected, note, result document reference), <c>return</c> (the result to the applicant:
/// pickup or post) and <c>cancel</c> (before forwarding). Any other step is 409.
/// </summary>
internal static class AdvanceDossier
{
    public sealed record Request(
        string? Mode = null,
        string? ExpressCompany = null,
        string? TrackingNumber = null,
        string? TransmissionReference = null,
        string? ReceivedBy = null,
        string? Result = null,
        string? Note = null,
        string? ResultDocument = null,
        string? Reason = null);

    public static readonly IReadOnlyList<string> Steps = ["forward", "receive", "decide", "return", "cancel"];

    public static void Map(IEndpointRouteBuilder app)
    {
        foreach (var action in Steps)
        {
            app.MapPost($"/api/v1/assistance/cross-region/{{id:guid}}/{action}", async Task<Results<Ok<DossierView>, ProblemHttpResult>> (Guid id, Request request, ClaimsPrincipal user, AssistanceDesk desk, CancellationToken ct) =>
                    (await HandleAsync(id, action, request, user, desk, ct)).ToOk())
                .RequireAuthorization(Policies.AssistanceStaff)
                .WithTags("Assistance");
        }
    }

    public static async Task<Result<DossierView>> HandleAsync(Guid id, string action, Request request, ClaimsPrincipal user, AssistanceDesk desk, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var v = new Validation();
        ForwardMode forwardMode = default;
        ReturnMode returnMode = default;
        CrossResult result = default;
        switch (action)
        {
            case "forward":
                if (!EnumParsing.TryParseWire(request.Mode, out forwardMode))
                {
                    v.Add("mode", $"must be one of {EnumParsing.Allowed<ForwardMode>()}");
                }
                else if (forwardMode == ForwardMode.Post)
                {
                    v.Name("expressCompany", request.ExpressCompany, 100).Code("trackingNumber", request.TrackingNumber);
                }
                else
                {
                    v.Required("transmissionReference", request.TransmissionReference, 100);
                }

                break;
            case "receive":
                v.Name("receivedBy", request.ReceivedBy, 100);
                break;
            case "decide":
                if (!EnumParsing.TryParseWire(request.Result, out result))
                {
                    v.Add("result", $"must be one of {EnumParsing.Allowed<CrossResult>()}");
                }

                v.Optional("note", request.Note, 1000).Optional("resultDocument", request.ResultDocument, 200);
                if (result == CrossResult.Rejected && string.IsNullOrWhiteSpace(request.Note))
                {
                    v.Add("note", "is required when the result is rejected");
                }

                break;
            case "return":
                if (!EnumParsing.TryParseWire(request.Mode, out returnMode))
                {
                    v.Add("mode", $"must be one of {EnumParsing.Allowed<ReturnMode>()}");
                }
                else if (returnMode == ReturnMode.Post)
                {
                    v.Code("trackingNumber", request.TrackingNumber);
                }

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
        var d = await desk.Db.Dossiers.FirstOrDefaultAsync(x => x.Id == id, ct);
        if (d is null || !scope.Contains(d.CenterCode))
        {
            return DossierView.NotFound(id);
        }

        var from = EnumParsing.ToWire(d.Status);
        var now = desk.Now;
        switch (action)
        {
            case "forward" when d.Status == CrossStatus.Accepted:
                d.Status = CrossStatus.Forwarded;
                d.ForwardMode = forwardMode;
                d.ExpressCompany = forwardMode == ForwardMode.Post ? request.ExpressCompany!.Trim() : null;
                d.TrackingNumber = forwardMode == ForwardMode.Post ? request.TrackingNumber!.Trim() : null;
                d.TransmissionReference = forwardMode == ForwardMode.Electronic ? request.TransmissionReference!.Trim() : null;
                d.ForwardedAt = now;
                d.ForwardedOn = desk.Today;
                desk.Record(d.Id, user, "cross-forwarded", d.TrackingNumber is null ? d.TransmissionReference : $"{d.ExpressCompany} {d.TrackingNumber}");
                break;
            case "receive" when d.Status == CrossStatus.Forwarded:
                d.Status = CrossStatus.Received;
                d.ReceivedAt = now;
                d.ReceivedBy = request.ReceivedBy!.Trim();
                desk.Record(d.Id, user, "cross-received", d.ReceivedBy);
                break;
            case "decide" when d.Status == CrossStatus.Received:
                d.Status = CrossStatus.Decided;
                d.Result = result;
                d.ResultNote = string.IsNullOrWhiteSpace(request.Note) ? null : request.Note.Trim();
                d.ResultDocument = string.IsNullOrWhiteSpace(request.ResultDocument) ? null : request.ResultDocument.Trim();
                d.DecidedAt = now;
                desk.Record(d.Id, user, "cross-decided", EnumParsing.ToWire(result));
                break;
            case "return" when d.Status == CrossStatus.Decided:
                d.Status = CrossStatus.Returned;
                d.ReturnMode = returnMode;
                d.ReturnTracking = returnMode == ReturnMode.Post ? request.TrackingNumber!.Trim() : null;
                d.ReturnedAt = now;
                desk.Record(d.Id, user, "cross-returned", EnumParsing.ToWire(returnMode));
                break;
            case "cancel" when d.Status == CrossStatus.Accepted:
                d.Status = CrossStatus.Cancelled;
                d.CancelReason = request.Reason!.Trim();
                desk.Record(d.Id, user, "cross-cancelled", d.CancelReason);
                break;
            default:
                return AssistanceDesk.Illegal("assistance.dossier_illegal_step", from, action switch { "forward" => "forwarded", "receive" => "received", "decide" => "decided", "return" => "returned", _ => "cancelled" });
        }

        d.Revision++;
        try
        {
            await desk.Db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return AssistanceDesk.Changed("assistance.dossier_illegal_step");
        }

        return await ListDossiers.ListDossiers.ViewAsync(d, desk, ct);
    }
}
