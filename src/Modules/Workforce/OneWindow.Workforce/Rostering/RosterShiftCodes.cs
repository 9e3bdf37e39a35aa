namespace OneWindow.Workforce.Rostering;

/// <summary>
/// The extended-hours shift codes a <see cref="ShiftDemand"/> uses (工作日早中晚和周六延时服务). The rest rule
/// <see cref="RosterRules.NoMorningAfterEvening"/> reads <see cref="Evening"/> and <see cref="Morning"/>; any other
/// code is accepted and only counts towards the per-person limit and fair rotation.
/// </summary>
internal static class RosterShiftCodes
{
    /// <summary>早间延时: before the hall opens on a working day.</summary>
    public const string Morning = "morning";

    /// <summary>午间延时: over the lunch break on a working day.</summary>
    public const string Noon = "noon";

    /// <summary>晚间延时: after the hall closes on a working day.</summary>
    public const string Evening = "evening";

    /// <summary>周六延时: Saturday service; usually owes a comp day (调休) on a working day.</summary>
    public const string Saturday = "saturday";

    /// <summary>The name people read, e.g. in violations.</summary>
    public static string Label(string code) => code switch
    {
        Morning => "早间延时",
        Noon => "午间延时",
        Evening => "晚间延时",
        Saturday => "周六延时",
        _ => code,
    };
}

/// <summary>The stable codes of <see cref="RuleViolation.Rule"/>.</summary>
internal static class RosterRuleCodes
{
    public const string UnknownStaff = "unknown-staff";
    public const string UnknownPost = "unknown-post";
    public const string UnknownShift = "unknown-shift";
    public const string NotAWorkday = "not-a-workday";
    public const string OnLeave = "on-leave";
    public const string MissingSkill = "missing-skill";
    public const string OtherCenter = "other-center";
    public const string OnePostPerDay = "one-post-per-day";
    public const string OneShiftPerDay = "one-shift-per-day";
    public const string PostOverHeadcount = "post-over-headcount";
    public const string ShiftOverRequired = "shift-over-required";
    public const string MaxConsecutiveDays = "max-consecutive-days";
    public const string MorningAfterEvening = "morning-after-evening";
    public const string MaxExtendedShifts = "max-extended-shifts";
}

/// <summary>Who may work what: shared by the solver, its greedy start and the checker, so they never disagree.</summary>
internal static class RosterEligibility
{
    /// <summary>
    /// A person may work a post when they have every skill it needs and belong to its center; the post's own A and B
    /// holders may work it from another center.
    /// </summary>
    public static bool CanWorkPost(RosterStaff staff, RosterPost post) =>
        HasSkills(staff, post.Skills)
        && (string.Equals(staff.CenterCode, post.CenterCode, StringComparison.Ordinal) || IsHolder(staff, post));

    /// <summary>A person may work an extended shift of their own center when they have its skill (if any).</summary>
    public static bool CanWorkShift(RosterStaff staff, ShiftDemand demand) =>
        string.Equals(staff.CenterCode, demand.CenterCode, StringComparison.Ordinal)
        && (demand.Skill is null || staff.Skills.Contains(demand.Skill, StringComparer.Ordinal));

    public static bool HasSkills(RosterStaff staff, IReadOnlyList<string> skills) =>
        skills.All(k => staff.Skills.Contains(k, StringComparer.Ordinal));

    public static bool IsHolder(RosterStaff staff, RosterPost post) =>
        string.Equals(staff.APost, post.Code, StringComparison.Ordinal) || string.Equals(staff.BPost, post.Code, StringComparison.Ordinal);

    /// <summary>A when the person holds the post as A, B when as B, otherwise a substitute.</summary>
    public static Contracts.Coverage CoverageOf(RosterStaff staff, string postCode) =>
        string.Equals(staff.APost, postCode, StringComparison.Ordinal) ? Contracts.Coverage.A
        : string.Equals(staff.BPost, postCode, StringComparison.Ordinal) ? Contracts.Coverage.B
        : Contracts.Coverage.Substitute;

    /// <summary>Consecutive days a person has already worked when the month starts, as far as the rule can count them.</summary>
    public static int CarriedRun(RosterStaff staff, RosterRules rules) =>
        Math.Clamp(staff.WorkedDaysBeforeMonth, 0, Math.Max(rules.MaxConsecutiveWorkDays, 0));
}
