using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using OneWindow.Organization.Contracts;
using OneWindow.SharedKernel.Api;
using OneWindow.SharedKernel.Data;
using OneWindow.SharedKernel.Security;
using OneWindow.Workforce.Data;
using OneWindow.Workforce.Domain;

namespace OneWindow.Workforce.Features.CopyRoster;

/// <summary>
/// 复制为草稿: a published roster is copied, cell for cell, into a new draft version, so the month can be reworked while
/// staff and the vacancy ledger keep the published one until the draft is published. A center and month keep at
/// most one draft: copying replaces an older draft (as generating does).
/// </summary>
internal static class CopyRoster
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapPost("/api/v1/workforce/rosters/{id:guid}/copy", async Task<Results<Created<RosterSummary>, ProblemHttpResult>> (Guid id, ClaimsPrincipal user, WorkforceDesk desk, CancellationToken ct) =>
            {
                var result = await HandleAsync(id, WorkforceDesk.Actor(user), await desk.ScopeAsync(user, ct), desk, ct);
                return result.IsSuccess ? TypedResults.Created($"/api/v1/workforce/rosters/{result.Value!.Id}", result.Value) : result.Error!.ToProblem();
            })
            .RequireAuthorization(Policies.WorkforceAdmin)
            .WithTags("Workforce");

    public static async Task<Result<RosterSummary>> HandleAsync(Guid id, string actor, CenterScope scope, WorkforceDesk desk, CancellationToken ct)
    {
        var source = await ListRosters.ListRosters.FindAsync(id, scope, desk, ct, tracked: false);
        if (source is null)
        {
            return ListRosters.ListRosters.NotFound();
        }

        if (source.Status != RosterStatus.Published)
        {
            return Error.Conflict("workforce.roster_not_published", $"Version {source.Version} is {Wire.Text(source.Status)}; only the published roster is copied to a draft.");
        }

        var db = desk.Db;
        var version = (await db.Rosters.Where(r => r.CenterCode == source.CenterCode && r.Year == source.Year && r.Month == source.Month).MaxAsync(r => (int?)r.Version, ct) ?? 0) + 1;
        var copy = new Roster
        {
            CenterCode = source.CenterCode,
            Year = source.Year,
            Month = source.Month,
            From = source.From,
            To = source.To,
            Version = version,
            Status = RosterStatus.Draft,
            SolverStatus = source.SolverStatus,
            Objective = source.Objective,
            BestBound = source.BestBound,
            ElapsedMs = source.ElapsedMs,
            Shortfalls = source.Shortfalls,
            Edits = source.Edits,
            CreatedAt = desk.Now,
            CreatedBy = actor,
        };
        var oldDrafts = await db.Rosters.Where(r => r.CenterCode == source.CenterCode && r.Year == source.Year && r.Month == source.Month && r.Status == RosterStatus.Draft).ToListAsync(ct);
        db.Rosters.RemoveRange(oldDrafts);
        db.Rosters.Add(copy);

        var entries = await db.RosterEntries.AsNoTracking().Where(e => e.RosterId == source.Id).ToListAsync(ct);
        db.RosterEntries.AddRange(entries.Select(e => new RosterEntry { RosterId = copy.Id, Date = e.Date, PostCode = e.PostCode, StaffId = e.StaffId, Coverage = e.Coverage }));
        var shifts = await db.RosterShifts.AsNoTracking().Where(e => e.RosterId == source.Id).ToListAsync(ct);
        db.RosterShifts.AddRange(shifts.Select(s => new RosterShift
        {
            RosterId = copy.Id,
            Date = s.Date,
            ShiftCode = s.ShiftCode,
            CenterCode = s.CenterCode,
            StaffId = s.StaffId,
            Label = s.Label,
            Start = s.Start,
            End = s.End,
            OwesCompDay = s.OwesCompDay,
        }));
        var compDays = await db.RosterCompDays.AsNoTracking().Where(e => e.RosterId == source.Id).ToListAsync(ct);
        db.RosterCompDays.AddRange(compDays.Select(c => new RosterCompDay { RosterId = copy.Id, Date = c.Date, StaffId = c.StaffId }));
        var shortfalls = await db.RosterShortfalls.AsNoTracking().Where(e => e.RosterId == source.Id).ToListAsync(ct);
        db.RosterShortfalls.AddRange(shortfalls.Select(s => new RosterShortfall { RosterId = copy.Id, Date = s.Date, Code = s.Code, Missing = s.Missing, IsShift = s.IsShift, CenterCode = s.CenterCode }));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException ex) when (UniqueViolation.Is(ex))
        {
            return Error.Conflict("workforce.roster_busy", "Another roster of this center and month was made at the same moment; reload.");
        }

        return RosterSummary.Of(copy, entries.Count);
    }
}
