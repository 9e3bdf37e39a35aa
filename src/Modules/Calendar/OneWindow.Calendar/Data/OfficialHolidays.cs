using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OneWindow.Calendar.Domain;
using OneWindow.Calendar.Features.AddYear;
using OneWindow.SharedKernel.Data;

namespace OneWindow.Calendar.Data;

/// <summary>Loads the official arrangements shipped with the release (2024-2026) into any database that lacks them.</summary>
internal sealed class OfficialHolidays(CalendarDbContext db, CalendarProvider provider, TimeProvider clock) : IReferenceDataSeeder
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static IReadOnlyList<AddYear.Request> Shipped()
    {
        using var stream = typeof(OfficialHolidays).Assembly.GetManifestResourceStream("OneWindow.Calendar.official-holidays.json")
            ?? throw new InvalidOperationException("official-holidays.json is not embedded.");
        return JsonSerializer.Deserialize<List<AddYear.Request>>(stream, Json) ?? [];
    }

    public async Task SeedAsync(CancellationToken cancellationToken = default)
    {
        var present = await db.Years.Select(y => y.Year).ToListAsync(cancellationToken);
        var added = false;
        foreach (var year in Shipped().Where(y => !present.Contains(y.Year!.Value)))
        {
            var validated = AddYear.Validate(year);
            if (!validated.IsSuccess)
            {
                throw new InvalidOperationException($"Shipped holidays of {year.Year} are invalid: {validated.Error!.Describe()}");
            }

            db.Years.Add(AddYear.ToEntity(validated.Value!, clock));
            added = true;
        }

        if (added)
        {
            await db.SaveChangesAsync(cancellationToken);
            provider.Invalidate();
        }
    }
}
