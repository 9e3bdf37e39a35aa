using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OneWindow.Calendar.Contracts;
using OneWindow.Organization.Contracts;

namespace OneWindow.Calendar.Data;

/// <summary>Builds <see cref="BusinessHours"/> from hall schedules on the center's calendar; kept 30 seconds or until a local change.</summary>
internal sealed class BusinessHoursProvider(IServiceScopeFactory scopes, CalendarProvider calendars, TimeProvider clock, OfficeHours office) : IBusinessHoursProvider
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(30);
    private readonly ConcurrentDictionary<string, (HallHours? Hall, DateTimeOffset BuiltAt)> _cache = new(StringComparer.Ordinal);

    public async Task<BusinessHours?> ForHallAsync(string hallCode, CancellationToken cancellationToken = default)
    {
        if (!_cache.TryGetValue(hallCode, out var cached) || clock.GetUtcNow() - cached.BuiltAt >= Lifetime)
        {
            cached = (await LoadAsync(hallCode, cancellationToken), clock.GetUtcNow());
            _cache[hallCode] = cached;
        }

        // The calendar comes fresh from its own cache, so a holiday or closure entered since applies at once.
        return cached.Hall is null ? null : new BusinessHours(await calendars.ForCenterAsync(cached.Hall.CenterCode, cancellationToken), cached.Hall.Schedules);
    }

    public async Task<BusinessHours> OfficeHoursAsync(string? centerCode, CancellationToken cancellationToken = default) =>
        new(await calendars.ForCenterAsync(centerCode, cancellationToken), [office.Weekly]);

    public void Invalidate() => _cache.Clear();

    private async Task<HallHours?> LoadAsync(string hallCode, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var halls = await scope.ServiceProvider.GetRequiredService<IOrganizationDirectory>().HallsAsync(CenterScope.Everything, cancellationToken);
        var hall = halls.FirstOrDefault(h => h.Code == hallCode);
        if (hall is null)
        {
            return null;
        }

        var db = scope.ServiceProvider.GetRequiredService<CalendarDbContext>();
        var schedules = await db.Schedules.AsNoTracking().Include(s => s.Periods).Where(s => s.HallCode == hallCode).ToListAsync(cancellationToken);
        return new HallHours(
            hall.CenterCode,
            schedules.Select(s => new WeeklyHours(s.EffectiveFrom, s.Periods.Select(p => new ServicePeriod(p.Days, p.Start, p.End, p.Extended, p.Label)).ToList())).ToList());
    }

    private sealed record HallHours(string CenterCode, IReadOnlyList<WeeklyHours> Schedules);
}

/// <summary>Office hours of handling units on working days, from configuration Calendar:OfficeHours ("09:00-12:00,13:30-17:30").</summary>
internal sealed class OfficeHours
{
    public const string Default = "09:00-12:00,13:30-17:30";

    public OfficeHours(IConfiguration configuration)
    {
        var text = configuration["Calendar:OfficeHours"] ?? Default;
        var periods = new List<ServicePeriod>();
        foreach (var part in text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var ends = part.Split('-', StringSplitOptions.TrimEntries);
            if (ends.Length != 2
                || !TimeOnly.TryParseExact(ends[0], "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var start)
                || !TimeOnly.TryParseExact(ends[1], "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var end)
                || end <= start
                || periods.Any(p => p.Start < end && start < p.End))
            {
                throw new InvalidOperationException($"Calendar:OfficeHours '{text}' is not a list of non-overlapping HH:mm-HH:mm periods.");
            }

            periods.Add(new ServicePeriod(PeriodDays.Workday, start, end, false, "办公"));
        }

        if (periods.Count == 0)
        {
            throw new InvalidOperationException("Calendar:OfficeHours lists no period.");
        }

        Weekly = new WeeklyHours(DateOnly.MinValue, periods);
    }

    public WeeklyHours Weekly { get; }
}
