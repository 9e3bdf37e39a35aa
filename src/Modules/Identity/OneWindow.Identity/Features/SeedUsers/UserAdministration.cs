using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using OneWindow.Identity.Contracts;
using OneWindow.Identity.Domain;
using OneWindow.Organization.Contracts;
using OneWindow.SharedKernel.PersonalData;
using OneWindow.SharedKernel.Security;

namespace OneWindow.Identity.Features.SeedUsers;

/// <summary>User administration for the CLI and the scenario loader; returns an error text or null.</summary>
internal sealed class UserAdministration(UserManager<AppUser> users, RoleManager<AppRole> roles, PersonalDataProtector protector, IOrganizationDirectory organization)
    : IUserAdministration, IIdentitySeeder
{
    public async Task SeedAsync(IReadOnlyList<ScenarioUser> scenarioUsers, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scenarioUsers);
        await EnsureRolesAsync();
        var departments = (await organization.DepartmentsAsync(cancellationToken)).Select(d => d.Code).ToHashSet(StringComparer.Ordinal);
        foreach (var item in scenarioUsers)
        {
            if (item.Department is { } department && !departments.Contains(department))
            {
                throw new InvalidOperationException($"Scenario user '{item.UserName}': department '{department}' is not in the scenario's organization.");
            }

            var user = await users.FindByNameAsync(item.UserName);
            if (user is null)
            {
                var error = await CreateAsync(item.UserName, item.DisplayName, item.Password, item.Roles, item.Centers, cancellationToken);
                if (error is not null)
                {
                    throw new InvalidOperationException($"Scenario user '{item.UserName}': {error}");
                }

                user = await users.FindByNameAsync(item.UserName);
            }

            CreateUser.CreateUser.SetPersonalData(user!, item.Mobile, item.IdNumber, protector);
            user!.DisplayName = item.DisplayName;
            if (item.Department is not null)
            {
                user.DepartmentCode = item.Department;
            }

            await users.UpdateAsync(user);
        }
    }

    public async Task<string?> CreateAsync(string userName, string displayName, string password, IReadOnlyList<string> roleNames, IReadOnlyList<string> centers, CancellationToken cancellationToken = default)
    {
        await EnsureRolesAsync();
        var unknown = roleNames.Where(r => !Roles.All.Contains(r)).ToList();
        if (unknown.Count > 0)
        {
            return $"unknown roles: {string.Join(", ", unknown)}";
        }

        var user = new AppUser { UserName = userName, DisplayName = displayName, LockoutEnabled = true };
        var result = await users.CreateAsync(user, password);
        if (!result.Succeeded)
        {
            return string.Join(" ", result.Errors.Select(e => e.Description));
        }

        await users.AddToRolesAsync(user, roleNames);
        await users.AddClaimsAsync(user, centers.Select(c => new Claim(OneWindowClaims.CenterScope, c)));
        return null;
    }

    public async Task<string?> ResetPasswordAsync(string userName, string password, CancellationToken cancellationToken = default)
    {
        var user = await users.FindByNameAsync(userName);
        if (user is null)
        {
            return $"user '{userName}' does not exist";
        }

        var token = await users.GeneratePasswordResetTokenAsync(user);
        var result = await users.ResetPasswordAsync(user, token, password);
        return result.Succeeded ? null : string.Join(" ", result.Errors.Select(e => e.Description));
    }

    public async Task<string?> SetLockedAsync(string userName, bool locked, CancellationToken cancellationToken = default)
    {
        var user = await users.FindByNameAsync(userName);
        if (user is null)
        {
            return $"user '{userName}' does not exist";
        }

        await users.SetLockoutEnabledAsync(user, true);
        await users.SetLockoutEndDateAsync(user, locked ? DateTimeOffset.MaxValue : null);
        if (!locked)
        {
            await users.ResetAccessFailedCountAsync(user);
        }

        return null;
    }

    public Task<int> CountAsync(CancellationToken cancellationToken = default) => users.Users.CountAsync(cancellationToken);

    private async Task EnsureRolesAsync()
    {
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new AppRole { Name = role });
            }
        }
    }
}
