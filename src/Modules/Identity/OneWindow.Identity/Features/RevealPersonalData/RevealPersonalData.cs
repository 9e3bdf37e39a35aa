using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using OneWindow.Identity.Data;
using OneWindow.Identity.Domain;
using OneWindow.SharedKernel.Api;
using OneWindow.SharedKernel.Auditing;
using OneWindow.SharedKernel.PersonalData;
using OneWindow.SharedKernel.Security;

namespace OneWindow.Identity.Features.RevealPersonalData;

/// <summary>Shows a user's mobile and ID number in full; every call is written to the audit log first.</summary>
internal static class RevealPersonalData
{
    public sealed record Response(string UserName, string? Mobile, string? IdNumber);

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapPost("/api/v1/users/{userName}/personal-data", async (string userName, IdentityDbContext db, PersonalDataProtector protector, IAuditSink audit, CancellationToken ct) => (await HandleAsync(userName, db, protector, audit, ct)).ToOk())
            .RequireAuthorization(p => p.RequireRole(Roles.PersonalDataRevealers.Split(',')))
            .WithTags("Identity");

    public static async Task<Result<Response>> HandleAsync(string userName, IdentityDbContext db, PersonalDataProtector protector, IAuditSink audit, CancellationToken ct)
    {
        var user = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.UserName == userName, ct);
        if (user is null)
        {
            return Error.NotFound("identity.user_not_found", $"User '{userName}' does not exist.");
        }

        await audit.RecordAsync([new AuditRecord(AuditActions.Reveal, nameof(AppUser), user.Id.ToString(), "fields: mobile,idNumber")], ct);
        return new Response(user.UserName!, protector.Decrypt(user.MobileCipher), protector.Decrypt(user.IdNumberCipher));
    }
}
