using Microsoft.EntityFrameworkCore;
using OneWindow.Hotline.Contracts;
using OneWindow.Hotline.Domain;
using OneWindow.SharedKernel.Api;

namespace OneWindow.Hotline.Data;

/// <summary>Loads limits and the category tree by code (updated in place, never duplicated); history comes from the simulation.</summary>
internal sealed class HotlineSeeder(HotlineDbContext db, CategoryTree tree, Demo.HotlineHistory history) : IHotlineSeeder
{
    public async Task SeedAsync(HotlineScenario scenario, CancellationToken cancellationToken = default)
    {
        var limits = await db.Limits.ToDictionaryAsync(l => l.Code, StringComparer.Ordinal, cancellationToken);
        foreach (var l in scenario.Limits)
        {
            if (!EnumParsing.TryParseWire<LimitUnit>(l.ResponseUnit, out var responseUnit) || !EnumParsing.TryParseWire<LimitUnit>(l.HandleUnit, out var handleUnit) || l.ResponseAmount < 1 || l.HandleAmount < 1)
            {
                throw new InvalidOperationException($"Hotline limit '{l.Code}': amounts must be positive and units one of {EnumParsing.Allowed<LimitUnit>()}.");
            }

            if (!limits.TryGetValue(l.Code, out var limit))
            {
                limit = new TimeLimit { Code = l.Code, Name = l.Name };
                db.Limits.Add(limit);
            }

            limit.Name = l.Name;
            limit.ResponseAmount = l.ResponseAmount;
            limit.ResponseUnit = responseUnit;
            limit.HandleAmount = l.HandleAmount;
            limit.HandleUnit = handleUnit;
            limit.Urgent = l.Urgent;
        }

        var categories = await db.Categories.ToDictionaryAsync(c => c.Code, StringComparer.Ordinal, cancellationToken);
        var sort = 0;
        void Visit(ScenarioHotlineCategory node, string? parent, int level)
        {
            if (level > 3)
            {
                throw new InvalidOperationException($"Hotline category '{node.Code}' is deeper than three levels.");
            }

            if (node.Limit is not null && !limits.ContainsKey(node.Limit) && scenario.Limits.All(l => l.Code != node.Limit))
            {
                throw new InvalidOperationException($"Hotline category '{node.Code}' names an unknown limit '{node.Limit}'.");
            }

            if (!categories.TryGetValue(node.Code, out var category))
            {
                category = new Category { Code = node.Code, Name = node.Name };
                db.Categories.Add(category);
                categories[node.Code] = category;
            }

            category.Name = node.Name;
            category.ParentCode = parent;
            category.Level = level;
            category.Sort = sort++;
            category.UnitCode = node.Unit;
            category.ToStreet = node.ToStreet ?? false;
            category.LimitCode = node.Limit;
            foreach (var child in node.Children ?? [])
            {
                Visit(child, node.Code, level + 1);
            }
        }

        foreach (var root in scenario.Categories)
        {
            Visit(root, null, 1);
        }

        await db.SaveChangesAsync(cancellationToken);
        tree.Invalidate();
    }

    public Task<int> SeedHistoryAsync(HotlineHistoryScenario scenario, CancellationToken cancellationToken = default) =>
        history.SimulateAsync(scenario, cancellationToken);
}
