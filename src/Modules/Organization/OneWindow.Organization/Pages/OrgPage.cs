using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using OneWindow.Organization.Contracts;
using OneWindow.Organization.Data;
using OneWindow.SharedKernel.Api;

namespace OneWindow.Organization.Pages;

/// <summary>
/// Base of the organization pages: each action runs in its own DI scope (a fresh DbContext) with the user's
/// data scope, and its outcome becomes the page message.
/// </summary>
public abstract class OrgPage : ComponentBase
{
    [CascadingParameter]
    private Task<AuthenticationState> Authentication { get; set; } = default!;

    [Inject]
    private IServiceScopeFactory ScopeFactory { get; set; } = default!;

    protected string? Message { get; private set; }

    protected Severity MessageSeverity { get; private set; } = Severity.Info;

    internal async Task<T> RunAsync<T>(Func<OrganizationDbContext, CenterScope, Task<T>> action)
    {
        var user = (await Authentication).User;
        await using var scope = ScopeFactory.CreateAsyncScope();
        var centers = await scope.ServiceProvider.GetRequiredService<IDataScope>().ForAsync(user);
        return await action(scope.ServiceProvider.GetRequiredService<OrganizationDbContext>(), centers);
    }

    /// <summary>Shows the outcome; returns true when it succeeded.</summary>
    protected bool Report<T>(Result<T> result, string savedFormat, Func<T, string> name)
    {
        if (result.IsSuccess)
        {
            MessageSeverity = Severity.Success;
            Message = string.Format(CultureInfo.CurrentCulture, savedFormat, name(result.Value!));
            return true;
        }

        MessageSeverity = Severity.Error;
        Message = result.Error!.Describe();
        return false;
    }

    protected void ClearMessage() => Message = null;
}
