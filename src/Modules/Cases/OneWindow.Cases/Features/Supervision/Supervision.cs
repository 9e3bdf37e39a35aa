using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using OneWindow.Calendar.Contracts;
using OneWindow.Cases.Data;
using OneWindow.Cases.Domain;
using OneWindow.SharedKernel.Api;
using OneWindow.SharedKernel.Security;

namespace OneWindow.Cases.Features.Supervision;

/// <summary>
/// 督办: what a supervisor looks at first, read live (not from the stored warnings of the daily check): per department the
/// open cases with how many are yellow (80% of the working days used) and red (overdue), by the rule of
/// <see cref="CaseDesk.WarningOf"/> on each center's calendar; the red and yellow cases themselves, most urgent first;
/// hand-over batches sent and not signed in; and 容缺 materials whose promised date has passed while the case still waits
/// for them. Within the user's centers (or one of them).
/// </summary>
internal static class Supervision
{
    public sealed record DepartmentLine(string? DepartmentCode, string DepartmentName, int Open, int Yellow, int Red);

    /// <summary>A case with a warning: <c>workdaysLeft</c> after today for yellow ones, <c>workdaysOver</c> past the deadline for red ones.</summary>
    public sealed record WarnedCase(Guid Id, string Number, string Title, string? DepartmentCode, string DepartmentName, string Status, DateOnly Deadline, string Warning, int WorkdaysLeft, int WorkdaysOver);

    public sealed record UnreceivedBatch(Guid Id, string Number, string DepartmentCode, string DepartmentName, string SenderName, DateTimeOffset SentAt, int Cases, int AgeHours, bool Flagged);

    public sealed record OverduePromise(Guid CaseId, string CaseNumber, string Title, string? DepartmentCode, string DepartmentName, string MaterialCode, string MaterialName, string? Promise, DateOnly DueOn, int DaysOver);

    public sealed record Board(
        DateOnly Today,
        string? CenterCode,
        int Open,
        int Yellow,
        int Red,
        IReadOnlyList<DepartmentLine> Departments,
        IReadOnlyList<WarnedCase> Overdue,
        IReadOnlyList<WarnedCase> Warned,
        IReadOnlyList<UnreceivedBatch> UnreceivedBatches,
        IReadOnlyList<OverduePromise> OverduePromises);

