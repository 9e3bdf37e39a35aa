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

namespace OneWindow.Workforce.Features.ListStaff;

/// <summary>人员名册: staff of the user's centers (or a subtree), masked, with the posts they hold; those who left only on request.</summary>
internal static class ListStaff
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/api/v1/workforce/staff", async Task<Results<Ok<IReadOnlyList<StaffView>>, ProblemHttpResult>> (string? center, bool? includeLeft, ClaimsPrincipal user, WorkforceDesk desk, CancellationToken ct) =>
                (await HandleAsync(center, includeLeft ?? false, await desk.ScopeAsync(user, ct), desk, ct)).ToOk())
            .RequireAuthorization(Policies.WorkforceSupervisor)
            .WithTags("Workforce");

    public static async Task<Result<IReadOnlyList<StaffView>>> HandleAsync(string? center, bool includeLeft, CenterScope scope, WorkforceDesk desk, CancellationToken ct)
    {
        var centers = await ListPosts.ListPosts.CentersAsync(center, scope, desk, ct);
        if (!centers.IsSuccess)
        {
            return centers.Error!;
        }

        var codes = centers.Value!.ToList();
        var today = desk.Today;
        var query = desk.Db.Staff.AsNoTracking().Where(s => codes.Contains(s.CenterCode));
        if (!includeLeft)
        {
            query = query.Where(s => s.LeftOn == null || s.LeftOn >= today);
        }

        var staff = await query.ToListAsync(ct);
        return Result<IReadOnlyList<StaffView>>.Ok(await ViewsAsync(staff, desk, ct));
    }

    public static async Task<IReadOnlyList<StaffView>> ViewsAsync(IReadOnlyList<Staff> staff, WorkforceDesk desk, CancellationToken ct)
    {
        var ids = staff.Select(s => s.Id).ToList();
        var holds = await desk.Db.Holders.AsNoTracking().Where(h => ids.Contains(h.StaffId))
            .Join(desk.Db.Posts.AsNoTracking(), h => h.PostId, p => p.Id, (h, p) => new { h.StaffId, h.Role, p.Code })
            .ToListAsync(ct);
        var a = holds.Where(h => h.Role == HolderRole.A).ToDictionary(h => h.StaffId, h => h.Code);
        var b = holds.Where(h => h.Role == HolderRole.B).ToDictionary(h => h.StaffId, h => h.Code);
        return staff.OrderBy(s => s.Code, StringComparer.Ordinal)
            .Select(s => StaffView.Of(s, a.GetValueOrDefault(s.Id), b.GetValueOrDefault(s.Id)))
            .ToList();
    }
}
