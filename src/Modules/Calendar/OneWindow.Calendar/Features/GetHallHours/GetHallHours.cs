using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using OneWindow.Calendar.Contracts;
using OneWindow.Calendar.Data;
using OneWindow.SharedKernel.Api;

namespace OneWindow.Calendar.Features.GetHallHours;

/// <summary>When a hall serves on a date (public: the guide pages and the booking page show it).</summary>
internal static class GetHallHours
{
    public sealed record Period(string Start, string End, bool Extended, string Label);

    public sealed record Response(string Hall, string Date, bool IsWorkday, string Kind, string? Holiday, IReadOnlyList<Period> Periods);

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/api/v1/calendar/halls/{hall}/hours", async (string hall, string? date, IBusinessHoursProvider hours, TimeProvider clock, CancellationToken ct) => (await HandleAsync(hall, date, hours, clock, ct)).ToOk())
            .AllowPublic()
            .WithTags("Calendar");

    public static async Task<Result<Response>> HandleAsync(string hall, string? date, IBusinessHoursProvider provider, TimeProvider clock, CancellationToken ct)
    {
        var day = DateOnly.FromDateTime(BusinessHours.Local(clock.GetUtcNow()));
        if (date is not null && !Wire.TryDate(date, out day))
        {
            return Error.Invalid("date", "must be a date YYYY-MM-DD between 1900 and 2199");
        }

        var hours = await provider.ForHallAsync(hall, ct);
        if (hours is null)
        {
            return Error.NotFound("calendar.unknown_hall", $"Hall '{hall}' does not exist.");
        }

        var described = hours.Calendar.Describe(day);
        var periods = hours.PeriodsOn(day).Select(p => new Period(Wire.Time(p.Start), Wire.Time(p.End), p.Extended, p.Label)).ToList();
        return new Response(hall, Wire.Text(day), described.IsWorkday, Wire.Kind(described.Kind), described.Holiday, periods);
    }
}
