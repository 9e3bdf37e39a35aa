using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using OneWindow.Identity.Contracts;
using OneWindow.SharedKernel.Security;

namespace OneWindow.Identity.Features.VerifyAuditLog;

internal static class VerifyAuditLog
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/api/v1/audit/verify", async Task<Ok<AuditVerification>> (IAuditVerifier verifier, CancellationToken ct) =>
                TypedResults.Ok(await verifier.VerifyAsync(null, ct)))
            .RequireAuthorization(Policies.AuditReader)
            .WithTags("Identity");
}
