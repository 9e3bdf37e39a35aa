using Microsoft.EntityFrameworkCore;
using OneWindow.Catalog.Contracts;
using OneWindow.Catalog.Data;
using OneWindow.Catalog.Features.CreateBundle;
using OneWindow.Catalog.Features.CreateItem;
using OneWindow.Organization.Contracts;

namespace OneWindow.Catalog.Features.SeedCatalog;

/// <summary>Loads a scenario's catalog; items and bundles that already exist are left alone. A bad entry stops the load.</summary>
internal sealed class SeedCatalog(CatalogDbContext db, CatalogReader reader, IOrganizationDirectory organization, TimeProvider clock) : ICatalogSeeder
{
    public async Task SeedAsync(ScenarioCatalog catalog, CancellationToken cancellationToken = default)
    {
        var departments = (await organization.DepartmentsAsync(cancellationToken)).Select(d => d.Code).ToHashSet(StringComparer.Ordinal);
        var existing = (await db.Items.Select(i => i.Code).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        var since = new DateOnly(2024, 1, 1);
        for (var i = 0; i < catalog.Items.Count; i++)
        {
            var input = catalog.Items[i];
            if (input.Code is not null && existing.Contains(input.Code))
            {
                continue;
            }

            var validated = ItemRules.Validate(input with { EffectiveFrom = input.EffectiveFrom ?? "2024-01-01" }, departments, since, $"items[{i}].");
            if (!validated.IsSuccess)
            {
                throw new InvalidOperationException($"Scenario catalog item {input.Code} is invalid: {validated.Error!.Describe()}");
            }

            CreateItem.CreateItem.Add(db, input.Code!, validated.Value!, clock);
            await reader.RegisterMaterialsAsync(validated.Value!.Materials, cancellationToken);
            existing.Add(input.Code!);
        }

        await db.SaveChangesAsync(cancellationToken);
        var bundles = (await db.Bundles.Select(b => b.Code).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        foreach (var bundle in catalog.Bundles.Where(b => b.Code is not null && !bundles.Contains(b.Code)))
        {
            var missing = (bundle.ItemCodes ?? []).Where(c => !existing.Contains(c)).ToList();
            if (missing.Count > 0 || string.IsNullOrWhiteSpace(bundle.Name))
            {
                throw new InvalidOperationException($"Scenario bundle {bundle.Code} names unknown items: {string.Join(", ", missing)}");
            }

            db.Bundles.Add(CreateBundle.CreateBundle.ToEntity(bundle, clock));
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
