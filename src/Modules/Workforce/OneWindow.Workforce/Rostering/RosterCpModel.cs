using System.Globalization;
using Google.OrTools.Sat;

namespace OneWindow.Workforce.Rostering;

/// <summary>
/// The objective's weights (per person-day or per shift). A vacancy costs far more than anything else, so the solver
/// only leaves a post short when nobody at all can take it.
/// </summary>
internal static class RosterWeights
{
    /// <summary>A post short of one person for one working day (空岗).</summary>
    public const int Vacancy = 1000;

    /// <summary>An extended shift short of one person.</summary>
    public const int ShiftShortfall = 500;

    /// <summary>A comp day owed and not given this month.</summary>
    public const int CompDayNotGiven = 20;

    /// <summary>One extended shift above or below a person's fair share (the center's shifts over its eligible staff).</summary>
    public const int Unfair = 6;

    /// <summary>A post worked by neither its A nor its B holder.</summary>
    public const int Substitute = 4;

    /// <summary>A post worked by its B holder.</summary>
    public const int BCover = 1;
}

/// <summary>What the solver reports while it works: the best roster so far and the proven bound.</summary>
internal sealed record RosterProgress(TimeSpan Elapsed, double Objective, double BestBound);

/// <summary>The CP-SAT model of one <see cref="RosterGroup"/>, started from a greedy roster.</summary>
internal sealed class RosterCpModel
{
    private readonly RosterGroup g;
    private readonly RosterGreedy start;
    private readonly CpModel model = new();
    private readonly List<(int S, int D, int Post, BoolVar V)> held = [];
    private readonly List<(int S, int D, int Class, BoolVar V)> subs = [];
    private readonly List<(int S, int T, BoolVar V)> y = [];
    private readonly List<(int S, int D, BoolVar V)> comp = [];
    private int[] classOf = [];
    private int[][] classPosts = [];
    private long constant;
    private readonly List<(int T, IntVar V)> shiftShort = [];
    private readonly List<(int T, int Missing)> fixedShiftShort = [];
    private readonly LinearExprBuilder objective = LinearExpr.NewBuilder();
    private List<BoolVar>?[,] xBySD = new List<BoolVar>?[0, 0];
    private List<(int T, BoolVar V)>?[,] yBySD = new List<(int T, BoolVar V)>?[0, 0];
    private BoolVar?[,] compBySD = new BoolVar?[0, 0];
    private long hintObjective;

    private RosterCpModel(RosterGroup group, RosterGreedy greedy)
    {
        g = group;
        start = greedy;
    }

    public static RosterCpModel Build(RosterGroup group)
    {
        var m = new RosterCpModel(group, RosterGreedy.Build(group));
        m.Build();
        return m;
    }

    /// <summary>The objective of the greedy start (what the roster costs if the solver finds nothing better).</summary>
    public long GreedyObjective => hintObjective;

    private void Hint(IntVar v, long value) => model.AddHint(v, value);

    private void Cost(IntVar v, long weight, long hintValue)
    {
        objective.AddTerm(v, weight);
        hintObjective += weight * hintValue;
    }

