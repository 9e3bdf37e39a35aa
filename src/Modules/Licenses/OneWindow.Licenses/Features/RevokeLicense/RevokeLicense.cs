using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using OneWindow.Licenses.Data;
using OneWindow.SharedKernel.Api;
using OneWindow.SharedKernel.Security;

namespace OneWindow.Licenses.Features.RevokeLicense;

/// <summary>注销: a license stops counting from now on; the reason is kept. Revoking twice is 409.</summary>
internal static class RevokeLicense
{
    public sealed record Request(string? Reason);

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapPost("/api/v1/licenses/{number}/revoke", async Task<Results<Ok<LicenseView>, ProblemHttpResult>> (string number, Request request, ClaimsPrincipal user, LicenseDesk desk, CancellationToken ct) =>
                (await HandleAsync(number, request, LicenseDesk.Actor(user), desk, ct)).ToOk())
            .RequireAuthorization(Policies.LicenseAdmin)
            .WithTags("Licenses");

    public static async Task<Result<LicenseView>> HandleAsync(string number, Request request, string actor, LicenseDesk desk, CancellationToken ct)
    {
        var v = new Validation().Required("reason", request.Reason, 200);
        if (!v.IsValid)
        {
            return Error.Invalid(v);
        }

        if (desk.Options.IsRemote)
        {
            return LicenseDesk.RemoteOnly();
        }

        var license = await desk.Db.Licenses.FirstOrDefaultAsync(l => l.Number == number, ct);
        if (license is null)
        {
            return LicenseDesk.NotFound(number);
        }

        if (license.RevokedAt is not null)
        {
            return Error.Conflict("licenses.revoked", $"License '{number}' was already revoked.");
        }

        license.RevokedAt = desk.Now;
        license.RevokedBy = actor;
        license.RevokeReason = request.Reason!.Trim();
        license.Revision++;
        try
        {
            await desk.Db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Error.Conflict("licenses.revoked", $"License '{number}' was changed at the same moment.");
        }

        return desk.View(LocalLicenseRegistry.Info(license));
    }
}
