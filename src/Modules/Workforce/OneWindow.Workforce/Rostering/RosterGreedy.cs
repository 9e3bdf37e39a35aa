namespace OneWindow.Workforce.Rostering;

/// <summary>
/// A quick roster that keeps every hard rule: extended shifts first, by fair rotation; then rest days where a run of
/// working days would grow too long; then the month's posts and comp days as one min-cost flow, the cheapest coverage
/// for those shifts. It is the solver's starting hint (usually within a few percent of the optimum), and the answer
/// when the solver finds nothing in its time.
/// </summary>
internal sealed class RosterGreedy
{
    private RosterGreedy(int staff, int days)
    {
        PostOf = new int[staff, days];
        ShiftOf = new int[staff, days];
        Comp = new bool[staff, days];
        for (var s = 0; s < staff; s++)
        {
            for (var d = 0; d < days; d++)
            {
                PostOf[s, d] = -1;
                ShiftOf[s, d] = -1;
            }
        }
    }

    /// <summary>[staff, day]: index of the post worked, or -1.</summary>
    public int[,] PostOf { get; }

    /// <summary>[staff, day]: index of the demand worked, or -1.</summary>
    public int[,] ShiftOf { get; }

    /// <summary>[staff, day]: a comp day taken.</summary>
    public bool[,] Comp { get; }

    public static RosterGreedy Build(RosterGroup g)
    {
        var result = new RosterGreedy(g.Staff.Count, g.Days.Count);
        PlaceShifts(g, result);
        var rest = RestDays(g, result);
        var owed = g.Staff.Select(s => Math.Max(s.CompDaysOwed, 0)).ToArray();
        for (var s = 0; s < g.Staff.Count; s++)
        {
            for (var d = 0; d < g.Days.Count; d++)
            {
                owed[s] += result.ShiftOf[s, d] is var t and >= 0 && g.Demands[t].Demand.OwesCompDay ? 1 : 0;
            }
        }

        PlacePostsAndCompDays(g, result, owed, rest);
        return result;
    }

    /// <summary>
    /// Extended shifts day by day: each place to the eligible person furthest below their fair share, the least
    /// flexible first (someone who can only work the noon shift gets noon shifts); shifts that owe a comp day to whoever's
    /// comp day is likely to cost least.
    /// </summary>
    private static void PlaceShifts(RosterGroup g, RosterGreedy result)
    {
        var rules = g.Rules;
        var staffCount = g.Staff.Count;
        var maxRun = Math.Max(rules.MaxConsecutiveWorkDays, 0);
        var count = new int[staffCount];
        var chances = new int[staffCount];
        var share = new double[staffCount];
        foreach (var center in g.Demands.Select(t => t.Demand.CenterCode).Distinct(StringComparer.Ordinal))
        {
            var demands = Enumerable.Range(0, g.Demands.Count).Where(t => g.Demands[t].Demand.CenterCode == center).ToList();
            var people = demands.SelectMany(t => g.ShiftCandidates[t]).Distinct().ToList();
            var slots = demands.Sum(t => Math.Max(g.Demands[t].Demand.Required, 0));
            foreach (var s in people)
            {
                share[s] = (double)slots / people.Count;
            }
        }

        for (var t = 0; t < g.Demands.Count; t++)
        {
            foreach (var s in g.ShiftCandidates[t])
            {
                chances[s] += g.Away[s, g.Demands[t].Day] ? 0 : 1;
            }
        }

        // What a comp day is likely to cost: nothing for someone without a post of their own, the B cover when the
        // post's B holder has no post of their own either, otherwise a substitute.
        var compCost = g.Staff.Select(p => p.APost is null ? 0
            : g.Staff.Any(b => string.Equals(b.BPost, p.APost, StringComparison.Ordinal) && b.APost is null) ? RosterWeights.BCover
            : RosterWeights.Substitute).ToArray();

        // Days in a row with an extended shift (posts come later and get rest days of their own).
        var shiftRun = new int[staffCount];
        for (var d = 0; d < g.Days.Count; d++)
        {
            foreach (var t in g.DemandsByDay[d])
            {
                var demand = g.Demands[t].Demand;
                var afterEvening = rules.NoMorningAfterEvening && g.IsMorning(t) && d > 0 && g.ContinuesPrevious[d];
                var picked = g.ShiftCandidates[t]
                    .Where(s => !g.Away[s, d] && result.ShiftOf[s, d] < 0 && count[s] < rules.MaxExtendedShiftsPerPerson && shiftRun[s] < maxRun)
                    .Where(s => !(afterEvening && result.ShiftOf[s, d - 1] >= 0 && g.IsEvening(result.ShiftOf[s, d - 1])))
                    .OrderBy(s => count[s] >= Math.Ceiling(share[s]) ? 1 : 0)
                    .ThenBy(s => demand.OwesCompDay ? compCost[s] : 0)
                    .ThenBy(s => Math.Floor(count[s] - share[s]))
                    .ThenBy(s => chances[s])
                    .ThenBy(s => s)
                    .Take(Math.Max(demand.Required, 0))
                    .ToList();
                foreach (var s in picked)
                {
                    result.ShiftOf[s, d] = t;
                    count[s]++;
                }

                foreach (var s in g.ShiftCandidates[t])
                {
                    chances[s] -= g.Away[s, d] ? 0 : 1;
                }
            }

            for (var s = 0; s < staffCount; s++)
            {
                shiftRun[s] = result.ShiftOf[s, d] >= 0 && (d == 0 || g.ContinuesPrevious[d]) ? shiftRun[s] + 1 : result.ShiftOf[s, d] >= 0 ? 1 : 0;
            }
        }
    }

