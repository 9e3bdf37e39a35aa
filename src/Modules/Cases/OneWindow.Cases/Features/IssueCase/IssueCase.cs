using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OneWindow.Cases.Data;
using OneWindow.Cases.Domain;
using OneWindow.SharedKernel.Api;
using OneWindow.SharedKernel.Security;

namespace OneWindow.Cases.Features.IssueCase;

/// <summary>
/// 统一出件: the result is registered (result ready), then handed over in person — the ID number typed must match the
/// applicant's (compared by blind index, never decrypted for it) and the person signs — or posted with the express company
/// and tracking number, later marked delivered.
/// </summary>
internal static class IssueCase
{
    public sealed record ResultRequest(string? Note);

    public sealed record PickupRequest(string? IdNumber, string? Signer);

    public sealed record PostRequest(string? Company, string? TrackingNumber);

    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapPost("/api/v1/cases/{id:guid}/result-ready", async (Guid id, ResultRequest request, ClaimsPrincipal user, CaseDesk desk, CancellationToken ct) =>
                (await ResultReadyAsync(id, request, user, desk, ct)).ToOk())
            .RequireAuthorization(Policies.CaseClerk).WithTags("Cases");
        app.MapPost("/api/v1/cases/{id:guid}/pickup", async (Guid id, PickupRequest request, ClaimsPrincipal user, CaseDesk desk, CancellationToken ct) =>
                (await PickupAsync(id, request, user, desk, ct)).ToOk())
            .RequireAuthorization(Policies.CaseClerk).WithTags("Cases");
        app.MapPost("/api/v1/cases/{id:guid}/post", async (Guid id, PostRequest request, ClaimsPrincipal user, CaseDesk desk, CancellationToken ct) =>
                (await PostAsync(id, request, user, desk, ct)).ToOk())
            .RequireAuthorization(Policies.CaseClerk).WithTags("Cases");
        app.MapPost("/api/v1/cases/{id:guid}/delivered", async (Guid id, ClaimsPrincipal user, CaseDesk desk, CancellationToken ct) =>
                (await DeliveredAsync(id, user, desk, ct)).ToOk())
            .RequireAuthorization(Policies.CaseClerk).WithTags("Cases");
    }

    public static async Task<Result<CaseState>> ResultReadyAsync(Guid id, ResultRequest request, ClaimsPrincipal user, CaseDesk desk, CancellationToken ct)
    {
        var v = new Validation().Optional("note", request.Note, 1000);
        if (!v.IsValid)
        {
            return Error.Invalid(v);
        }

        var now = desk.Now;
        return await CaseTransition.RunAsync(desk, id, user, "registered as result ready", [CaseStatus.Approved, CaseStatus.Rejected], c =>
        {
            c.Status = CaseStatus.ResultReady;
            c.ResultReadyAt = now;
            c.ResultNote = string.IsNullOrWhiteSpace(request.Note) ? null : request.Note.Trim();
            return CaseTransition.Done(c.ResultNote);
        }, "result-ready", ct);
    }

    public static async Task<Result<CaseState>> PickupAsync(Guid id, PickupRequest request, ClaimsPrincipal user, CaseDesk desk, CancellationToken ct)
    {
        var v = new Validation().Required("idNumber", request.IdNumber, 30).Name("signer", request.Signer, 50);
        if (!v.IsValid)
        {
            return Error.Invalid(v);
        }

        var now = desk.Now;
        return await CaseTransition.RunAsync(desk, id, user, "picked up", [CaseStatus.ResultReady], c =>
        {
            if (c.ApplicantIdIndex is null || desk.Protector.BlindIndex(request.IdNumber!.Trim()) != c.ApplicantIdIndex)
            {
                return Task.FromResult(Result<string?>.Fail(Error.Invalid("idNumber", "does not match the applicant's ID number", "cases.identity_mismatch")));
            }

            c.Status = CaseStatus.Issued;
            c.IssueMethod = Domain.IssueMethod.Pickup;
            c.IssuedAt = now;
            c.PickupSigner = request.Signer!.Trim();
            return CaseTransition.Done("窗口领取，签收人 " + c.PickupSigner);
        }, "issued", ct);
    }

    public static async Task<Result<CaseState>> PostAsync(Guid id, PostRequest request, ClaimsPrincipal user, CaseDesk desk, CancellationToken ct)
    {
        var v = new Validation().Name("company", request.Company, 50).Code("trackingNumber", request.TrackingNumber, 50);
        if (!v.IsValid)
        {
            return Error.Invalid(v);
        }

        var now = desk.Now;
        return await CaseTransition.RunAsync(desk, id, user, "posted", [CaseStatus.ResultReady], c =>
        {
            c.Status = CaseStatus.Issued;
            c.IssueMethod = Domain.IssueMethod.Post;
            c.IssuedAt = now;
            c.ExpressCompany = request.Company!.Trim();
            c.TrackingNumber = request.TrackingNumber!.Trim();
            c.DeliveryStatus = DeliveryStatus.Posted;
            return CaseTransition.Done($"邮寄 {c.ExpressCompany} {c.TrackingNumber}");
        }, "issued", ct);
    }

    public static Task<Result<CaseState>> DeliveredAsync(Guid id, ClaimsPrincipal user, CaseDesk desk, CancellationToken ct) =>
        CaseTransition.RunAsync(desk, id, user, "marked delivered", [CaseStatus.Issued, CaseStatus.Closed], c =>
        {
            if (c.IssueMethod != Domain.IssueMethod.Post || c.DeliveryStatus != DeliveryStatus.Posted)
            {
                return Task.FromResult(Result<string?>.Fail(CaseDesk.InvalidTransition(c, "marked delivered (it was not posted, or is delivered already)")));
            }

            c.DeliveryStatus = DeliveryStatus.Delivered;
            return CaseTransition.Done(null);
        }, "delivered", ct);
}
