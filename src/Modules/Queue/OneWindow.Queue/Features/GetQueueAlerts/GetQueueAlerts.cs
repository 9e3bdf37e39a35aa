using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using OneWindow.Queue.Data;
using OneWindow.Queue.Domain;
using OneWindow.Queue.Tidal;
using OneWindow.SharedKernel.Api;
using OneWindow.SharedKernel.Security;

namespace OneWindow.Queue.Features.GetQueueAlerts;

/// <summary>
/// The supervisor's live alert: a category whose line breaks the target ("open N more windows for X"), judged by the
/// wait of the last person in line and by Erlang C on the last hour's arrivals, with the windows that could switch.
/// </summary>
internal static class GetQueueAlerts
{
    public sealed record Alert(string Category, string CategoryName, int Waiting, int OpenWindows, double ArrivalsLastHour, double ServiceMinutes, int ExpectedWaitMinutes, int RecommendedWindows, int MoreWindows, IReadOnlyList<SwitchCandidate> Candidates, string Message);

    public sealed record SwitchCandidate(string WindowCode, string WindowLabel, string Status, string Action);

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/api/v1/halls/{hall}/queue-alerts", async (string hall, ClaimsPrincipal user, QueueDesk desk, ServiceTimes serviceTimes, CancellationToken ct) =>
                (await HandleAsync(hall, user, desk, serviceTimes, ct)).ToOk())
            .RequireAuthorization(Policies.Staff)
            .WithTags("Queue");

    public static async Task<Result<IReadOnlyList<Alert>>> HandleAsync(string hallCode, ClaimsPrincipal user, QueueDesk desk, ServiceTimes serviceTimes, CancellationToken ct)
    {
        var found = await desk.StaffHallAsync(hallCode, user, ct);
        if (!found.IsSuccess)
        {
            return found.Error!;
        }

        var hall = found.Value!;
        var options = desk.Options;
        var now = desk.Now;
        var day = desk.ServiceDay(now);
        var hourAgo = now.AddHours(-1);
        var today = desk.Db.Tickets.AsNoTracking().Where(t => t.HallCode == hallCode && t.ServiceDay == day);
        var waiting = await today.Where(t => t.Status == TicketStatus.Waiting).GroupBy(t => t.Category).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        var arrivals = await today.Where(t => t.TransferredFromId == null && t.IssuedAt >= hourAgo).GroupBy(t => t.Category).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        var alerts = new List<Alert>();
        foreach (var category in hall.Categories)
        {
            var w = waiting.FirstOrDefault(x => x.Key == category.Code)?.Count ?? 0;
            if (w == 0)
            {
                continue;
            }

            var open = hall.Windows.Count(x => x.Status == "open" && x.Categories.Contains(category.Code));
            var lambda = arrivals.FirstOrDefault(x => x.Key == category.Code)?.Count ?? 0;
            var aht = await serviceTimes.AverageMinutesAsync(hallCode, category.Code, ct);
            var expected = (int)Math.Ceiling(w * aht / Math.Max(open, 1));
            var erlang = ErlangC.Needed(lambda, aht, options.TargetWaitMinutes, options.TargetServiceLevel).Windows;
            var backlog = (int)Math.Ceiling(w * aht / options.TargetWaitMinutes);
            var recommended = Math.Max(erlang, backlog);
            if (open > 0 && expected <= options.TargetWaitMinutes && recommended <= open)
            {
                continue;
            }

            var more = Math.Max(1, recommended - open);
            var idle = hall.Categories.Where(c => (waiting.FirstOrDefault(x => x.Key == c.Code)?.Count ?? 0) == 0).Select(c => c.Code).ToHashSet();
            var candidates = hall.Windows
                .Where(x => x.Status != "open" && x.Categories.Contains(category.Code))
                .Select(x => new SwitchCandidate(x.Code, QueueDesk.WindowLabel(hall, x.Code), x.Status, "open"))
                .Concat(hall.Windows
                    .Where(x => x.Status == "open" && !x.Categories.Contains(category.Code) && x.Categories.All(idle.Contains))
                    .Select(x => new SwitchCandidate(x.Code, QueueDesk.WindowLabel(hall, x.Code), x.Status, "switch")))
                .Take(Math.Max(more * 2, 4))
                .ToList();
            alerts.Add(new Alert(category.Code, category.Name, w, open, lambda, Math.Round(aht, 1), expected, recommended, more, candidates,
                $"{category.Name}：{w}人等候，预计最长等候{expected}分钟，建议再开{more}个窗口"));
        }

        return alerts.OrderByDescending(a => a.ExpectedWaitMinutes).ToList();
    }
}
