namespace OneWindow.Workforce.Rostering;

/// <summary>An extended shift on one day of the month (index into <see cref="RosterGroup.Days"/>).</summary>
internal sealed record GroupDemand(int Day, ShiftDemand Demand);

/// <summary>
/// The part of a month's problem that can be solved on its own: one center, or several when people hold A/B posts
/// across them. Nobody works outside their group, so the groups' rosters never interact and each can be optimised
/// alone. Holds the indexes the greedy start and the CP-SAT model share.
/// </summary>
internal sealed class RosterGroup
{
    private RosterGroup(RosterRules rules, IReadOnlyList<RosterDay> days, List<RosterStaff> staff, List<RosterPost> posts, List<GroupDemand> demands)
    {
        Rules = rules;
        Days = days;
        Staff = staff;
        Posts = posts;
        Demands = demands;

        ContinuesPrevious = new bool[days.Count];
        for (var d = 1; d < days.Count; d++)
        {
            ContinuesPrevious[d] = days[d - 1].Date.AddDays(1) == days[d].Date;
        }

        Away = new bool[staff.Count, days.Count];
        for (var s = 0; s < staff.Count; s++)
        {
            for (var d = 0; d < days.Count; d++)
            {
                Away[s, d] = staff[s].Away.Contains(days[d].Date);
            }
        }

        PostCandidates = posts.Select(p => Enumerable.Range(0, staff.Count).Where(s => RosterEligibility.CanWorkPost(staff[s], p)).ToArray()).ToArray();
        ShiftCandidates = demands.Select(t => Enumerable.Range(0, staff.Count).Where(s => RosterEligibility.CanWorkShift(staff[s], t.Demand)).ToArray()).ToArray();
        DemandsByDay = Enumerable.Range(0, days.Count).Select(d => Enumerable.Range(0, demands.Count).Where(t => demands[t].Day == d).ToArray()).ToArray();
    }

    public RosterRules Rules { get; }

    /// <summary>Every day of the problem, in date order.</summary>
    public IReadOnlyList<RosterDay> Days { get; }

    public List<RosterStaff> Staff { get; }

    public List<RosterPost> Posts { get; }

    public List<GroupDemand> Demands { get; }

    /// <summary>Whether day d is the calendar day right after day d - 1 (a run of working days goes on).</summary>
    public bool[] ContinuesPrevious { get; }

    /// <summary>[staff, day]: approved leave.</summary>
    public bool[,] Away { get; }

    /// <summary>[post]: the staff who may work it.</summary>
    public int[][] PostCandidates { get; }

    /// <summary>[demand]: the staff who may work it.</summary>
    public int[][] ShiftCandidates { get; }

    /// <summary>[day]: the demands of that day.</summary>
    public int[][] DemandsByDay { get; }

    /// <summary>A rough size (candidate post-days), to share the time budget and order the groups.</summary>
    public long Size => PostCandidates.Sum(c => (long)c.Length) * Days.Count(d => d.IsWorkday) + ShiftCandidates.Sum(c => (long)c.Length);

    public bool IsEvening(int t) => string.Equals(Demands[t].Demand.ShiftCode, RosterShiftCodes.Evening, StringComparison.Ordinal);

    public bool IsMorning(int t) => string.Equals(Demands[t].Demand.ShiftCode, RosterShiftCodes.Morning, StringComparison.Ordinal);

    /// <summary>Splits a problem into independent groups (connected centers).</summary>
    public static List<RosterGroup> Split(RosterProblem problem)
    {
        var days = problem.Days.GroupBy(d => d.Date).Select(g => g.First()).OrderBy(d => d.Date).ToList();
        var parent = new Dictionary<string, string>(StringComparer.Ordinal);
        string Find(string c)
        {
            if (!parent.TryGetValue(c, out var p))
            {
                parent[c] = c;
                return c;
            }

            return p == c ? c : parent[c] = Find(p);
        }

        void Union(string a, string b) => parent[Find(a)] = Find(b);

        var postCenter = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var post in problem.Posts)
        {
            Find(post.CenterCode);
            postCenter.TryAdd(post.Code, post.CenterCode);
        }

        foreach (var staff in problem.Staff)
        {
            Find(staff.CenterCode);
            foreach (var held in new[] { staff.APost, staff.BPost })
            {
                if (held is not null && postCenter.TryGetValue(held, out var c))
                {
                    Union(staff.CenterCode, c);
                }
            }
        }

        var demands = days.SelectMany((day, d) => day.Shifts.Select(s => new GroupDemand(d, s))).ToList();
        foreach (var t in demands)
        {
            Find(t.Demand.CenterCode);
        }

        return parent.Keys.GroupBy(Find, StringComparer.Ordinal)
            .Select(g => g.ToHashSet(StringComparer.Ordinal))
            .Select(centers => new RosterGroup(
                problem.Rules,
                days,
                problem.Staff.Where(s => centers.Contains(s.CenterCode)).ToList(),
                problem.Posts.Where(p => centers.Contains(p.CenterCode)).ToList(),
                demands.Where(t => centers.Contains(t.Demand.CenterCode)).ToList()))
            .ToList();
    }
}
