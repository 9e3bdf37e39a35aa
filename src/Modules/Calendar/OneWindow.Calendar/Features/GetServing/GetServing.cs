using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using OneWindow.Calendar.Contracts;
using OneWindow.Calendar.Data;
using OneWindow.SharedKernel.Api;

namespace OneWindow.Calendar.Features.GetServing;

/// <summary>Is the hall serving now (or at a given instant)? Extended periods count, and say so.</summary>
internal static class GetServing
{
    public sealed record Response(string Hall, string At, bool Serving, bool Extended, string? Period, string? Until, string? NextOpening);

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/api/v1/calendar/halls/{hall}/serving", async (string hall, string? at, IBusinessHoursProvider hours, TimeProvider clock, CancellationToken ct) => (await HandleAsync(hall, at, hours, clock, ct)).ToOk())
            .AllowPublic()
            .WithTags("Calendar");

    public static async Task<Result<Response>> HandleAsync(string hall, string? at, IBusinessHoursProvider provider, TimeProvider clock, CancellationToken ct)
    {
        var local = BusinessHours.Local(clock.GetUtcNow());
        if (at is not null && !Wire.TryInstant(at, out local))
        {
            return Error.Invalid("at", "must be a time YYYY-MM-DDTHH:mm, with an offset (+08:00, Z) or in China Standard Time");
        }

        var hours = await provider.ForHallAsync(hall, ct);
        if (hours is null)
        {
            return Error.NotFound("calendar.unknown_hall", $"Hall '{hall}' does not exist.");
        }

        var state = hours.At(local);
        return new Response(
            hall,
            Wire.Instant(local),
            state.Serving,
            state.Extended,
            state.Label,
            state.Until is { } until ? Wire.Instant(until) : null,
            state.NextOpening is { } next ? Wire.Instant(next) : null);
    }
}
