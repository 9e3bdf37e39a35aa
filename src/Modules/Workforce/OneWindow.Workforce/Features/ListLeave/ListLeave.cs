using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using OneWindow.Organization.Contracts;
using OneWindow.SharedKernel.Api;
using OneWindow.SharedKernel.Security;
using OneWindow.Workforce.Data;
using OneWindow.Workforce.Domain;
using OneWindow.Workforce.Features.RequestLeave;

namespace OneWindow.Workforce.Features.ListLeave;

/// <summary>Leave requests touching a month (optionally of one status, center or person), newest first.</summary>
internal static class ListLeave
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/api/v1/workforce/leave", async Task<Results<Ok<IReadOnlyList<LeaveView>>, ProblemHttpResult>> (string? month, string? status, string? center, string? staff, ClaimsPrincipal user, WorkforceDesk desk, CancellationToken ct) =>
                (await HandleAsync(month, status, center, staff, await desk.ScopeAsync(user, ct), desk, ct)).ToOk())
            .RequireAuthorization(Policies.WorkforceSupervisor)
            .WithTags("Workforce");

    public static async Task<Result<IReadOnlyList<LeaveView>>> HandleAsync(string? month, string? status, string? center, string? staffCode, CenterScope scope, WorkforceDesk desk, CancellationToken ct)
    {
        var v = new Validation();
        var first = Fields.Month(v, "month", month);
        LeaveStatus? wanted = null;
        if (!string.IsNullOrWhiteSpace(status))
        {
            if (EnumParsing.TryParseWire<LeaveStatus>(status, out var s))
            {
                wanted = s;
            }
            else
            {
                v.Add("status", $"must be one of {EnumParsing.Allowed<LeaveStatus>()}");
            }
        }

        if (!v.IsValid)
        {
            return Error.Invalid(v);
        }

        var centers = await ListPosts.ListPosts.CentersAsync(center, scope, desk, ct);
        if (!centers.IsSuccess)
        {
            return centers.Error!;
        }

        var codes = centers.Value!.ToList();
        var last = Wire.LastOfMonth(first);
        var query = desk.Db.Leaves.AsNoTracking().Where(l => l.From <= last && l.To >= first)
            .Join(desk.Db.Staff.AsNoTracking().Where(s => codes.Contains(s.CenterCode)), l => l.StaffId, s => s.Id, (l, s) => new { Leave = l, Staff = s });
        if (wanted is { } w)
        {
            query = query.Where(x => x.Leave.Status == w);
        }

        if (!string.IsNullOrWhiteSpace(staffCode))
        {
            query = query.Where(x => x.Staff.Code == staffCode);
        }

        var rows = await query.ToListAsync(ct);
        var views = new List<LeaveView>(rows.Count);
        foreach (var row in rows.OrderByDescending(r => r.Leave.RequestedAt))
        {
            var calendar = await desk.CalendarAsync(row.Staff.CenterCode, ct);
            views.Add(LeaveView.Of(row.Leave, row.Staff, CompTimeBook.WorkingDays(row.Leave, calendar)));
        }

        return views;
    }
}
