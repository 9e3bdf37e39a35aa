using System.Diagnostics;

namespace OneWindow.Workforce.Rostering;

/// <summary>
/// Builds a month's roster with CP-SAT (Google OR-Tools). Decisions: who works which post on each working day and who
/// works each extended-hours shift. Hard rules: one post and one extended shift a day per person; nobody on approved
/// leave; no more than <see cref="RosterRules.MaxConsecutiveWorkDays"/> working days in a row (a day with a post or a
/// shift is a working day; days worked just before the month count); no 早间 shift after a 晚间 shift
/// (<see cref="RosterShiftCodes"/>); at most <see cref="RosterRules.MaxExtendedShiftsPerPerson"/> shifts; posts and
/// shifts only for people with the skills, of the center (a post's own A and B holders excepted). Soft, by
/// <see cref="RosterWeights"/>: vacancies (reported as <see cref="Shortfall"/>s rather than failing), substitutes and
/// B covers, shifts outside each person's fair share, comp days owed and not given.
/// Centers that share no people are solved one after another, smallest first, within one time budget.
/// </summary>
internal static class RosterSolver
{
    public static RosterSolution Solve(RosterProblem problem) => Solve(problem, progress: null);

    /// <summary>
    /// As <see cref="Solve(RosterProblem)"/>, telling <paramref name="progress"/> about every better roster or bound
    /// once each group has a roster (for measuring; the figures are for the whole problem).
    /// </summary>
    internal static RosterSolution Solve(RosterProblem problem, Action<RosterProgress>? progress)
    {
        ArgumentNullException.ThrowIfNull(problem);
        var clock = Stopwatch.StartNew();
        var limit = problem.Rules.TimeLimit ?? TimeSpan.FromSeconds(60);
        var gap = Math.Clamp(problem.Rules.RelativeGap, 0, 1);
        var workers = Math.Max(Environment.ProcessorCount, 1);

        var groups = RosterGroup.Split(problem).OrderBy(g => g.Size).ToList();
        var models = groups.Select(RosterCpModel.Build).ToList();
        var results = new List<GroupResult>();
        var remainingSize = groups.Sum(g => Math.Max(g.Size, 1));
        for (var i = 0; i < models.Count; i++)
        {
            // Time by size, but never less than an even share: a small center usually needs a fraction of a second,
            // and what it leaves goes to the next.
            var size = Math.Max(groups[i].Size, 1);
            var left = limit - clock.Elapsed;
            var share = left * Math.Max((double)size / remainingSize, 1.0 / (models.Count - i + 1));
            remainingSize -= size;
            var doneObjective = results.Sum(r => r.Objective);
            var doneBound = results.Sum(r => r.BestBound);
            var last = i == models.Count - 1;
            Action<double, double>? report = progress is null || !last
                ? null
                : (o, b) => progress(new RosterProgress(clock.Elapsed, doneObjective + o, doneBound + b));
            results.Add(models[i].Solve(share, gap, workers, report));
        }

        var status = results.Any(r => r.Status == "infeasible") ? "infeasible"
            : results.All(r => r.Status == "optimal") ? "optimal"
            : "feasible";
        return new RosterSolution(
            status,
            results.SelectMany(r => r.Posts).OrderBy(a => a.Date).ThenBy(a => a.PostCode, StringComparer.Ordinal).ToList(),
            results.SelectMany(r => r.Shifts).OrderBy(a => a.Date).ThenBy(a => a.CenterCode, StringComparer.Ordinal).ThenBy(a => a.ShiftCode, StringComparer.Ordinal).ToList(),
            results.SelectMany(r => r.CompDays).OrderBy(a => a.Date).ToList(),
            results.SelectMany(r => r.Shortfalls).OrderBy(a => a.Date).ThenBy(a => a.Code, StringComparer.Ordinal).ToList(),
            results.Sum(r => r.Objective),
            results.Sum(r => r.BestBound),
            clock.Elapsed);
    }
}
