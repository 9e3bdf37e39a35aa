using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OneWindow.Cases.Data;
using OneWindow.SharedKernel.Api;
using OneWindow.SharedKernel.Auditing;
using OneWindow.SharedKernel.Security;

namespace OneWindow.Cases.Features.RevealApplicant;

/// <summary>The applicant in full (ID number, phone, address), for whoever must contact them: an audit record first, with the reason.</summary>
internal static class RevealApplicant
{
    public sealed record Request(string? Reason);

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapPost("/api/v1/cases/{id:guid}/reveal-applicant", async (Guid id, Request request, ClaimsPrincipal user, CaseDesk desk, CancellationToken ct) =>
                (await HandleAsync(id, request, user, desk, ct)).ToOk())
            .RequireAuthorization(Policies.CaseClerk)
            .WithTags("Cases");

    public static async Task<Result<ApplicantView>> HandleAsync(Guid id, Request request, ClaimsPrincipal user, CaseDesk desk, CancellationToken ct)
    {
        var v = new Validation().Required("reason", request.Reason, 200);
        if (!v.IsValid)
        {
            return Error.Invalid(v);
        }

        var found = await desk.FindAsync(id, user, ct);
        if (!found.IsSuccess)
        {
            return found.Error!;
        }

        var c = found.Value!;
        await desk.Audit.RecordAsync([new AuditRecord(AuditActions.Reveal, "Case", c.Id.ToString(), $"applicant of {c.Number}: {request.Reason!.Trim()}")], ct);
        return desk.Applicant(c, reveal: true);
    }
}
