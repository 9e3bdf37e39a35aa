using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using OneWindow.Calendar.Contracts;
using OneWindow.Calendar.Data;
using OneWindow.Calendar.Domain;
using OneWindow.Organization.Contracts;
using OneWindow.SharedKernel.Api;
using OneWindow.SharedKernel.Security;

namespace OneWindow.Calendar.Features.AddSchedule;

/// <summary>
/// Sets a hall's weekly hours from a date on: regular hours and extended service (工作日早中晚、周六延时). A change of
/// hours is a new schedule with a later date, so past days keep the hours they had.
/// </summary>
internal static class AddSchedule
{
    public sealed record Period(string? Days, string? Start, string? End, bool? Extended, string? Label);

    public sealed record Request(string? EffectiveFrom, string? Note, IReadOnlyList<Period>? Periods);

    public sealed record PeriodResponse(string Days, string Start, string End, bool Extended, string Label);

    public sealed record Response(string HallCode, string EffectiveFrom, string? Note, IReadOnlyList<PeriodResponse> Periods);

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapPost("/api/v1/calendar/halls/{hall}/schedules", async Task<Results<Created<Response>, ProblemHttpResult>> (string hall, Request request, ClaimsPrincipal user, IDataScope scopes, IOrganizationDirectory organization, CalendarDbContext db, BusinessHoursProvider provider, TimeProvider clock, CancellationToken ct) =>
            {
                var result = await HandleAsync(hall, request, await scopes.ForAsync(user, ct), organization, db, provider, clock, ct);
                return result.IsSuccess ? TypedResults.Created($"/api/v1/calendar/halls/{hall}/schedules", result.Value) : result.Error!.ToProblem();
            })
            .RequireAuthorization(Policies.OrganizationAdmin)
            .WithTags("Calendar");

    public static async Task<Result<Response>> HandleAsync(string hall, Request request, CenterScope scope, IOrganizationDirectory organization, CalendarDbContext db, BusinessHoursProvider provider, TimeProvider clock, CancellationToken ct)
    {
        var halls = await organization.HallsAsync(scope, ct);
        if (!halls.Any(h => h.Code == hall))
        {
            return Error.NotFound("calendar.unknown_hall", $"Hall '{hall}' does not exist.");
        }

        var validated = Validate(request);
        if (!validated.IsSuccess)
        {
            return validated.Error!;
        }

        var schedule = validated.Value!;
        if (await db.Schedules.AnyAsync(s => s.HallCode == hall && s.EffectiveFrom == schedule.EffectiveFrom, ct))
        {
            return Error.Conflict("calendar.schedule_exists", $"Hall '{hall}' already has hours from {Wire.Text(schedule.EffectiveFrom)}; choose another date.");
        }

        var entity = ToEntity(hall, schedule, request.Note, clock);
        db.Schedules.Add(entity);
        await db.SaveChangesAsync(ct);
        provider.Invalidate();
        return ToResponse(entity);
    }

    public static Result<WeeklyHours> Validate(Request request)
    {
        var validation = new Validation();
        if (!Wire.TryDate(request.EffectiveFrom, out var from) || from.Year < 2000)
        {
            validation.Add("effectiveFrom", "must be a date YYYY-MM-DD from 2000 on");
        }

        if (request.Note is { Length: > 200 })
        {
            validation.Add("note", "must be at most 200 characters");
        }

        var periods = new List<ServicePeriod>();
        var given = request.Periods ?? [];
        if (given.Count is 0 or > 20)
        {
            validation.Add("periods", "must list 1 to 20 periods");
        }

        for (var i = 0; i < given.Count; i++)
        {
            var p = given[i];
            var field = $"periods[{i}]";
            var ok = true;
            if (!EnumParsing.TryParseWire<PeriodDays>(p.Days, out var days))
            {
                validation.Add(field + ".days", $"must be one of {EnumParsing.Allowed<PeriodDays>()}");
                ok = false;
            }

            if (!TryTime(p.Start, out var start))
            {
                validation.Add(field + ".start", "must be a time HH:mm");
                ok = false;
            }

            if (!TryTime(p.End, out var end) || (ok && end <= start))
            {
                validation.Add(field + ".end", "must be a time HH:mm after start");
                ok = false;
            }

            if (string.IsNullOrWhiteSpace(p.Label) || p.Label.Length > 20 || p.Label.Contains('<', StringComparison.Ordinal))
            {
                validation.Add(field + ".label", "is required (at most 20 characters, e.g. 上午, 午间延时)");
                ok = false;
            }

            if (!ok)
            {
                continue;
            }

            var clash = periods.FindIndex(q => q.Days == days && q.Start < end && start < q.End);
            if (clash >= 0)
            {
                validation.Add(field, $"overlaps periods[{clash}]");
                continue;
            }

            periods.Add(new ServicePeriod(days, start, end, p.Extended ?? false, p.Label!.Trim()));
        }

        return validation.IsValid ? new WeeklyHours(from, periods) : Error.Invalid(validation);
    }

    public static HallSchedule ToEntity(string hall, WeeklyHours schedule, string? note, TimeProvider clock) => new()
    {
        HallCode = hall,
        EffectiveFrom = schedule.EffectiveFrom,
        Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim(),
        EnteredAt = clock.GetUtcNow(),
        Periods = schedule.Periods.Select(p => new SchedulePeriod { Days = p.Days, Start = p.Start, End = p.End, Extended = p.Extended, Label = p.Label }).ToList(),
    };

    public static Response ToResponse(HallSchedule s) => new(
        s.HallCode,
        Wire.Text(s.EffectiveFrom),
        s.Note,
        s.Periods.OrderBy(p => p.Days).ThenBy(p => p.Start)
            .Select(p => new PeriodResponse(EnumParsing.ToWire(p.Days), Wire.Time(p.Start), Wire.Time(p.End), p.Extended, p.Label)).ToList());

    private static bool TryTime(string? text, out TimeOnly time) =>
        TimeOnly.TryParseExact(text, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out time);
}
