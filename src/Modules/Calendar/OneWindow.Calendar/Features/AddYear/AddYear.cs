using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using OneWindow.Calendar.Data;
using OneWindow.Calendar.Domain;
using OneWindow.SharedKernel.Api;
using OneWindow.SharedKernel.Security;

namespace OneWindow.Calendar.Features.AddYear;

/// <summary>
/// Enters a year's official arrangement when the State Council publishes it (each November), without a release:
/// holiday ranges and the weekend days worked instead (调休上班).
/// </summary>
internal static class AddYear
{
    public sealed record HolidayRange(string? Name, string? Start, string? End);

    public sealed record AdjustedWorkday(string? Date, string? Holiday);

    public sealed record Request(int? Year, string? Source, IReadOnlyList<HolidayRange>? Holidays, IReadOnlyList<AdjustedWorkday>? AdjustedWorkdays);

    public sealed record ValidYear(int Year, string Source, IReadOnlyList<(DateOnly Date, bool IsWorkday, string Holiday)> Dates);

    public sealed record Response(int Year, int HolidayDays, int AdjustedWorkdays);

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapPost("/api/v1/calendar/years", async Task<Results<Created<Response>, ProblemHttpResult>> (Request request, CalendarDbContext db, CalendarProvider provider, TimeProvider clock, CancellationToken ct) =>
            {
                var result = await HandleAsync(request, db, provider, clock, ct);
                return result.IsSuccess ? TypedResults.Created($"/api/v1/calendar/years/{result.Value!.Year}", result.Value) : result.Error!.ToProblem();
            })
            .RequireAuthorization(p => p.RequireRole(Roles.SystemAdmin, Roles.ProjectManager))
            .WithTags("Calendar");

    public static async Task<Result<Response>> HandleAsync(Request request, CalendarDbContext db, CalendarProvider provider, TimeProvider clock, CancellationToken ct)
    {
        var validated = Validate(request);
        if (!validated.IsSuccess)
        {
            return validated.Error!;
        }

        var year = validated.Value!;
        if (await db.Years.AnyAsync(y => y.Year == year.Year, ct))
        {
            return Error.Conflict("calendar.year_exists", $"The arrangement of {year.Year} is already loaded; delete it first to enter it again.");
        }

        var dates = year.Dates.Select(d => d.Date).ToList();
        var taken = await db.Dates.Where(d => dates.Contains(d.Date)).Select(d => d.Date).ToListAsync(ct);
        if (taken.Count > 0)
        {
            return Error.Invalid("holidays", $"{string.Join(", ", taken.Select(Wire.Text))} already belong to another year's arrangement", "calendar.date_taken");
        }

        db.Years.Add(ToEntity(year, clock));
        await db.SaveChangesAsync(ct);
        provider.Invalidate();
        return new Response(year.Year, year.Dates.Count(d => !d.IsWorkday), year.Dates.Count(d => d.IsWorkday));
    }

    public static Result<ValidYear> Validate(Request request)
    {
        var validation = new Validation();
        if (request.Year is not (>= 2000 and <= 2199))
        {
            validation.Add("year", "must be a year from 2000 to 2199");
            return Error.Invalid(validation);
        }

        var year = request.Year.Value;
        var first = new DateOnly(year, 1, 1).AddDays(-31);
        var last = new DateOnly(year, 12, 31).AddDays(31);
        var dates = new List<(DateOnly Date, bool IsWorkday, string Holiday)>();
        var holidays = request.Holidays ?? [];
        if (holidays.Count == 0)
        {
            validation.Add("holidays", "at least one holiday is required");
        }

        for (var i = 0; i < holidays.Count; i++)
        {
            var h = holidays[i];
            var field = $"holidays[{i}]";
            if (string.IsNullOrWhiteSpace(h.Name) || h.Name.Length > 50 || h.Name.Contains('<', StringComparison.Ordinal))
            {
                validation.Add(field + ".name", "is required (at most 50 characters, no markup)");
            }

            if (!Wire.TryDate(h.Start, out var start) || start < first || start > last)
            {
                validation.Add(field + ".start", $"must be a date YYYY-MM-DD in or next to {year}");
                continue;
            }

            if (!Wire.TryDate(h.End, out var end) || end < start || end.DayNumber - start.DayNumber > 15 || end > last)
            {
                validation.Add(field + ".end", "must be a date on or after start, at most 15 days later");
                continue;
            }

            for (var d = start; d <= end; d = d.AddDays(1))
            {
                dates.Add((d, false, h.Name?.Trim() ?? string.Empty));
            }
        }

        var worked = request.AdjustedWorkdays ?? [];
        for (var i = 0; i < worked.Count; i++)
        {
            var w = worked[i];
            var field = $"adjustedWorkdays[{i}]";
            if (!Wire.TryDate(w.Date, out var date) || date < first || date > last)
            {
                validation.Add(field + ".date", $"must be a date YYYY-MM-DD in or next to {year}");
                continue;
            }

            if (date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
            {
                validation.Add(field + ".date", $"{Wire.Text(date)} is a {date.DayOfWeek}: only a weekend day can become an adjusted working day");
            }

            if (string.IsNullOrWhiteSpace(w.Holiday) || w.Holiday.Length > 50 || w.Holiday.Contains('<', StringComparison.Ordinal))
            {
                validation.Add(field + ".holiday", "names the holiday it makes up for (at most 50 characters)");
            }

            dates.Add((date, true, w.Holiday?.Trim() ?? string.Empty));
        }

        foreach (var twice in dates.GroupBy(d => d.Date).Where(g => g.Count() > 1))
        {
            validation.Add("holidays", $"{Wire.Text(twice.Key)} is listed more than once");
        }

        if (string.IsNullOrWhiteSpace(request.Source) || request.Source.Length > 300)
        {
            validation.Add("source", "names the notice (e.g. 国务院办公厅关于2027年部分节假日安排的通知), at most 300 characters");
        }

        return validation.IsValid ? new ValidYear(year, request.Source!.Trim(), dates) : Error.Invalid(validation);
    }

    public static HolidayYear ToEntity(ValidYear year, TimeProvider clock) => new()
    {
        Year = year.Year,
        Source = year.Source,
        EnteredAt = clock.GetUtcNow(),
        Dates = year.Dates.Select(d => new HolidayDate { Year = year.Year, Date = d.Date, IsWorkday = d.IsWorkday, Holiday = d.Holiday }).ToList(),
    };
}
