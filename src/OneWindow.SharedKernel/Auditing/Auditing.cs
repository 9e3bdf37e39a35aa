namespace OneWindow.SharedKernel.Auditing;

/// <summary>One fact for the audit log. Never carries personal data: ids and field names only.</summary>
public sealed record AuditRecord(string Action, string EntityType, string EntityId, string? Details = null);

/// <summary>Appends to the tamper-evident audit log (owned by the Identity module).</summary>
public interface IAuditSink
{
    Task RecordAsync(IReadOnlyList<AuditRecord> records, CancellationToken cancellationToken = default);
}

/// <summary>Well-known audit actions.</summary>
public static class AuditActions
{
    public const string Create = "create";
    public const string Update = "update";
    public const string Delete = "delete";
    public const string Reveal = "reveal-personal-data";
    public const string SignIn = "sign-in";
    public const string SignInFailed = "sign-in-failed";
}
