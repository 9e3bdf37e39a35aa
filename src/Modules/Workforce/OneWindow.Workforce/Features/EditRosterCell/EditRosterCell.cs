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
using OneWindow.Workforce.Rostering;

namespace OneWindow.Workforce.Features.EditRosterCell;

/// <summary>
/// Changes one person's day in a roster (draft or published): the post they work (none for a day off) and, when given,
/// their extended shifts. The changed roster is checked against the same rules as the solver's; an edit that breaks a
/// rule the roster kept before is refused with the violations (422 workforce.roster_rule_broken) and nothing changes.
/// </summary>
internal static class EditRosterCell
{
    public sealed record Request(string? StaffCode, string? Date, string? PostCode, IReadOnlyList<string>? Shifts);

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapPut("/api/v1/workforce/rosters/{id:guid}/cells", async Task<Results<Ok<GridRow>, ProblemHttpResult>> (Guid id, Request request, ClaimsPrincipal user, WorkforceDesk desk, RosterPlanner planner, RosterGrids grids, CancellationToken ct) =>
                (await HandleAsync(id, request, await desk.ScopeAsync(user, ct), desk, planner, grids, ct)).ToOk())
            .RequireAuthorization(Policies.WorkforceAdmin)
            .WithTags("Workforce");

    public static async Task<Result<GridRow>> HandleAsync(Guid id, Request request, CenterScope scope, WorkforceDesk desk, RosterPlanner planner, RosterGrids grids, CancellationToken ct)
    {
        var v = new Validation().Required("staffCode", request.StaffCode, 32).Optional("postCode", request.PostCode, 64);
        var date = Fields.Date(v, "date", request.Date);
        if (!v.IsValid)
        {
            return Error.Invalid(v);
        }

        var db = desk.Db;
        var roster = await ListRosters.ListRosters.FindAsync(id, scope, desk, ct, tracked: true);
        if (roster is null)
        {
            return ListRosters.ListRosters.NotFound();
        }

        if (roster.Status == RosterStatus.Superseded)
        {
            return Error.Conflict("workforce.roster_superseded", $"Version {roster.Version} was replaced by a later one; edit that one.");
        }

        if (date < roster.From || date > roster.To)
        {
            return Error.Invalid("date", $"must be from {Wire.Text(roster.From)} to {Wire.Text(roster.To)}");
        }

        var planned = await planner.BuildAsync(roster.CenterCode, roster.From, roster.To, ct);
        var staff = planned.Staff.FirstOrDefault(s => s.Code == request.StaffCode!.Trim());
        if (staff is null)
        {
            return Error.Invalid("staffCode", $"'{request.StaffCode}' is not on this roster's staff");
        }

        var postCode = string.IsNullOrWhiteSpace(request.PostCode) ? null : request.PostCode.Trim();
        if (postCode is not null && planned.Posts.All(p => p.Code != postCode))
        {
            return Error.Invalid("postCode", $"'{postCode}' is not a post of this roster's centers");
        }

        var day = planned.Problem.Days.First(d => d.Date == date);
        var shiftCodes = request.Shifts?.Where(s => !string.IsNullOrWhiteSpace(s)).Select(s => s.Trim()).Distinct(StringComparer.Ordinal).ToList();
        if (shiftCodes is not null)
        {
            var unknown = shiftCodes.Where(code => !day.Shifts.Any(s => s.ShiftCode == code && s.CenterCode == CenterOf(code, day, staff.CenterCode))).ToList();
            if (unknown.Count > 0)
            {
                return Error.Invalid("shifts", $"{string.Join(", ", unknown)}: no such extended shift on {Wire.Text(date)}");
            }
        }

        var entries = await db.RosterEntries.Where(e => e.RosterId == roster.Id).ToListAsync(ct);
        var shifts = await db.RosterShifts.Where(e => e.RosterId == roster.Id).ToListAsync(ct);
        var beforePosts = entries.Select(e => new PostAssignment(e.Date, e.PostCode, e.StaffId, e.Coverage)).ToList();
        var beforeShifts = shifts.Select(e => new ShiftAssignment(e.Date, e.ShiftCode, e.CenterCode, e.StaffId)).ToList();
        var (a, b) = planned.Holdings[staff.Id];
        var coverage = postCode == a ? Coverage.A : postCode == b ? Coverage.B : Coverage.Substitute;
        var afterPosts = beforePosts.Where(p => !(p.StaffId == staff.Id && p.Date == date)).ToList();
        if (postCode is not null)
        {
            afterPosts.Add(new PostAssignment(date, postCode, staff.Id, coverage));
        }

        var afterShifts = beforeShifts;
        if (shiftCodes is not null)
        {
            afterShifts = beforeShifts.Where(s => !(s.StaffId == staff.Id && s.Date == date)).ToList();
            afterShifts.AddRange(shiftCodes.Select(code => new ShiftAssignment(date, code, CenterOf(code, day, staff.CenterCode), staff.Id)));
        }

        var before = RosterChecker.Check(planned.Problem, beforePosts, beforeShifts);
        var after = RosterChecker.Check(planned.Problem, afterPosts, afterShifts);
        var known = before.Select(Key).ToHashSet();
        var broken = after.Where(x => !known.Contains(Key(x))).ToList();
        if (broken.Count > 0)
        {
            var names = planned.Staff.ToDictionary(s => s.Id, s => s.Code);
            var messages = broken.Select(x => $"{(x.StaffId is { } who && names.TryGetValue(who, out var code) ? code + " " : "")}{x.Message}（{x.Rule}）").ToArray();
            return new Error(StatusCodes.Status422UnprocessableEntity, "workforce.roster_rule_broken", "The change breaks the roster's rules; nothing was changed.",
                new Dictionary<string, string[]> { ["violations"] = messages });
        }

        db.RosterEntries.RemoveRange(entries.Where(e => e.StaffId == staff.Id && e.Date == date));
        if (postCode is not null)
        {
            db.RosterEntries.Add(new RosterEntry { RosterId = roster.Id, Date = date, PostCode = postCode, StaffId = staff.Id, Coverage = coverage });
        }

        if (shiftCodes is not null)
        {
            db.RosterShifts.RemoveRange(shifts.Where(s => s.StaffId == staff.Id && s.Date == date));
            foreach (var code in shiftCodes)
            {
                var center = CenterOf(code, day, staff.CenterCode);
                var slot = planned.Shifts[(date, code, center)];
                db.RosterShifts.Add(new RosterShift
                {
                    RosterId = roster.Id,
                    Date = date,
                    ShiftCode = code,
                    CenterCode = center,
                    StaffId = staff.Id,
                    Label = slot.Label,
                    Start = slot.Start,
                    End = slot.End,
                    OwesCompDay = slot.OwesCompDay,
                });
            }
        }

        roster.Edits++;
        roster.Revision++;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Error.Conflict("workforce.roster_changed", "The roster changed at the same moment; reload and try again.");
        }

        var grid = await grids.GridAsync(roster, ct);
        return grid.Rows.First(r => r.StaffCode == staff.Code);
    }

    /// <summary>A person's shift of that code: at their own center when it has one, else the first center offering it.</summary>
    private static string CenterOf(string code, RosterDay day, string own) =>
        day.Shifts.Any(s => s.ShiftCode == code && s.CenterCode == own) ? own : day.Shifts.FirstOrDefault(s => s.ShiftCode == code)?.CenterCode ?? own;

    private static (DateOnly, Guid?, string) Key(RuleViolation v) => (v.Date, v.StaffId, v.Rule);
}
