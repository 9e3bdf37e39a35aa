using Microsoft.EntityFrameworkCore;
using OneWindow.Licenses.Contracts;
using OneWindow.Licenses.Domain;
using OneWindow.SharedKernel.PersonalData;

namespace OneWindow.Licenses.Data;

/// <summary>The product's own registry (the default provider): licenses issued here, found by the holder's blind index.</summary>
internal sealed class LocalLicenseRegistry(LicensesDbContext db, PersonalDataProtector protector) : ILicenseRegistry
{
    public async Task<IReadOnlyList<LicenseInfo>> ForHolderAsync(string holderId, CancellationToken cancellationToken = default)
    {
        if (HolderId.NormalizeAny(holderId) is not { } id)
        {
            return [];
        }

        var index = protector.BlindIndex(id);
        var found = await db.Licenses.AsNoTracking().Where(l => l.HolderIdIndex == index).ToListAsync(cancellationToken);
        return found.OrderBy(l => l.MaterialCode, StringComparer.Ordinal).ThenByDescending(l => l.IssuedOn).Select(Info).ToList();
    }

    public async Task<LicenseInfo?> FindAsync(string number, CancellationToken cancellationToken = default)
    {
        var key = number.Trim();
        var found = await db.Licenses.AsNoTracking().FirstOrDefaultAsync(l => l.Number == key, cancellationToken);
        return found is null ? null : Info(found);
    }

    public static LicenseInfo Info(License l) =>
        new(l.Number, l.MaterialCode, l.Name, l.HolderKind == HolderKind.Person ? "person" : "enterprise", l.HolderNameMasked, l.HolderIdMasked, l.IssuedBy, l.IssuedOn, l.ValidUntil, l.RevokedAt is not null);
}
