using Microsoft.EntityFrameworkCore;
using OneWindow.Appointments.Contracts;
using OneWindow.Appointments.Features.CreateTemplate;
using OneWindow.Appointments.Features.GenerateSlots;

namespace OneWindow.Appointments.Data;

/// <summary>Scenario templates: one already there (same hall, category, days and times) is kept, so loading twice adds nothing.</summary>
internal sealed class AppointmentsSeeder(AppointmentDesk desk, TimeProvider clock) : IAppointmentsSeeder
{
    public async Task SeedAsync(IReadOnlyList<ScenarioSlotTemplates> templates, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(templates);
        var db = desk.Db;
        var halls = new Dictionary<string, Organization.Contracts.HallLayout>(StringComparer.Ordinal);
        foreach (var entry in templates)
        {
            foreach (var hallCode in entry.Halls)
            {
                var hall = await desk.Halls.HallAsync(hallCode, cancellationToken)
                    ?? throw new InvalidOperationException($"Scenario appointments name hall '{hallCode}', which the scenario does not have.");
                halls[hallCode] = hall;
                foreach (var category in entry.Categories)
                {
                    foreach (var t in entry.Templates)
                    {
                        var validated = CreateTemplate.Validate(hall, new CreateTemplate.Request(category, t.Days, t.Start, t.End, t.SlotMinutes, t.Capacity, t.Extended, t.Label));
                        if (!validated.IsSuccess)
                        {
                            throw new InvalidOperationException($"Scenario slot template {t.Days} {t.Start}-{t.End} for {hallCode}/{category} is invalid: {validated.Error!.Describe()}");
                        }

                        var template = validated.Value!;
                        var exists = await db.Templates.AnyAsync(x => x.HallCode == hallCode && x.Category == category && x.Days == template.Days && x.Start == template.Start && x.End == template.End && x.Active, cancellationToken)
                            || db.Templates.Local.Any(x => x.HallCode == hallCode && x.Category == category && x.Days == template.Days && x.Start == template.Start && x.End == template.End);
                        if (!exists)
                        {
                            template.CreatedAt = clock.GetUtcNow();
                            db.Templates.Add(template);
                        }
                    }
                }
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        var today = AppointmentDesk.DateOf(desk.Now);
        foreach (var hall in halls.Values)
        {
            var generated = await GenerateSlots.GenerateAsync(hall, today, desk.Options.GenerateDaysAhead, desk, cancellationToken);
            if (!generated.IsSuccess)
            {
                throw new InvalidOperationException($"Generating the slots of hall '{hall.Code}' failed: {generated.Error!.Describe()}");
            }
        }
    }
}
