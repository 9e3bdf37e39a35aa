using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using OneWindow.Organization.Contracts;
using OneWindow.SharedKernel.Api;
using OneWindow.SharedKernel.Security;
using OneWindow.Workforce.Contracts;
using OneWindow.Workforce.Data;
using OneWindow.Workforce.Domain;

namespace OneWindow.Workforce.Features.GetVacancies;

/// <summary>
/// 空岗台账: every post on every working day of a month, covered by A, B, a substitute, or vacant (see
/// <see cref="CoverageBook"/>), with the vacancy person-days; and today's uncovered posts for the supervisor.
/// </summary>
internal static class GetVacancies
{
    public sealed record Head(string Coverage, string? StaffCode, string? StaffName);

    public sealed record Cell(string Date, string Coverage, int Vacant, IReadOnlyList<Head> Heads);

    public sealed record Row(string PostCode, string PostName, string Type, string CenterCode, int Headcount, IReadOnlyList<string> A, IReadOnlyList<string> B, IReadOnlyList<Cell> Cells, int PersonDays);

    public sealed record Counts(int A, int B, int Substitute, int Vacant);

    public sealed record Ledger(string Month, int PersonDays, Counts Heads, IReadOnlyList<string> Days, IReadOnlyList<Row> Rows);

    public sealed record Absent(string StaffCode, string StaffName, string Role, string Why);

    public sealed record Uncovered(string PostCode, string PostName, string Type, string CenterCode, int Headcount, int Vacant, IReadOnlyList<Head> Heads, IReadOnlyList<Absent> Absent);