    /// <summary>
    /// Working days each person must keep free of posts so that no run of working days (posts on every working day
    /// they are not away, plus their shifts) grows past the limit: the latest shift-free working day of a run too long.
    /// </summary>
    private static bool[,] RestDays(RosterGroup g, RosterGreedy result)
    {
        var maxRun = Math.Max(g.Rules.MaxConsecutiveWorkDays, 0);
        var rest = new bool[g.Staff.Count, g.Days.Count];
        for (var s = 0; s < g.Staff.Count; s++)
        {
            var run = RosterEligibility.CarriedRun(g.Staff[s], g.Rules);
            var runStart = 0;
            for (var d = 0; d < g.Days.Count; d++)
            {
                if (d > 0 && !g.ContinuesPrevious[d])
                {
                    run = 0;
                    runStart = d;
                }

                var works = result.ShiftOf[s, d] >= 0 || (g.Days[d].IsWorkday && !g.Away[s, d]);
                if (!works)
                {
                    run = 0;
                    runStart = d + 1;
                    continue;
                }

                if (run + 1 <= maxRun)
                {
                    run++;
                    continue;
                }

                // Too long: rest on the latest working day of this run without a shift (today if possible).
                var restOn = -1;
                for (var e = d; e >= runStart; e--)
                {
                    if (result.ShiftOf[s, e] < 0 && g.Days[e].IsWorkday && !g.Away[s, e])
                    {
                        restOn = e;
                        break;
                    }
                }

                if (restOn < 0)
                {
                    // Only shifts in this run: drop today's.
                    result.ShiftOf[s, d] = -1;
                    run = 0;
                    runStart = d + 1;
                    continue;
                }

                rest[s, restOn] = true;
                run = d - restOn;
                runStart = restOn + 1;
            }
        }

        return rest;
    }

