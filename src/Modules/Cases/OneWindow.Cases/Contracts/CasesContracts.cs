namespace OneWindow.Cases.Contracts;

/// <summary>
/// One case (办件) as other modules see it: who accepted it where, for which item or bundle, and where it stands.
/// Status is the API name (<c>incomplete</c>, <c>submitted</c>, <c>accepted</c>, … <c>issued</c>, <c>closed</c>).
/// </summary>
public sealed record CaseSummary(
    Guid Id,
    string Number,
    string Status,
    string? ItemCode,
    string? BundleCode,
    string Title,
    string? DepartmentCode,
    string CenterCode,
    string? HallCode,
    string? WindowCode,
    string? ClerkUserName,
    DateTimeOffset CreatedAt,
    DateOnly? Deadline,
    DateTimeOffset? IssuedAt);

/// <summary>Looks up cases for other modules (online evaluation from a receipt's QR, reports).</summary>
public interface ICaseDirectory
{
    Task<CaseSummary?> FindAsync(Guid id, CancellationToken cancellationToken = default);

    Task<CaseSummary?> FindByNumberAsync(string number, CancellationToken cancellationToken = default);

    /// <summary>True when the applicant's phone ends with these four digits (public lookup and evaluation check).</summary>
    Task<bool> PhoneEndsWithAsync(string number, string lastFour, CancellationToken cancellationToken = default);
}

/// <summary>A case as lists and queues show it (the list API, the clerk, review and issuance pages): applicant name masked, deadline warning none/yellow/red.</summary>
public sealed record CaseListRow(Guid Id, string Number, string Status, string Title, string? ItemCode, string? BundleCode, string? DepartmentCode, string CenterCode, DateTimeOffset CreatedAt, DateOnly? Deadline, string Warning, bool Overdue, string ApplicantName);

/// <summary>Demo data: a few running cases of the first center, some near or past their deadline (the 督办 dashboard's material).</summary>
public interface ICaseHistorySeeder
{
    /// <summary>Adds the running demo cases once (nothing when cases exist); returns how many.</summary>
    Task<int> SeedHistoryAsync(CancellationToken cancellationToken = default);
}
