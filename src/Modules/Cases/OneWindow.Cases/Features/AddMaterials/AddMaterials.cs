using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OneWindow.Cases.Data;
using OneWindow.Cases.Domain;
using OneWindow.SharedKernel.Api;
using OneWindow.SharedKernel.Security;

namespace OneWindow.Cases.Features.AddMaterials;

/// <summary>
/// Materials arrive (after a consultation, after the one-time notice, or for a correction 补正): each line marked as
/// received. A consulted or incomplete case whose required lines are all there becomes <c>submitted</c>; a consulted one
/// with lines still missing becomes <c>incomplete</c> and its history names them (the one-time notice). After acceptance,
/// until the decision, only lines taken on a 容缺 promise may arrive (the promise kept). Nothing changes when a line is bad
/// or nothing is new.
/// </summary>
internal static class AddMaterials
{
    public sealed record Request(IReadOnlyList<string>? Provided, IReadOnlyList<MaterialLineInput>? Materials = null);

    public sealed record Response(Guid Id, string Number, string Status, IReadOnlyList<MissingView> Missing);

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapPost("/api/v1/cases/{id:guid}/materials", async (Guid id, Request request, ClaimsPrincipal user, CaseDesk desk, CancellationToken ct) =>
                (await HandleAsync(id, request, user, desk, ct)).ToOk())
            .RequireAuthorization(Policies.CaseClerk)
            .WithTags("Cases");

    public static async Task<Result<Response>> HandleAsync(Guid id, Request request, ClaimsPrincipal user, CaseDesk desk, CancellationToken ct)
    {
        var found = await desk.FindAsync(id, user, ct);
        if (!found.IsSuccess)
        {
            return found.Error!;
        }

        var c = found.Value!;
        var lines = await desk.MaterialsAsync(c.Id, ct);
        var v = new Validation();
        if ((request.Provided?.Count ?? 0) + (request.Materials?.Count ?? 0) == 0)
        {
            v.Add("provided", "name at least one material");
        }

        var changes = MaterialLines.Validate(lines, request.Provided, request.Materials, desk.Today, v);
        if (v.IsValid)
        {
            await LicenseCheck.VerifyAsync(changes, request.Materials, desk.Protector.Decrypt(c.ApplicantIdEncrypted), desk.Licenses, desk.Today, v, ct);
        }
        if (!v.IsValid)
        {
            var unknown = v.Errors.Keys.Any(k => k == "provided" && request.Provided is { Count: > 0 } || k.EndsWith(".code", StringComparison.Ordinal));
            return Error.Invalid(v) with { Code = unknown ? "cases.unknown_material" : "validation.failed" };
        }

        // After acceptance only a 容缺 line may still arrive, as the promise said (paper or license); nothing else changes then.
        var keepingPromise = c.Status is CaseStatus.Accepted or CaseStatus.HandedOver or CaseStatus.UnderReview;
        if (keepingPromise && changes.Any(x => x.Line.Form != MaterialForm.Tolerated || x.Form is not (MaterialForm.PaperOriginal or MaterialForm.PaperCopy or MaterialForm.ElectronicLicense)))
        {
            return CaseDesk.InvalidTransition(c, "given materials other than the 容缺 ones promised");
        }

        if (!keepingPromise && c.Status is not (CaseStatus.Consulted or CaseStatus.Incomplete or CaseStatus.Submitted or CaseStatus.CorrectionRequested))
        {
            return CaseDesk.InvalidTransition(c, "given materials");
        }

        // Only real changes: a line already received the same way is not news.
        var real = changes.Where(x => x.Line.Form != x.Form || x.Line.LicenseReference != x.Input.LicenseReference?.Trim() || x.Line.DueOn != x.Due || x.Line.RejectReason != x.Input.Reason?.Trim()).ToList();
        if (real.Count > 0)
        {
            MaterialLines.Apply(real, desk.Now);
            var detail = MaterialLines.Describe(real);
            if (c.Status == CaseStatus.Consulted)
            {
                var missing = CaseDesk.Missing(lines);
                c.Status = missing.Count > 0 ? CaseStatus.Incomplete : CaseStatus.Submitted;
                detail = missing.Count > 0 ? detail + "；一次性告知: " + string.Join("、", missing.Select(m => m.Name)) : detail;
            }
            else if (c.Status == CaseStatus.Incomplete && CaseDesk.Missing(lines).Count == 0)
            {
                c.Status = CaseStatus.Submitted;
            }
            else if (c.Status == CaseStatus.Submitted && CaseDesk.Missing(lines).Count > 0)
            {
                c.Status = CaseStatus.Incomplete;
            }

            var saved = await desk.SaveAsync(c, user, "materials-received", detail, ct);
            if (!saved.IsSuccess)
            {
                return saved.Error!;
            }
        }

        return new Response(c.Id, c.Number, CaseDesk.Wire(c.Status), CaseDesk.Missing(lines));
    }
}
