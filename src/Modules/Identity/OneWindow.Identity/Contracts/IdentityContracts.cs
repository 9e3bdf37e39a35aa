namespace OneWindow.Identity.Contracts;

/// <summary>A user of a scenario file (with the code of its approving department, if any). Passwords in scenario files are demo passwords only.</summary>
public sealed record ScenarioUser(string UserName, string DisplayName, string Password, IReadOnlyList<string> Roles, IReadOnlyList<string> Centers, string? Mobile, string? IdNumber, string? Department = null);

/// <summary>Creates or updates users by user name; never creates a user twice.</summary>
public interface IIdentitySeeder
{
    Task SeedAsync(IReadOnlyList<ScenarioUser> users, CancellationToken cancellationToken = default);
}

/// <summary>The outcome of walking the audit chain.</summary>
public sealed record AuditVerification(bool Intact, long Entries, long? FirstBrokenSequence, string? Problem);

/// <summary>Checks that no audit entry was edited, removed or inserted out of chain.</summary>
public interface IAuditVerifier
{
    Task<AuditVerification> VerifyAsync(IProgress<long>? progress = null, CancellationToken cancellationToken = default);
}

/// <summary>User administration the CLI needs.</summary>
public interface IUserAdministration
{
    Task<string?> CreateAsync(string userName, string displayName, string password, IReadOnlyList<string> roles, IReadOnlyList<string> centers, CancellationToken cancellationToken = default);

    Task<string?> ResetPasswordAsync(string userName, string password, CancellationToken cancellationToken = default);

    Task<string?> SetLockedAsync(string userName, bool locked, CancellationToken cancellationToken = default);

    Task<int> CountAsync(CancellationToken cancellationToken = default);
}
