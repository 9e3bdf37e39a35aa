using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using OneWindow.Organization.Contracts;
using OneWindow.Organization.Data;
using OneWindow.SharedKernel.Api;
using OneWindow.SharedKernel.Realtime;
using OneWindow.SharedKernel.Security;

namespace OneWindow.Organization.Features.AnnounceToHall;

/// <summary>A text shown and spoken on every display of a hall (e.g. "系统维护，请稍候"), on every node.</summary>
internal static class AnnounceToHall
{
    public const string EventName = "announcement";

    public sealed record Request(string? Text);

    public sealed record Announcement(string HallCode, string Text, DateTimeOffset At, string By);

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapPost("/api/v1/halls/{hall}/announcements", async Task<Results<Accepted<Announcement>, ProblemHttpResult>> (string hall, Request request, ClaimsPrincipal user, IDataScope scopes, OrganizationDbContext db, IRealtimeNotifier notifier, TimeProvider clock, CancellationToken ct) =>
            {
                var result = await HandleAsync(hall, request, user, db, await scopes.ForAsync(user, ct), notifier, clock, ct);
                return result.IsSuccess ? TypedResults.Accepted((string?)null, result.Value) : result.Error!.ToProblem();
            })
            .RequireAuthorization(Policies.Staff)
            .WithTags("Organization");

    public static async Task<Result<Announcement>> HandleAsync(string hallCode, Request request, ClaimsPrincipal user, OrganizationDbContext db, CenterScope scope, IRealtimeNotifier notifier, TimeProvider clock, CancellationToken ct)
    {
        var validation = new Validation().Name("text", request.Text, 200);
        if (!validation.IsValid)
        {
            return Error.Invalid(validation);
        }

        var hall = await db.VisibleHallAsync(scope, hallCode, ct);
        if (!hall.IsSuccess)
        {
            return hall.Error!;
        }

        var announcement = new Announcement(hallCode, request.Text!.Trim(), clock.GetUtcNow(), user.Identity?.Name ?? "unknown");
        await notifier.ToHallAsync(hallCode, EventName, announcement, ct);
        return announcement;
    }
}
