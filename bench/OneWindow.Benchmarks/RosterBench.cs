using System.Diagnostics;
using System.Globalization;
using OneWindow.Workforce.Rostering;

namespace OneWindow.Benchmarks;

/// <summary>
/// The monthly roster at contract scale: a district center and nine street centers with 140 staffed positions (posts
/// of 1-3 people), about 170 staff, 31 days, about 5% of person-days on leave and four extended shifts. Measures the
/// time to the first complete roster and to a roster within 2% of the proven bound.
/// </summary>
internal static class RosterBench
{
    public static int Run(Arguments args)
    {
        var runs = args.Int("runs", 3);
        var seed = args.Int("seed", 1);
        var seconds = args.Int("seconds", 60);
        var month = DateOnly.ParseExact(args.Get("month", "2026-03") + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var problem = RosterInstance.Generate(seed, month) with { };
        problem = problem with { Rules = problem.Rules with { TimeLimit = TimeSpan.FromSeconds(seconds) } };
        var positions = problem.Posts.Sum(p => p.Headcount);
        var awayDays = problem.Staff.Sum(s => s.Away.Count);
        var workdays = problem.Days.Count(d => d.IsWorkday);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"instance: {problem.Posts.Count} posts ({positions} positions), {problem.Staff.Count} staff, {problem.Days.Count} days ({workdays} working), "
            + $"{awayDays} person-days away ({100.0 * awayDays / (problem.Staff.Count * workdays):0.0}% of working person-days), "
            + $"{problem.Days.Sum(d => d.Shifts.Sum(s => s.Required))} shift places, {Environment.ProcessorCount} workers, limit {seconds} s"));
        var clock = Stopwatch.StartNew();
        var groups = RosterGroup.Split(problem);
        var greedy = groups.Sum(g => RosterCpModel.Build(g).GreedyObjective);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{groups.Count} independent centers; greedy start (all centers, models built): objective {greedy} in {clock.Elapsed.TotalSeconds:0.00} s"));
        Console.WriteLine("run | first roster | within 2% | final | status | objective | bound | gap | vacancies | shifts short | B covers | substitutes | shift spread | comp days given/owed | violations");
        for (var run = 1; run <= runs; run++)
        {
            double? first = null;
            double? within = null;
            var solution = RosterSolver.Solve(problem, p =>
            {
                first ??= p.Elapsed.TotalSeconds;
                if (within is null && p.Objective - p.BestBound <= 0.02 * Math.Max(Math.Abs(p.Objective), 1))
                {
                    within = p.Elapsed.TotalSeconds;
                }
            });
            var finalGap = (solution.Objective - solution.BestBound) / Math.Max(Math.Abs(solution.Objective), 1);
            if (within is null && finalGap <= 0.02)
            {
                within = solution.Elapsed.TotalSeconds;
            }

            // Fair rotation: the widest spread of shifts per person within a center, over the people who may work them.
            var spread = problem.Staff
                .Where(p => problem.Days.Any(d => d.Shifts.Any(t => t.CenterCode == p.CenterCode && (t.Skill is null || p.Skills.Contains(t.Skill)))))
                .GroupBy(p => p.CenterCode)
                .Select(g => g.Select(p => solution.Shifts.Count(s => s.StaffId == p.Id)).ToList())
                .Select(counts => counts.Max() - counts.Min())
                .DefaultIfEmpty()
                .Max();
            var violations = RosterChecker.Check(problem, solution.Posts, solution.Shifts);
            var owed = problem.Staff.Sum(p => p.CompDaysOwed)
                + solution.Shifts.Count(a => problem.Days.Single(d => d.Date == a.Date).Shifts.Any(t => t.ShiftCode == a.ShiftCode && t.CenterCode == a.CenterCode && t.OwesCompDay));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{run} | {Fmt(first)} | {Fmt(within)} | {solution.Elapsed.TotalSeconds:0.00} s | {solution.Status} | {solution.Objective:0} | {solution.BestBound:0} | {100 * finalGap:0.00}% | "
                + $"{solution.Shortfalls.Where(s => !s.IsShift).Sum(s => s.Missing)} | {solution.Shortfalls.Where(s => s.IsShift).Sum(s => s.Missing)} | {solution.Posts.Count(p => p.Coverage == Workforce.Contracts.Coverage.B)} | "
                + $"{solution.Posts.Count(p => p.Coverage == Workforce.Contracts.Coverage.Substitute)} | {spread} | "
                + $"{solution.CompDays.Count}/{owed} | {violations.Count}"));
        }

        return 0;
    }

    private static string Fmt(double? seconds) => seconds is { } s ? string.Create(CultureInfo.InvariantCulture, $"{s:0.00} s") : "-";
}

/// <summary>A generated month at contract scale (deterministic for a seed).</summary>
internal static class RosterInstance
{
    private static readonly (string Skill, int Positions)[] DistrictPosts =
    [
        ("管理", 5), ("受理", 48), ("咨询", 16), ("导办", 14), ("电话", 10), ("流转", 8),
    ];

    private static readonly string[] AllSkills = ["管理", "受理", "咨询", "导办", "电话", "流转"];

    /// <summary>2026 public holidays and adjusted working days (国务院办公厅), so that other months can be tried.</summary>
    private static readonly HashSet<DateOnly> Holidays =
    [
        .. Range(new(2026, 1, 1), 3), .. Range(new(2026, 2, 15), 9), .. Range(new(2026, 4, 4), 3), .. Range(new(2026, 5, 1), 5),
        .. Range(new(2026, 6, 19), 3), .. Range(new(2026, 9, 25), 3), .. Range(new(2026, 10, 1), 7),
    ];

