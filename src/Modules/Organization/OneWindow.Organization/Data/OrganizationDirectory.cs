using Microsoft.EntityFrameworkCore;
using OneWindow.Organization.Contracts;

namespace OneWindow.Organization.Data;

internal sealed class OrganizationDirectory(OrganizationDbContext db) : IOrganizationDirectory
{
    public async Task<OrganizationCounts> CountAsync(CenterScope scope, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var codes = scope.Codes.ToList();
        var all = scope.IsEverything;
        var centers = await db.Centers.CountAsync(c => all || codes.Contains(c.Code), cancellationToken);
        var halls = await db.Halls.CountAsync(h => all || codes.Contains(h.Center!.Code), cancellationToken);
        var windows = await db.Windows.CountAsync(w => all || db.Halls.Any(h => h.Id == w.HallId && codes.Contains(h.Center!.Code)), cancellationToken);
        var departments = await db.Departments.CountAsync(cancellationToken);
        var units = await db.Units.CountAsync(cancellationToken);
        return new OrganizationCounts(centers, halls, windows, departments, units);
    }

    public async Task<IReadOnlyList<HallSummary>> HallsAsync(CenterScope scope, CancellationToken cancellationToken = default) =>
        await Features.ListHalls.ListHalls.HandleAsync(db, scope, cancellationToken);

    public Task<bool> CenterExistsAsync(string centerCode, CancellationToken cancellationToken = default) =>
        db.Centers.AnyAsync(c => c.Code == centerCode, cancellationToken);

    public async Task<IReadOnlyList<CenterName>> CentersAsync(CenterScope scope, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var codes = scope.Codes.ToList();
        var all = scope.IsEverything;
        var rows = await db.Centers.AsNoTracking().Where(c => all || codes.Contains(c.Code)).Select(c => new { c.Path, c.Code, c.Name }).ToListAsync(cancellationToken);
        return rows.OrderBy(c => c.Path, StringComparer.Ordinal).Select(c => new CenterName(c.Code, c.Name)).ToList();
    }

    public async Task<IReadOnlyList<DepartmentSummary>> DepartmentsAsync(CancellationToken cancellationToken = default) =>
        await db.Departments.AsNoTracking().OrderBy(d => d.Code).Select(d => new DepartmentSummary(d.Code, d.Name)).ToListAsync(cancellationToken);

    public Task<IReadOnlyList<UnitSummary>> HandlingUnitsAsync(CancellationToken cancellationToken = default) =>
        Features.ListUnits.ListUnits.ListAsync(db, Domain.UnitKind.Handling, cancellationToken);
}
