using System.Globalization;
using Microsoft.EntityFrameworkCore;
using OneWindow.Workforce.Domain;
using OneWindow.Workforce.Rostering;

namespace OneWindow.Workforce.Data;

/// <summary>An extended shift as people see it: label and hours, and whether it falls on a day off (a comp day owed).</summary>
internal sealed record ShiftSlot(DateOnly Date, string Code, string CenterCode, string Label, TimeOnly Start, TimeOnly End, bool OwesCompDay);

/// <summary>A roster problem with what is needed to store and show its answer.</summary>
internal sealed record PlannedProblem(
    RosterProblem Problem,
    IReadOnlyDictionary<(DateOnly Date, string Code, string Center), ShiftSlot> Shifts,
    IReadOnlyList<Staff> Staff,
    IReadOnlyList<Post> Posts,
    IReadOnlyDictionary<Guid, (string? A, string? B)> Holdings);

/// <summary>
/// Builds the month's <see cref="RosterProblem"/> of a center subtree from the database: the center's calendar (调休
/// working days included), the extended shifts (configured, or every hall's extended periods), the posts, the staff
/// employed in the range with their skills, AB posts, approved leave, comp time owed and the days worked just before.
/// </summary>
internal sealed class RosterPlanner(WorkforceDesk desk, CompTimeBook comp, PlanBook plans)
{
    public async Task<PlannedProblem> BuildAsync(string centerCode, DateOnly from, DateOnly to, CancellationToken ct)
    {
        var db = desk.Db;
        var options = desk.Options;
        var centers = (await desk.SubtreeAsync(centerCode, ct)).ToList();
        var calendar = await desk.CalendarAsync(centerCode, ct);
        var posts = (await db.Posts.AsNoTracking().Where(p => centers.Contains(p.CenterCode)).ToListAsync(ct))
            .OrderBy(p => p.Code, StringComparer.Ordinal).ToList();
        var staff = (await db.Staff.AsNoTracking().Where(s => centers.Contains(s.CenterCode) && s.HiredOn <= to && (s.LeftOn == null || s.LeftOn >= from)).ToListAsync(ct))
            .OrderBy(s => s.Code, StringComparer.Ordinal).ToList();
        var postIds = posts.Select(p => p.Id).ToList();
        var codeOf = posts.ToDictionary(p => p.Id, p => p.Code);
        var holders = await db.Holders.AsNoTracking().Where(h => postIds.Contains(h.PostId)).ToListAsync(ct);
        var holdings = staff.ToDictionary(
            s => s.Id,
            s => (holders.FirstOrDefault(h => h.StaffId == s.Id && h.Role == HolderRole.A) is { } a ? codeOf[a.PostId] : null,
                  holders.FirstOrDefault(h => h.StaffId == s.Id && h.Role == HolderRole.B) is { } b ? codeOf[b.PostId] : null));

        var shifts = await ShiftsAsync(centerCode, centers, from, to, ct);
        var days = new List<RosterDay>();
        for (var date = from; date <= to; date = date.AddDays(1))
        {
            var demands = shifts.Values.Where(s => s.Date == date)
                .OrderBy(s => s.Start).ThenBy(s => s.CenterCode, StringComparer.Ordinal)
                .Select(s => new ShiftDemand(s.Code, s.CenterCode, RequiredFor(s, centerCode), Skill(s), s.OwesCompDay))
                .Where(d => d.Required > 0)
                .ToList();
            days.Add(new RosterDay(date, calendar.IsWorkday(date), demands));
        }

        var ids = staff.Select(s => s.Id).ToList();
        var leaves = (await db.Leaves.AsNoTracking()
            .Where(l => ids.Contains(l.StaffId) && (l.Status == LeaveStatus.Approved || l.Status == LeaveStatus.Returned) && l.From <= to && l.To >= from)
            .ToListAsync(ct)).ToLookup(l => l.StaffId);
        var balances = await comp.BalancesAsync(ids, ct, (centerCode, from.Year, from.Month));
        var before = await plans.ForAsync(staff, from.AddDays(-options.MaxConsecutiveWorkDays), from.AddDays(-1), ct);
        var rosterStaff = new List<RosterStaff>(staff.Count);
        foreach (var person in staff)
        {
            var away = new HashSet<DateOnly>();
            for (var date = from; date <= to; date = date.AddDays(1))
            {
                if (!person.EmployedOn(date) || leaves[person.Id].Any(l => l.AwayAllDay(date)))
                {
                    away.Add(date);
                }
            }

            var worked = 0;
            for (var date = from.AddDays(-1); date >= from.AddDays(-options.MaxConsecutiveWorkDays); date = date.AddDays(-1))
            {
                if (!before.TryGetValue((person.Id, date), out var day) || !day.Expected)
                {
                    break;
                }

                worked++;
            }

            var owed = (int)Math.Max(0, Math.Floor(balances[person.Id].Balance));
            var (a, b) = holdings[person.Id];
            rosterStaff.Add(new RosterStaff(person.Id, person.CenterCode, person.Skills, a, b, away, owed, worked));
        }

        var problem = new RosterProblem(
            days,
            posts.Select(p => new RosterPost(p.Code, p.CenterCode, p.Headcount, p.Skills)).ToList(),
            rosterStaff,
            new RosterRules(options.MaxConsecutiveWorkDays, options.NoMorningAfterEvening, options.MaxExtendedShiftsPerPerson, TimeSpan.FromSeconds(options.SolverSeconds)));
        return new PlannedProblem(problem, shifts, staff, posts, holdings);
    }

