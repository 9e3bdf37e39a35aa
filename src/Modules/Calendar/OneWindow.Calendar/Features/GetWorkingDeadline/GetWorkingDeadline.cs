using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using OneWindow.Calendar.Contracts;
using OneWindow.Calendar.Data;
using OneWindow.Organization.Contracts;
using OneWindow.SharedKernel.Api;

namespace OneWindow.Calendar.Features.GetWorkingDeadline;

/// <summary>
/// The instant when N working hours (or minutes) have passed: inside a hall's regular hours, or inside office hours
/// on a center's calendar (hotline response limits). Evenings, weekends and holidays do not count.
/// </summary>
internal static class GetWorkingDeadline
{
    public const int MaxMinutes = 2000 * 60;

    public sealed record Response(string Start, int Minutes, string Deadline, bool Provisional, string Basis);

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/api/v1/calendar/working-deadline", async (string? start, string? hours, string? minutes, string? hall, string? center, IBusinessHoursProvider provider, IOrganizationDirectory organization, CancellationToken ct) => (await HandleAsync(start, hours, minutes, hall, center, provider, organization, ct)).ToOk())
            .AllowPublic()
            .WithTags("Calendar");

    public static async Task<Result<Response>> HandleAsync(string? start, string? hours, string? minutes, string? hall, string? center, IBusinessHoursProvider provider, IOrganizationDirectory organization, CancellationToken ct)
    {
        var validation = new Validation();
        if (!Wire.TryInstant(start, out var from))
        {
            validation.Add("start", "must be a time YYYY-MM-DDTHH:mm, with an offset (+08:00, Z) or in China Standard Time");
        }

        var total = 0;
        if ((hours is null) == (minutes is null))
        {
            validation.Add("hours", "give either hours or minutes");
        }
        else if (hours is not null)
        {
            if (int.TryParse(hours, NumberStyles.None, CultureInfo.InvariantCulture, out var h) && h is >= 1 and <= MaxMinutes / 60)
            {
                total = h * 60;
            }
            else
            {
                validation.Add("hours", $"must be a whole number from 1 to {MaxMinutes / 60}");
            }
        }
        else if (minutes is not null && (!int.TryParse(minutes, NumberStyles.None, CultureInfo.InvariantCulture, out total) || total < 1 || total > MaxMinutes))
        {
            validation.Add("minutes", $"must be a whole number from 1 to {MaxMinutes}");
        }

        if (hall is not null && center is not null)
        {
            validation.Add("hall", "give a hall or a center, not both");
        }

        if (!validation.IsValid)
        {
            return Error.Invalid(validation);
        }

        BusinessHours? businessHours;
        string basis;
        if (hall is not null)
        {
            businessHours = await provider.ForHallAsync(hall, ct);
            if (businessHours is null)
            {
                return Error.Invalid("hall", $"hall '{hall}' does not exist", "calendar.unknown_hall");
            }

            basis = "hall";
        }
        else
        {
            if (center is not null && !await organization.CenterExistsAsync(center, ct))
            {
                return Error.Invalid("center", $"center '{center}' does not exist", "calendar.unknown_center");
            }

            businessHours = await provider.OfficeHoursAsync(center, ct);
            basis = "office";
        }

        var deadline = businessHours.AddWorkingMinutes(from, total);
        if (deadline is null)
        {
            return Error.Invalid("hall", $"hall '{hall}' has no regular hours in the next {BusinessHours.MaxSearchDays} days", "calendar.no_hours");
        }

        return new Response(Wire.Instant(from), total, Wire.Instant(deadline.Value.At), deadline.Value.Provisional, basis);
    }
}
