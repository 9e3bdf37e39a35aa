using OneWindow.Workforce.Contracts;
using OneWindow.Workforce.Rostering;
using static OneWindow.Workforce.Tests.Domain.RosterFixtures;

namespace OneWindow.Workforce.Tests.Domain;

public sealed class RosterSolverTests
{
    [Fact]
    public void Every_post_is_worked_by_its_A_holder_when_nobody_is_away()
    {
        var a1 = Person("P1", null, "受理");
        var a2 = Person("P2", null, "受理");
        var a3 = Person("P2", null, "受理");
        var a4 = Person("P3", null, "咨询");
        var reserve = Person(null, "P1", "受理", "咨询");
        var problem = new RosterProblem(Days(Monday, 14), [Post("P1", 1, "受理"), Post("P2", 2, "受理"), Post("P3", 1, "咨询")], [a1, a2, a3, a4, reserve], Rules());

        var solution = RosterSolver.Solve(problem);

        Assert.Equal("optimal", solution.Status);
        Assert.Empty(solution.Shortfalls);
        Assert.Equal(0, solution.Objective);
        foreach (var day in problem.Days.Where(d => d.IsWorkday))
        {
            var today = solution.Posts.Where(a => a.Date == day.Date).ToList();
            Assert.Equal([a1.Id], today.Where(a => a.PostCode == "P1").Select(a => a.StaffId));
            Assert.Equal(new[] { a2.Id, a3.Id }.Order(), today.Where(a => a.PostCode == "P2").Select(a => a.StaffId).Order());
            Assert.Equal([a4.Id], today.Where(a => a.PostCode == "P3").Select(a => a.StaffId));
            Assert.All(today, a => Assert.Equal(Coverage.A, a.Coverage));
        }

        Assert.DoesNotContain(solution.Posts, a => a.StaffId == reserve.Id);
        Assert.DoesNotContain(solution.Posts, a => !problem.Days.Single(d => d.Date == a.Date).IsWorkday);
    }

    [Fact]
    public void An_away_A_holder_is_covered_by_the_B_holder()
    {
        var wednesday = Monday.AddDays(2);
        var thursday = Monday.AddDays(3);
        var alice = Person("P1", null, "受理").Away(wednesday, thursday);
        var bob = Person("P2", null, "受理");
        var carol = Person(null, "P1", "受理");
        var problem = new RosterProblem(Days(Monday, 7), [Post("P1", 1, "受理"), Post("P2", 1, "受理")], [alice, bob, carol], Rules());

        var solution = RosterSolver.Solve(problem);

        Assert.Equal("optimal", solution.Status);
        Assert.Empty(solution.Shortfalls);
        var p1 = solution.Posts.Where(a => a.PostCode == "P1").ToDictionary(a => a.Date);
        Assert.Equal(5, p1.Count);
        Assert.Equal((carol.Id, Coverage.B), (p1[wednesday].StaffId, p1[wednesday].Coverage));
        Assert.Equal((carol.Id, Coverage.B), (p1[thursday].StaffId, p1[thursday].Coverage));
        Assert.All(p1.Values.Where(a => a.Date != wednesday && a.Date != thursday), a => Assert.Equal((alice.Id, Coverage.A), (a.StaffId, a.Coverage)));
        Assert.DoesNotContain(solution.Posts, a => a.StaffId == alice.Id && (a.Date == wednesday || a.Date == thursday));
    }

    [Fact]
    public void Without_the_B_holder_a_colleague_substitutes()
    {
        var tuesday = Monday.AddDays(1);
        var alice = Person("P1", null, "受理").Away(tuesday);
        var bob = Person("P2", null, "受理");
        var dave = Person(null, null, "受理");
        var problem = new RosterProblem(Days(Monday, 5), [Post("P1", 1, "受理"), Post("P2", 1, "受理")], [alice, bob, dave], Rules());

        var solution = RosterSolver.Solve(problem);

        var cover = solution.Posts.Single(a => a.PostCode == "P1" && a.Date == tuesday);
        Assert.Equal((dave.Id, Coverage.Substitute), (cover.StaffId, cover.Coverage));
        Assert.Empty(solution.Shortfalls);
    }

