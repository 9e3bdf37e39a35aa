using OneWindow.Workforce.Contracts;
using OneWindow.Workforce.Rostering;
using static OneWindow.Workforce.Tests.Domain.RosterFixtures;

namespace OneWindow.Workforce.Tests.Domain;

public sealed class RosterCheckerTests
{
    private static readonly DateOnly Tuesday = Monday.AddDays(1);
    private static readonly DateOnly Friday = Monday.AddDays(4);
    private static readonly DateOnly Saturday = Monday.AddDays(5);

    private readonly RosterStaff alice = Person("P1", null, "受理");
    private readonly RosterStaff bob = Person("P2", null, "咨询");
    private readonly RosterStaff carol = Person(null, "P1", "受理", "咨询");
    private readonly RosterStaff dave = Person(null, null, "受理") with { CenterCode = "sjs-babaoshan" };

    private RosterProblem Problem(params RosterStaff[] replace)
    {
        var days = Days(Monday, 14, (date, workday) => workday
            ? [new ShiftDemand(RosterShiftCodes.Morning, Center, 1, "受理", false), new ShiftDemand(RosterShiftCodes.Evening, Center, 1, "受理", false)]
            : date.DayOfWeek == DayOfWeek.Saturday ? [new ShiftDemand(RosterShiftCodes.Saturday, Center, 1, "受理", true)] : []);
        var staff = new[] { alice, bob, carol, dave }.Select(s => replace.FirstOrDefault(r => r.Id == s.Id) ?? s).ToList();
        return new RosterProblem(days, [Post("P1", 1, "受理"), Post("P2", 1, "咨询")], staff, Rules(maxConsecutive: 6, maxShifts: 3));
    }

    private static PostAssignment On(DateOnly date, string post, RosterStaff who) => new(date, post, who.Id, Coverage.A);

    private static ShiftAssignment Shift(DateOnly date, string code, RosterStaff who) => new(date, code, Center, who.Id);

    private static IReadOnlyList<RuleViolation> Check(RosterProblem problem, PostAssignment[]? posts = null, ShiftAssignment[]? shifts = null) =>
        RosterChecker.Check(problem, posts ?? [], shifts ?? []);

    [Fact]
    public void A_roster_that_keeps_the_rules_passes()
    {
        var week = Enumerable.Range(0, 5).Select(i => Monday.AddDays(i)).ToList();
        var posts = week.SelectMany(d => new[] { On(d, "P1", alice), On(d, "P2", bob) }).ToArray();
        var shifts = new[] { Shift(Monday, RosterShiftCodes.Morning, carol), Shift(Monday, RosterShiftCodes.Evening, alice), Shift(Tuesday, RosterShiftCodes.Evening, carol), Shift(Saturday, RosterShiftCodes.Saturday, alice) };

        Assert.Empty(Check(Problem(), posts, shifts));
    }