    private void Build()
    {
        var staffCount = g.Staff.Count;
        var dayCount = g.Days.Count;
        var rules = g.Rules;
        xBySD = new List<BoolVar>?[staffCount, dayCount];
        yBySD = new List<(int T, BoolVar V)>?[staffCount, dayCount];
        compBySD = new BoolVar?[staffCount, dayCount];

        // Posts. Posts of a center needing the same skills are alike for a substitute, so the model decides per person
        // and working day: works their A post, works their B post, or substitutes in a class of alike posts. The
        // substitutes are then placed on the posts of their class still open (every placement costs the same). This
        // keeps the model small: a few variables per person-day instead of one per eligible post.
        var classes = PostClasses.Of(g);
        classOf = classes.ClassOf;
        classPosts = classes.Posts;
        var classHeadcount = classes.Headcount;
        var aPost = classes.APost;
        var bPost = classes.BPost;
        var memberOf = classes.MemberOf;

        for (var d = 0; d < dayCount; d++)
        {
            if (!g.Days[d].IsWorkday)
            {
                continue;
            }

            var perPost = new List<BoolVar>?[g.Posts.Count];
            var perClass = new List<BoolVar>?[classes.Count];
            var hinted = new int[classes.Count];
            for (var s = 0; s < staffCount; s++)
            {
                if (g.Away[s, d])
                {
                    continue;
                }

                var worked = start.PostOf[s, d];
                foreach (var (p, weight) in new[] { (aPost[s], 0), (bPost[s], RosterWeights.BCover) })
                {
                    if (p < 0)
                    {
                        continue;
                    }

                    var v = model.NewBoolVar(string.Empty);
                    var on = worked == p;
                    Hint(v, on ? 1 : 0);
                    held.Add((s, d, p, v));
                    (perPost[p] ??= []).Add(v);
                    (perClass[classOf[p]] ??= []).Add(v);
                    (xBySD[s, d] ??= []).Add(v);
                    hinted[classOf[p]] += on ? 1 : 0;
                    if (weight > 0)
                    {
                        Cost(v, weight, on ? 1 : 0);
                    }
                }

                foreach (var k in memberOf[s])
                {
                    var v = model.NewBoolVar(string.Empty);
                    var on = worked >= 0 && worked != aPost[s] && worked != bPost[s] && classOf[worked] == k;
                    Hint(v, on ? 1 : 0);
                    subs.Add((s, d, k, v));
                    (perClass[k] ??= []).Add(v);
                    (xBySD[s, d] ??= []).Add(v);
                    hinted[k] += on ? 1 : 0;
                    Cost(v, RosterWeights.Substitute, on ? 1 : 0);
                }
            }

            for (var p = 0; p < g.Posts.Count; p++)
            {
                if (perPost[p] is { } vars && vars.Count > g.Posts[p].Headcount)
                {
                    model.Add(LinearExpr.Sum(vars) <= g.Posts[p].Headcount);
                }
            }

            for (var k = 0; k < classes.Count; k++)
            {
                var headcount = classHeadcount[k];
                if (headcount == 0)
                {
                    continue;
                }

                if (perClass[k] is not { } vars)
                {
                    constant += (long)RosterWeights.Vacancy * headcount;
                    hintObjective += (long)RosterWeights.Vacancy * headcount;
                    continue;
                }

                var missing = model.NewIntVar(Math.Max(0, headcount - vars.Count), headcount, string.Empty);
                Hint(missing, headcount - hinted[k]);
                Cost(missing, RosterWeights.Vacancy, headcount - hinted[k]);
                model.Add(LinearExpr.Sum(vars) + missing == headcount);
            }
        }

        // Extended shifts: y[s,t], with the shortfall soft.
        for (var t = 0; t < g.Demands.Count; t++)
        {
            var (d, demand) = g.Demands[t];
            var required = Math.Max(demand.Required, 0);
            if (required == 0)
            {
                continue;
            }

            var vars = new List<BoolVar>();
            var assigned = 0;
            foreach (var s in g.ShiftCandidates[t])
            {
                if (g.Away[s, d] || rules.MaxExtendedShiftsPerPerson <= 0)
                {
                    continue;
                }

                var v = model.NewBoolVar(string.Empty);
                var on = start.ShiftOf[s, d] == t;
                Hint(v, on ? 1 : 0);
                assigned += on ? 1 : 0;
                y.Add((s, t, v));
                vars.Add(v);
                (yBySD[s, d] ??= []).Add((t, v));
            }

            var lowest = Math.Max(0, required - vars.Count);
            if (lowest == required)
            {
                fixedShiftShort.Add((t, required));
                constant += (long)RosterWeights.ShiftShortfall * required;
                hintObjective += (long)RosterWeights.ShiftShortfall * required;
                continue;
            }

            var missing = model.NewIntVar(lowest, required, string.Empty);
            Hint(missing, required - assigned);
            Cost(missing, RosterWeights.ShiftShortfall, required - assigned);
            shiftShort.Add((t, missing));
            model.Add(LinearExpr.Sum(vars) + missing == required);
        }

        AddConsecutiveDays();
        AddRestAfterEvening();
        AddShiftLimitsAndFairness();
        AddCompDays();

        // Per person and day: one post, one extended shift, and neither on a comp day.
        for (var s = 0; s < staffCount; s++)
        {
            for (var d = 0; d < dayCount; d++)
            {
                var c = compBySD[s, d];
                foreach (var group in new[] { xBySD[s, d], yBySD[s, d]?.Select(e => e.V).ToList() })
                {
                    var literals = (group ?? []).Concat(c is null ? [] : [c]).ToList();
                    if (literals.Count > 1)
                    {
                        model.AddAtMostOne(literals);
                    }
                }
            }
        }

        model.Minimize(objective);
    }

