using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OneWindow.Calendar.Contracts;

namespace OneWindow.Calendar.Data;

/// <summary>Builds <see cref="WorkCalendar"/>s from the database and keeps them for 30 seconds (or until a local change).</summary>
internal sealed class CalendarProvider(IServiceScopeFactory scopes, TimeProvider clock) : ICalendarProvider
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(30);
    private readonly ConcurrentDictionary<string, (WorkCalendar Calendar, DateTimeOffset BuiltAt)> _cache = new(StringComparer.Ordinal);

    public async Task<WorkCalendar> ForCenterAsync(string? centerCode, CancellationToken cancellationToken = default)
    {
        var key = centerCode ?? string.Empty;
        if (_cache.TryGetValue(key, out var cached) && clock.GetUtcNow() - cached.BuiltAt < Lifetime)
        {
            return cached.Calendar;
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CalendarDbContext>();
        var years = await db.Years.AsNoTracking().Select(y => y.Year).ToListAsync(cancellationToken);
        var exceptions = (await db.Dates.AsNoTracking().ToListAsync(cancellationToken))
            .Select(d => new DayException(d.Date, d.IsWorkday, d.Holiday))
            .ToList();
        if (centerCode is not null)
        {
            exceptions.AddRange((await db.Overrides.AsNoTracking().Where(o => o.CenterCode == centerCode).ToListAsync(cancellationToken))
                .Select(o => new DayException(o.Date, o.IsWorkday, o.IsWorkday ? null : o.Reason)));
        }

        var calendar = new WorkCalendar(years, exceptions);
        _cache[key] = (calendar, clock.GetUtcNow());
        return calendar;
    }

    public void Invalidate() => _cache.Clear();
}
