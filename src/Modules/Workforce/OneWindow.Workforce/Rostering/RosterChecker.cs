using System.Globalization;

namespace OneWindow.Workforce.Rostering;

/// <summary>
/// Checks a roster (generated, or edited by hand) against the hard rules of its <see cref="RosterProblem"/>: the
/// same rules the solver keeps, plus what only a hand edit can break (a post over its headcount, a person without the
/// skill, someone on leave, a day or shift that does not exist). Coverage is not checked: a post left short is a
/// vacancy, not a broken rule. Every violation is reported, in Chinese, with a stable <see cref="RuleViolation.Rule"/>
/// code (<see cref="RosterRuleCodes"/>).
/// </summary>
internal static class RosterChecker
{
    public static IReadOnlyList<RuleViolation> Check(RosterProblem problem, IReadOnlyList<PostAssignment> posts, IReadOnlyList<ShiftAssignment> shifts)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(posts);
        ArgumentNullException.ThrowIfNull(shifts);

        var rules = problem.Rules;
        var violations = new List<RuleViolation>();
        var staff = new Dictionary<Guid, RosterStaff>();
        foreach (var s in problem.Staff)
        {
            staff.TryAdd(s.Id, s);
        }

        var postByCode = new Dictionary<string, RosterPost>(StringComparer.Ordinal);
        foreach (var p in problem.Posts)
        {
            postByCode.TryAdd(p.Code, p);
        }

        var days = new Dictionary<DateOnly, RosterDay>();
        foreach (var d in problem.Days)
        {
            days.TryAdd(d.Date, d);
        }

        void Add(DateOnly date, Guid? who, string rule, string message) => violations.Add(new RuleViolation(date, who, rule, message));

        // Posts, one assignment at a time.
        foreach (var a in posts)
        {
            if (!staff.TryGetValue(a.StaffId, out var person))
            {
                Add(a.Date, a.StaffId, RosterRuleCodes.UnknownStaff, $"{D(a.Date)} 岗位 {a.PostCode} 安排的人员不在本月在岗人员中");
                continue;
            }

            if (!postByCode.TryGetValue(a.PostCode, out var post))
            {
                Add(a.Date, a.StaffId, RosterRuleCodes.UnknownPost, $"{D(a.Date)} 岗位 {a.PostCode} 不存在");
                continue;
            }

            if (!days.TryGetValue(a.Date, out var day) || !day.IsWorkday)
            {
                Add(a.Date, a.StaffId, RosterRuleCodes.NotAWorkday, $"{D(a.Date)} 不是工作日，岗位 {a.PostCode} 当天不排班");
            }

            if (person.Away.Contains(a.Date))
            {
                Add(a.Date, a.StaffId, RosterRuleCodes.OnLeave, $"{D(a.Date)} 已请假，不能安排在岗位 {a.PostCode}");
            }

            var missing = post.Skills.Where(k => !person.Skills.Contains(k, StringComparer.Ordinal)).ToList();
            if (missing.Count > 0)
            {
                Add(a.Date, a.StaffId, RosterRuleCodes.MissingSkill, $"{D(a.Date)} 不具备岗位 {a.PostCode} 所需技能：{string.Join("、", missing)}");
            }

            if (!string.Equals(person.CenterCode, post.CenterCode, StringComparison.Ordinal) && !RosterEligibility.IsHolder(person, post))
            {
                Add(a.Date, a.StaffId, RosterRuleCodes.OtherCenter, $"{D(a.Date)} 不属于岗位 {a.PostCode} 所在中心（{post.CenterCode}），也不是该岗位的 A/B 岗");
            }
        }

        foreach (var g in posts.GroupBy(a => (a.StaffId, a.Date)).Where(g => g.Count() > 1))
        {
            Add(g.Key.Date, g.Key.StaffId, RosterRuleCodes.OnePostPerDay,
                $"{D(g.Key.Date)} 同时安排了 {g.Count()} 个岗位：{string.Join("、", g.Select(a => a.PostCode))}");
        }

        foreach (var g in posts.GroupBy(a => (a.PostCode, a.Date)))
        {
            if (postByCode.TryGetValue(g.Key.PostCode, out var post) && g.Select(a => a.StaffId).Distinct().Count() is var n && n > post.Headcount)
            {
                Add(g.Key.Date, null, RosterRuleCodes.PostOverHeadcount, $"{D(g.Key.Date)} 岗位 {post.Code} 编制 {post.Headcount} 人，安排了 {n} 人");
            }
        }

