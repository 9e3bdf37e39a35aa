using Microsoft.EntityFrameworkCore;
using OneWindow.Organization.Contracts;
using OneWindow.SharedKernel.Api;
using OneWindow.SharedKernel.Realtime;

namespace OneWindow.Organization.Data;

internal sealed class HallDirectory(OrganizationDbContext db, IRealtimeNotifier notifier) : IHallDirectory
{
    public async Task<HallLayout?> HallAsync(string hallCode, CancellationToken cancellationToken = default)
    {
        var halls = await LoadAsync(db.Halls.Where(h => h.Code == hallCode), cancellationToken);
        return halls.Count == 0 ? null : halls[0];
    }

    public Task<IReadOnlyList<HallLayout>> HallsAsync(CancellationToken cancellationToken = default) => LoadAsync(db.Halls, cancellationToken);

    public async Task<WindowSummary?> WindowAsync(string hallCode, string windowCode, CancellationToken cancellationToken = default)
    {
        var window = await db.Windows.AsNoTracking()
            .Where(w => w.Code == windowCode && db.Halls.Any(h => h.Id == w.HallId && h.Code == hallCode))
            .FirstOrDefaultAsync(cancellationToken);
        return window is null ? null : new WindowSummary(window.Code, window.Name, window.Kind.Wire(), window.Status.Wire(), window.Categories);
    }

    public Task<Result<WindowSummary>> SwitchWindowAsync(string hallCode, string windowCode, string action, CenterScope scope, CancellationToken cancellationToken = default) =>
        Features.SwitchWindow.SwitchWindow.Actions.Contains(action)
            ? Features.SwitchWindow.SwitchWindow.HandleAsync(hallCode, windowCode, action, scope, db, notifier, cancellationToken)
            : Task.FromResult<Result<WindowSummary>>(Error.Invalid("action", $"must be one of {string.Join(", ", Features.SwitchWindow.SwitchWindow.Actions)}"));

    private static async Task<IReadOnlyList<HallLayout>> LoadAsync(IQueryable<Domain.Hall> halls, CancellationToken ct)
    {
        var rows = await halls.AsNoTracking().AsSplitQuery().Include(h => h.Center).Include(h => h.Categories).Include(h => h.Windows).ToListAsync(ct);
        return rows
            .OrderBy(h => h.Code, StringComparer.Ordinal)
            .Select(h => new HallLayout(
                h.Code,
                h.Name,
                h.Center!.Code,
                h.Categories.OrderBy(c => c.TicketPrefix, StringComparer.Ordinal).Select(c => new CategoryLayout(c.Code, c.Name, c.TicketPrefix)).ToList(),
                h.Windows.OrderBy(w => w.Code.Length).ThenBy(w => w.Code, StringComparer.Ordinal)
                    .Select(w => new WindowSummary(w.Code, w.Name, w.Kind.Wire(), w.Status.Wire(), w.Categories)).ToList()))
            .ToList();
    }
}
