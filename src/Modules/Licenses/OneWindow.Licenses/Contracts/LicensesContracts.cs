namespace OneWindow.Licenses.Contracts;

/// <summary>
/// One electronic license (电子证照) as a window sees it: which catalog material it stands for (<see cref="MaterialCode"/>,
/// e.g. <c>ID_CARD</c>, <c>BUSINESS_LICENSE</c>), whose it is (masked), who issued it and whether it is valid on the
/// day asked. A material backed by a valid license needs no paper.
/// </summary>
public sealed record LicenseInfo(
    string Number,
    string MaterialCode,
    string Name,
    string HolderKind,
    string HolderName,
    string HolderIdMasked,
    string IssuedBy,
    DateOnly IssuedOn,
    DateOnly? ValidUntil,
    bool Revoked)
{
    /// <summary>Not revoked and not expired on that day.</summary>
    public bool ValidOn(DateOnly day) => !Revoked && IssuedOn <= day && (ValidUntil is null || ValidUntil >= day);
}

/// <summary>
/// The license service the windows consult. The default is this product's own registry of licenses the demo issues;
/// <c>OneWindow:Licenses:Provider=Remote</c> asks an external license service instead (docs/modules/licenses.md).
/// </summary>
public interface ILicenseRegistry
{
    /// <summary>The licenses held by a person (resident ID number) or an enterprise (unified social credit code).</summary>
    Task<IReadOnlyList<LicenseInfo>> ForHolderAsync(string holderId, CancellationToken cancellationToken = default);

    Task<LicenseInfo?> FindAsync(string number, CancellationToken cancellationToken = default);
}

/// <summary>A license a scenario issues (the demo's registry).</summary>
public sealed record LicenseInput(string MaterialCode, string Name, string HolderKind, string HolderName, string HolderId, string IssuedBy, DateOnly IssuedOn, DateOnly? ValidUntil = null, string? Number = null);

public interface ILicenseSeeder
{
    /// <summary>Insert-only: a license number already there is kept.</summary>
    Task<int> SeedAsync(IReadOnlyList<LicenseInput> licenses, CancellationToken cancellationToken = default);
}

/// <summary>The external license service did not answer (Provider=Remote); the window falls back to paper.</summary>
public sealed class LicenseServiceUnavailableException(Exception inner) : Exception("The external license service did not answer.", inner);
