using Microsoft.EntityFrameworkCore;
using OneWindow.Workforce.Domain;

namespace OneWindow.Workforce.Data;

internal sealed record RosterSummary(
    Guid Id,
    string CenterCode,
    string Month,
    string From,
    string To,
    int Version,
    string Status,
    string SolverStatus,
    double Objective,
    double BestBound,
    int ElapsedMs,
    int Shortfalls,
    int Edits,
    int Assignments,
    DateTimeOffset CreatedAt,
    string CreatedBy,
    DateTimeOffset? PublishedAt,
    string? PublishedBy)
{
    public static RosterSummary Of(Roster r, int assignments) => new(
        r.Id, r.CenterCode, $"{r.Year:D4}-{r.Month:D2}", Wire.Text(r.From), Wire.Text(r.To), r.Version, Wire.Text(r.Status), r.SolverStatus,
        r.Objective, r.BestBound, r.ElapsedMs, r.Shortfalls, r.Edits, assignments, r.CreatedAt, r.CreatedBy, r.PublishedAt, r.PublishedBy);
}

internal sealed record GridDay(string Date, bool IsWorkday, string Kind, string? Holiday);

/// <summary>A person's day: the post (with how it covers it), the extended shifts, a comp day, or leave.</summary>
internal sealed record GridCell(string Date, string? PostCode, string? Coverage, IReadOnlyList<string> Shifts, bool CompDay, bool OnLeave)
{
    /// <summary>What the grid and the export show: post code and shift marks (早午晚六), 调休, 假.</summary>
    public string Text => string.Concat(
        PostCode ?? "",
        Shifts.Count > 0 ? (PostCode is null ? "" : " ") + string.Concat(Shifts.Select(RosterPlanner.Mark)) : "",
        CompDay ? "调休" : "",
        OnLeave && PostCode is null && Shifts.Count == 0 ? "假" : "");
}

internal sealed record GridRow(string StaffCode, string Name, string CenterCode, string? APost, string? BPost, IReadOnlyList<GridCell> Cells, int WorkDays, int ShiftCount);

internal sealed record ShortfallView(string Date, string Code, int Missing, bool IsShift, string? CenterCode);

internal sealed record ShiftType(string Code, string CenterCode, string Label, string Start, string End, string Mark);

/// <summary>A roster as a person × day grid.</summary>
internal sealed record RosterGrid(RosterSummary Roster, IReadOnlyList<GridDay> Days, IReadOnlyList<GridRow> Rows, IReadOnlyList<ShortfallView> Shortfalls, IReadOnlyList<ShiftType> ShiftTypes);

/// <summary>Reads a stored roster into its grid.</summary>
internal sealed class RosterGrids(WorkforceDesk desk)
{
    public async Task<RosterGrid> GridAsync(Roster roster, CancellationToken ct)
    {
        var db = desk.Db;
        var entries = await db.RosterEntries.AsNoTracking().Where(e => e.RosterId == roster.Id).ToListAsync(ct);
        var shifts = await db.RosterShifts.AsNoTracking().Where(e => e.RosterId == roster.Id).ToListAsync(ct);
        var compDays = await db.RosterCompDays.AsNoTracking().Where(e => e.RosterId == roster.Id).ToListAsync(ct);
        var shortfalls = await db.RosterShortfalls.AsNoTracking().Where(e => e.RosterId == roster.Id).OrderBy(s => s.Date).ThenBy(s => s.Code).ToListAsync(ct);
        var centers = (await desk.SubtreeAsync(roster.CenterCode, ct)).ToList();
        var rostered = entries.Select(e => e.StaffId).Concat(shifts.Select(s => s.StaffId)).Distinct().ToList();
        var staff = await db.Staff.AsNoTracking()
            .Where(s => (centers.Contains(s.CenterCode) && s.HiredOn <= roster.To && (s.LeftOn == null || s.LeftOn >= roster.From)) || rostered.Contains(s.Id))
            .ToListAsync(ct);
        var ids = staff.Select(s => s.Id).ToList();
        var holds = await db.Holders.AsNoTracking().Where(h => ids.Contains(h.StaffId))
            .Join(db.Posts.AsNoTracking(), h => h.PostId, p => p.Id, (h, p) => new { h.StaffId, h.Role, p.Code })
            .ToListAsync(ct);
        var leaves = (await db.Leaves.AsNoTracking()
            .Where(l => ids.Contains(l.StaffId) && (l.Status == LeaveStatus.Approved || l.Status == LeaveStatus.Returned) && l.From <= roster.To && l.To >= roster.From)
            .ToListAsync(ct)).ToLookup(l => l.StaffId);
        var calendar = await desk.CalendarAsync(roster.CenterCode, ct);
        var dates = Wire.Days(roster.From, roster.To).ToList();
        var days = dates.Select(d => calendar.Describe(d)).Select(d => new GridDay(Wire.Text(d.Date), d.IsWorkday, Wire.Text(d.Kind), d.Holiday)).ToList();
        var entryOf = entries.ToLookup(e => (e.StaffId, e.Date));
        var shiftOf = shifts.ToLookup(e => (e.StaffId, e.Date));
        var compOf = compDays.Select(c => (c.StaffId, c.Date)).ToHashSet();
        var rows = new List<GridRow>(staff.Count);
        foreach (var person in staff.OrderBy(s => s.CenterCode.Length).ThenBy(s => s.CenterCode, StringComparer.Ordinal).ThenBy(s => s.Code, StringComparer.Ordinal))
        {
            var cells = dates.Select(d =>
            {
                var entry = entryOf[(person.Id, d)].FirstOrDefault();
                return new GridCell(Wire.Text(d), entry?.PostCode, entry is null ? null : Wire.Text(entry.Coverage),
                    shiftOf[(person.Id, d)].OrderBy(s => s.Start).Select(s => s.ShiftCode).ToList(), compOf.Contains((person.Id, d)),
                    leaves[person.Id].Any(l => l.AwayAllDay(d)));
            }).ToList();
            rows.Add(new GridRow(person.Code, person.DisplayName, person.CenterCode,
                holds.FirstOrDefault(h => h.StaffId == person.Id && h.Role == HolderRole.A)?.Code,
                holds.FirstOrDefault(h => h.StaffId == person.Id && h.Role == HolderRole.B)?.Code,
                cells, cells.Count(c => c.PostCode is not null || c.Shifts.Count > 0), cells.Sum(c => c.Shifts.Count)));
        }

        var types = shifts.GroupBy(s => (s.ShiftCode, s.CenterCode)).Select(g => g.First())
            .OrderBy(s => s.CenterCode.Length).ThenBy(s => s.Start)
            .Select(s => new ShiftType(s.ShiftCode, s.CenterCode, s.Label, Wire.Text(s.Start), Wire.Text(s.End), RosterPlanner.Mark(s.ShiftCode)))
            .ToList();
        return new RosterGrid(RosterSummary.Of(roster, entries.Count), days, rows, shortfalls.Select(s => new ShortfallView(Wire.Text(s.Date), s.Code, s.Missing, s.IsShift, s.CenterCode)).ToList(), types);
    }
}
