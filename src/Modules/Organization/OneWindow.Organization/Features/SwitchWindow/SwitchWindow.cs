using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using OneWindow.Organization.Contracts;
using OneWindow.Organization.Data;
using OneWindow.Organization.Domain;
using OneWindow.SharedKernel.Api;
using OneWindow.SharedKernel.Realtime;
using OneWindow.SharedKernel.Security;

namespace OneWindow.Organization.Features.SwitchWindow;

/// <summary>Opens, closes, pauses (暂停服务) or resumes a window; displays and consoles of the hall hear of it at once.</summary>
internal static class SwitchWindow
{
    public const string EventName = "window-changed";

    public static readonly IReadOnlyList<string> Actions = ["open", "close", "pause", "resume"];

    public static void Map(IEndpointRouteBuilder app)
    {
        foreach (var action in Actions)
        {
            app.MapPost($"/api/v1/halls/{{hall}}/windows/{{window}}/{action}", async (string hall, string window, ClaimsPrincipal user, IDataScope scopes, OrganizationDbContext db, IRealtimeNotifier notifier, CancellationToken ct) =>
                    (await HandleAsync(hall, window, action, await scopes.ForAsync(user, ct), db, notifier, ct)).ToOk())
                .RequireAuthorization(Policies.Staff)
                .WithTags("Organization");
        }
    }

    public static async Task<Result<WindowSummary>> HandleAsync(string hallCode, string windowCode, string action, CenterScope scope, OrganizationDbContext db, IRealtimeNotifier notifier, CancellationToken ct)
    {
        var hall = await db.VisibleHallAsync(scope, hallCode, ct);
        if (!hall.IsSuccess)
        {
            return hall.Error!;
        }

        var window = await db.Windows.FirstOrDefaultAsync(w => w.HallId == hall.Value!.Id && w.Code == windowCode, ct);
        if (window is null)
        {
            return Error.NotFound("org.window_not_found", $"Window '{windowCode}' does not exist in hall '{hallCode}'.");
        }

        WindowStatus? next = (action, window.Status) switch
        {
            ("open", _) => WindowStatus.Open,
            ("close", _) => WindowStatus.Closed,
            ("pause", WindowStatus.Open or WindowStatus.Paused) => WindowStatus.Paused,
            ("resume", WindowStatus.Paused or WindowStatus.Open) => WindowStatus.Open,
            _ => null,
        };
        if (next is null)
        {
            return Error.Conflict("org.window_closed", $"Window '{windowCode}' is closed; open it instead of '{action}'.");
        }

        if (window.Status != next)
        {
            window.Status = next.Value;
            await db.SaveChangesAsync(ct);
        }

        var summary = new WindowSummary(window.Code, window.Name, window.Kind.Wire(), window.Status.Wire(), window.Categories);
        await notifier.ToHallAsync(hallCode, EventName, summary, ct);
        return summary;
    }
}