    private int RequiredFor(ShiftSlot slot, string root) =>
        desk.Options.ExtendedShifts.FirstOrDefault(s => s.Center == slot.CenterCode && s.Code == slot.Code) is { } configured
            ? configured.Required
            : slot.CenterCode == root ? desk.Options.ShiftStaff : desk.Options.SubCenterShiftStaff;

    private string? Skill(ShiftSlot slot) =>
        desk.Options.ExtendedShifts.FirstOrDefault(s => s.Center == slot.CenterCode && s.Code == slot.Code)?.Skill;

    /// <summary>The extended shifts of each day: the configured list, or else the extended periods of the halls' hours.</summary>
    public async Task<Dictionary<(DateOnly Date, string Code, string Center), ShiftSlot>> ShiftsAsync(string root, IReadOnlyCollection<string> centers, DateOnly from, DateOnly to, CancellationToken ct)
    {
        var slots = new Dictionary<(DateOnly, string, string), ShiftSlot>();
        var configured = desk.Options.ExtendedShifts;
        var calendar = await desk.CalendarAsync(root, ct);
        if (configured.Count > 0)
        {
            for (var date = from; date <= to; date = date.AddDays(1))
            {
                var kind = calendar.IsWorkday(date) ? "workday" : calendar.Describe(date).Kind == Calendar.Contracts.DayKind.Weekend ? (date.DayOfWeek == DayOfWeek.Saturday ? "saturday" : "sunday") : null;
                foreach (var shift in configured.Where(s => s.Days == kind && centers.Contains(s.Center)))
                {
                    var start = TimeOnly.Parse(shift.Start, CultureInfo.InvariantCulture);
                    var end = TimeOnly.Parse(shift.End, CultureInfo.InvariantCulture);
                    slots[(date, shift.Code, shift.Center)] = new ShiftSlot(date, shift.Code, shift.Center, shift.Label, start, end, !calendar.IsWorkday(date));
                }
            }

            return slots;
        }

        var halls = (await desk.HallsAsync(ct)).Where(h => centers.Contains(h.CenterCode)).ToList();
        foreach (var hall in halls)
        {
            if (await desk.Hours.ForHallAsync(hall.Code, ct) is not { } hours)
            {
                continue;
            }

            for (var date = from; date <= to; date = date.AddDays(1))
            {
                foreach (var period in hours.PeriodsOn(date).Where(p => p.Extended))
                {
                    var code = CodeOf(period.Label, period.Start);
                    slots.TryAdd((date, code, hall.CenterCode), new ShiftSlot(date, code, hall.CenterCode, period.Label, period.Start, period.End, !calendar.IsWorkday(date)));
                }
            }
        }

        return slots;
    }

    /// <summary>A stable code for an extended period: morning, noon, evening, saturday (<see cref="RosterShiftCodes"/>), sunday, or ext-HHmm.</summary>
    public static string CodeOf(string label, TimeOnly start) => label switch
    {
        _ when label.StartsWith('早') => RosterShiftCodes.Morning,
        _ when label.StartsWith('午') || label.StartsWith("中午", StringComparison.Ordinal) => RosterShiftCodes.Noon,
        _ when label.StartsWith('晚') => RosterShiftCodes.Evening,
        _ when label.StartsWith("周六", StringComparison.Ordinal) => RosterShiftCodes.Saturday,
        _ when label.StartsWith("周日", StringComparison.Ordinal) => "sunday",
        _ => "ext-" + start.ToString("HHmm", CultureInfo.InvariantCulture),
    };

    /// <summary>The one-character mark of a shift in the grid: 早 午 晚 六 日, 延 for others.</summary>
    public static string Mark(string code) => code switch
    {
        RosterShiftCodes.Morning => "早",
        RosterShiftCodes.Noon => "午",
        RosterShiftCodes.Evening => "晚",
        RosterShiftCodes.Saturday => "六",
        "sunday" => "日",
        _ => "延",
    };
}