    /// <summary>Still in hand (a consultation is not yet an application; decided cases wait only for their result).</summary>
    private static readonly CaseStatus[] Open =
        [CaseStatus.Incomplete, CaseStatus.Submitted, CaseStatus.Accepted, CaseStatus.HandedOver, CaseStatus.UnderReview, CaseStatus.CorrectionRequested, CaseStatus.Approved, CaseStatus.Rejected, CaseStatus.ResultReady];

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/api/v1/cases/supervision", async (string? centerCode, ClaimsPrincipal user, CaseDesk desk, CancellationToken ct) =>
                (await HandleAsync(centerCode, user, desk, ct)).ToOk())
            .RequireAuthorization(Policies.CaseSupervisor)
            .WithTags("Cases");

    public static async Task<Result<Board>> HandleAsync(string? centerCode, ClaimsPrincipal user, CaseDesk desk, CancellationToken ct)
    {
        var scope = await desk.ScopeAsync(user, ct);
        if (centerCode is not null && !scope.Contains(centerCode))
        {
            return Error.Invalid(new Validation().Add("centerCode", $"'{centerCode}' is not a center you may see"));
        }

        var cases = desk.Db.Cases.AsNoTracking().Where(c => Open.Contains(c.Status));
        var batches = desk.Db.Batches.AsNoTracking().Where(b => b.ReceivedAt == null);
        if (centerCode is not null)
        {
            cases = cases.Where(c => c.CenterCode == centerCode);
            batches = batches.Where(b => b.CenterCode == centerCode);
        }
        else if (!scope.IsEverything)
        {
            var codes = scope.Codes.ToList();
            cases = cases.Where(c => codes.Contains(c.CenterCode));
            batches = batches.Where(b => codes.Contains(b.CenterCode));
        }

        var today = desk.Today;
        var names = (await desk.Organization.DepartmentsAsync(ct)).ToDictionary(d => d.Code, d => d.Name, StringComparer.Ordinal);
        string NameOf(string? code) => code is null ? "—" : names.GetValueOrDefault(code, code);
        var calendars = new Dictionary<string, WorkCalendar>(StringComparer.Ordinal);
        async Task<WorkCalendar> CalendarOf(string center)
        {
            if (!calendars.TryGetValue(center, out var calendar))
            {
                calendar = await desk.CalendarAsync(center, ct);
                calendars[center] = calendar;
            }

            return calendar;
        }

        var open = await cases.ToListAsync(ct);
        var warned = new List<WarnedCase>();
        var departments = new Dictionary<string, (int Open, int Yellow, int Red)>(StringComparer.Ordinal);
        foreach (var c in open)
        {
            var calendar = await CalendarOf(c.CenterCode);
            var warning = CaseDesk.WarningOf(c, calendar, today);
            var key = c.DepartmentCode ?? string.Empty;
            var line = departments.GetValueOrDefault(key);
            departments[key] = (line.Open + 1, line.Yellow + (warning == DeadlineWarning.Yellow ? 1 : 0), line.Red + (warning == DeadlineWarning.Red ? 1 : 0));
            if (warning != DeadlineWarning.None)
            {
                var deadline = c.Deadline!.Value;
                warned.Add(new WarnedCase(
                    c.Id, c.Number, c.Title, c.DepartmentCode, NameOf(c.DepartmentCode), CaseDesk.Wire(c.Status), deadline, CaseDesk.Wire(warning),
                    calendar.CountWorkdays(today.AddDays(1), deadline),
                    warning == DeadlineWarning.Red ? calendar.CountWorkdays(deadline.AddDays(1), today) : 0));
            }
        }

        // 容缺: promised by a date that has passed, the line still taken on the promise, the case still open.
        var openIds = open.Select(c => c.Id).ToList();
        var promises = new List<OverduePromise>();
        foreach (var chunk in openIds.Chunk(500))
        {
            var lines = await desk.Db.Materials.AsNoTracking()
                .Where(m => chunk.Contains(m.CaseId) && m.Form == MaterialForm.Tolerated && m.DueOn != null && m.DueOn < today)
                .ToListAsync(ct);
            foreach (var m in lines)
            {
                var c = open.First(x => x.Id == m.CaseId);
                promises.Add(new OverduePromise(c.Id, c.Number, c.Title, c.DepartmentCode, NameOf(c.DepartmentCode), m.Code, m.Name, m.Promise, m.DueOn!.Value, today.DayNumber - m.DueOn.Value.DayNumber));
            }
        }

        var now = desk.Now;
        var pending = await batches.ToListAsync(ct);
        var pendingIds = pending.Select(b => (Guid?)b.Id).ToList();
        var counts = pendingIds.Count == 0
            ? new Dictionary<Guid, int>()
            : await desk.Db.Cases.AsNoTracking().Where(c => pendingIds.Contains(c.HandoverBatchId)).GroupBy(c => c.HandoverBatchId)
                .Select(g => new { Batch = g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Batch!.Value, g => g.Count, ct);
        var unreceived = pending
            .OrderBy(b => b.SentAt)
            .Select(b => new UnreceivedBatch(b.Id, b.Number, b.DepartmentCode, NameOf(b.DepartmentCode), b.SenderName, b.SentAt, counts.GetValueOrDefault(b.Id), (int)Math.Max(0, (now - b.SentAt).TotalHours), b.FlaggedUnreceived))
            .ToList();

        var byDepartment = departments
            .Select(d => new DepartmentLine(d.Key.Length == 0 ? null : d.Key, NameOf(d.Key.Length == 0 ? null : d.Key), d.Value.Open, d.Value.Yellow, d.Value.Red))
            .OrderByDescending(d => d.Red).ThenByDescending(d => d.Yellow).ThenByDescending(d => d.Open).ThenBy(d => d.DepartmentCode, StringComparer.Ordinal)
            .ToList();
        return new Board(
            today,
            centerCode,
            open.Count,
            warned.Count(w => w.Warning == "yellow"),
            warned.Count(w => w.Warning == "red"),
            byDepartment,
            [.. warned.Where(w => w.Warning == "red").OrderBy(w => w.Deadline).ThenBy(w => w.Number, StringComparer.Ordinal)],
            [.. warned.Where(w => w.Warning == "yellow").OrderBy(w => w.Deadline).ThenBy(w => w.Number, StringComparer.Ordinal)],
            unreceived,
            [.. promises.OrderBy(p => p.DueOn).ThenBy(p => p.CaseNumber, StringComparer.Ordinal).ThenBy(p => p.MaterialCode, StringComparer.Ordinal)]);
    }
}
