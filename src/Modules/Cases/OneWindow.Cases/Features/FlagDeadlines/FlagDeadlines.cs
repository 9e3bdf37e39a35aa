using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using OneWindow.Cases.Data;
using OneWindow.Cases.Domain;
using OneWindow.SharedKernel.Security;
using Quartz;

namespace OneWindow.Cases.Features.FlagDeadlines;

/// <summary>
/// The daily deadline check: every running case gets its warning (yellow when 80% of its working days are used, red when
/// overdue) stored so lists and the supervisor's dashboard filter by it; hand-over batches sent before today and still
/// not signed in are flagged. Runs at 17:00 and 07:00 China time; supervisors may run it on demand.
/// </summary>
internal static class FlagDeadlines
{
    public sealed record Outcome(int Yellow, int Red, int Changed, int UnreceivedBatches);

    private static readonly CaseStatus[] Running = [CaseStatus.Accepted, CaseStatus.HandedOver, CaseStatus.UnderReview, CaseStatus.CorrectionRequested];

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapPost("/api/v1/cases/deadline-check", async (CaseDesk desk, CancellationToken ct) => TypedResults.Ok(await RunAsync(desk, ct)))
            .RequireAuthorization(Policies.CaseSupervisor).WithTags("Cases");

    public static async Task<Outcome> RunAsync(CaseDesk desk, CancellationToken ct)
    {
        var today = desk.Today;
        int yellow = 0, red = 0, changed = 0;
        var calendars = new Dictionary<string, OneWindow.Calendar.Contracts.WorkCalendar>(StringComparer.Ordinal);

        // The running cases (and those still marked from before), a chunk at a time by id.
        var ids = await desk.Db.Cases.AsNoTracking().Where(c => Running.Contains(c.Status) || c.Warning != DeadlineWarning.None).Select(c => c.Id).ToListAsync(ct);
        foreach (var chunk in ids.Chunk(500))
        {
            var batch = await desk.Db.Cases.Where(c => chunk.Contains(c.Id)).ToListAsync(ct);
            foreach (var c in batch)
            {
                if (!calendars.TryGetValue(c.CenterCode, out var calendar))
                {
                    calendar = await desk.CalendarAsync(c.CenterCode, ct);
                    calendars[c.CenterCode] = calendar;
                }

                var warning = CaseDesk.WarningOf(c, calendar, today);
                yellow += warning == DeadlineWarning.Yellow ? 1 : 0;
                red += warning == DeadlineWarning.Red ? 1 : 0;
                if (warning != c.Warning)
                {
                    c.Warning = warning;
                    changed++;
                }
            }

            try
            {
                using (await desk.Gate.EnterAsync(ct))
                {
                    await desk.Db.SaveChangesAsync(ct);
                }
            }
            catch (DbUpdateConcurrencyException)
            {
                // A clerk changed one of them meanwhile; the next run sets its warning.
            }

            desk.Db.ChangeTracker.Clear();
        }

        var cutoff = LastCutoff(desk.Now);
        var late = await desk.Db.Batches.Where(b => b.ReceivedAt == null && !b.FlaggedUnreceived && b.SentAt < cutoff).ToListAsync(ct);
        foreach (var b in late)
        {
            b.FlaggedUnreceived = true;
        }

        using (await desk.Gate.EnterAsync(ct))
        {
            await desk.Db.SaveChangesAsync(ct);
        }

        return new Outcome(yellow, red, changed, late.Count);
    }

    /// <summary>The latest 17:00 China time not after <paramref name="now"/>: a batch sent before it should have been signed in by then.</summary>
    public static DateTimeOffset LastCutoff(DateTimeOffset now)
    {
        var local = now.ToOffset(TimeSpan.FromHours(8));
        var cutoff = new DateTimeOffset(local.Date.AddHours(17), TimeSpan.FromHours(8));
        return (cutoff > local ? cutoff.AddDays(-1) : cutoff).ToUniversalTime();
    }

    [DisallowConcurrentExecution]
    internal sealed class Job(CaseDesk desk, ILogger<Job> logger) : IJob
    {
        public static readonly JobKey Key = new("cases-flag-deadlines");

        public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
        {
            var outcome = await RunAsync(desk, cancellationToken);
            logger.LogInformation("Case deadlines: {Yellow} yellow, {Red} red, {Changed} changed; {Batches} hand-over batches flagged unreceived", outcome.Yellow, outcome.Red, outcome.Changed, outcome.UnreceivedBatches);
        }
    }
}
