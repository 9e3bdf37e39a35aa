using Microsoft.Extensions.DependencyInjection;
using OneWindow.Organization.Contracts;

namespace OneWindow.Hotline.Data;

/// <summary>
/// Handling units and centers as the hotline sees them, read once a minute rather than on every request: each step of
/// an order names its unit, and the busiest path (a lifecycle in five requests) should not ask the organization
/// module five times for a list that changes a few times a year.
/// </summary>
internal sealed class OrganizationCache(IServiceScopeFactory scopes, TimeProvider clock) : IDisposable
{
    private static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(1);
    private readonly SemaphoreSlim _loading = new(1, 1);
    private (IReadOnlyList<UnitSummary> Units, IReadOnlyList<CenterName> Centers)? _current;
    private DateTimeOffset _loadedAt;

    public void Invalidate() => _current = null;

    public void Dispose() => _loading.Dispose();

    public async Task<IReadOnlyList<UnitSummary>> UnitsAsync(CancellationToken ct) => (await GetAsync(ct)).Units;

    /// <summary>A unit by code; an unknown code reads the organization again first (it may have been added a moment ago).</summary>
    public async Task<UnitSummary?> UnitAsync(string code, CancellationToken ct)
    {
        if ((await GetAsync(ct)).Units.FirstOrDefault(u => u.Code == code) is { } unit)
        {
            return unit;
        }

        Invalidate();
        return (await GetAsync(ct)).Units.FirstOrDefault(u => u.Code == code);
    }

    /// <summary>Whether a center exists; an unknown code reads the organization again first.</summary>
    public async Task<bool> CenterExistsAsync(string code, CancellationToken ct)
    {
        if ((await GetAsync(ct)).Centers.Any(c => c.Code == code))
        {
            return true;
        }

        Invalidate();
        return (await GetAsync(ct)).Centers.Any(c => c.Code == code);
    }

    public async Task<IReadOnlyList<CenterName>> CentersAsync(CancellationToken ct) => (await GetAsync(ct)).Centers;

    private async Task<(IReadOnlyList<UnitSummary> Units, IReadOnlyList<CenterName> Centers)> GetAsync(CancellationToken ct)
    {
        if (_current is { } fresh && clock.GetUtcNow() - _loadedAt < MaxAge)
        {
            return fresh;
        }

        await _loading.WaitAsync(ct);
        try
        {
            if (_current is { } loaded && clock.GetUtcNow() - _loadedAt < MaxAge)
            {
                return loaded;
            }

            using var scope = scopes.CreateScope();
            var directory = scope.ServiceProvider.GetRequiredService<IOrganizationDirectory>();
            var units = await directory.HandlingUnitsAsync(ct);
            var centers = await directory.CentersAsync(CenterScope.Everything, ct);
            _current = (units, centers);
            _loadedAt = clock.GetUtcNow();
            return (units, centers);
        }
        finally
        {
            _loading.Release();
        }
    }
}