    [Fact]
    public void Two_posts_on_one_day_are_flagged()
    {
        var violations = Check(Problem(), [On(Monday, "P1", carol), On(Monday, "P2", carol)]);

        var v = Assert.Single(violations);
        Assert.Equal((RosterRuleCodes.OnePostPerDay, carol.Id, Monday), (v.Rule, v.StaffId, v.Date));
        Assert.Contains("同时安排了 2 个岗位", v.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Work_on_a_leave_day_is_flagged()
    {
        var problem = Problem(alice.Away(Tuesday));

        var violations = Check(problem, [On(Tuesday, "P1", alice)], [Shift(Tuesday, RosterShiftCodes.Evening, alice)]);

        Assert.Equal(2, violations.Count(v => v.Rule == RosterRuleCodes.OnLeave && v.StaffId == alice.Id && v.Date == Tuesday));
        Assert.Contains(violations, v => v.Message.Contains("已请假", StringComparison.Ordinal));
    }

    [Fact]
    public void A_person_without_the_skill_is_flagged_on_posts_and_shifts()
    {
        var violations = Check(Problem(), [On(Monday, "P2", alice)], [Shift(Monday, RosterShiftCodes.Evening, bob)]);

        Assert.Contains(violations, v => v.Rule == RosterRuleCodes.MissingSkill && v.StaffId == alice.Id && v.Message.Contains("咨询", StringComparison.Ordinal));
        Assert.Contains(violations, v => v.Rule == RosterRuleCodes.MissingSkill && v.StaffId == bob.Id && v.Message.Contains("晚间延时", StringComparison.Ordinal));
        Assert.Equal(2, violations.Count);
    }

    [Fact]
    public void A_post_over_its_headcount_is_flagged()
    {
        var v = Assert.Single(Check(Problem(), [On(Monday, "P1", alice), On(Monday, "P1", carol)]));

        Assert.Equal((RosterRuleCodes.PostOverHeadcount, (Guid?)null, Monday), (v.Rule, v.StaffId, v.Date));
        Assert.Contains("编制 1 人，安排了 2 人", v.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Someone_of_another_center_is_flagged_unless_they_hold_the_post()
    {
        var violations = Check(Problem(), [On(Monday, "P1", dave)], [Shift(Monday, RosterShiftCodes.Evening, dave)]);
        Assert.Equal(2, violations.Count(v => v.Rule == RosterRuleCodes.OtherCenter && v.StaffId == dave.Id));

        var holder = dave with { BPost = "P1" };
        Assert.Empty(Check(Problem(holder), [On(Monday, "P1", holder)]));
    }

    [Fact]
    public void A_post_on_a_day_off_or_an_unknown_post_shift_or_person_is_flagged()
    {
        var stranger = Person("P1", null, "受理");

        var violations = Check(
            Problem(),
            [On(Saturday, "P1", alice), On(Monday, "P9", alice), On(Tuesday, "P1", stranger)],
            [Shift(Monday, RosterShiftCodes.Noon, carol)]);

        Assert.Contains(violations, v => v.Rule == RosterRuleCodes.NotAWorkday && v.Date == Saturday);
        Assert.Contains(violations, v => v.Rule == RosterRuleCodes.UnknownPost && v.Message.Contains("P9", StringComparison.Ordinal));
        Assert.Contains(violations, v => v.Rule == RosterRuleCodes.UnknownStaff && v.StaffId == stranger.Id);
        Assert.Contains(violations, v => v.Rule == RosterRuleCodes.UnknownShift && v.Message.Contains("午间延时", StringComparison.Ordinal));
        Assert.Equal(4, violations.Count);
    }

    [Fact]
    public void Too_many_days_in_a_row_are_flagged_counting_the_days_before_the_month()
    {
        var week = Enumerable.Range(0, 5).Select(i => On(Monday.AddDays(i), "P1", alice)).ToArray();
        var saturday = new[] { Shift(Saturday, RosterShiftCodes.Saturday, alice) };

        Assert.Empty(Check(Problem(), week, saturday));

        var tired = alice with { WorkedDaysBeforeMonth = 2 };
        var v = Assert.Single(Check(Problem(tired), week));
        Assert.Equal((RosterRuleCodes.MaxConsecutiveDays, alice.Id, Friday), (v.Rule, v.StaffId, v.Date));
        Assert.Contains("连续工作 7 天", v.Message, StringComparison.Ordinal);

        var strict = Problem() with { Rules = Rules(maxConsecutive: 5) };
        var w = Assert.Single(RosterChecker.Check(strict, week, saturday));
        Assert.Equal((RosterRuleCodes.MaxConsecutiveDays, Saturday), (w.Rule, w.Date));
    }

    [Fact]
    public void A_morning_shift_after_an_evening_shift_is_flagged()
    {
        var shifts = new[] { Shift(Monday, RosterShiftCodes.Evening, carol), Shift(Tuesday, RosterShiftCodes.Morning, carol) };

        var v = Assert.Single(Check(Problem(), shifts: shifts));

        Assert.Equal((RosterRuleCodes.MorningAfterEvening, carol.Id, Tuesday), (v.Rule, v.StaffId, v.Date));
        var relaxed = Problem() with { Rules = Problem().Rules with { NoMorningAfterEvening = false } };
        Assert.Empty(RosterChecker.Check(relaxed, [], shifts));
    }

    [Fact]
    public void More_extended_shifts_than_allowed_are_flagged()
    {
        var shifts = Enumerable.Range(0, 4).Select(i => Shift(Monday.AddDays(i), RosterShiftCodes.Evening, carol)).ToArray();

        var v = Assert.Single(Check(Problem(), shifts: shifts));

        Assert.Equal((RosterRuleCodes.MaxExtendedShifts, carol.Id, Monday.AddDays(3)), (v.Rule, v.StaffId, v.Date));
        Assert.Contains("超过每人上限 3 个", v.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_shifts_a_day_or_a_shift_over_its_places_are_flagged()
    {
        var violations = Check(Problem(), shifts:
        [
            Shift(Monday, RosterShiftCodes.Morning, carol),
            Shift(Monday, RosterShiftCodes.Evening, carol),
            Shift(Tuesday, RosterShiftCodes.Evening, carol),
            Shift(Tuesday, RosterShiftCodes.Evening, alice),
        ]);

        Assert.Contains(violations, v => v.Rule == RosterRuleCodes.OneShiftPerDay && v.StaffId == carol.Id && v.Date == Monday);
        Assert.Contains(violations, v => v.Rule == RosterRuleCodes.ShiftOverRequired && v.Date == Tuesday && v.StaffId is null);
        Assert.Equal(2, violations.Count);
    }

    [Fact]
    public void The_solvers_own_roster_passes_and_a_hand_edit_that_breaks_a_rule_does_not()
    {
        var problem = Month(seed: 3);
        var solution = RosterSolver.Solve(problem);
        Assert.Empty(RosterChecker.Check(problem, solution.Posts, solution.Shifts));

        // Put someone on leave onto a post that day.
        var away = problem.Staff.First(s => s.Away.Count > 0);
        var day = away.Away.Min();
        var post = problem.Posts.First(p => p.CenterCode == away.CenterCode && p.Skills.All(away.Skills.Contains));
        var edited = solution.Posts.Where(a => !(a.Date == day && a.PostCode == post.Code)).Append(new PostAssignment(day, post.Code, away.Id, Coverage.Substitute)).ToList();

        var v = Assert.Single(RosterChecker.Check(problem, edited, solution.Shifts));
        Assert.Equal((RosterRuleCodes.OnLeave, away.Id, day), (v.Rule, v.StaffId, v.Date));
    }
}
