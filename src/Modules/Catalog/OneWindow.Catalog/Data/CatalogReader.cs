using Microsoft.EntityFrameworkCore;
using OneWindow.Catalog.Contracts;
using OneWindow.Catalog.Domain;
using OneWindow.Catalog.Features.CreateItem;
using OneWindow.SharedKernel.Api;

namespace OneWindow.Catalog.Data;

/// <summary>Reads guides as in force on a date, and merges bundle material lists.</summary>
internal sealed class CatalogReader(CatalogDbContext db, TimeProvider clock) : ICatalog
{
    public DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().ToOffset(TimeSpan.FromHours(8)).DateTime);

    public async Task<ItemGuide?> ItemAsync(string code, DateOnly? on = null, CancellationToken cancellationToken = default)
    {
        var day = on ?? Today;
        var item = await db.Items.AsNoTracking().Where(i => i.Code == code).Select(i => new { i.Id, i.Code }).FirstOrDefaultAsync(cancellationToken);
        if (item is null)
        {
            return null;
        }

        var version = await db.Versions.AsNoTracking().Include(v => v.Materials)
            .Where(v => v.ItemId == item.Id && v.EffectiveFrom <= day)
            .OrderByDescending(v => v.EffectiveFrom)
            .FirstOrDefaultAsync(cancellationToken);
        return version is null ? null : ToGuide(item.Code, version);
    }

    public async Task<ItemGuide?> ItemVersionAsync(string code, int version, CancellationToken cancellationToken = default)
    {
        var row = await db.Items.AsNoTracking().Where(i => i.Code == code)
            .SelectMany(i => i.Versions.Where(v => v.Version == version))
            .Include(v => v.Materials)
            .FirstOrDefaultAsync(cancellationToken);
        return row is null ? null : ToGuide(code, row);
    }

    public async Task<IReadOnlyList<ItemGuide>> ItemsAsync(DateOnly? on = null, CancellationToken cancellationToken = default)
    {
        var day = on ?? Today;
        var items = await db.Items.AsNoTracking().Include(i => i.Versions.Where(v => v.EffectiveFrom <= day)).ThenInclude(v => v.Materials)
            .AsSplitQuery().ToListAsync(cancellationToken);
        return items
            .Select(i => (i.Code, Version: i.Versions.OrderByDescending(v => v.EffectiveFrom).FirstOrDefault()))
            .Where(x => x.Version is not null)
            .OrderBy(x => x.Code, StringComparer.Ordinal)
            .Select(x => ToGuide(x.Code, x.Version!))
            .ToList();
    }

    public async Task<BundleGuide?> BundleAsync(string code, DateOnly? on = null, CancellationToken cancellationToken = default)
    {
        var bundle = await db.Bundles.AsNoTracking().Include(b => b.Items).FirstOrDefaultAsync(b => b.Code == code, cancellationToken);
        if (bundle is null)
        {
            return null;
        }

        var items = new List<ItemGuide>();
        foreach (var member in bundle.Items.OrderBy(i => i.Position))
        {
            if (await ItemAsync(member.ItemCode, on, cancellationToken) is { } guide)
            {
                items.Add(guide);
            }
        }

        return Merge(bundle, items);
    }

    public async Task<IReadOnlyList<BundleGuide>> BundlesAsync(DateOnly? on = null, CancellationToken cancellationToken = default)
    {
        var bundles = await db.Bundles.AsNoTracking().Include(b => b.Items).OrderBy(b => b.Code).ToListAsync(cancellationToken);
        var items = (await ItemsAsync(on, cancellationToken)).ToDictionary(i => i.Code, StringComparer.Ordinal);
        return bundles.Select(b => Merge(b, b.Items.OrderBy(i => i.Position).Select(i => items.GetValueOrDefault(i.ItemCode)).OfType<ItemGuide>().ToList())).ToList();
    }

    /// <summary>
    /// 一套材料: the union of the members' lists in member order, each material code once; a material is required
    /// when any member requires it, and accepted electronically or 容缺 only when every member that lists it allows so.
    /// </summary>
    public static BundleGuide Merge(Bundle bundle, IReadOnlyList<ItemGuide> items)
    {
        var merged = new List<(MaterialView Material, List<string> Items)>();
        foreach (var item in items)
        {
            foreach (var m in item.Materials)
            {
                var index = merged.FindIndex(x => x.Material.Code == m.Code);
                if (index < 0)
                {
                    merged.Add((m, [item.Code]));
                    continue;
                }

                var (have, codes) = merged[index];
                codes.Add(item.Code);
                merged[index] = (have with
                {
                    Required = have.Required || m.Required,
                    ElectronicLicense = have.ElectronicLicense && m.ElectronicLicense,
                    Tolerated = have.Tolerated && m.Tolerated,
                    Original = have.Original || m.Original,
                    Copies = Math.Max(have.Copies, m.Copies),
                }, codes);
            }
        }

        var promised = bundle.PromisedDays ?? (items.Count == 0 ? 0 : items.Max(i => i.PromisedDays));
        return new BundleGuide(
            bundle.Code,
            bundle.Name,
            bundle.Description,
            promised,
            bundle.PromisedDays is null,
            bundle.LeadDepartmentCode,
            items.Select(i => new BundleMember(i.Code, i.Name, i.DepartmentCode, i.PromisedDays)).ToList(),
            merged.Select(x => new BundleMaterial(x.Material, x.Items)).ToList());
    }

    public static ItemGuide ToGuide(string code, ItemVersion v) => new(
        code,
        v.Version,
        v.EffectiveFrom.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        v.Name,
        EnumParsing.ToWire(v.Type),
        v.DepartmentCode,
        EnumParsing.ToWire(v.Level),
        v.Category,
        v.LegalDays,
        v.PromisedDays,
        v.PromisedDays == 0,
        v.DeadlineNote,
        v.Basis,
        v.ImplementingBody,
        v.Conditions,
        v.Audience,
        v.ResultName,
        v.Fees,
        v.Process,
        v.ReviewStandard,
        v.Scope,
        v.Appointment,
        v.Delivery,
        v.OnlinePayment,
        v.Location,
        v.Hours,
        v.Contact,
        v.Supervision,
        v.Visits,
        v.Materials.OrderBy(m => m.Position)
            .Select(m => new MaterialView(m.MaterialCode, m.Name, m.Source, m.Original, m.Copies, m.Required, m.ElectronicLicense, m.Tolerated, m.Note, m.SampleUrl))
            .ToList());

    /// <summary>Adds material kinds first seen in <paramref name="lines"/>.</summary>
    public async Task RegisterMaterialsAsync(IEnumerable<MaterialLine> lines, CancellationToken cancellationToken)
    {
        var wanted = lines.GroupBy(l => l.MaterialCode).ToDictionary(g => g.Key, g => g.First().Name, StringComparer.Ordinal);
        var codes = wanted.Keys.ToList();
        var known = await db.Materials.Where(m => codes.Contains(m.Code)).Select(m => m.Code).ToListAsync(cancellationToken);
        var pending = db.ChangeTracker.Entries<MaterialKind>().Select(e => e.Entity.Code).ToHashSet(StringComparer.Ordinal);
        foreach (var (code, name) in wanted.Where(w => !known.Contains(w.Key) && !pending.Contains(w.Key)))
        {
            db.Materials.Add(new MaterialKind { Code = code, Name = name });
        }
    }

    public static string TypeLabel(string wire) => EnumParsing.TryParseWire<ItemType>(wire, out var type) ? ItemRules.TypeLabel(type) : wire;
}
