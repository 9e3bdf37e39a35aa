using Microsoft.EntityFrameworkCore;
using OneWindow.Workforce.Contracts;
using OneWindow.Workforce.Domain;

namespace OneWindow.Workforce.Data;

/// <summary>One head of a post on one day: how it was covered and by whom (nobody when vacant).</summary>
internal sealed record HeadCover(Coverage Coverage, Guid? StaffId);

/// <summary>A post on a working day with its heads; <see cref="RosterId"/> is null when no published roster covers it (the AB plan applies).</summary>
internal sealed record PostDay(DateOnly Date, Post Post, Guid? RosterId, IReadOnlyList<HeadCover> Heads)
{
    /// <summary>The worst head: Vacant, then Substitute, then B, then A.</summary>
    public Coverage Summary => Heads.Count == 0 ? Coverage.A : Heads.Max(h => h.Coverage);

    public int Vacant => Heads.Count(h => h.Coverage == Coverage.Vacant);
}

/// <summary>The coverage of posts over a date range, with the people involved.</summary>
internal sealed record CoverageSheet(IReadOnlyList<Post> Posts, IReadOnlyList<PostDay> Days, IReadOnlyDictionary<Guid, Staff> Staff)
{
    public int PersonDays => Days.Sum(d => d.Vacant);
}

/// <summary>
/// 空岗台账, derived at read time: for each post and working day, the people the published roster put there (or, with no
/// published roster, the post's A holders) who are employed and not away all day on approved leave cover a head as A,
/// B or substitute by their holding of the post; each missing head is covered by a B holder of the post who is employed
/// and not away (a person covers at most one absence a day as B, on top of their own post: AB岗); what is left is vacant.
/// Approving leave or changing holders after publishing therefore changes the ledger at once.
/// </summary>
internal sealed class CoverageBook(WorkforceDesk desk)
{
    public async Task<CoverageSheet> ComputeAsync(IReadOnlyCollection<string> centers, DateOnly from, DateOnly to, CancellationToken ct, string? postCode = null)
    {
        var db = desk.Db;
        var centerList = centers.ToList();
        var postQuery = db.Posts.AsNoTracking().Where(p => centerList.Contains(p.CenterCode));
        if (postCode is not null)
        {
            postQuery = postQuery.Where(p => p.Code == postCode);
        }

        var posts = await postQuery.ToListAsync(ct);
        posts = [.. posts.OrderBy(p => p.CenterCode.Length).ThenBy(p => p.CenterCode, StringComparer.Ordinal).ThenBy(p => p.Code, StringComparer.Ordinal)];
        if (posts.Count == 0)
        {
            return new CoverageSheet([], [], new Dictionary<Guid, Staff>());
        }

        var postIds = posts.Select(p => p.Id).ToList();
        var postCodes = posts.Select(p => p.Code).ToList();
        var holders = await db.Holders.AsNoTracking().Where(h => postIds.Contains(h.PostId)).ToListAsync(ct);

        var rosters = await db.Rosters.AsNoTracking()
            .Where(r => r.Status == RosterStatus.Published && r.From <= to && r.To >= from)
            .ToListAsync(ct);
        rosters = [.. rosters.OrderByDescending(r => r.PublishedAt)];
        var rosterIds = rosters.Select(r => r.Id).ToList();
        var subtrees = new Dictionary<Guid, IReadOnlyCollection<string>>();
        foreach (var roster in rosters)
        {
            subtrees[roster.Id] = await desk.SubtreeAsync(roster.CenterCode, ct);
        }

        var entries = rosterIds.Count == 0 ? [] : await db.RosterEntries.AsNoTracking()
            .Where(e => rosterIds.Contains(e.RosterId) && e.Date >= from && e.Date <= to && postCodes.Contains(e.PostCode))
            .Select(e => new { e.RosterId, e.Date, e.PostCode, e.StaffId })
            .ToListAsync(ct);
        var assigned = entries.ToLookup(e => (e.RosterId, e.Date, e.PostCode), e => e.StaffId);

        var staffIds = holders.Select(h => h.StaffId).Concat(entries.Select(e => e.StaffId)).Distinct().ToList();
        var staff = await db.Staff.AsNoTracking().Where(s => staffIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, ct);
        var leaves = await db.Leaves.AsNoTracking()
            .Where(l => staffIds.Contains(l.StaffId) && (l.Status == LeaveStatus.Approved || l.Status == LeaveStatus.Returned) && l.From <= to && l.To >= from)
            .ToListAsync(ct);
        var leavesOf = leaves.ToLookup(l => l.StaffId);

        bool Present(Guid id, DateOnly date) =>
            staff.TryGetValue(id, out var person) && person.EmployedOn(date) && !leavesOf[id].Any(l => l.AwayAllDay(date));

        var aHolders = holders.Where(h => h.Role == HolderRole.A).ToLookup(h => h.PostId, h => h.StaffId);
        var bHolders = holders.Where(h => h.Role == HolderRole.B).ToLookup(h => h.PostId, h => h.StaffId);
        var days = new List<PostDay>();
        for (var date = from; date <= to; date = date.AddDays(1))
        {
            var usedAsB = new HashSet<Guid>();
            foreach (var post in posts)
            {
                var calendar = await desk.CalendarAsync(post.CenterCode, ct);
                if (!calendar.IsWorkday(date))
                {
                    continue;
                }

                var roster = rosters.FirstOrDefault(r => r.From <= date && date <= r.To && subtrees[r.Id].Contains(post.CenterCode));
                var people = roster is null ? aHolders[post.Id].ToList() : assigned[(roster.Id, date, post.Code)].Distinct().ToList();
                var heads = new List<HeadCover>(post.Headcount);
                var a = aHolders[post.Id].ToHashSet();
                var b = bHolders[post.Id].ToHashSet();
                foreach (var id in people.Where(id => Present(id, date)).Take(post.Headcount))
                {
                    heads.Add(new HeadCover(a.Contains(id) ? Coverage.A : b.Contains(id) ? Coverage.B : Coverage.Substitute, id));
                }

                foreach (var id in b.Where(id => !people.Contains(id) && !usedAsB.Contains(id) && Present(id, date)).Order())
                {
                    if (heads.Count >= post.Headcount)
                    {
                        break;
                    }

                    usedAsB.Add(id);
                    heads.Add(new HeadCover(Coverage.B, id));
                }

                while (heads.Count < post.Headcount)
                {
                    heads.Add(new HeadCover(Coverage.Vacant, null));
                }

                days.Add(new PostDay(date, post, roster?.Id, heads));
            }
        }

        return new CoverageSheet(posts, days, staff);
    }
}

