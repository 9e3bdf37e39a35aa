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

namespace OneWindow.Workforce.Features.GetCompTime;

/// <summary>调休 balances (days) of the staff of the user's centers, or of one center's subtree or one person.</summary>
internal static class GetCompTime
{
    public sealed record Line(string StaffCode, string StaffName, string CenterCode, decimal Earned, decimal Spent, decimal Balance);

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/api/v1/workforce/comp-time", async Task<Results<Ok<IReadOnlyList<Line>>, ProblemHttpResult>> (string? center, string? staff, ClaimsPrincipal user, WorkforceDesk desk, CompTimeBook book, CancellationToken ct) =>
                (await HandleAsync(center, staff, await desk.ScopeAsync(user, ct), desk, book, ct)).ToOk())
            .RequireAuthorization(Policies.WorkforceSupervisor)
            .WithTags("Workforce");

    public static async Task<Result<IReadOnlyList<Line>>> HandleAsync(string? center, string? staffCode, CenterScope scope, WorkforceDesk desk, CompTimeBook book, CancellationToken ct)
    {
        var centers = await ListPosts.ListPosts.CentersAsync(center, scope, desk, ct);
        if (!centers.IsSuccess)
        {
            return centers.Error!;
        }

        var codes = centers.Value!.ToList();
        var today = desk.Today;
        var query = desk.Db.Staff.AsNoTracking().Where(s => codes.Contains(s.CenterCode) && (s.LeftOn == null || s.LeftOn >= today));
        if (!string.IsNullOrWhiteSpace(staffCode))
        {
            query = query.Where(s => s.Code == staffCode);
        }

        var staff = await query.OrderBy(s => s.Code).ToListAsync(ct);
        if (!string.IsNullOrWhiteSpace(staffCode) && staff.Count == 0)
        {
            return WorkforceDesk.StaffNotFound(staffCode);
        }

        var balances = await book.BalancesAsync(staff.Select(s => s.Id).ToList(), ct);
        return staff.Select(s => balances[s.Id] is var b ? new Line(s.Code, s.DisplayName, s.CenterCode, b.Earned, b.Spent, b.Balance) : null!).ToList();
    }
}
