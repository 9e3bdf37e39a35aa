using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using OneWindow.Cases.Contracts;
using OneWindow.Cases.Data;
using OneWindow.Cases.Domain;
using OneWindow.SharedKernel.Api;
using OneWindow.SharedKernel.Security;

namespace OneWindow.Cases.Features.ListCases;

/// <summary>
/// Cases by status, item, department, creation dates (China), warning and overdue, newest first, a page at a time,
/// within the user's centers. Every filter has an index ending in the creation time (see CasesDbContext), so a page is
/// read off an index. The total is counted up to <see cref="CountCap"/> matches ("10,000+"), and pages reach as far:
/// past that the answer asks for narrower filters, as a search engine does, rather than counting a million rows.
/// </summary>
internal static class ListCases
{
    public const int CountCap = 10_000;

    public sealed record Query(string? Status, string? ItemCode, string? DepartmentCode, string? CenterCode, string? From, string? To, bool? Overdue, string? Warning, int? Page, int? PageSize);

    /// <summary>A page; <c>TotalCapped</c> means at least <c>Total</c> cases match (the count stopped there).</summary>
    public sealed record Page(int Total, bool TotalCapped, int PageNumber, int PageSize, IReadOnlyList<CaseListRow> Items);

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/api/v1/cases", async (string? status, string? itemCode, string? departmentCode, string? centerCode, string? from, string? to, bool? overdue, string? warning, int? page, int? pageSize, ClaimsPrincipal user, CaseDesk desk, CancellationToken ct) =>
                (await HandleAsync(new Query(status, itemCode, departmentCode, centerCode, from, to, overdue, warning, page, pageSize), user, desk, ct)).ToOk())
            .RequireAuthorization(Policies.Staff)
            .WithTags("Cases");

    public static async Task<Result<Page>> HandleAsync(Query q, ClaimsPrincipal user, CaseDesk desk, CancellationToken ct)
    {
        var v = new Validation();
        var statuses = new List<CaseStatus>();
        foreach (var s in (q.Status ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (EnumParsing.TryParseWire<CaseStatus>(s, out var parsed))
            {
                statuses.Add(parsed);
            }
            else
            {
                v.Add("status", $"must be one of: {EnumParsing.Allowed<CaseStatus>()}");
            }
        }

        DeadlineWarning? warning = null;
        if (q.Warning is not null)
        {
            if (EnumParsing.TryParseWire<DeadlineWarning>(q.Warning, out var w))
            {
                warning = w;
            }
            else
            {
                v.Add("warning", "must be none, yellow or red");
            }
        }

        DateOnly? from = null, to = null;
        if (q.From is not null)
        {
            if (DateOnly.TryParseExact(q.From, "yyyy-MM-dd", out var f))
            {
                from = f;
            }
            else
            {
                v.Add("from", "must be YYYY-MM-DD");
            }
        }

        if (q.To is not null)
        {
            if (DateOnly.TryParseExact(q.To, "yyyy-MM-dd", out var t))
            {
                to = t;
            }
            else
            {
                v.Add("to", "must be YYYY-MM-DD");
            }
        }

        if (from is not null && to is not null && to < from)
        {
            v.Add("to", "must not be before from");
        }

        var pageNumber = q.Page ?? 1;
        var pageSize = q.PageSize ?? 20;
        if (pageNumber < 1)
        {
            v.Add("page", "must be at least 1");
        }

        if (pageSize is < 1 or > 200)
        {
            v.Add("pageSize", "must be 1-200");
        }
        else if (pageNumber >= 1 && (long)pageNumber * pageSize > CountCap)
        {
            v.Add("page", $"pages reach the first {CountCap:N0} matches; narrow the filters (status, item, department, dates) to see older cases");
        }

        var scope = await desk.ScopeAsync(user, ct);
        if (q.CenterCode is not null && !scope.Contains(q.CenterCode))
        {
            v.Add("centerCode", $"'{q.CenterCode}' is not a center you may see");
        }

        // A department user lists only its department's cases.
        if (CaseDepartment.Of(user) is { } own)
        {
            if (q.DepartmentCode is not null && q.DepartmentCode != own)
            {
                v.Add("departmentCode", $"'{q.DepartmentCode}' is not your department");
            }

            q = q with { DepartmentCode = own };
        }

        if (!v.IsValid)
        {
            return Error.Invalid(v);
        }

        var query = desk.Db.Cases.AsNoTracking();
        if (q.CenterCode is not null)
        {
            query = query.Where(c => c.CenterCode == q.CenterCode);
        }
        else if (!scope.IsEverything)
        {
            var codes = scope.Codes.ToList();
            query = query.Where(c => codes.Contains(c.CenterCode));
        }

        if (statuses.Count > 0)
        {
            query = query.Where(c => statuses.Contains(c.Status));
        }

        if (q.ItemCode is not null)
        {
            query = query.Where(c => c.ItemCode == q.ItemCode);
        }

        if (q.DepartmentCode is not null)
        {
            query = query.Where(c => c.DepartmentCode == q.DepartmentCode);
        }

        if (from is { } fd)
        {
            var start = new DateTimeOffset(fd.ToDateTime(TimeOnly.MinValue), TimeSpan.FromHours(8)).ToUniversalTime();
            query = query.Where(c => c.CreatedAt >= start);
        }

        if (to is { } td)
        {
            var end = new DateTimeOffset(td.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.FromHours(8)).ToUniversalTime();
            query = query.Where(c => c.CreatedAt < end);
        }

        var today = desk.Today;
        if (q.Overdue == true)
        {
            query = query.Where(c => c.Deadline != null && c.Deadline < today
                && (c.Status == CaseStatus.Accepted || c.Status == CaseStatus.HandedOver || c.Status == CaseStatus.UnderReview || c.Status == CaseStatus.CorrectionRequested));
        }

        if (warning is { } wanted)
        {
            query = query.Where(c => c.Warning == wanted);
        }

        var counted = await query.Take(CountCap + 1).CountAsync(ct);
        var total = Math.Min(counted, CountCap);
        var rows = await query.OrderByDescending(c => c.CreatedAt).ThenByDescending(c => c.Id)
            .Skip((pageNumber - 1) * pageSize).Take(pageSize).ToListAsync(ct);
        var items = new List<CaseListRow>(rows.Count);
        foreach (var group in rows.GroupBy(r => r.CenterCode))
        {
            var calendar = await desk.CalendarAsync(group.Key, ct);
            foreach (var c in group)
            {
                var w = CaseDesk.WarningOf(c, calendar, today);
                items.Add(new CaseListRow(c.Id, c.Number, CaseDesk.Wire(c.Status), c.Title, c.ItemCode, c.BundleCode, c.DepartmentCode, c.CenterCode, c.CreatedAt, c.Deadline, CaseDesk.Wire(w), w == DeadlineWarning.Red, desk.ApplicantName(c)));
            }
        }

        return new Page(total, counted > CountCap, pageNumber, pageSize, items.OrderByDescending(i => i.CreatedAt).ThenByDescending(i => i.Id).ToList());
    }
}