/// <summary>The ledger as other modules read it (the contract ledger's vacancy deduction).</summary>
internal sealed class VacancyLedger(WorkforceDesk desk, CoverageBook book) : IVacancyLedger
{
    public async Task<VacancyMonth> MonthAsync(IReadOnlyCollection<string> centerCodes, int year, int month, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(centerCodes);
        ArgumentOutOfRangeException.ThrowIfLessThan(month, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(month, 12);
        var first = new DateOnly(year, month, 1);
        var centers = await desk.SubtreesAsync(centerCodes, cancellationToken);
        var sheet = await book.ComputeAsync(centers, first, Wire.LastOfMonth(first), cancellationToken);
        var days = sheet.Days.Where(d => d.Vacant > 0)
            .Select(d => new VacancyDay(d.Date, d.Post.CenterCode, d.Post.Code, d.Post.Name, d.Vacant))
            .ToList();
        return new VacancyMonth(year, month, days.Sum(d => d.PersonDays), days);
    }
}

/// <summary>Posts and staff for other modules.</summary>
internal sealed class WorkforceDirectory(WorkforceDesk desk) : IWorkforceDirectory
{
    public async Task<IReadOnlyList<PostInfo>> PostsAsync(string? centerCode = null, CancellationToken cancellationToken = default)
    {
        var query = desk.Db.Posts.AsNoTracking();
        if (centerCode is not null)
        {
            var centers = (await desk.SubtreeAsync(centerCode, cancellationToken)).ToList();
            query = query.Where(p => centers.Contains(p.CenterCode));
        }

        var posts = await query.ToListAsync(cancellationToken);
        return posts.OrderBy(p => p.Code, StringComparer.Ordinal)
            .Select(p => new PostInfo(p.Code, p.Name, p.Type, p.CenterCode, p.Headcount, p.Skills.ToList()))
            .ToList();
    }

    public async Task<IReadOnlyList<StaffInfo>> StaffAsync(DateOnly on, string? centerCode = null, CancellationToken cancellationToken = default)
    {
        var query = desk.Db.Staff.AsNoTracking().Where(s => s.HiredOn <= on && (s.LeftOn == null || s.LeftOn >= on));
        if (centerCode is not null)
        {
            var centers = (await desk.SubtreeAsync(centerCode, cancellationToken)).ToList();
            query = query.Where(s => centers.Contains(s.CenterCode));
        }

        var staff = await query.ToListAsync(cancellationToken);
        return staff.OrderBy(s => s.Code, StringComparer.Ordinal)
            .Select(s => new StaffInfo(s.Id, s.Code, s.DisplayName, s.CenterCode, s.HiredOn, s.LeftOn, s.Skills.ToList(), s.UserName))
            .ToList();
    }
}
