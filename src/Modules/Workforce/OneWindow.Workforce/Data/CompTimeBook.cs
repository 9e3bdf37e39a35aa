using Microsoft.EntityFrameworkCore;
using OneWindow.Calendar.Contracts;
using OneWindow.Workforce.Domain;

namespace OneWindow.Workforce.Data;

/// <summary>A person's comp time (调休) in days: earned by extended shifts of published rosters, spent by roster comp days and 调休 leave.</summary>
internal sealed record CompBalance(Guid StaffId, decimal Earned, decimal Spent, decimal Balance);

/// <summary>
/// Comp time from the published rosters: a shift on a day off (周六延时) earns a whole day, a weekday extended shift its
/// hours ÷ CompDayHours; comp days the roster plans and 调休 leave that is requested, approved or taken spend it.
/// </summary>
internal sealed class CompTimeBook(WorkforceDesk desk)
{
    public async Task<Dictionary<Guid, CompBalance>> BalancesAsync(IReadOnlyCollection<Guid> staffIds, CancellationToken ct, (string Center, int Year, int Month)? excludeRoster = null)
    {
        var db = desk.Db;
        var ids = staffIds.ToList();
        var rosters = await db.Rosters.AsNoTracking().Where(r => r.Status == RosterStatus.Published).Select(r => new { r.Id, r.CenterCode, r.Year, r.Month }).ToListAsync(ct);
        var rosterIds = rosters
            .Where(r => excludeRoster is not { } x || !(r.CenterCode == x.Center && r.Year == x.Year && r.Month == x.Month))
            .Select(r => r.Id).ToList();
        var shifts = await db.RosterShifts.AsNoTracking().Where(s => rosterIds.Contains(s.RosterId) && ids.Contains(s.StaffId))
            .Select(s => new { s.StaffId, s.OwesCompDay, s.Start, s.End })
            .ToListAsync(ct);
        var compDays = await db.RosterCompDays.AsNoTracking().Where(c => rosterIds.Contains(c.RosterId) && ids.Contains(c.StaffId))
            .GroupBy(c => c.StaffId).Select(g => new { StaffId = g.Key, Count = g.Count() })
            .ToListAsync(ct);
        var leaves = await db.Leaves.AsNoTracking()
            .Where(l => ids.Contains(l.StaffId) && l.Type == LeaveType.CompTime && l.Status != LeaveStatus.Rejected)
            .ToListAsync(ct);
        var centers = await db.Staff.AsNoTracking().Where(s => ids.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.CenterCode, ct);
        var result = new Dictionary<Guid, CompBalance>();
        foreach (var id in ids)
        {
            var earned = shifts.Where(s => s.StaffId == id).Sum(s => s.OwesCompDay ? 1m : (decimal)(s.End - s.Start).TotalHours / desk.Options.CompDayHours);
            var spent = (decimal)(compDays.FirstOrDefault(c => c.StaffId == id)?.Count ?? 0);
            foreach (var leave in leaves.Where(l => l.StaffId == id))
            {
                var calendar = await desk.CalendarAsync(centers.GetValueOrDefault(id) ?? "", ct);
                spent += WorkingDays(leave, calendar);
            }

            earned = Math.Round(earned, 2, MidpointRounding.AwayFromZero);
            spent = Math.Round(spent, 2, MidpointRounding.AwayFromZero);
            result[id] = new CompBalance(id, earned, spent, earned - spent);
        }

        return result;
    }

    /// <summary>Working days a leave takes (half days as 0.5), up to the return for a leave ended early (销假).</summary>
    public static decimal WorkingDays(Leave leave, WorkCalendar calendar)
    {
        var days = 0m;
        for (var date = leave.From; date <= leave.LastDay; date = date.AddDays(1))
        {
            if (calendar.IsWorkday(date))
            {
                days += leave.DayShare(date);
            }
        }

        return days;
    }
}