    private static readonly HashSet<DateOnly> AdjustedWorkdays =
        [new(2026, 1, 4), new(2026, 2, 14), new(2026, 2, 28), new(2026, 5, 9), new(2026, 9, 20), new(2026, 10, 10)];

    private static IEnumerable<DateOnly> Range(DateOnly from, int days) => Enumerable.Range(0, days).Select(from.AddDays);

    public static RosterProblem Generate(int seed, DateOnly month)
    {
        var random = new Random(seed);
        var posts = new List<RosterPost>();
        var staff = new List<RosterStaff>();
        var away = new Dictionary<Guid, HashSet<DateOnly>>();
        var centers = new List<(string Code, (string Skill, int Positions)[] Posts, int Reserve)>
        {
            ("district", DistrictPosts, 20),
        };
        var streetPositions = new[] { 5, 4, 5, 4, 4, 5, 4, 4, 4 };
        for (var i = 0; i < streetPositions.Length; i++)
        {
            centers.Add(($"street-{i + 1}", [("受理", streetPositions[i])], i < 3 ? 2 : 1));
        }

        foreach (var (center, kinds, reserve) in centers)
        {
            var holders = new List<(int Staff, string Skill)>();
            foreach (var (skill, positions) in kinds)
            {
                var left = positions;
                while (left > 0)
                {
                    var headcount = Math.Min(left, random.Next(1, 4));
                    left -= headcount;
                    var code = $"{center}-{skill}-{posts.Count + 1:000}";
                    posts.Add(new RosterPost(code, center, headcount, [skill]));
                    for (var h = 0; h < headcount; h++)
                    {
                        holders.Add((staff.Count, skill));
                        staff.Add(Holder(random, center, skill, code));
                    }
                }
            }

            for (var r = 0; r < reserve; r++)
            {
                var skills = AllSkills.OrderBy(_ => random.Next()).Take(random.Next(2, 4)).ToList();
                if (!center.StartsWith("district", StringComparison.Ordinal) && !skills.Contains("受理"))
                {
                    skills[0] = "受理";
                }

                staff.Add(Person(random, center, skills, aPost: null));
            }

            // B holders: each post backed up by someone of the same center with its skill, preferably an A holder of
            // another post (who then needs cover in turn), else a reserve.
            var centerPosts = posts.Where(p => p.CenterCode == center).ToList();
            var centerStaff = Enumerable.Range(0, staff.Count).Where(s => staff[s].CenterCode == center).ToList();
            foreach (var post in centerPosts)
            {
                var pick = centerStaff
                    .Where(s => staff[s].BPost is null && staff[s].APost != post.Code && staff[s].Skills.Contains(post.Skills[0]))
                    .OrderBy(_ => random.Next()).FirstOrDefault(-1);
                if (pick < 0)
                {
                    continue;
                }

                staff[pick] = staff[pick] with { BPost = post.Code };
            }
        }

        var days = new List<RosterDay>();
        var last = month.AddMonths(1).AddDays(-1);
        for (var date = month; date <= last; date = date.AddDays(1))
        {
            var workday = AdjustedWorkdays.Contains(date) || (date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !Holidays.Contains(date));
            var shifts = new List<ShiftDemand>();
            if (workday)
            {
                shifts.Add(new ShiftDemand(RosterShiftCodes.Morning, "district", 2, "受理", false));
                shifts.Add(new ShiftDemand(RosterShiftCodes.Noon, "district", 3, null, false));
                shifts.Add(new ShiftDemand(RosterShiftCodes.Evening, "district", 2, "受理", false));
                for (var i = 0; i < streetPositions.Length; i++)
                {
                    shifts.Add(new ShiftDemand(RosterShiftCodes.Noon, $"street-{i + 1}", 1, "受理", false));
                }
            }
            else if (date.DayOfWeek == DayOfWeek.Saturday)
            {
                shifts.Add(new ShiftDemand(RosterShiftCodes.Saturday, "district", 4, "受理", true));
            }

            days.Add(new RosterDay(date, workday, shifts));
        }

        // About 5% of working person-days on leave, in blocks of 1-5 working days.
        var workdays = days.Where(d => d.IsWorkday).Select(d => d.Date).ToList();
        var target = (int)Math.Round(0.05 * staff.Count * workdays.Count);
        var taken = 0;
        while (taken < target)
        {
            var person = staff[random.Next(staff.Count)];
            var set = away.TryGetValue(person.Id, out var s) ? s : away[person.Id] = [];
            var start = random.Next(workdays.Count);
            var length = random.Next(1, 6);
            for (var i = start; i < Math.Min(workdays.Count, start + length) && taken < target; i++)
            {
                if (set.Add(workdays[i]))
                {
                    taken++;
                }
            }
        }

        staff = staff.Select(p => p with { Away = away.TryGetValue(p.Id, out var set) ? set : new HashSet<DateOnly>() }).ToList();
        return new RosterProblem(days, posts, staff, new RosterRules());

        static RosterStaff Holder(Random random, string center, string skill, string code) =>
            Person(random, center, random.Next(2) == 0 ? [skill] : [skill, AllSkills[random.Next(AllSkills.Length)]], code);
    }

    private static RosterStaff Person(Random random, string center, IEnumerable<string> skills, string? aPost)
    {
        var bytes = new byte[16];
        random.NextBytes(bytes);
        return new RosterStaff(
            new Guid(bytes),
            center,
            skills.Distinct().ToList(),
            aPost,
            null,
            new HashSet<DateOnly>(),
            random.Next(5) == 0 ? random.Next(1, 3) : 0,
            random.Next(0, 6));
    }
}
