using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using OneWindow.Organization.Contracts;
using OneWindow.SharedKernel.Api;
using OneWindow.SharedKernel.Data;
using OneWindow.SharedKernel.Security;
using OneWindow.Workforce.Data;
using OneWindow.Workforce.Domain;
using OneWindow.Workforce.Rostering;

namespace OneWindow.Workforce.Features.GenerateRoster;

/// <summary>
/// 生成排班: builds the month's problem for a center subtree (optionally only days from..to of the month), lets the
/// CP-SAT solver answer within OneWindow:Workforce:SolverSeconds, and stores the answer as a new draft version (an
/// older draft of the same center and month is replaced; published versions stay until a new one is published).
/// </summary>
internal static class GenerateRoster
{
    public sealed record Request(string? CenterCode, string? Month, string? From, string? To);

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapPost("/api/v1/workforce/rosters", async Task<Results<Created<RosterSummary>, ProblemHttpResult>> (Request request, ClaimsPrincipal user, WorkforceDesk desk, RosterPlanner planner, ILoggerFactory logs, CancellationToken ct) =>
            {
                var result = await HandleAsync(request, WorkforceDesk.Actor(user), await desk.ScopeAsync(user, ct), desk, planner, logs.CreateLogger(typeof(GenerateRoster)), ct);
                return result.IsSuccess ? TypedResults.Created($"/api/v1/workforce/rosters/{result.Value!.Id}", result.Value) : result.Error!.ToProblem();
            })
            .RequireAuthorization(Policies.WorkforceAdmin)
            .WithTags("Workforce");

    public static async Task<Result<RosterSummary>> HandleAsync(Request request, string actor, CenterScope scope, WorkforceDesk desk, RosterPlanner planner, ILogger logger, CancellationToken ct)
    {
        var v = new Validation().Required("centerCode", request.CenterCode, 64);
        var first = Fields.Month(v, "month", request.Month);
        var last = first == default ? default : Wire.LastOfMonth(first);
        var from = Fields.OptionalDate(v, "from", request.From) ?? first;
        var to = Fields.OptionalDate(v, "to", request.To) ?? last;
        if (first != default)
        {
            if (from < first || from > last)
            {
                v.Add("from", "must be a day of the month");
            }

            if (to < first || to > last)
            {
                v.Add("to", "must be a day of the month");
            }
            else if (to < from)
            {
                v.Add("to", "must be on or after from");
            }
        }

        if (!v.IsValid)
        {
            return Error.Invalid(v);
        }

        if (await desk.CheckCenterAsync(request.CenterCode, scope, "centerCode", ct) is { } centerError)
        {
            return centerError;
        }

        var center = request.CenterCode!;
        var planned = await planner.BuildAsync(center, from, to, ct);
        if (planned.Posts.Count == 0)
        {
            return Error.Conflict("workforce.no_posts", $"Center {center} and the centers below it have no posts to roster.");
        }

        var solution = await Task.Run(() => RosterSolver.Solve(planned.Problem), ct);
        logger.LogInformation("Roster {Center} {From}..{To}: {Status} in {Elapsed} ms, objective {Objective}, bound {Bound}, {Assignments} assignments, {Shortfalls} shortfalls",
            center, from, to, solution.Status, (int)solution.Elapsed.TotalMilliseconds, solution.Objective, solution.BestBound, solution.Posts.Count, solution.Shortfalls.Count);
        if (solution.Posts.Count == 0 && solution.Shifts.Count == 0)
        {
            return new Error(StatusCodes.Status422UnprocessableEntity, "workforce.roster_infeasible", $"The solver found no roster ({solution.Status}); check the posts, staff and leave of the month.");
        }

        var db = desk.Db;
        var version = (await db.Rosters.Where(r => r.CenterCode == center && r.Year == from.Year && r.Month == from.Month).MaxAsync(r => (int?)r.Version, ct) ?? 0) + 1;
        var roster = new Roster
        {
            CenterCode = center,
            Year = from.Year,
            Month = from.Month,
            From = from,
            To = to,
            Version = version,
            Status = RosterStatus.Draft,
            SolverStatus = solution.Status,
            Objective = solution.Objective,
            BestBound = solution.BestBound,
            ElapsedMs = (int)solution.Elapsed.TotalMilliseconds,
            Shortfalls = solution.Shortfalls.Sum(s => s.Missing),
            CreatedAt = desk.Now,
            CreatedBy = actor,
        };

        // One SaveChanges, so one transaction that EF commits before the audit record is written (on SQLite an open
        // transaction would keep the audit log's writer waiting).
        var oldDrafts = await db.Rosters.Where(r => r.CenterCode == center && r.Year == from.Year && r.Month == from.Month && r.Status == RosterStatus.Draft).ToListAsync(ct);
        db.Rosters.RemoveRange(oldDrafts);
        db.Rosters.Add(roster);
        Store(db, roster.Id, solution, planned);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException ex) when (UniqueViolation.Is(ex))
        {
            return Error.Conflict("workforce.roster_busy", "Another roster of this center and month was generated at the same moment; reload.");
        }

        return RosterSummary.Of(roster, solution.Posts.Count);
    }

    private static void Store(WorkforceDbContext db, Guid rosterId, RosterSolution solution, PlannedProblem planned)
    {
        db.RosterEntries.AddRange(solution.Posts.DistinctBy(p => (p.StaffId, p.Date)).Select(p => new RosterEntry
        {
            RosterId = rosterId,
            Date = p.Date,
            PostCode = p.PostCode,
            StaffId = p.StaffId,
            Coverage = p.Coverage,
        }));
        foreach (var s in solution.Shifts.DistinctBy(s => (s.StaffId, s.Date, s.ShiftCode)))
        {
            var slot = planned.Shifts.TryGetValue((s.Date, s.ShiftCode, s.CenterCode), out var found) ? found : null;
            db.RosterShifts.Add(new RosterShift
            {
                RosterId = rosterId,
                Date = s.Date,
                ShiftCode = s.ShiftCode,
                CenterCode = s.CenterCode,
                StaffId = s.StaffId,
                Label = slot?.Label ?? s.ShiftCode,
                Start = slot?.Start ?? default,
                End = slot?.End ?? default,
                OwesCompDay = slot?.OwesCompDay ?? false,
            });
        }

        db.RosterCompDays.AddRange(solution.CompDays.DistinctBy(c => (c.StaffId, c.Date)).Select(c => new RosterCompDay { RosterId = rosterId, Date = c.Date, StaffId = c.StaffId }));
        db.RosterShortfalls.AddRange(solution.Shortfalls.Select(s => new RosterShortfall { RosterId = rosterId, Date = s.Date, Code = s.Code, Missing = s.Missing, IsShift = s.IsShift, CenterCode = s.CenterCode }));
    }
}
