using System.Security.Claims;

namespace OneWindow.SharedKernel.Security;

/// <summary>
/// The actor of the current logical flow. Set per HTTP request, per Blazor circuit event and by the CLI, so that
/// audit records name the right person even in a fresh DI scope.
/// </summary>
public sealed class ActorContext : ICurrentActor
{
    private static readonly AsyncLocal<ActorSnapshot?> Current = new();

    public ClaimsPrincipal User => Current.Value?.User ?? new ClaimsPrincipal(new ClaimsIdentity());

    public string Name => Current.Value?.Name ?? "system";

    public string? ClientAddress => Current.Value?.ClientAddress;

    public static void Set(ClaimsPrincipal user, string? clientAddress)
    {
        ArgumentNullException.ThrowIfNull(user);
        Current.Value = new ActorSnapshot(user, user.Identity?.IsAuthenticated == true ? user.Identity.Name ?? "unknown" : "anonymous", clientAddress);
    }

    public static void SetSystem(string name) =>
        Current.Value = new ActorSnapshot(new ClaimsPrincipal(new ClaimsIdentity()), "system:" + name, null);

    private sealed record ActorSnapshot(ClaimsPrincipal User, string Name, string? ClientAddress);
}