    /// <summary>
    /// The month's posts and comp days as one min-cost flow. Each person-day (not away) is one unit from the source; it
    /// goes to their A post (cost 0) or B post (1) of that day, or as a substitute (4) to a class of alike posts (same
    /// center and skills), or, for someone owed comp days on a working day without a shift, to their comp pool (which
    /// pays the comp weight per day, up to what they are owed), or nowhere (off duty). Posts feed their class, and a
    /// class pays back the vacancy weight per place filled. Cheapest paths are augmented while they lower the cost,
    /// which gives the cheapest coverage of the month for these shifts.
    /// </summary>
    private static void PlacePostsAndCompDays(RosterGroup g, RosterGreedy result, int[] owed, bool[,] rest)
    {
        var staffCount = g.Staff.Count;
        var postCount = g.Posts.Count;
        var workdays = Enumerable.Range(0, g.Days.Count).Where(d => g.Days[d].IsWorkday).ToArray();
        var classes = PostClasses.Of(g);
        var nodes = 2;
        const int source = 0;
        const int sink = 1;
        int Node() => nodes++;

        var personDay = new int[staffCount, workdays.Length];
        var postDay = new int[postCount, workdays.Length];
        var classDay = new int[classes.Count, workdays.Length];
        var pool = g.Staff.Select((_, s) => owed[s] > 0 ? Node() : -1).ToArray();
        for (var i = 0; i < workdays.Length; i++)
        {
            for (var s = 0; s < staffCount; s++)
            {
                personDay[s, i] = g.Away[s, workdays[i]] ? -1 : Node();
            }

            for (var p = 0; p < postCount; p++)
            {
                postDay[p, i] = Node();
            }

            for (var k = 0; k < classes.Count; k++)
            {
                classDay[k, i] = Node();
            }
        }

        var flow = new MinCostFlow(nodes);
        var heldEdges = new List<(int S, int P, int D, int Edge)>();
        var subEdges = new List<(int S, int K, int I, int Edge)>();
        var compEdges = new List<(int S, int D, int Edge)>();
        for (var s = 0; s < staffCount; s++)
        {
            if (pool[s] >= 0)
            {
                flow.AddEdge(pool[s], sink, owed[s], 0);
            }
        }

        for (var i = 0; i < workdays.Length; i++)
        {
            var d = workdays[i];
            for (var k = 0; k < classes.Count; k++)
            {
                if (classes.Headcount[k] > 0)
                {
                    flow.AddEdge(classDay[k, i], sink, classes.Headcount[k], -RosterWeights.Vacancy);
                }
            }

            for (var p = 0; p < postCount; p++)
            {
                if (g.Posts[p].Headcount > 0)
                {
                    flow.AddEdge(postDay[p, i], classDay[classes.ClassOf[p], i], g.Posts[p].Headcount, 0);
                }
            }

            for (var s = 0; s < staffCount; s++)
            {
                var node = personDay[s, i];
                if (node < 0)
                {
                    continue;
                }

                flow.AddEdge(source, node, 1, 0);
                if (pool[s] >= 0 && result.ShiftOf[s, d] < 0)
                {
                    compEdges.Add((s, d, flow.AddEdge(node, pool[s], 1, -RosterWeights.CompDayNotGiven)));
                }

                if (rest[s, d])
                {
                    continue;
                }

                if (classes.APost[s] >= 0)
                {
                    heldEdges.Add((s, classes.APost[s], d, flow.AddEdge(node, postDay[classes.APost[s], i], 1, 0)));
                }

                if (classes.BPost[s] >= 0)
                {
                    heldEdges.Add((s, classes.BPost[s], d, flow.AddEdge(node, postDay[classes.BPost[s], i], 1, RosterWeights.BCover)));
                }

                foreach (var k in classes.MemberOf[s])
                {
                    subEdges.Add((s, k, i, flow.AddEdge(node, classDay[k, i], 1, RosterWeights.Substitute)));
                }
            }
        }

        flow.Run(source, sink);

        var open = new int[postCount, workdays.Length];
        for (var p = 0; p < postCount; p++)
        {
            for (var i = 0; i < workdays.Length; i++)
            {
                open[p, i] = Math.Max(g.Posts[p].Headcount, 0);
            }
        }

        var dayIndex = new int[g.Days.Count];
        for (var i = 0; i < workdays.Length; i++)
        {
            dayIndex[workdays[i]] = i;
        }

        foreach (var (s, p, d, edge) in heldEdges)
        {
            if (flow.Flow(edge) > 0)
            {
                result.PostOf[s, d] = p;
                open[p, dayIndex[d]]--;
            }
        }

        foreach (var (s, k, i, edge) in subEdges)
        {
            if (flow.Flow(edge) > 0)
            {
                var p = classes.Posts[k].First(p => open[p, i] > 0);
                open[p, i]--;
                result.PostOf[s, workdays[i]] = p;
            }
        }

        foreach (var (s, d, edge) in compEdges)
        {
            if (flow.Flow(edge) > 0)
            {
                result.Comp[s, d] = true;
            }
        }
    }

    /// <summary>
    /// Min-cost flow by the primal-dual method: cheapest distances by a Bellman-Ford queue, then as many augmenting
    /// paths along zero-reduced-cost edges as fit (depth-first, each edge tried once per round); stops when the
    /// cheapest path no longer lowers the cost.
    /// </summary>
    private sealed class MinCostFlow(int nodes)
    {
        private readonly List<int> to = [];
        private readonly List<int> capacity = [];
        private readonly List<int> cost = [];
        private readonly List<int> original = [];
        private readonly List<int>[] adjacent = Enumerable.Range(0, nodes).Select(_ => new List<int>()).ToArray();

        public int AddEdge(int from, int target, int cap, int edgeCost)
        {
            var id = to.Count;
            to.Add(target);
            capacity.Add(cap);
            cost.Add(edgeCost);
            original.Add(cap);
            adjacent[from].Add(id);
            to.Add(from);
            capacity.Add(0);
            cost.Add(-edgeCost);
            original.Add(0);
            adjacent[target].Add(id + 1);
            return id;
        }

        public int Flow(int edge) => original[edge] - capacity[edge];

