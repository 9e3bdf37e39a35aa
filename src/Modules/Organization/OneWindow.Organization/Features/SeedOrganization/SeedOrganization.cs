using Microsoft.EntityFrameworkCore;
using OneWindow.Organization.Contracts;
using OneWindow.Organization.Data;
using OneWindow.Organization.Domain;
using OneWindow.SharedKernel.Api;

namespace OneWindow.Organization.Features.SeedOrganization;

/// <summary>Loads a scenario's organization by code: running it twice changes nothing the second time.</summary>
internal sealed class SeedOrganization(OrganizationDbContext db) : IOrganizationSeeder
{
    public async Task SeedAsync(OrganizationScenario scenario, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var centers = await db.Centers.ToDictionaryAsync(c => c.Code, cancellationToken);
        foreach (var item in scenario.Centers)
        {
            var level = Parse<CenterLevel>(item.Level, item.Code);
            Center? parent = null;
            if (item.ParentCode is not null && !centers.TryGetValue(item.ParentCode, out parent))
            {
                throw new InvalidOperationException($"Scenario center '{item.Code}' names parent '{item.ParentCode}' before it is defined.");
            }

            if (!centers.TryGetValue(item.Code, out var center))
            {
                center = new Center { Code = item.Code, Name = item.Name, Path = (parent?.Path ?? "/") + item.Code + "/" };
                db.Centers.Add(center);
                centers[item.Code] = center;
            }

            center.Name = item.Name;
            center.Level = level;
            center.ParentId = parent?.Id;
            center.Address = item.Address;
        }

        var halls = await db.Halls.Include(h => h.Categories).Include(h => h.Windows).AsSplitQuery().ToDictionaryAsync(h => h.Code, cancellationToken);
        foreach (var item in scenario.Halls)
        {
            if (!halls.TryGetValue(item.Code, out var hall))
            {
                hall = new Hall { Code = item.Code, Name = item.Name };
                db.Halls.Add(hall);
                halls[item.Code] = hall;
            }

            hall.Name = item.Name;
            hall.CenterId = centers[item.CenterCode].Id;
            hall.Address = item.Address;
            foreach (var category in item.Categories)
            {
                var existing = hall.Categories.FirstOrDefault(c => c.Code == category.Code);
                if (existing is null)
                {
                    hall.Categories.Add(new ServiceCategory { Code = category.Code, Name = category.Name, TicketPrefix = category.TicketPrefix });
                }
                else
                {
                    existing.Name = category.Name;
                    existing.TicketPrefix = category.TicketPrefix;
                }
            }

            foreach (var window in item.Windows)
            {
                var unknown = window.Categories.Where(c => item.Categories.All(k => k.Code != c)).ToList();
                if (unknown.Count > 0)
                {
                    throw new InvalidOperationException($"Scenario window '{item.Code}/{window.Code}' serves unknown categories {string.Join(",", unknown)}.");
                }

                var existing = hall.Windows.FirstOrDefault(w => w.Code == window.Code);
                if (existing is null)
                {
                    existing = new Window { Code = window.Code, Name = window.Name };
                    hall.Windows.Add(existing);
                }

                existing.Name = window.Name;
                existing.Kind = Parse<WindowKind>(window.Kind, window.Code);
                existing.Categories = [.. window.Categories];
            }
        }

        var departments = await db.Departments.Include(d => d.Halls).ToDictionaryAsync(d => d.Code, cancellationToken);
        foreach (var item in scenario.Departments)
        {
            if (!departments.TryGetValue(item.Code, out var department))
            {
                department = new Department { Code = item.Code, Name = item.Name };
                db.Departments.Add(department);
            }

            department.Name = item.Name;
            foreach (var hallCode in item.Halls ?? [])
            {
                if (department.Halls.All(h => h.Code != hallCode))
                {
                    department.Halls.Add(halls[hallCode]);
                }
            }
        }

        var units = await db.Units.ToDictionaryAsync(u => u.Code, cancellationToken);
        foreach (var item in scenario.Units)
        {
            if (!units.TryGetValue(item.Code, out var unit))
            {
                unit = new OrgUnit { Code = item.Code, Name = item.Name };
                db.Units.Add(unit);
            }

            unit.Name = item.Name;
            unit.Kind = Parse<UnitKind>(item.Kind, item.Code);
            unit.CenterId = item.CenterCode is null ? null : centers[item.CenterCode].Id;
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private static T Parse<T>(string value, string owner) where T : struct, Enum =>
        EnumParsing.TryParseWire<T>(value, out var parsed)
            ? parsed
            : throw new InvalidOperationException($"Scenario entry '{owner}' has '{value}'; expected one of {EnumParsing.Allowed<T>()}.");
}
