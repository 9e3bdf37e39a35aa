using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using OneWindow.Calendar.Contracts;
using OneWindow.Calendar.Data;
using OneWindow.Organization.Contracts;
using OneWindow.SharedKernel.Api;

namespace OneWindow.Calendar.Features.GetDay;

/// <summary>Is this date a working day (for the whole country, or for one center)?</summary>
internal static class GetDay
{
    public sealed record Response(string Date, bool IsWorkday, string Kind, string? Holiday);

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/api/v1/calendar/days/{date}", async (string date, string? center, ICalendarProvider calendars, IOrganizationDirectory organization, CancellationToken ct) => (await HandleAsync(date, center, calendars, organization, ct)).ToOk())
            .AllowPublic()
            .WithTags("Calendar");

    public static async Task<Result<Response>> HandleAsync(string date, string? center, ICalendarProvider calendars, IOrganizationDirectory organization, CancellationToken ct)
    {
        if (!Wire.TryDate(date, out var day))
        {
            return Error.Invalid("date", "must be a date YYYY-MM-DD between 1900 and 2199");
        }

        if (center is not null && !await organization.CenterExistsAsync(center, ct))
        {
            return Error.Invalid("center", $"center '{center}' does not exist", "calendar.unknown_center");
        }

        var described = (await calendars.ForCenterAsync(center, ct)).Describe(day);
        return new Response(Wire.Text(day), described.IsWorkday, Wire.Kind(described.Kind), described.Holiday);
    }
}
