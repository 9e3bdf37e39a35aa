using Microsoft.AspNetCore.Identity;
using OneWindow.Identity.Domain;

namespace OneWindow.Identity.Auth;

/// <summary>At least three of: lower case, upper case, digits, other characters (length is checked by Identity).</summary>
internal sealed class PasswordPolicy : IPasswordValidator<AppUser>
{
    public const int MinimumLength = 10;

    public Task<IdentityResult> ValidateAsync(UserManager<AppUser> manager, AppUser user, string? password)
    {
        password ??= string.Empty;
        var classes = (password.Any(char.IsLower) ? 1 : 0)
            + (password.Any(char.IsUpper) ? 1 : 0)
            + (password.Any(char.IsDigit) ? 1 : 0)
            + (password.Any(c => !char.IsLetterOrDigit(c)) ? 1 : 0);
        return Task.FromResult(classes >= 3
            ? IdentityResult.Success
            : IdentityResult.Failed(new IdentityError
            {
                Code = "PasswordCharacterClasses",
                Description = "Passwords must use at least three of: lower case, upper case, digits, symbols.",
            }));
    }
}