    [Fact]
    public void With_too_few_people_the_shortfall_is_reported_not_thrown()
    {
        var people = Enumerable.Range(0, 3).Select(i => Person(i < 2 ? "P1" : "P2", null, "受理")).ToList();
        var outsider = Person(null, null, "导办");
        var problem = new RosterProblem(Days(Monday, 7), [Post("P1", 2, "受理"), Post("P2", 2, "受理")], [.. people, outsider], Rules());

        var solution = RosterSolver.Solve(problem);

        Assert.Equal("optimal", solution.Status);
        var workdays = problem.Days.Where(d => d.IsWorkday).Select(d => d.Date).ToList();
        Assert.Equal(workdays, solution.Shortfalls.Select(s => s.Date));
        Assert.All(solution.Shortfalls, s => Assert.Equal(("P2", 1, false), (s.Code, s.Missing, s.IsShift)));
        Assert.Equal(3 * workdays.Count, solution.Posts.Count);
        Assert.DoesNotContain(solution.Posts, a => a.StaffId == outsider.Id);
    }

    [Fact]
    public void Nobody_works_more_days_in_a_row_than_allowed_counting_the_days_before_the_month()
    {
        // Saturday and Sunday 03-07/08 are adjusted working days (调休上班): twelve working days in a row.
        var days = Days(Monday, 14).Select(d => d.Date == Monday.AddDays(5) || d.Date == Monday.AddDays(6) ? d with { IsWorkday = true } : d).ToList();
        var alice = Person("P1", null, "受理") with { WorkedDaysBeforeMonth = 4 };
        var bob = Person(null, "P1", "受理");
        var carol = Person(null, null, "受理");
        var problem = new RosterProblem(days, [Post("P1", 1, "受理")], [alice, bob, carol], Rules(maxConsecutive: 6));

        var solution = RosterSolver.Solve(problem);

        Assert.Empty(solution.Shortfalls);
        Assert.All(problem.Staff, p => Assert.True(LongestRun(problem, solution, p) <= 6, $"a run of {LongestRun(problem, solution, p)} days"));
        Assert.True(WorkedDays(solution, alice.Id).Count(d => d <= Monday.AddDays(2)) <= 2, "alice had worked 4 days before the month");
        Assert.Empty(RosterChecker.Check(problem, solution.Posts, solution.Shifts));
    }

    [Fact]
    public void Nobody_works_a_morning_shift_the_day_after_an_evening_shift()
    {
        var days = Days(Monday, 5, (_, workday) => workday
            ? [new ShiftDemand(RosterShiftCodes.Morning, Center, 1, "受理", false), new ShiftDemand(RosterShiftCodes.Evening, Center, 1, "受理", false)]
            : []);
        var people = new[] { Person(null, null, "受理"), Person(null, null, "受理") };
        var problem = new RosterProblem(days, [], people, Rules(maxShifts: 10));

        var solution = RosterSolver.Solve(problem);

        Assert.Empty(solution.Shortfalls);
        Assert.Equal(10, solution.Shifts.Count);
        var evenings = solution.Shifts.Where(s => s.ShiftCode == RosterShiftCodes.Evening).ToDictionary(s => s.Date, s => s.StaffId);
        foreach (var morning in solution.Shifts.Where(s => s.ShiftCode == RosterShiftCodes.Morning))
        {
            Assert.False(evenings.TryGetValue(morning.Date.AddDays(-1), out var before) && before == morning.StaffId, $"morning of {morning.Date} after the evening before");
        }

        Assert.Empty(RosterChecker.Check(problem, solution.Posts, solution.Shifts));
    }

    [Fact]
    public void Extended_shifts_rotate_fairly()
    {
        // 15 evening shifts over three weeks among 7 people who may work them: two or three each.
        var days = Days(Monday, 19, (_, workday) => workday ? [new ShiftDemand(RosterShiftCodes.Evening, Center, 1, "受理", false)] : []);
        var eligible = Enumerable.Range(0, 7).Select(_ => Person(null, null, "受理")).ToList();
        var other = Person(null, null, "导办");
        var problem = new RosterProblem(days, [], [.. eligible, other], Rules());

        var solution = RosterSolver.Solve(problem);

        Assert.Empty(solution.Shortfalls);
        var counts = eligible.Select(p => solution.Shifts.Count(s => s.StaffId == p.Id)).ToList();
        Assert.Equal(15, counts.Sum());
        Assert.True(counts.Max() - counts.Min() <= 1, string.Join(",", counts));
        Assert.DoesNotContain(solution.Shifts, s => s.StaffId == other.Id);
    }

