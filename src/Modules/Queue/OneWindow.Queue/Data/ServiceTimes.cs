using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OneWindow.Queue.Domain;

namespace OneWindow.Queue.Data;

/// <summary>
/// Recent service time per hall and category: an exponentially weighted average over the last completed visits,
/// so a slow afternoon moves the estimate within a few tickets. Cached per node for a minute (estimates, not facts).
/// </summary>
internal sealed class ServiceTimes(IServiceScopeFactory scopes, QueueOptions options, TimeProvider clock)
{
    public const int Window = 30;
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(1);
    private readonly ConcurrentDictionary<(string Hall, string Category), (double Minutes, DateTimeOffset At)> _cache = new();

    public async Task<double> AverageMinutesAsync(string hallCode, string category, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        if (_cache.TryGetValue((hallCode, category), out var cached) && now - cached.At < Lifetime)
        {
            return cached.Minutes;
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<QueueDbContext>();
        var recent = await db.Tickets.AsNoTracking()
            .Where(t => t.HallCode == hallCode && t.Category == category && t.Status == TicketStatus.Completed && t.EndedAt != null)
            .OrderByDescending(t => t.EndedAt)
            .Take(Window)
            .Select(t => new { t.CalledAt, t.StartedAt, t.EndedAt })
            .ToListAsync(ct);
        var durations = recent.AsEnumerable().Reverse()
            .Select(t => (t.EndedAt!.Value - (t.StartedAt ?? t.CalledAt ?? t.EndedAt.Value)).TotalMinutes)
            .Where(m => m > 0);
        var minutes = Smooth(durations, options.SmoothingFactor, options.DefaultServiceMinutes);
        _cache[(hallCode, category)] = (minutes, now);
        return minutes;
    }

    /// <summary>EWMA of the values, oldest first, starting from the first value (or the default when there are none).</summary>
    public static double Smooth(IEnumerable<double> oldestFirst, double alpha, double fallback)
    {
        double? average = null;
        foreach (var value in oldestFirst)
        {
            average = average is null ? value : (alpha * value) + ((1 - alpha) * average.Value);
        }

        return average ?? fallback;
    }

    public void Forget(string hallCode, string category) => _cache.TryRemove((hallCode, category), out _);
}
