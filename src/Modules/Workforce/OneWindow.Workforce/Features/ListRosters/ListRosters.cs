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

namespace OneWindow.Workforce.Features.ListRosters;

/// <summary>The roster versions of a month (drafts, published, superseded) and one roster as a person × day grid.</summary>
internal static class ListRosters
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/workforce/rosters", async Task<Results<Ok<IReadOnlyList<RosterSummary>>, ProblemHttpResult>> (string? month, ClaimsPrincipal user, WorkforceDesk desk, CancellationToken ct) =>
                (await HandleAsync(month, await desk.ScopeAsync(user, ct), desk, ct)).ToOk())
            .RequireAuthorization(Policies.WorkforceSupervisor)
            .WithTags("Workforce");
        app.MapGet("/api/v1/workforce/rosters/{id:guid}", async Task<Results<Ok<RosterGrid>, ProblemHttpResult>> (Guid id, ClaimsPrincipal user, WorkforceDesk desk, RosterGrids grids, CancellationToken ct) =>
                (await GridAsync(id, await desk.ScopeAsync(user, ct), desk, grids, ct)).ToOk())
            .RequireAuthorization(Policies.WorkforceSupervisor)
            .WithTags("Workforce");
    }

    public static async Task<Result<IReadOnlyList<RosterSummary>>> HandleAsync(string? month, CenterScope scope, WorkforceDesk desk, CancellationToken ct)
    {
        var v = new Validation();
        var first = Fields.Month(v, "month", month);
        if (!v.IsValid)
        {
            return Error.Invalid(v);
        }

        var rosters = await desk.Db.Rosters.AsNoTracking().Where(r => r.Year == first.Year && r.Month == first.Month).ToListAsync(ct);
        var ids = rosters.Select(r => r.Id).ToList();
        var counts = await desk.Db.RosterEntries.AsNoTracking().Where(e => ids.Contains(e.RosterId)).GroupBy(e => e.RosterId)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, ct);
        return rosters.Where(r => scope.Contains(r.CenterCode))
            .OrderBy(r => r.CenterCode, StringComparer.Ordinal).ThenByDescending(r => r.Version)
            .Select(r => RosterSummary.Of(r, counts.GetValueOrDefault(r.Id)))
            .ToList();
    }

    public static async Task<Result<RosterGrid>> GridAsync(Guid id, CenterScope scope, WorkforceDesk desk, RosterGrids grids, CancellationToken ct)
    {
        var roster = await FindAsync(id, scope, desk, ct);
        return roster is null ? NotFound() : await grids.GridAsync(roster, ct);
    }

    public static async Task<Roster?> FindAsync(Guid id, CenterScope scope, WorkforceDesk desk, CancellationToken ct, bool tracked = false)
    {
        var query = tracked ? desk.Db.Rosters : desk.Db.Rosters.AsNoTracking();
        var roster = await query.FirstOrDefaultAsync(r => r.Id == id, ct);
        return roster is not null && scope.Contains(roster.CenterCode) ? roster : null;
    }

    public static Error NotFound() => Error.NotFound("workforce.unknown_roster", "There is no such roster.");
}