    /// <summary>
    /// Whether a person works on a day (a post or an extended shift); null when they cannot. Made only for the days a
    /// run-of-days window needs, which in a month with weekends off is hardly any.
    /// </summary>
    private LinearExpr? Works(int s, int d)
    {
        var xs = xBySD[s, d];
        var ys = yBySD[s, d]?.Select(e => e.V).ToList();
        if (xs is null || ys is null)
        {
            return xs is not null ? LinearExpr.Sum(xs) : ys is not null ? LinearExpr.Sum(ys) : null;
        }

        var w = model.NewBoolVar(string.Empty);
        Hint(w, start.PostOf[s, d] >= 0 || start.ShiftOf[s, d] >= 0 ? 1 : 0);
        model.Add(LinearExpr.Sum(xs) <= w);
        model.Add(LinearExpr.Sum(ys) <= w);
        model.Add(w <= LinearExpr.Sum(xs) + LinearExpr.Sum(ys));
        return w;
    }

    /// <summary>No run longer than MaxConsecutiveWorkDays, counting the days worked just before the month.</summary>
    private void AddConsecutiveDays()
    {
        var works = new Dictionary<(int S, int D), LinearExpr>();
        var max = Math.Max(g.Rules.MaxConsecutiveWorkDays, 0);
        var dayCount = g.Days.Count;
        for (var s = 0; s < g.Staff.Count; s++)
        {
            // The month's first days continue the run carried in: at most (max - carried) of the first
            // (max - carried + 1) days may be worked.
            var carried = RosterEligibility.CarriedRun(g.Staff[s], g.Rules);
            for (var first = 0; first < dayCount; first++)
            {
                var length = first == 0 && carried > 0 ? max - carried + 1 : max + 1;
                if (first + length > dayCount)
                {
                    break;
                }

                var possible = true;
                for (var d = first; d < first + length && possible; d++)
                {
                    possible = (d == first || g.ContinuesPrevious[d]) && (xBySD[s, d] is not null || yBySD[s, d] is not null);
                }

                if (!possible)
                {
                    continue;
                }

                var window = new List<LinearExpr>();
                for (var d = first; d < first + length; d++)
                {
                    if (!works.TryGetValue((s, d), out var w))
                    {
                        works[(s, d)] = w = Works(s, d)!;
                    }

                    window.Add(w);
                }

                model.Add(LinearExpr.Sum(window) <= length - 1);
            }
        }
    }

    /// <summary>No 早间 shift the day after a 晚间 shift.</summary>
    private void AddRestAfterEvening()
    {
        if (!g.Rules.NoMorningAfterEvening)
        {
            return;
        }

        for (var s = 0; s < g.Staff.Count; s++)
        {
            for (var d = 1; d < g.Days.Count; d++)
            {
                if (!g.ContinuesPrevious[d] || yBySD[s, d - 1] is not { } before || yBySD[s, d] is not { } after)
                {
                    continue;
                }

                var pair = before.Where(e => g.IsEvening(e.T)).Concat(after.Where(e => g.IsMorning(e.T))).Select(e => e.V).ToList();
                if (before.Any(e => g.IsEvening(e.T)) && after.Any(e => g.IsMorning(e.T)))
                {
                    model.AddAtMostOne(pair);
                }
            }
        }
    }

