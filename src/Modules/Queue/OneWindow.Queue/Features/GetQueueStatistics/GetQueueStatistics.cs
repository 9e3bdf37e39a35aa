using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using OneWindow.Calendar.Contracts;
using OneWindow.Organization.Contracts;
using OneWindow.Queue.Contracts;
using OneWindow.Queue.Data;
using OneWindow.Queue.Domain;
using OneWindow.SharedKernel.Api;
using OneWindow.SharedKernel.Security;

namespace OneWindow.Queue.Features.GetQueueStatistics;

/// <summary>
/// Wait and service figures of a hall: distributions, the share that waited over the threshold, no-shows, served per
/// window, clerk, category, hour and day, and how far the kiosk's wait estimates were off (mean absolute error).
/// Wait = issue to first call of the visit; service = start (or call) to end.
/// </summary>
internal static class GetQueueStatistics
{
    private static readonly int[] WaitEdges = [0, 5, 10, 15, 20, 30, 45, 60];
    private static readonly int[] ServiceEdges = [0, 2, 5, 10, 15, 20, 30];

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/api/v1/halls/{hall}/queue-statistics", async (string hall, DateOnly? from, DateOnly? to, ClaimsPrincipal user, QueueDesk desk, CancellationToken ct) =>
                (await HandleAsync(hall, from, to, user, desk, ct)).ToOk())
            .RequireAuthorization(Policies.Staff)
            .WithTags("Queue");

    public static async Task<Result<QueueSummary>> HandleAsync(string hallCode, DateOnly? from, DateOnly? to, ClaimsPrincipal user, QueueDesk desk, CancellationToken ct)
    {
        var hall = await desk.StaffHallAsync(hallCode, user, ct);
        if (!hall.IsSuccess)
        {
            return hall.Error!;
        }

        var today = desk.ServiceDay(desk.Now);
        var start = from ?? today;
        var end = to ?? start;
        if (end < start || end.DayNumber - start.DayNumber > 366)
        {
            return Error.Invalid("to", "must be on or after from, at most 366 days later");
        }

        return await SummarizeAsync(desk.Db, hall.Value!, start, end, desk.Options.TargetWaitMinutes, ct);
    }

    public static async Task<QueueSummary> SummarizeAsync(QueueDbContext db, HallLayout hall, DateOnly from, DateOnly to, double threshold, CancellationToken ct)
    {
        var tickets = await db.Tickets.AsNoTracking()
            .Where(t => t.HallCode == hall.Code && t.ServiceDay >= from && t.ServiceDay <= to)
            .ToListAsync(ct);
        var visits = tickets.Select(t => new Visit(t)).ToList();
        var issued = visits.Where(v => v.Ticket.TransferredFromId == null).ToList();
        var waits = issued.Where(v => v.Wait is not null).Select(v => v.Wait!.Value).Order().ToList();
        var services = visits.Where(v => v.Service is not null).Select(v => v.Service!.Value).ToList();
        var estimated = issued.Where(v => v.Wait is not null && v.Ticket.Status != TicketStatus.Cancelled).ToList();
        var noShows = visits.Count(v => v.Ticket.Status == TicketStatus.NoShow);
        var called = visits.Count(v => v.Ticket.CalledAt is not null);
        return new QueueSummary(
            hall.Code,
            from,
            to,
            issued.Count,
            visits.Count(v => v.Ticket.Status == TicketStatus.Completed),
            noShows,
            called == 0 ? 0 : Math.Round((double)noShows / called, 4),
            Round(waits.Count == 0 ? 0 : waits.Average()),
            Round(Percentile(waits, 0.5)),
            Round(Percentile(waits, 0.9)),
            Round(services.Count == 0 ? 0 : services.Average()),
            threshold,
            waits.Count == 0 ? 0 : Math.Round((double)waits.Count(w => w > threshold) / waits.Count, 4),
            estimated.Count == 0 ? null : Round(estimated.Average(v => Math.Abs(v.Ticket.EstimatedWaitMinutes - v.Wait!.Value))),
            estimated.Count,
            Buckets(waits, WaitEdges),
            Buckets(services, ServiceEdges),
            Group(visits.Where(v => v.Ticket.WindowCode is not null), v => v.Ticket.WindowCode!),
            Group(visits.Where(v => v.Ticket.CalledBy is not null), v => v.Ticket.CalledBy!),
            Group(visits, v => v.Ticket.Category),
            Group(visits, v => BusinessHours.Local(v.Ticket.IssuedAt).Hour.ToString("00", CultureInfo.InvariantCulture)),
            Group(visits, v => v.Ticket.ServiceDay.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
    }

    private static List<GroupFigures> Group(IEnumerable<Visit> visits, Func<Visit, string> key) =>
        visits.GroupBy(key)
            .OrderBy(g => g.Key.Length).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g =>
            {
                var waits = g.Where(v => v.Ticket.TransferredFromId == null && v.Wait is not null).Select(v => v.Wait!.Value).ToList();
                var services = g.Where(v => v.Service is not null).Select(v => v.Service!.Value).ToList();
                return new GroupFigures(
                    g.Key,
                    g.Count(v => v.Ticket.TransferredFromId == null),
                    g.Count(v => v.Ticket.Status == TicketStatus.Completed),
                    g.Count(v => v.Ticket.Status == TicketStatus.NoShow),
                    Round(waits.Count == 0 ? 0 : waits.Average()),
                    Round(services.Count == 0 ? 0 : services.Average()));
            })
            .ToList();

    private static List<DistributionBucket> Buckets(IReadOnlyList<double> minutes, int[] edges) =>
        edges.Select((edge, i) =>
        {
            int? upper = i + 1 < edges.Length ? edges[i + 1] : null;
            return new DistributionBucket(edge, upper, minutes.Count(m => m >= edge && (upper is null || m < upper)));
        }).ToList();

    /// <summary>Nearest-rank percentile of sorted values.</summary>
    internal static double Percentile(IReadOnlyList<double> sorted, double p) =>
        sorted.Count == 0 ? 0 : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];

    private static double Round(double value) => Math.Round(value, 2);

    private sealed class Visit(Ticket ticket)
    {
        public Ticket Ticket { get; } = ticket;

        public double? Wait { get; } = ticket.CalledAt is { } called ? (called - ticket.CreatedAt).TotalMinutes : null;

        public double? Service { get; } = ticket.Status == TicketStatus.Completed && ticket.EndedAt is { } end ? (end - (ticket.StartedAt ?? ticket.CalledAt ?? end)).TotalMinutes : null;
    }
}

/// <summary>The figures for other modules (reports) through the Contracts.</summary>
internal sealed class QueueStatistics(QueueDbContext db, IHallDirectory halls, QueueOptions options) : IQueueStatistics
{
    public async Task<QueueSummary> SummaryAsync(string hallCode, DateOnly from, DateOnly to, CancellationToken cancellationToken = default)
    {
        var hall = await halls.HallAsync(hallCode, cancellationToken) ?? throw new ArgumentException($"Hall '{hallCode}' does not exist.", nameof(hallCode));
        return await GetQueueStatistics.SummarizeAsync(db, hall, from, to, options.TargetWaitMinutes, cancellationToken);
    }
}
