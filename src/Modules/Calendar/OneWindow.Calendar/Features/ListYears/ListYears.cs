using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using OneWindow.Calendar.Data;
using OneWindow.SharedKernel.Security;

namespace OneWindow.Calendar.Features.ListYears;

internal static class ListYears
{
    public sealed record Holiday(string Name, string Start, string End, int Days, IReadOnlyList<string> AdjustedWorkdays);

    public sealed record YearItem(int Year, string Source, IReadOnlyList<Holiday> Holidays);

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/api/v1/calendar/years", async Task<Ok<IReadOnlyList<YearItem>>> (CalendarDbContext db, CancellationToken ct) => TypedResults.Ok(await HandleAsync(db, ct)))
            .RequireAuthorization(Policies.Staff)
            .WithTags("Calendar");

    /// <summary>Each holiday with its date range and the weekend days worked for it, in date order.</summary>
    public static async Task<IReadOnlyList<YearItem>> HandleAsync(CalendarDbContext db, CancellationToken ct)
    {
        var years = await db.Years.AsNoTracking().Include(y => y.Dates).OrderBy(y => y.Year).ToListAsync(ct);
        return years.Select(y => new YearItem(
                y.Year,
                y.Source,
                y.Dates.GroupBy(d => d.Holiday)
                    .Select(g =>
                    {
                        var off = g.Where(d => !d.IsWorkday).Select(d => d.Date).Order().ToList();
                        var worked = g.Where(d => d.IsWorkday).Select(d => Wire.Text(d.Date)).Order(StringComparer.Ordinal).ToList();
                        return (First: off.FirstOrDefault(), Item: new Holiday(g.Key, off.Count > 0 ? Wire.Text(off[0]) : string.Empty, off.Count > 0 ? Wire.Text(off[^1]) : string.Empty, off.Count, worked));
                    })
                    .OrderBy(h => h.First)
                    .Select(h => h.Item)
                    .ToList()))
            .ToList();
    }
}
