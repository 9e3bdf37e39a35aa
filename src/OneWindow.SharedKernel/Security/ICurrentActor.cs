using System.Security.Claims;

namespace OneWindow.SharedKernel.Security;

/// <summary>Who is acting now: a signed-in person, an API client, the CLI or a scheduled job.</summary>
public interface ICurrentActor
{
    ClaimsPrincipal User { get; }

    /// <summary>User name, or "system:..." for work nobody signed in for.</summary>
    string Name { get; }

    string? ClientAddress { get; }
}
