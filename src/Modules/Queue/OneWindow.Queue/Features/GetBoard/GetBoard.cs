using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using OneWindow.Queue.Data;
using OneWindow.Queue.Domain;
using OneWindow.SharedKernel.Api;

namespace OneWindow.Queue.Features.GetBoard;

/// <summary>What the hall display and the kiosk show: waiting per category with the estimate, who is at which window, the last calls.</summary>
internal static class GetBoard
{
    public sealed record Board(string HallCode, string HallName, int Waiting, IReadOnlyList<CategoryLine> Categories, IReadOnlyList<Serving> Serving, IReadOnlyList<RecentCall> RecentCalls, IReadOnlyList<WindowLine> Windows, DateTimeOffset At);

    public sealed record CategoryLine(string Code, string Name, string Prefix, int Waiting, int OpenWindows, int EstimatedWaitMinutes);

    public sealed record Serving(string Number, string WindowCode, string WindowLabel, string Status);

    public sealed record RecentCall(string Number, string WindowCode, string WindowLabel, DateTimeOffset CalledAt);

    public sealed record WindowLine(string Code, string Label, string Name, string Status, string? Number);

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/api/v1/halls/{hall}/board", async (string hall, QueueDesk desk, CancellationToken ct) => (await HandleAsync(hall, desk, ct)).ToOk())
            .AllowPublic()
            .WithTags("Queue");

    public static async Task<Result<Board>> HandleAsync(string hallCode, QueueDesk desk, CancellationToken ct)
    {
        var found = await desk.PublicHallAsync(hallCode, ct);
        if (!found.IsSuccess)
        {
            return found.Error!;
        }

        var hall = found.Value!;
        var db = desk.Db;
        var now = desk.Now;
        var day = desk.ServiceDay(now);
        var today = db.Tickets.AsNoTracking().Where(t => t.HallCode == hallCode && t.ServiceDay == day);
        var waiting = await today.Where(t => t.Status == TicketStatus.Waiting).GroupBy(t => t.Category).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        var active = await today.Where(t => t.Status == TicketStatus.Called || t.Status == TicketStatus.Serving)
            .Select(t => new { t.DisplayNumber, t.WindowCode, t.Status }).ToListAsync(ct);
        var recent = await today.Where(t => t.CalledAt != null).OrderByDescending(t => t.CalledAt).Take(8)
            .Select(t => new { t.DisplayNumber, t.WindowCode, t.CalledAt }).ToListAsync(ct);

        var lines = new List<CategoryLine>();
        foreach (var category in hall.Categories)
        {
            var count = waiting.FirstOrDefault(w => w.Key == category.Code)?.Count ?? 0;
            var open = hall.Windows.Count(w => w.Status == "open" && w.Categories.Contains(category.Code));
            lines.Add(new CategoryLine(category.Code, category.Name, category.TicketPrefix, count, open, await desk.EstimateMinutesAsync(hall, category.Code, count, ct)));
        }

        var serving = active
            .Where(a => a.WindowCode is not null)
            .OrderBy(a => a.WindowCode!.Length).ThenBy(a => a.WindowCode, StringComparer.Ordinal)
            .Select(a => new Serving(a.DisplayNumber, a.WindowCode!, QueueDesk.WindowLabel(hall, a.WindowCode!), QueueDesk.Wire(a.Status)))
            .ToList();
        var windows = hall.Windows
            .Select(w => new WindowLine(w.Code, QueueDesk.WindowLabel(hall, w.Code), w.Name, w.Status, active.FirstOrDefault(a => a.WindowCode == w.Code)?.DisplayNumber))
            .ToList();
        return new Board(
            hall.Code,
            hall.Name,
            waiting.Sum(w => w.Count),
            lines,
            serving,
            recent.Select(r => new RecentCall(r.DisplayNumber, r.WindowCode!, QueueDesk.WindowLabel(hall, r.WindowCode!), QueueDesk.China(r.CalledAt!.Value))).ToList(),
            windows,
            QueueDesk.China(now));
    }
}
