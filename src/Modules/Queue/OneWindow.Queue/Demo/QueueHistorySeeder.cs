using Microsoft.EntityFrameworkCore;
using OneWindow.Calendar.Contracts;
using OneWindow.Organization.Contracts;
using OneWindow.Queue.Contracts;
using OneWindow.Queue.Data;

namespace OneWindow.Queue.Demo;

internal sealed class QueueHistorySeeder(QueueDbContext db, IHallDirectory halls, IBusinessHoursProvider hours, QueueOptions options, TimeProvider clock) : IQueueHistorySeeder
{
    public async Task<int> SeedAsync(QueueHistoryScenario scenario, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var today = DateOnly.FromDateTime(BusinessHours.Local(clock.GetUtcNow()));
        var random = new Random(scenario.Seed);
        var added = 0;
        foreach (var code in scenario.Halls)
        {
            var hall = await halls.HallAsync(code, cancellationToken);
            var schedule = await hours.ForHallAsync(code, cancellationToken);
            if (hall is null || schedule is null || await db.Tickets.AnyAsync(t => t.HallCode == code && t.ServiceDay < today, cancellationToken))
            {
                continue;
            }

            for (var day = today.AddDays(-scenario.Days); day < today; day = day.AddDays(1))
            {
                var tickets = HallSimulation.Day(hall, day, schedule.PeriodsOn(day), random, options.SmoothingFactor, options.DefaultServiceMinutes, scenario.Clerks?.GetValueOrDefault(code));
                db.Tickets.AddRange(tickets);
                added += tickets.Count;
                await db.SaveChangesAsync(cancellationToken);
                db.ChangeTracker.Clear();
            }
        }

        return added;
    }
}