    public sealed record Today(string Date, bool IsWorkday, DateTimeOffset AsOf, Counts Heads, IReadOnlyList<Uncovered> Posts);

    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/workforce/vacancies", async Task<Results<Ok<Ledger>, ProblemHttpResult>> (string? month, string? center, ClaimsPrincipal user, WorkforceDesk desk, CoverageBook book, CancellationToken ct) =>
                (await MonthAsync(month, center, await desk.ScopeAsync(user, ct), desk, book, ct)).ToOk())
            .RequireAuthorization(Policies.WorkforceSupervisor)
            .WithTags("Workforce");
        app.MapGet("/api/v1/workforce/vacancies/today", async Task<Results<Ok<Today>, ProblemHttpResult>> (string? center, ClaimsPrincipal user, WorkforceDesk desk, CoverageBook book, CancellationToken ct) =>
                (await TodayAsync(center, await desk.ScopeAsync(user, ct), desk, book, ct)).ToOk())
            .RequireAuthorization(Policies.WorkforceSupervisor)
            .WithTags("Workforce");
    }

    public static async Task<Result<Ledger>> MonthAsync(string? month, string? center, CenterScope scope, WorkforceDesk desk, CoverageBook book, CancellationToken ct)
    {
        var v = new Validation();
        var first = Fields.Month(v, "month", month);
        if (!v.IsValid)
        {
            return Error.Invalid(v);
        }

        var centers = await ListPosts.ListPosts.CentersAsync(center, scope, desk, ct);
        if (!centers.IsSuccess)
        {
            return centers.Error!;
        }

        var sheet = await book.ComputeAsync(centers.Value!, first, Wire.LastOfMonth(first), ct);
        var holders = await HoldersAsync(sheet, desk, ct);
        var byPost = sheet.Days.ToLookup(d => d.Post.Code);
        var rows = sheet.Posts.Select(p => new Row(p.Code, p.Name, p.Type, p.CenterCode, p.Headcount,
                holders[(p.Id, HolderRole.A)].ToList(), holders[(p.Id, HolderRole.B)].ToList(),
                byPost[p.Code].Select(d => new Cell(Wire.Text(d.Date), Wire.Text(d.Summary), d.Vacant, Heads(d, sheet))).ToList(),
                byPost[p.Code].Sum(d => d.Vacant)))
            .ToList();
        var days = sheet.Days.Select(d => d.Date).Distinct().Order().Select(Wire.Text).ToList();
        return new Ledger(Wire.Month(first), sheet.PersonDays, CountHeads(sheet.Days), days, rows);
    }

    public static async Task<Result<Today>> TodayAsync(string? center, CenterScope scope, WorkforceDesk desk, CoverageBook book, CancellationToken ct)
    {
        var centers = await ListPosts.ListPosts.CentersAsync(center, scope, desk, ct);
        if (!centers.IsSuccess)
        {
            return centers.Error!;
        }

        var today = desk.Today;
        var sheet = await book.ComputeAsync(centers.Value!, today, today, ct);
        var ids = sheet.Posts.Select(p => p.Id).ToList();
        var holders = await desk.Db.Holders.AsNoTracking().Where(h => ids.Contains(h.PostId))
            .Join(desk.Db.Staff.AsNoTracking(), h => h.StaffId, s => s.Id, (h, s) => new { h.PostId, h.Role, Staff = s })
            .ToListAsync(ct);
        var staffIds = holders.Select(h => h.Staff.Id).ToList();
        var onLeave = (await desk.Db.Leaves.AsNoTracking()
            .Where(l => staffIds.Contains(l.StaffId) && (l.Status == LeaveStatus.Approved || l.Status == LeaveStatus.Returned) && l.From <= today && l.To >= today)
            .ToListAsync(ct)).Where(l => l.AwayAllDay(today)).Select(l => l.StaffId).ToHashSet();
        var uncovered = sheet.Days.Where(d => d.Vacant > 0).Select(d =>
        {
            var absent = holders.Where(h => h.PostId == d.Post.Id && !d.Heads.Any(x => x.StaffId == h.Staff.Id))
                .Select(h => new Absent(h.Staff.Code, h.Staff.DisplayName, h.Role.ToString(),
                    !h.Staff.EmployedOn(today) ? "left" : onLeave.Contains(h.Staff.Id) ? "leave" : "not-rostered"))
                .ToList();
            return new Uncovered(d.Post.Code, d.Post.Name, d.Post.Type, d.Post.CenterCode, d.Post.Headcount, d.Vacant, Heads(d, sheet), absent);
        }).ToList();
        var calendar = await desk.CalendarAsync(centers.Value!.FirstOrDefault() ?? "", ct);
        return new Today(Wire.Text(today), sheet.Days.Count > 0 || calendar.IsWorkday(today), desk.Now, CountHeads(sheet.Days), uncovered);
    }

    private static List<Head> Heads(PostDay day, CoverageSheet sheet) =>
        day.Heads.Select(h => new Head(Wire.Text(h.Coverage), h.StaffId is { } id && sheet.Staff.TryGetValue(id, out var s) ? s.Code : null,
            h.StaffId is { } id2 && sheet.Staff.TryGetValue(id2, out var s2) ? s2.DisplayName : null)).ToList();

    private static Counts CountHeads(IEnumerable<PostDay> days)
    {
        var heads = days.SelectMany(d => d.Heads).ToList();
        return new Counts(heads.Count(h => h.Coverage == Coverage.A), heads.Count(h => h.Coverage == Coverage.B), heads.Count(h => h.Coverage == Coverage.Substitute), heads.Count(h => h.Coverage == Coverage.Vacant));
    }

    private static async Task<ILookup<(Guid, HolderRole), string>> HoldersAsync(CoverageSheet sheet, WorkforceDesk desk, CancellationToken ct)
    {
        var ids = sheet.Posts.Select(p => p.Id).ToList();
        var rows = await desk.Db.Holders.AsNoTracking().Where(h => ids.Contains(h.PostId))
            .Join(desk.Db.Staff.AsNoTracking(), h => h.StaffId, s => s.Id, (h, s) => new { h.PostId, h.Role, s.Code, s.DisplayName })
            .ToListAsync(ct);
        return rows.OrderBy(r => r.Code, StringComparer.Ordinal).ToLookup(r => (r.PostId, r.Role), r => $"{r.DisplayName}（{r.Code}）");
    }
}
