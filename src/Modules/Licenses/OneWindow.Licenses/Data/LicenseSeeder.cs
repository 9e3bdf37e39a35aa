using Microsoft.EntityFrameworkCore;
using OneWindow.Licenses.Contracts;
using OneWindow.Licenses.Domain;
using OneWindow.SharedKernel.PersonalData;

namespace OneWindow.Licenses.Data;

/// <summary>Loads a scenario's licenses into the local registry, checked like <c>POST /api/v1/licenses</c>; insert-only.</summary>
internal sealed class LicenseSeeder(LicensesDbContext db, PersonalDataProtector protector, TimeProvider clock) : ILicenseSeeder
{
    public async Task<int> SeedAsync(IReadOnlyList<LicenseInput> licenses, CancellationToken cancellationToken = default)
    {
        var known = (await db.Licenses.Select(l => l.Number).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        var added = 0;
        foreach (var input in licenses)
        {
            var kind = input.HolderKind == "enterprise" ? HolderKind.Enterprise : HolderKind.Person;
            var id = HolderId.Normalize(kind, input.HolderId, out var why)
                ?? throw new InvalidOperationException($"Scenario license {input.Number}: holder ID {Masking.IdNumber(input.HolderId)} {why}");
            var number = input.Number ?? $"DZZZ{input.IssuedOn:yyyyMMdd}{input.MaterialCode}{Masking.IdNumber(id)[^4..]}";
            if (!known.Add(number))
            {
                continue;
            }

            db.Licenses.Add(new License
            {
                Number = number,
                MaterialCode = input.MaterialCode,
                Name = input.Name,
                HolderKind = kind,
                HolderNameEncrypted = protector.Encrypt(input.HolderName)!,
                HolderNameMasked = kind == HolderKind.Person ? Masking.Name(input.HolderName) : input.HolderName,
                HolderIdEncrypted = protector.Encrypt(id)!,
                HolderIdIndex = protector.BlindIndex(id)!,
                HolderIdMasked = Masking.IdNumber(id),
                IssuedBy = input.IssuedBy,
                IssuedOn = input.IssuedOn,
                ValidUntil = input.ValidUntil,
                CreatedAt = clock.GetUtcNow(),
                CreatedBy = "scenario",
            });
            added++;
        }

        await db.SaveChangesAsync(cancellationToken);
        return added;
    }
}