    /// <summary>
    /// At most MaxExtendedShiftsPerPerson shifts each; and fair rotation: every person who may work a center's shifts
    /// should get floor or ceil of that center's shifts over its eligible people; each shift outside that band costs.
    /// </summary>
    private void AddShiftLimitsAndFairness()
    {
        var max = g.Rules.MaxExtendedShiftsPerPerson;
        var hinted = new int[g.Staff.Count];
        foreach (var (s, t, _) in y)
        {
            hinted[s] += start.ShiftOf[s, g.Demands[t].Day] == t ? 1 : 0;
        }

        foreach (var center in g.Demands.Select(t => t.Demand.CenterCode).Distinct(StringComparer.Ordinal))
        {
            var mine = y.Where(e => string.Equals(g.Demands[e.T].Demand.CenterCode, center, StringComparison.Ordinal)).ToList();
            var people = mine.GroupBy(e => e.S).ToList();
            var slots = g.Demands.Where(t => string.Equals(t.Demand.CenterCode, center, StringComparison.Ordinal)).Sum(t => Math.Max(t.Demand.Required, 0));
            if (people.Count == 0 || slots == 0)
            {
                continue;
            }

            var high = Math.Min((slots + people.Count - 1) / people.Count, max);
            var low = Math.Min(slots / people.Count, high);
            foreach (var person in people)
            {
                var vars = person.Select(e => e.V).ToList();
                var count = LinearExpr.Sum(vars);
                if (vars.Count > max)
                {
                    model.Add(count <= max);
                }

                var h = hinted[person.Key];
                if (vars.Count > high)
                {
                    var over = model.NewIntVar(0, vars.Count - high, string.Empty);
                    Hint(over, Math.Max(0, h - high));
                    model.Add(count - high <= over);
                    Cost(over, RosterWeights.Unfair, Math.Max(0, h - high));
                }

                if (low > 0)
                {
                    var under = model.NewIntVar(0, low, string.Empty);
                    Hint(under, Math.Max(0, low - h));
                    model.Add(low - count <= under);
                    Cost(under, RosterWeights.Unfair, Math.Max(0, low - h));
                }
            }
        }
    }

    /// <summary>
    /// Comp days (调休): a person owed some (carried in, plus Saturday-type shifts worked this month) should have that
    /// many working days off; each one not given costs.
    /// </summary>
    private void AddCompDays()
    {
        for (var s = 0; s < g.Staff.Count; s++)
        {
            var carried = Math.Max(g.Staff[s].CompDaysOwed, 0);
            var earning = new List<BoolVar>();
            var earnedHint = 0;
            for (var d = 0; d < g.Days.Count; d++)
            {
                foreach (var (t, v) in yBySD[s, d] ?? [])
                {
                    if (g.Demands[t].Demand.OwesCompDay)
                    {
                        earning.Add(v);
                        earnedHint += start.ShiftOf[s, d] == t ? 1 : 0;
                    }
                }
            }

            if (carried == 0 && earning.Count == 0)
            {
                continue;
            }

            var days = new List<BoolVar>();
            var givenHint = 0;
            for (var d = 0; d < g.Days.Count; d++)
            {
                if (!g.Days[d].IsWorkday || g.Away[s, d])
                {
                    continue;
                }

                var c = model.NewBoolVar(string.Empty);
                var on = start.Comp[s, d];
                Hint(c, on ? 1 : 0);
                givenHint += on ? 1 : 0;
                comp.Add((s, d, c));
                compBySD[s, d] = c;
                days.Add(c);
            }

            var owed = LinearExpr.Sum(earning) + carried;
            var given = LinearExpr.Sum(days);
            model.Add(given <= owed);
            var notGiven = model.NewIntVar(0, carried + earning.Count, string.Empty);
            var notGivenHint = Math.Max(0, carried + earnedHint - givenHint);
            Hint(notGiven, notGivenHint);
            model.Add(owed - given <= notGiven);
            Cost(notGiven, RosterWeights.CompDayNotGiven, notGivenHint);
        }
    }

