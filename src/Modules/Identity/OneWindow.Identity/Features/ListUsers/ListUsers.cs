using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using OneWindow.Identity.Data;
using OneWindow.SharedKernel.PersonalData;
using OneWindow.SharedKernel.Security;

namespace OneWindow.Identity.Features.ListUsers;

/// <summary>Users with personal fields masked. Seeing them in full is a separate, audited action.</summary>
internal static class ListUsers
{
    public sealed record UserItem(string Id, string UserName, string DisplayName, IReadOnlyList<string> Roles, IReadOnlyList<string> Centers, string? Mobile, string? IdNumber, bool LockedOut, string? Department);

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/api/v1/users", async Task<Ok<IReadOnlyList<UserItem>>> (IdentityDbContext db, PersonalDataProtector protector, TimeProvider clock, CancellationToken ct) =>
                TypedResults.Ok(await HandleAsync(db, protector, clock, ct)))
            .RequireAuthorization(Policies.UserAdmin)
            .WithTags("Identity");

    public static async Task<IReadOnlyList<UserItem>> HandleAsync(IdentityDbContext db, PersonalDataProtector protector, TimeProvider clock, CancellationToken ct)
    {
        var users = await db.Users.AsNoTracking().OrderBy(u => u.UserName).ToListAsync(ct);
        var roles = await db.UserRoles.AsNoTracking()
            .Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => new { ur.UserId, r.Name })
            .ToListAsync(ct);
        var centers = await db.UserClaims.AsNoTracking().Where(c => c.ClaimType == OneWindowClaims.CenterScope).ToListAsync(ct);
        var now = clock.GetUtcNow();
        return users.Select(u => new UserItem(
                u.Id.ToString(),
                u.UserName!,
                u.DisplayName,
                roles.Where(r => r.UserId == u.Id).Select(r => r.Name!).OrderBy(r => r, StringComparer.Ordinal).ToList(),
                centers.Where(c => c.UserId == u.Id).Select(c => c.ClaimValue!).ToList(),
                u.MobileCipher is null ? null : Masking.Phone(protector.Decrypt(u.MobileCipher)),
                u.IdNumberCipher is null ? null : Masking.IdNumber(protector.Decrypt(u.IdNumberCipher)),
                u.LockoutEnd is { } end && end > now,
                u.DepartmentCode))
            .ToList();
    }
}
