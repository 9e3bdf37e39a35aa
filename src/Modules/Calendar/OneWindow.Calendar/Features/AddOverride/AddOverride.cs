using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using OneWindow.Calendar.Data;
using OneWindow.Calendar.Domain;
using OneWindow.Organization.Contracts;
using OneWindow.SharedKernel.Api;
using OneWindow.SharedKernel.Security;

namespace OneWindow.Calendar.Features.AddOverride;

/// <summary>A center closes on a working day (停电、local holiday) or opens on a day off; its deadlines follow.</summary>
internal static class AddOverride
{
    public sealed record Request(string? CenterCode, string? Date, bool? IsWorkday, string? Reason);

    public sealed record Response(string CenterCode, string Date, bool IsWorkday, string Reason);

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapPost("/api/v1/calendar/overrides", async Task<Results<Created<Response>, ProblemHttpResult>> (Request request, ClaimsPrincipal user, IDataScope scopes, CalendarDbContext db, CalendarProvider provider, CancellationToken ct) =>
            {
                var result = await HandleAsync(request, await scopes.ForAsync(user, ct), db, provider, ct);
                return result.IsSuccess ? TypedResults.Created($"/api/v1/calendar/overrides?center={result.Value!.CenterCode}", result.Value) : result.Error!.ToProblem();
            })
            .RequireAuthorization(Policies.OrganizationAdmin)
            .WithTags("Calendar");

    public static async Task<Result<Response>> HandleAsync(Request request, CenterScope scope, CalendarDbContext db, CalendarProvider provider, CancellationToken ct)
    {
        var validation = new Validation().Code("centerCode", request.CenterCode).Name("reason", request.Reason, 200);
        if (!Wire.TryDate(request.Date, out var date))
        {
            validation.Add("date", "must be a date YYYY-MM-DD");
        }

        if (request.IsWorkday is null)
        {
            validation.Add("isWorkday", "is required: false closes the center that day, true opens it");
        }

        if (request.CenterCode is not null && !scope.Contains(request.CenterCode))
        {
            validation.Add("centerCode", $"center '{request.CenterCode}' does not exist");
        }

        if (!validation.IsValid)
        {
            return Error.Invalid(validation);
        }

        if (await db.Overrides.AnyAsync(o => o.CenterCode == request.CenterCode && o.Date == date, ct))
        {
            return Error.Conflict("calendar.override_exists", $"Center '{request.CenterCode}' already has an exception on {Wire.Text(date)}.");
        }

        db.Overrides.Add(new CenterOverride { CenterCode = request.CenterCode!, Date = date, IsWorkday = request.IsWorkday!.Value, Reason = request.Reason!.Trim() });
        await db.SaveChangesAsync(ct);
        provider.Invalidate();
        return new Response(request.CenterCode!, Wire.Text(date), request.IsWorkday.Value, request.Reason.Trim());
    }
}
