using System.Security.Claims;
using OneWindow.SharedKernel.Api;
using OneWindow.SharedKernel.Security;

namespace OneWindow.Cases.Data;

/// <summary>
/// Which approving department (审批部门) a user acts for. A user whose account carries a department
/// (<see cref="OneWindowClaims.Department"/>) sees, decides and signs in only that department's cases and hand-over
/// batches; others' are answered as not found, like cases of centers outside the user's scope. System administrators
/// are never narrowed. Without a department only center-level roles (the bureau, the project and business managers,
/// administrators) may decide cases and sign batches in; a department reviewer without a department is refused.
/// </summary>
internal static class CaseDepartment
{
    /// <summary>The department the user is bound to, or null (center staff, administrators).</summary>
    public static string? Of(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (user.IsInRole(Roles.SystemAdmin))
        {
            return null;
        }

        return user.FindFirst(OneWindowClaims.Department)?.Value is { Length: > 0 } code ? code : null;
    }

    /// <summary>Whether the user may see a case or batch of <paramref name="departmentCode"/>.</summary>
    public static bool Sees(ClaimsPrincipal user, string? departmentCode) =>
        Of(user) is not { } own || string.Equals(own, departmentCode, StringComparison.Ordinal);

    /// <summary>Center-level roles: they act for every department when their account has none.</summary>
    public static bool IsCenterLevel(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.IsInRole(Roles.SystemAdmin) || user.IsInRole(Roles.BureauSupervisor) || user.IsInRole(Roles.ProjectManager) || user.IsInRole(Roles.BusinessManager);
    }

    /// <summary>
    /// Null when the user may act for a department (decide a case, sign a batch in); otherwise the 403 to answer.
    /// Whether the case or batch is the user's own department's is checked where it is looked up.
    /// </summary>
    public static Error? RefuseDecision(ClaimsPrincipal user) =>
        Of(user) is not null || IsCenterLevel(user)
            ? null
            : Error.Forbidden("cases.department_required", "Your account belongs to no approving department; ask an administrator to set your department before you review cases.");
}
