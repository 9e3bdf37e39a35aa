using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using OneWindow.Organization.Contracts;

namespace OneWindow.Queue.Data;

/// <summary>
/// Hall layouts (categories, windows, their status) kept for two seconds per node: every kiosk tap, display refresh
/// and call reads them, and they change a few times a day. A call reads its own window's status afresh.
/// </summary>
internal sealed class HallLayouts(IServiceScopeFactory scopes, TimeProvider clock)
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(2);
    private readonly ConcurrentDictionary<string, (HallLayout? Hall, DateTimeOffset At)> _cache = new(StringComparer.Ordinal);

    public async Task<HallLayout?> GetAsync(string hallCode, bool fresh, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        if (!fresh && _cache.TryGetValue(hallCode, out var cached) && now - cached.At < Lifetime)
        {
            return cached.Hall;
        }

        await using var scope = scopes.CreateAsyncScope();
        var hall = await scope.ServiceProvider.GetRequiredService<IHallDirectory>().HallAsync(hallCode, ct);
        if (hall is not null)
        {
            // Unknown codes are not remembered: public callers could otherwise grow the cache without bound.
            _cache[hallCode] = (hall, now);
        }

        return hall;
    }

    /// <summary>The window's status read afresh, for a call that must not go out from a window closed a moment ago.</summary>
    public async Task<WindowSummary?> WindowAsync(string hallCode, string windowCode, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IHallDirectory>().WindowAsync(hallCode, windowCode, ct);
    }
}