        // Extended shifts.
        var demands = problem.Days
            .SelectMany(d => d.Shifts.Select(s => (d.Date, Demand: s)))
            .ToLookup(e => (e.Date, e.Demand.CenterCode, e.Demand.ShiftCode), e => e.Demand);
        foreach (var a in shifts)
        {
            var label = RosterShiftCodes.Label(a.ShiftCode);
            if (!staff.TryGetValue(a.StaffId, out var person))
            {
                Add(a.Date, a.StaffId, RosterRuleCodes.UnknownStaff, $"{D(a.Date)} {label}安排的人员不在本月在岗人员中");
                continue;
            }

            var options = demands[(a.Date, a.CenterCode, a.ShiftCode)].ToList();
            if (options.Count == 0)
            {
                Add(a.Date, a.StaffId, RosterRuleCodes.UnknownShift, $"{D(a.Date)} {a.CenterCode} 没有{label}");
                continue;
            }

            if (person.Away.Contains(a.Date))
            {
                Add(a.Date, a.StaffId, RosterRuleCodes.OnLeave, $"{D(a.Date)} 已请假，不能安排{label}");
            }

            if (!string.Equals(person.CenterCode, a.CenterCode, StringComparison.Ordinal))
            {
                Add(a.Date, a.StaffId, RosterRuleCodes.OtherCenter, $"{D(a.Date)} 不属于 {a.CenterCode}，不能承担其{label}");
            }
            else if (!options.Any(o => RosterEligibility.CanWorkShift(person, o)))
            {
                Add(a.Date, a.StaffId, RosterRuleCodes.MissingSkill,
                    $"{D(a.Date)} 不具备{label}所需技能：{string.Join("、", options.Select(o => o.Skill).OfType<string>().Distinct(StringComparer.Ordinal))}");
            }
        }

        foreach (var g in shifts.GroupBy(a => (a.StaffId, a.Date)).Where(g => g.Count() > 1))
        {
            Add(g.Key.Date, g.Key.StaffId, RosterRuleCodes.OneShiftPerDay,
                $"{D(g.Key.Date)} 同时安排了 {g.Count()} 个延时班：{string.Join("、", g.Select(a => RosterShiftCodes.Label(a.ShiftCode)))}");
        }

        foreach (var g in shifts.GroupBy(a => (a.Date, a.CenterCode, a.ShiftCode)))
        {
            var required = demands[g.Key].Sum(d => d.Required);
            var n = g.Select(a => a.StaffId).Distinct().Count();
            if (demands[g.Key].Any() && n > required)
            {
                Add(g.Key.Date, null, RosterRuleCodes.ShiftOverRequired,
                    $"{D(g.Key.Date)} {g.Key.CenterCode} {RosterShiftCodes.Label(g.Key.ShiftCode)}需要 {required} 人，安排了 {n} 人");
            }
        }

        foreach (var g in shifts.Where(a => staff.ContainsKey(a.StaffId)).GroupBy(a => a.StaffId))
        {
            var ordered = g.OrderBy(a => a.Date).ToList();
            if (ordered.Count > rules.MaxExtendedShiftsPerPerson)
            {
                var over = ordered[Math.Max(rules.MaxExtendedShiftsPerPerson, 0)];
                Add(over.Date, g.Key, RosterRuleCodes.MaxExtendedShifts,
                    $"本月安排了 {ordered.Count} 个延时班，超过每人上限 {rules.MaxExtendedShiftsPerPerson} 个");
            }

            if (rules.NoMorningAfterEvening)
            {
                var evenings = ordered.Where(a => a.ShiftCode == RosterShiftCodes.Evening).Select(a => a.Date).ToHashSet();
                foreach (var morning in ordered.Where(a => a.ShiftCode == RosterShiftCodes.Morning && evenings.Contains(a.Date.AddDays(-1))))
                {
                    Add(morning.Date, g.Key, RosterRuleCodes.MorningAfterEvening,
                        $"{D(morning.Date.AddDays(-1))} 上了晚间延时班，次日 {D(morning.Date)} 不能再上早间延时班");
                }
            }
        }

        // Runs of working days (a post or an extended shift), counting the days worked just before the month.
        if (problem.Days.Count > 0)
        {
            var first = problem.Days.Min(d => d.Date);
            var last = problem.Days.Max(d => d.Date);
            var max = Math.Max(rules.MaxConsecutiveWorkDays, 0);
            var worked = posts.Select(a => (a.StaffId, a.Date)).Concat(shifts.Select(a => (a.StaffId, a.Date))).ToHashSet();
            foreach (var person in problem.Staff)
            {
                var carried = RosterEligibility.CarriedRun(person, rules);
                var run = carried;
                for (var date = first; date <= last; date = date.AddDays(1))
                {
                    if (!worked.Contains((person.Id, date)))
                    {
                        run = 0;
                        carried = 0;
                        continue;
                    }

                    run++;
                    if (run == max + 1)
                    {
                        var before = carried > 0 ? $"（含此前连续工作的 {carried} 天）" : string.Empty;
                        Add(date, person.Id, RosterRuleCodes.MaxConsecutiveDays, $"截至 {D(date)} 已连续工作 {run} 天{before}，超过上限 {max} 天");
                    }
                }
            }
        }

        return violations.OrderBy(v => v.Date).ThenBy(v => v.Rule, StringComparer.Ordinal).ToList();
    }

    private static string D(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
