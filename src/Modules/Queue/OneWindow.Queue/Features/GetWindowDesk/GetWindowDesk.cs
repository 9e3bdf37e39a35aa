using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using OneWindow.Queue.Contracts;
using OneWindow.Queue.Data;
using OneWindow.Queue.Domain;
using OneWindow.SharedKernel.Api;
using OneWindow.SharedKernel.Security;

namespace OneWindow.Queue.Features.GetWindowDesk;

/// <summary>The window console's view: the window, its current visitor, who waits for it, and today's count and average service time.</summary>
internal static class GetWindowDesk
{
    public sealed record Desk(string HallCode, string WindowCode, string WindowLabel, string WindowName, string Status, IReadOnlyList<string> Categories, TicketView? Current, IReadOnlyList<TicketView> Waiting, int ServedToday, double AverageServiceMinutes);

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/api/v1/halls/{hall}/windows/{window}/desk", async (string hall, string window, ClaimsPrincipal user, QueueDesk desk, CancellationToken ct) =>
                (await HandleAsync(hall, window, user, desk, ct)).ToOk())
            .RequireAuthorization(Policies.Staff)
            .WithTags("Queue");

    public static async Task<Result<Desk>> HandleAsync(string hallCode, string windowCode, ClaimsPrincipal user, QueueDesk desk, CancellationToken ct)
    {
        var found = await desk.StaffHallAsync(hallCode, user, ct);
        if (!found.IsSuccess)
        {
            return found.Error!;
        }

        var hall = found.Value!;
        var window = hall.Window(windowCode);
        if (window is null)
        {
            return Error.NotFound("queue.unknown_window", $"Window '{windowCode}' does not exist in hall '{hallCode}'.");
        }

        var db = desk.Db;
        var day = desk.ServiceDay(desk.Now);
        var today = db.Tickets.AsNoTracking().Where(t => t.HallCode == hallCode && t.ServiceDay == day);
        var current = await db.Tickets.AsNoTracking().FirstOrDefaultAsync(t => t.HallCode == hallCode && t.WindowCode == windowCode && (t.Status == TicketStatus.Called || t.Status == TicketStatus.Serving), ct);
        var categories = window.Categories.ToList();
        var waiting = await today
            .Where(t => t.Status == TicketStatus.Waiting && ((categories.Contains(t.Category) && t.TargetWindow == null) || t.TargetWindow == windowCode))
            .OrderBy(t => t.Priority == TicketPriority.Priority ? 0 : 1).ThenBy(t => t.IssuedAt)
            .Take(50)
            .ToListAsync(ct);
        var served = await today.Where(t => t.WindowCode == windowCode && t.Status == TicketStatus.Completed)
            .Select(t => new { t.StartedAt, t.CalledAt, t.EndedAt }).ToListAsync(ct);
        var minutes = served.Select(s => (s.EndedAt!.Value - (s.StartedAt ?? s.CalledAt ?? s.EndedAt.Value)).TotalMinutes).ToList();
        return new Desk(
            hallCode,
            windowCode,
            QueueDesk.WindowLabel(hall, windowCode),
            window.Name,
            window.Status,
            window.Categories,
            current is null ? null : QueueDesk.View(current, hall, 0, 0),
            waiting.Select(t => QueueDesk.View(t, hall, 0, 0)).ToList(),
            served.Count,
            minutes.Count == 0 ? 0 : Math.Round(minutes.Average(), 1));
    }
}
