using Microsoft.EntityFrameworkCore;
using OneWindow.Calendar.Contracts;
using OneWindow.SharedKernel.Api;
using static OneWindow.Calendar.Features.AddSchedule.AddSchedule;

namespace OneWindow.Calendar.Data;

/// <summary>Scenario hours: a hall that already has hours from that date keeps them, so loading a scenario twice changes nothing.</summary>
internal sealed class HoursSeeder(CalendarDbContext db, BusinessHoursProvider provider, TimeProvider clock) : IBusinessHoursSeeder
{
    public async Task SeedAsync(IReadOnlyList<ScenarioHours> hours, CancellationToken cancellationToken = default)
    {
        foreach (var entry in hours)
        {
            var request = new Request(entry.EffectiveFrom, null, entry.Periods.Select(p => new Period(p.Days, p.Start, p.End, p.Extended, p.Label)).ToList());
            var validated = Validate(request);
            if (!validated.IsSuccess)
            {
                throw new InvalidOperationException($"Scenario hours from {entry.EffectiveFrom} are invalid: {validated.Error!.Describe()}");
            }

            foreach (var hall in entry.Halls)
            {
                var from = validated.Value!.EffectiveFrom;
                if (await db.Schedules.AnyAsync(s => s.HallCode == hall && s.EffectiveFrom == from, cancellationToken))
                {
                    continue;
                }

                db.Schedules.Add(ToEntity(hall, validated.Value!, null, clock));
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        provider.Invalidate();
    }
}