        public void Run(int source, int sink)
        {
            var distance = new long[nodes];
            var queued = new bool[nodes];
            var next = new int[nodes];
            var onPath = new bool[nodes];
            var queue = new Queue<int>();
            while (true)
            {
                Array.Fill(distance, long.MaxValue);
                distance[source] = 0;
                queue.Enqueue(source);
                queued[source] = true;
                while (queue.Count > 0)
                {
                    var u = queue.Dequeue();
                    queued[u] = false;
                    foreach (var e in adjacent[u])
                    {
                        var v = to[e];
                        if (capacity[e] > 0 && distance[u] + cost[e] < distance[v])
                        {
                            distance[v] = distance[u] + cost[e];
                            if (!queued[v])
                            {
                                queued[v] = true;
                                queue.Enqueue(v);
                            }
                        }
                    }
                }

                if (distance[sink] >= 0)
                {
                    return;
                }

                Array.Clear(next);
                while (Augment(source))
                {
                }
            }

            bool Augment(int u)
            {
                if (u == sink)
                {
                    return true;
                }

                onPath[u] = true;
                var edges = adjacent[u];
                for (; next[u] < edges.Count; next[u]++)
                {
                    var e = edges[next[u]];
                    var v = to[e];
                    if (capacity[e] > 0 && !onPath[v] && distance[v] != long.MaxValue && distance[u] + cost[e] == distance[v] && Augment(v))
                    {
                        capacity[e]--;
                        capacity[e ^ 1]++;
                        onPath[u] = false;
                        return true;
                    }
                }

                onPath[u] = false;
                return false;
            }
        }
    }
}

/// <summary>
/// Posts of a center needing the same skills are alike for a substitute: the classes, and who holds or may substitute
/// in which (shared by the greedy start and the CP-SAT model).
/// </summary>
internal sealed class PostClasses
{
    private PostClasses(int[] classOf, int[][] posts, int[] headcount, int[] aPost, int[] bPost, int[][] memberOf)
    {
        ClassOf = classOf;
        Posts = posts;
        Headcount = headcount;
        APost = aPost;
        BPost = bPost;
        MemberOf = memberOf;
    }

    /// <summary>[post]: its class.</summary>
    public int[] ClassOf { get; }

    /// <summary>[class]: its posts.</summary>
    public int[][] Posts { get; }

    /// <summary>[class]: the places of its posts together.</summary>
    public int[] Headcount { get; }

    /// <summary>[staff]: the post they may work as A holder, or -1.</summary>
    public int[] APost { get; }

    /// <summary>[staff]: the post they may work as B holder (not also their A post), or -1.</summary>
    public int[] BPost { get; }

    /// <summary>[staff]: the classes they may substitute in (their own center, every skill).</summary>
    public int[][] MemberOf { get; }

    public int Count => Posts.Length;

    public static PostClasses Of(RosterGroup g)
    {
        var keys = g.Posts.Select(p => p.CenterCode + "\u0001" + string.Join('\u0001', p.Skills.Distinct().Order(StringComparer.Ordinal))).ToArray();
        var distinct = keys.Distinct(StringComparer.Ordinal).ToList();
        var classOf = keys.Select(k => distinct.IndexOf(k)).ToArray();
        var posts = distinct.Select((_, k) => Enumerable.Range(0, g.Posts.Count).Where(p => classOf[p] == k).ToArray()).ToArray();
        var headcount = posts.Select(ps => ps.Sum(p => Math.Max(g.Posts[p].Headcount, 0))).ToArray();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var p = 0; p < g.Posts.Count; p++)
        {
            index.TryAdd(g.Posts[p].Code, p);
        }

        int Held(RosterStaff staff, string? code) =>
            code is not null && index.TryGetValue(code, out var p) && g.Posts[p].Headcount > 0 && RosterEligibility.CanWorkPost(staff, g.Posts[p]) ? p : -1;
        var aPost = g.Staff.Select(st => Held(st, st.APost)).ToArray();
        var bPost = g.Staff.Select((st, s) => Held(st, st.BPost) is var p && p != aPost[s] ? p : -1).ToArray();
        var memberOf = g.Staff.Select(st => Enumerable.Range(0, posts.Length)
            .Where(k => headcount[k] > 0
                && string.Equals(g.Posts[posts[k][0]].CenterCode, st.CenterCode, StringComparison.Ordinal)
                && RosterEligibility.HasSkills(st, g.Posts[posts[k][0]].Skills))
            .ToArray()).ToArray();
        return new PostClasses(classOf, posts, headcount, aPost, bPost, memberOf);
    }
}
