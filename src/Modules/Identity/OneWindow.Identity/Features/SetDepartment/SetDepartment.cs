using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using OneWindow.Identity.Domain;
using OneWindow.Organization.Contracts;
using OneWindow.SharedKernel.Api;
using OneWindow.SharedKernel.Security;

namespace OneWindow.Identity.Features.SetDepartment;

/// <summary>
/// Puts a user in one approving department (审批部门) of the organization directory, or takes it out (null or empty).
/// The department travels as the <see cref="OneWindowClaims.Department"/> claim; the security stamp changes so that a
/// signed-in browser picks the change up at its next validation and old tokens are not renewed with the old department.
/// </summary>
internal static class SetDepartment
{
    public sealed record Request(string? Department);

    public sealed record Response(string UserName, string? Department);

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapPut("/api/v1/users/{userName}/department", async (string userName, Request request, UserManager<AppUser> users, IOrganizationDirectory organization, CancellationToken ct) =>
                (await HandleAsync(userName, request, users, organization, ct)).ToOk())
            .RequireAuthorization(Policies.UserAdmin)
            .WithTags("Identity");

    public static async Task<Result<Response>> HandleAsync(string userName, Request request, UserManager<AppUser> users, IOrganizationDirectory organization, CancellationToken ct)
    {
        var validation = new Validation();
        await ValidateAsync(validation, request.Department, organization, ct);
        if (!validation.IsValid)
        {
            return Error.Invalid(validation);
        }

        var user = await users.FindByNameAsync(userName);
        if (user is null)
        {
            return Error.NotFound("identity.user_not_found", $"User '{userName}' does not exist.");
        }

        var department = Normalize(request.Department);
        if (user.DepartmentCode != department)
        {
            user.DepartmentCode = department;
            var updated = await users.UpdateSecurityStampAsync(user);
            if (!updated.Succeeded)
            {
                return Error.Conflict("identity.concurrent_change", string.Join(" ", updated.Errors.Select(e => e.Description)));
            }
        }

        return new Response(user.UserName!, user.DepartmentCode);
    }

    /// <summary>Null or blank means no department; anything else must be a department code of the directory.</summary>
    public static async Task ValidateAsync(Validation validation, string? department, IOrganizationDirectory organization, CancellationToken ct)
    {
        var code = Normalize(department);
        if (code is null)
        {
            return;
        }

        var departments = await organization.DepartmentsAsync(ct);
        if (!departments.Any(d => string.Equals(d.Code, code, StringComparison.Ordinal)))
        {
            validation.Add("department", $"'{code}' is not a department of the directory");
        }
    }

    public static string? Normalize(string? department) => string.IsNullOrWhiteSpace(department) ? null : department.Trim();
}
