using OneWindow.Workforce.Rostering;

namespace OneWindow.Workforce.Tests.Domain;

/// <summary>Small roster problems written out by hand.</summary>
internal static class RosterFixtures
{
    public const string Center = "sjs-center";

    /// <summary>Monday 2026-03-02.</summary>
    public static readonly DateOnly Monday = new(2026, 3, 2);

    /// <summary>Consecutive calendar days from <paramref name="from"/>; Monday to Friday are working days.</summary>
    public static List<RosterDay> Days(DateOnly from, int count, Func<DateOnly, bool, IReadOnlyList<ShiftDemand>>? shifts = null) =>
        Enumerable.Range(0, count)
            .Select(i => from.AddDays(i))
            .Select(d => (Date: d, Workday: d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday)))
            .Select(d => new RosterDay(d.Date, d.Workday, shifts?.Invoke(d.Date, d.Workday) ?? []))
            .ToList();

    public static RosterStaff Person(string? aPost, string? bPost, params string[] skills) => new(
        Guid.NewGuid(), Center, skills, aPost, bPost, new HashSet<DateOnly>(), CompDaysOwed: 0, WorkedDaysBeforeMonth: 0);

    public static RosterStaff Away(this RosterStaff person, params DateOnly[] dates) => person with { Away = dates.ToHashSet() };

    public static RosterPost Post(string code, int headcount, params string[] skills) => new(code, Center, headcount, skills);

    public static RosterRules Rules(int maxConsecutive = 6, int maxShifts = 8) =>
        new(maxConsecutive, NoMorningAfterEvening: true, MaxExtendedShiftsPerPerson: maxShifts, TimeLimit: TimeSpan.FromSeconds(30));

    /// <summary>The days a person works (a post or a shift) in a solution.</summary>
    public static HashSet<DateOnly> WorkedDays(RosterSolution solution, Guid staffId) =>
        solution.Posts.Where(a => a.StaffId == staffId).Select(a => a.Date)
            .Concat(solution.Shifts.Where(a => a.StaffId == staffId).Select(a => a.Date))
            .ToHashSet();

    /// <summary>The longest run of consecutive worked days, starting with the days worked before the month.</summary>
    public static int LongestRun(RosterProblem problem, RosterSolution solution, RosterStaff person)
    {
        var worked = WorkedDays(solution, person.Id);
        var run = person.WorkedDaysBeforeMonth;
        var longest = run;
        foreach (var day in problem.Days.OrderBy(d => d.Date))
        {
            run = worked.Contains(day.Date) ? run + 1 : 0;
            longest = Math.Max(longest, run);
        }

        return longest;
    }

    /// <summary>A month of two centers with leave, comp days owed and the four extended shifts (deterministic).</summary>
    public static RosterProblem Month(int seed)
    {
        var random = new Random(seed);
        var skills = new[] { "受理", "咨询", "导办" };
        var posts = new List<RosterPost>();
        var staff = new List<RosterStaff>();
        foreach (var center in new[] { "sjs-center", "sjs-babaoshan" })
        {
            var count = center == "sjs-center" ? 8 : 3;
            for (var i = 0; i < count; i++)
            {
                var skill = skills[i % (center == "sjs-center" ? 3 : 1)];
                var post = new RosterPost($"{center}-{i + 1:00}", center, 1 + (i % 2), [skill]);
                posts.Add(post);
                for (var h = 0; h < post.Headcount; h++)
                {
                    staff.Add(new RosterStaff(Guid.NewGuid(), center, random.Next(3) == 0 ? [skill, "受理"] : [skill], post.Code, null,
                        new HashSet<DateOnly>(), random.Next(4) == 0 ? 1 : 0, random.Next(0, 6)));
                }
            }

            for (var r = 0; r < 3; r++)
            {
                staff.Add(new RosterStaff(Guid.NewGuid(), center, ["受理", skills[r % 3]], null, null, new HashSet<DateOnly>(), 0, random.Next(0, 6)));
            }
        }

        // B holders: someone else of the center with the skill.
        foreach (var post in posts)
        {
            var candidates = staff.Select((s, i) => (s, i))
                .Where(e => e.s.CenterCode == post.CenterCode && e.s.BPost is null && e.s.APost != post.Code && e.s.Skills.Contains(post.Skills[0]))
                .ToList();
            if (candidates.Count > 0)
            {
                var (s, i) = candidates[random.Next(candidates.Count)];
                staff[i] = s with { BPost = post.Code };
            }
        }

        var days = Days(new DateOnly(2026, 3, 1), 31, (date, workday) => workday
            ?
            [
                new ShiftDemand(RosterShiftCodes.Morning, "sjs-center", 1, "受理", false),
                new ShiftDemand(RosterShiftCodes.Noon, "sjs-center", 1, null, false),
                new ShiftDemand(RosterShiftCodes.Evening, "sjs-center", 1, "受理", false),
            ]
            : date.DayOfWeek == DayOfWeek.Saturday ? [new ShiftDemand(RosterShiftCodes.Saturday, "sjs-center", 2, "受理", true)] : []);
        var workdays = days.Where(d => d.IsWorkday).Select(d => d.Date).ToList();
        staff = staff.Select(s => random.Next(4) == 0
            ? s with { Away = Enumerable.Range(random.Next(workdays.Count - 4), random.Next(1, 5)).Select(i => workdays[i]).ToHashSet() }
            : s).ToList();
        return new RosterProblem(days, posts, staff, Rules());
    }
}