    [Fact]
    public void Shifts_per_person_stay_under_the_limit_and_the_rest_is_a_shortfall()
    {
        var days = Days(Monday, 5, (_, workday) => workday ? [new ShiftDemand(RosterShiftCodes.Noon, Center, 2, null, false)] : []);
        var people = new[] { Person(null, null, "受理"), Person(null, null, "咨询") };
        var problem = new RosterProblem(days, [], people, Rules(maxShifts: 3));

        var solution = RosterSolver.Solve(problem);

        Assert.All(people, p => Assert.Equal(3, solution.Shifts.Count(s => s.StaffId == p.Id)));
        Assert.Equal(4, solution.Shortfalls.Sum(s => s.Missing));
        Assert.All(solution.Shortfalls, s => Assert.Equal((RosterShiftCodes.Noon, Center, true), (s.Code, s.CenterCode, s.IsShift)));
    }

    [Fact]
    public void Comp_days_owed_are_given_on_working_days_while_the_post_stays_covered()
    {
        var saturday = Monday.AddDays(5);
        var days = Days(Monday, 14, (date, _) => date == saturday ? [new ShiftDemand(RosterShiftCodes.Saturday, Center, 1, "受理", true)] : []);
        var alice = Person("P1", null, "受理") with { CompDaysOwed = 2 };
        var bob = Person(null, "P1", "受理");
        var carol = Person("P2", null, "咨询");
        var problem = new RosterProblem(days, [Post("P1", 1, "受理"), Post("P2", 1, "咨询")], [alice, bob, carol], Rules());

        var solution = RosterSolver.Solve(problem);

        Assert.Empty(solution.Shortfalls);
        // Bob, who holds no post of his own, takes the Saturday: his comp day costs nothing.
        Assert.Equal(bob.Id, solution.Shifts.Single(s => s.Date == saturday).StaffId);
        Assert.Single(solution.CompDays, c => c.StaffId == bob.Id);
        var aliceOff = solution.CompDays.Where(c => c.StaffId == alice.Id).Select(c => c.Date).ToList();
        Assert.Equal(2, aliceOff.Count);
        foreach (var comp in solution.CompDays)
        {
            Assert.True(problem.Days.Single(d => d.Date == comp.Date).IsWorkday);
            Assert.DoesNotContain(comp.Date, WorkedDays(solution, comp.StaffId));
        }

        foreach (var date in aliceOff)
        {
            var cover = solution.Posts.Single(a => a.PostCode == "P1" && a.Date == date);
            Assert.Equal((bob.Id, Coverage.B), (cover.StaffId, cover.Coverage));
        }
    }

    [Fact]
    public void A_month_with_leave_and_shifts_keeps_every_rule()
    {
        var problem = Month(seed: 7);

        var solution = RosterSolver.Solve(problem);

        Assert.NotEqual("infeasible", solution.Status);
        Assert.Empty(RosterChecker.Check(problem, solution.Posts, solution.Shifts));
        Assert.True(solution.BestBound <= solution.Objective + 1e-6);
        var staff = problem.Staff.ToDictionary(s => s.Id);
        Assert.All(solution.Posts, a => Assert.Equal(
            staff[a.StaffId].APost == a.PostCode ? Coverage.A : staff[a.StaffId].BPost == a.PostCode ? Coverage.B : Coverage.Substitute,
            a.Coverage));

        // Every place of every working day is either worked or reported short.
        foreach (var day in problem.Days.Where(d => d.IsWorkday))
        {
            foreach (var post in problem.Posts)
            {
                var worked = solution.Posts.Count(a => a.Date == day.Date && a.PostCode == post.Code);
                var missing = solution.Shortfalls.Where(s => !s.IsShift && s.Date == day.Date && s.Code == post.Code).Sum(s => s.Missing);
                Assert.Equal(post.Headcount, worked + missing);
            }
        }
    }

    [Fact]
    public void Out_of_time_the_roster_still_keeps_every_rule()
    {
        var problem = Month(seed: 11);
        problem = problem with { Rules = problem.Rules with { TimeLimit = TimeSpan.FromMilliseconds(1) } };

        var solution = RosterSolver.Solve(problem);

        Assert.Contains(solution.Status, new[] { "feasible", "optimal" });
        Assert.NotEmpty(solution.Posts);
        Assert.Empty(RosterChecker.Check(problem, solution.Posts, solution.Shifts));
    }
}
