using Microsoft.EntityFrameworkCore;
using OneWindow.Workforce.Domain;

namespace OneWindow.Workforce.Data;

/// <summary>What a person is planned to do on a day: the post and extended shifts of the published roster, or a comp day.</summary>
internal sealed record PersonDay(Guid StaffId, DateOnly Date, bool Expected, string? PostCode, IReadOnlyList<RosterShift> Shifts, bool CompDay, Guid? RosterId);

/// <summary>
/// The plan of people: the most recently published roster that covers the person's center on the day; without one,
/// every employed person is expected on every working day of their center's calendar, at the post they hold as A.
/// </summary>
internal sealed class PlanBook(WorkforceDesk desk)
{
    public async Task<Dictionary<(Guid StaffId, DateOnly Date), PersonDay>> ForAsync(IReadOnlyList<Staff> staff, DateOnly from, DateOnly to, CancellationToken ct)
    {
        var db = desk.Db;
        var rosters = (await db.Rosters.AsNoTracking()
            .Where(r => r.Status == RosterStatus.Published && r.From <= to && r.To >= from)
            .ToListAsync(ct)).OrderByDescending(r => r.PublishedAt).ToList();
        var subtrees = new Dictionary<Guid, IReadOnlyCollection<string>>();
        foreach (var roster in rosters)
        {
            subtrees[roster.Id] = await desk.SubtreeAsync(roster.CenterCode, ct);
        }

        var rosterIds = rosters.Select(r => r.Id).ToList();
        var ids = staff.Select(s => s.Id).ToList();
        var entries = rosterIds.Count == 0 ? [] : await db.RosterEntries.AsNoTracking()
            .Where(e => rosterIds.Contains(e.RosterId) && ids.Contains(e.StaffId) && e.Date >= from && e.Date <= to).ToListAsync(ct);
        var shifts = rosterIds.Count == 0 ? [] : await db.RosterShifts.AsNoTracking()
            .Where(e => rosterIds.Contains(e.RosterId) && ids.Contains(e.StaffId) && e.Date >= from && e.Date <= to).ToListAsync(ct);
        var compDays = rosterIds.Count == 0 ? [] : await db.RosterCompDays.AsNoTracking()
            .Where(e => rosterIds.Contains(e.RosterId) && ids.Contains(e.StaffId) && e.Date >= from && e.Date <= to).ToListAsync(ct);
        var entryOf = entries.ToLookup(e => (e.RosterId, e.StaffId, e.Date));
        var shiftsOf = shifts.ToLookup(e => (e.RosterId, e.StaffId, e.Date));
        var compOf = compDays.Select(c => (c.RosterId, c.StaffId, c.Date)).ToHashSet();
        var aPost = (await db.Holders.AsNoTracking().Where(h => ids.Contains(h.StaffId) && h.Role == HolderRole.A)
            .Join(db.Posts.AsNoTracking(), h => h.PostId, p => p.Id, (h, p) => new { h.StaffId, p.Code })
            .ToListAsync(ct)).ToDictionary(x => x.StaffId, x => x.Code);

        var plan = new Dictionary<(Guid, DateOnly), PersonDay>();
        foreach (var person in staff)
        {
            var calendar = await desk.CalendarAsync(person.CenterCode, ct);
            for (var date = from; date <= to; date = date.AddDays(1))
            {
                if (!person.EmployedOn(date))
                {
                    plan[(person.Id, date)] = new PersonDay(person.Id, date, false, null, [], false, null);
                    continue;
                }

                var roster = rosters.FirstOrDefault(r => r.From <= date && date <= r.To && subtrees[r.Id].Contains(person.CenterCode));
                if (roster is null)
                {
                    var workday = calendar.IsWorkday(date);
                    plan[(person.Id, date)] = new PersonDay(person.Id, date, workday, workday ? aPost.GetValueOrDefault(person.Id) : null, [], false, null);
                    continue;
                }

                var key = (roster.Id, person.Id, date);
                var post = entryOf[key].FirstOrDefault()?.PostCode;
                var dayShifts = shiftsOf[key].OrderBy(s => s.Start).ToList();
                plan[(person.Id, date)] = new PersonDay(person.Id, date, post is not null || dayShifts.Count > 0, post, dayShifts, compOf.Contains(key), roster.Id);
            }
        }

        return plan;
    }
}
