using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using OneWindow.Identity.Domain;
using OneWindow.Organization.Contracts;
using OneWindow.SharedKernel.Api;
using OneWindow.SharedKernel.PersonalData;
using OneWindow.SharedKernel.Security;

namespace OneWindow.Identity.Features.CreateUser;

/// <summary>Creates a staff account with roles, the centers whose subtrees it may see and, optionally, its department.</summary>
internal static class CreateUser
{
    public sealed record Request(string? UserName, string? DisplayName, string? Password, IReadOnlyList<string>? Roles, IReadOnlyList<string>? Centers, string? Mobile, string? IdNumber, string? Department = null);

    public sealed record Response(string Id, string UserName);

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapPost("/api/v1/users", async Task<Results<Created<Response>, ProblemHttpResult>> (Request request, UserManager<AppUser> users, IOrganizationDirectory organization, PersonalDataProtector protector, CancellationToken ct) =>
            {
                var result = await HandleAsync(request, users, organization, protector, ct);
                return result.IsSuccess ? TypedResults.Created($"/api/v1/users/{result.Value!.UserName}", result.Value) : result.Error!.ToProblem();
            })
            .RequireAuthorization(Policies.UserAdmin)
            .WithTags("Identity");

    public static async Task<Result<Response>> HandleAsync(Request request, UserManager<AppUser> users, IOrganizationDirectory organization, PersonalDataProtector protector, CancellationToken ct)
    {
        var validation = new Validation().Code("userName", request.UserName, 64).Name("displayName", request.DisplayName).Required("password", request.Password, 128);
        var roles = (request.Roles ?? []).Distinct(StringComparer.Ordinal).ToList();
        if (roles.Count == 0)
        {
            validation.Add("roles", "at least one role is required");
        }

        foreach (var role in roles.Where(r => !Roles.All.Contains(r)))
        {
            validation.Add("roles", $"'{role}' is not a role; roles are: {string.Join(", ", Roles.All)}");
        }

        var centers = (request.Centers ?? []).Distinct(StringComparer.Ordinal).ToList();
        if (centers.Count == 0)
        {
            validation.Add("centers", "at least one center (or '*' for all) is required");
        }

        foreach (var center in centers.Where(c => c != "*"))
        {
            if (!await organization.CenterExistsAsync(center, ct))
            {
                validation.Add("centers", $"center '{center}' does not exist");
            }
        }

        await SetDepartment.SetDepartment.ValidateAsync(validation, request.Department, organization, ct);

        if (request.Mobile is not null && !MobileNumber.TryParse(request.Mobile, out _, out var mobileError))
        {
            validation.Add("mobile", mobileError);
        }

        if (request.IdNumber is not null && !ResidentIdNumber.TryParse(request.IdNumber, out _, out var idError))
        {
            validation.Add("idNumber", idError);
        }

        if (request.Password is not null)
        {
            foreach (var validator in users.PasswordValidators)
            {
                var check = await validator.ValidateAsync(users, new AppUser(), request.Password);
                foreach (var error in check.Errors)
                {
                    validation.Add("password", error.Description);
                }
            }
        }

        if (!validation.IsValid)
        {
            return Error.Invalid(validation);
        }

        if (await users.FindByNameAsync(request.UserName!) is not null)
        {
            return Error.Conflict("identity.duplicate_user", $"User '{request.UserName}' already exists.");
        }

        var user = new AppUser
        {
            UserName = request.UserName,
            DisplayName = request.DisplayName!.Trim(),
            LockoutEnabled = true,
            DepartmentCode = SetDepartment.SetDepartment.Normalize(request.Department),
        };
        SetPersonalData(user, request.Mobile, request.IdNumber, protector);
        var created = await users.CreateAsync(user, request.Password!);
        if (!created.Succeeded)
        {
            return Error.Invalid("password", string.Join(" ", created.Errors.Select(e => e.Description)));
        }

        await users.AddToRolesAsync(user, roles);
        await users.AddClaimsAsync(user, centers.Select(c => new Claim(OneWindowClaims.CenterScope, c)));
        return new Response(user.Id.ToString(), user.UserName!);
    }

    public static void SetPersonalData(AppUser user, string? mobile, string? idNumber, PersonalDataProtector protector)
    {
        if (mobile is not null && MobileNumber.TryParse(mobile, out var m, out _))
        {
            user.MobileCipher = protector.Encrypt(m.Value.Value);
            user.MobileIndex = protector.BlindIndex(m.Value.Value);
        }

        if (idNumber is not null && ResidentIdNumber.TryParse(idNumber, out var id, out _))
        {
            user.IdNumberCipher = protector.Encrypt(id.Value.Value);
            user.IdNumberIndex = protector.BlindIndex(id.Value.Value);
        }
    }
}
