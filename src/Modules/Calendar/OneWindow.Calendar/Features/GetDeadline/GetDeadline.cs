using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using OneWindow.Calendar.Contracts;
using OneWindow.Calendar.Data;
using OneWindow.Organization.Contracts;
using OneWindow.SharedKernel.Api;

namespace OneWindow.Calendar.Features.GetDeadline;

/// <summary>The N-th working day strictly after a date: the promised completion date of a case accepted that day.</summary>
internal static class GetDeadline
{
    public const int MaxWorkdays = 3650;

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/api/v1/calendar/deadline", async (string? start, string? workdays, string? center, ICalendarProvider calendars, IOrganizationDirectory organization, CancellationToken ct) => (await HandleAsync(start, workdays, center, calendars, organization, ct)).ToOk())
            .AllowPublic()
            .WithTags("Calendar");

    public static async Task<Result<DeadlineAnswer>> HandleAsync(string? start, string? workdays, string? center, ICalendarProvider calendars, IOrganizationDirectory organization, CancellationToken ct)
    {
        var validation = new Validation();
        if (!Wire.TryDate(start, out var from))
        {
            validation.Add("start", "must be a date YYYY-MM-DD between 1900 and 2199");
        }

        if (!int.TryParse(workdays, NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n < 1 || n > MaxWorkdays)
        {
            validation.Add("workdays", $"must be a whole number from 1 to {MaxWorkdays}");
        }

        if (!validation.IsValid)
        {
            return Error.Invalid(validation);
        }

        if (center is not null && !await organization.CenterExistsAsync(center, ct))
        {
            return Error.Invalid("center", $"center '{center}' does not exist", "calendar.unknown_center");
        }

        var deadline = (await calendars.ForCenterAsync(center, ct)).AddWorkdays(from, n);
        return new DeadlineAnswer(Wire.Text(from), n, Wire.Text(deadline.Date), deadline.Provisional);
    }
}

/// <summary>The same query for the command-line tool.</summary>
internal sealed class DeadlineQuery(ICalendarProvider calendars, IOrganizationDirectory organization) : IDeadlineQuery
{
    public async Task<(DeadlineAnswer? Answer, string? Error)> AskAsync(string? start, string? workdays, string? center, CancellationToken cancellationToken = default)
    {
        var result = await GetDeadline.HandleAsync(start, workdays, center, calendars, organization, cancellationToken);
        return result.IsSuccess ? (result.Value, null) : (null, result.Error!.Describe());
    }
}
