using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using OneWindow.Identity.Domain;
using OneWindow.SharedKernel.Security;

namespace OneWindow.Identity.Auth;

/// <summary>Adds the display name and the department (if any) to the principal; roles and center scopes come from the store.</summary>
internal sealed class ClaimsFactory(UserManager<AppUser> users, RoleManager<AppRole> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<AppUser, AppRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(AppUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(OneWindowClaims.DisplayName, user.DisplayName));
        if (!string.IsNullOrEmpty(user.DepartmentCode))
        {
            identity.AddClaim(new Claim(OneWindowClaims.Department, user.DepartmentCode));
        }

        return identity;
    }
}
