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

namespace OneWindow.Workforce.Features.PublishRoster;

/// <summary>发布: a draft becomes the roster staff see and the vacancy ledger counts; the version it replaces is superseded.</summary>
internal static class PublishRoster
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapPost("/api/v1/workforce/rosters/{id:guid}/publish", async Task<Results<Ok<RosterSummary>, ProblemHttpResult>> (Guid id, ClaimsPrincipal user, WorkforceDesk desk, CancellationToken ct) =>
                (await HandleAsync(id, WorkforceDesk.Actor(user), await desk.ScopeAsync(user, ct), desk, ct)).ToOk())
            .RequireAuthorization(Policies.WorkforceAdmin)
            .WithTags("Workforce");

    public static async Task<Result<RosterSummary>> HandleAsync(Guid id, string actor, CenterScope scope, WorkforceDesk desk, CancellationToken ct)
    {
        var roster = await ListRosters.ListRosters.FindAsync(id, scope, desk, ct, tracked: true);
        if (roster is null)
        {
            return ListRosters.ListRosters.NotFound();
        }

        if (roster.Status != RosterStatus.Draft)
        {
            return Error.Conflict("workforce.roster_not_draft", $"Version {roster.Version} is {Wire.Text(roster.Status)}; only a draft can be published.");
        }

        var db = desk.Db;
        var previous = await db.Rosters.Where(r => r.CenterCode == roster.CenterCode && r.Year == roster.Year && r.Month == roster.Month && r.Status == RosterStatus.Published).ToListAsync(ct);
        foreach (var old in previous)
        {
            old.Status = RosterStatus.Superseded;
            old.Revision++;
        }

        roster.Status = RosterStatus.Published;
        roster.PublishedAt = desk.Now;
        roster.PublishedBy = actor;
        roster.Revision++;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Error.Conflict("workforce.roster_changed", "The roster changed at the same moment; reload and try again.");
        }

        var count = await db.RosterEntries.CountAsync(e => e.RosterId == roster.Id, ct);
        return RosterSummary.Of(roster, count);
    }
}