    /// <summary>The objective of the part no decision can change (posts and shifts nobody may work).</summary>
    public long Constant => constant;

    /// <summary>
    /// Solves within the time limit, falling back to the greedy roster when the search found nothing better in time
    /// ("infeasible" cannot happen from the rules alone: an empty roster keeps them all). <paramref name="onProgress"/>
    /// hears each better roster and each better bound (objective, bound; constant part included).
    /// </summary>
    public GroupResult Solve(TimeSpan limit, double relativeGap, int workers, Action<double, double>? onProgress)
    {
        using var solver = new CpSolver
        {
            StringParameters = string.Create(
                CultureInfo.InvariantCulture,
                $"max_time_in_seconds:{Math.Max(limit.TotalSeconds, 0.05):0.###} num_workers:{workers} relative_gap_limit:{relativeGap:0.#####}{(workers < 8 ? " subsolvers:\"max_lp\"" : string.Empty)}"),
        };
        var offset = constant;
        var best = double.NaN;
        var bound = double.NaN;
        var gate = new Lock();
        void Report(double? objectiveValue, double boundValue)
        {
            lock (gate)
            {
                best = objectiveValue ?? best;
                bound = double.IsNaN(bound) ? boundValue : Math.Max(bound, boundValue);
                if (!double.IsNaN(best))
                {
                    onProgress?.Invoke(best + offset, bound + offset);
                }
            }
        }

        DoubleToVoidDelegate onBound = b => Report(null, b);
        if (onProgress is not null)
        {
            solver.SetBestBoundCallback(onBound);
        }

        using var callback = new ProgressCallback(onProgress is null ? null : Report);
        var status = solver.Solve(model, callback);
        GC.KeepAlive(onBound);
        if (status is CpSolverStatus.Infeasible or CpSolverStatus.ModelInvalid)
        {
            return new GroupResult("infeasible", [], [], [], [], 0, 0);
        }

        // Out of time: keep the greedy roster, with whatever bound was proven. Never return worse than the greedy
        // start (cut short before loading the hint, the search may report a poorer first roster).
        var proven = status == CpSolverStatus.Unknown ? 0 : Math.Max(0, solver.BestObjectiveBound) + offset;
        if (status is not (CpSolverStatus.Optimal or CpSolverStatus.Feasible) || solver.ObjectiveValue + offset > hintObjective)
        {
            return GreedyResult(Math.Min(proven, hintObjective));
        }

