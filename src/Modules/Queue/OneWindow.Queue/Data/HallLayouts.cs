using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using OneWindow.Organization.Contracts;

namespace OneWindow.Queue.Data;

/// <summary>
/// Hall layouts (categories, windows, their status) kept for two seconds per node for the public side: every kiosk
/// tap and display refresh reads them, and they change a few times a day. Staff actions always read afresh.
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
        _cache[hallCode] = (hall, now);
        return hall;
    }
}
