using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using OneWindow.SharedKernel.Api;

namespace OneWindow.Organization.Contracts;

/// <summary>
/// Base of every module's admin pages: each action runs in its own DI scope (a fresh DbContext) with the signed-in
/// user's data scope, and its outcome becomes the page message.
/// </summary>
public abstract class ScopedPage : ComponentBase
{
    [CascadingParameter]
    private Task<AuthenticationState> Authentication { get; set; } = default!;

    [Inject]
    private IServiceScopeFactory ScopeFactory { get; set; } = default!;

    protected string? Message { get; private set; }

    protected Severity MessageSeverity { get; private set; } = Severity.Info;

    /// <summary>Runs an action with a fresh scope's service of type <typeparamref name="TService"/> and the user's centers.</summary>
    protected async Task<T> RunScopedAsync<TService, T>(Func<TService, CenterScope, IServiceProvider, Task<T>> action)
        where TService : notnull
    {
        var user = (await Authentication).User;
        await using var scope = ScopeFactory.CreateAsyncScope();
        var centers = await scope.ServiceProvider.GetRequiredService<IDataScope>().ForAsync(user);
        return await action(scope.ServiceProvider.GetRequiredService<TService>(), centers, scope.ServiceProvider);
    }

    /// <summary>The signed-in user, for use cases that check scope or record who acted.</summary>
    protected async Task<System.Security.Claims.ClaimsPrincipal> UserAsync() => (await Authentication).User;

    /// <summary>The signed-in user's name, as the audit log records it.</summary>
    protected async Task<string> UserNameAsync() => (await Authentication).User.Identity?.Name ?? "unknown";

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

    protected void ShowError(string message)
    {
        MessageSeverity = Severity.Error;
        Message = message;
    }

    protected void ClearMessage() => Message = null;
}