        return Read(
            status == CpSolverStatus.Optimal ? "optimal" : "feasible",
            solver.ObjectiveValue,
            solver.BestObjectiveBound,
            v => solver.Value(v));
    }

    /// <summary>The greedy start as a result, with a bound proven elsewhere (or 0).</summary>
    public GroupResult GreedyResult(double bound = 0)
    {
        var posts = new List<PostAssignment>();
        var shifts = new List<ShiftAssignment>();
        var comps = new List<CompDay>();
        var postFill = new int[g.Posts.Count, g.Days.Count];
        var shiftFill = new int[g.Demands.Count];
        for (var s = 0; s < g.Staff.Count; s++)
        {
            for (var d = 0; d < g.Days.Count; d++)
            {
                if (start.PostOf[s, d] is var p and >= 0)
                {
                    postFill[p, d]++;
                    posts.Add(PostOf(s, p, d));
                }

                if (start.ShiftOf[s, d] is var t and >= 0)
                {
                    shiftFill[t]++;
                    shifts.Add(ShiftOf(s, t));
                }

                if (start.Comp[s, d])
                {
                    comps.Add(new CompDay(g.Days[d].Date, g.Staff[s].Id));
                }
            }
        }

        var shortfalls = new List<Shortfall>();
        for (var p = 0; p < g.Posts.Count; p++)
        {
            for (var d = 0; d < g.Days.Count; d++)
            {
                if (g.Days[d].IsWorkday && g.Posts[p].Headcount - postFill[p, d] is var missing and > 0)
                {
                    shortfalls.Add(PostShortfall(p, d, missing));
                }
            }
        }

        for (var t = 0; t < g.Demands.Count; t++)
        {
            if (g.Demands[t].Demand.Required - shiftFill[t] is var missing and > 0)
            {
                shortfalls.Add(ShiftShortfall(t, missing));
            }
        }

        return new GroupResult("feasible", posts, shifts, comps, shortfalls, hintObjective, bound);
    }

    private GroupResult Read(string status, double objectiveValue, double bound, Func<IntVar, long> value)
    {
        // Place the A and B holders, then the substitutes of each class on its posts still open; what stays open is
        // short.
        var posts = new List<PostAssignment>();
        var shortfalls = new List<Shortfall>();
        var heldOn = held.Where(e => value(e.V) == 1).ToLookup(e => e.D);
        var subsOn = subs.Where(e => value(e.V) == 1).ToLookup(e => e.D);
        for (var d = 0; d < g.Days.Count; d++)
        {
            if (!g.Days[d].IsWorkday)
            {
                continue;
            }

            var open = g.Posts.Select(p => Math.Max(p.Headcount, 0)).ToArray();
            foreach (var e in heldOn[d])
            {
                open[e.Post]--;
                posts.Add(PostOf(e.S, e.Post, d));
            }

            foreach (var e in subsOn[d])
            {
                var p = classPosts[e.Class].First(p => open[p] > 0);
                open[p]--;
                posts.Add(PostOf(e.S, p, d));
            }

            for (var p = 0; p < g.Posts.Count; p++)
            {
                if (open[p] > 0)
                {
                    shortfalls.Add(PostShortfall(p, d, open[p]));
                }
            }
        }

        var shifts = y.Where(e => value(e.V) == 1).Select(e => ShiftOf(e.S, e.T)).ToList();
        var comps = comp.Where(e => value(e.V) == 1).Select(e => new CompDay(g.Days[e.D].Date, g.Staff[e.S].Id)).ToList();
        shortfalls.AddRange(shiftShort.Select(e => (e.T, Missing: (int)value(e.V))).Concat(fixedShiftShort)
            .Where(e => e.Missing > 0).Select(e => ShiftShortfall(e.T, e.Missing)));
        return new GroupResult(status, posts, shifts, comps, shortfalls, objectiveValue + constant, bound + constant);
    }

    private PostAssignment PostOf(int s, int p, int d) =>
        new(g.Days[d].Date, g.Posts[p].Code, g.Staff[s].Id, RosterEligibility.CoverageOf(g.Staff[s], g.Posts[p].Code));

    private ShiftAssignment ShiftOf(int s, int t) =>
        new(g.Days[g.Demands[t].Day].Date, g.Demands[t].Demand.ShiftCode, g.Demands[t].Demand.CenterCode, g.Staff[s].Id);

    private Shortfall PostShortfall(int p, int d, int missing) =>
        new(g.Days[d].Date, g.Posts[p].Code, missing, g.Posts[p].CenterCode);

    private Shortfall ShiftShortfall(int t, int missing) =>
        new(g.Days[g.Demands[t].Day].Date, g.Demands[t].Demand.ShiftCode, missing, g.Demands[t].Demand.CenterCode, IsShift: true);

    private sealed class ProgressCallback(Action<double?, double>? onSolution) : CpSolverSolutionCallback
    {
        public override void OnSolutionCallback() => onSolution?.Invoke(ObjectiveValue(), BestObjectiveBound());
    }
}

/// <summary>One group's roster.</summary>
internal sealed record GroupResult(
    string Status,
    List<PostAssignment> Posts,
    List<ShiftAssignment> Shifts,
    List<CompDay> CompDays,
    List<Shortfall> Shortfalls,
    double Objective,
    double BestBound);
