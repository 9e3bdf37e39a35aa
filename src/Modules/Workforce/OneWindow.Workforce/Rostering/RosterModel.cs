namespace OneWindow.Workforce.Rostering;

/// <summary>
/// A month's rostering problem, free of the database: the days with their extended-hours shifts, the posts to cover
/// on every working day, the staff with their skills, AB posts, leave and comp time owed, and the rules.
/// </summary>
internal sealed record RosterProblem(
    IReadOnlyList<RosterDay> Days,
    IReadOnlyList<RosterPost> Posts,
    IReadOnlyList<RosterStaff> Staff,
    RosterRules Rules);

/// <summary>A calendar day: a working day (调休 included) needs every post covered; extended shifts may fall on any day.</summary>
internal sealed record RosterDay(DateOnly Date, bool IsWorkday, IReadOnlyList<ShiftDemand> Shifts);

/// <summary>An extended-hours shift (早间/午间/晚间延时, 周六) at a center needing this many people with a skill.</summary>
internal sealed record ShiftDemand(string ShiftCode, string CenterCode, int Required, string? Skill, bool OwesCompDay);

/// <summary>A post to cover on every working day: <see cref="Headcount"/> people with all <see cref="Skills"/>.</summary>
internal sealed record RosterPost(string Code, string CenterCode, int Headcount, IReadOnlyList<string> Skills);

/// <summary>
/// A person: their skills, the post they hold as A (and the one they back up as B), the days they are away (approved
/// leave), comp days owed at the start of the month, and days they were fixed on by hand (manual edits).
/// </summary>
internal sealed record RosterStaff(
    Guid Id,
    string CenterCode,
    IReadOnlyList<string> Skills,
    string? APost,
    string? BPost,
    IReadOnlySet<DateOnly> Away,
    int CompDaysOwed,
    int WorkedDaysBeforeMonth);

/// <summary>The rules every roster (generated or edited by hand) must keep.</summary>
internal sealed record RosterRules(
    int MaxConsecutiveWorkDays = 6,
    bool NoMorningAfterEvening = true,
    int MaxExtendedShiftsPerPerson = 8,
    TimeSpan? TimeLimit = null,
    double RelativeGap = 0.02);

/// <summary>Who works which post on a day; <see cref="Coverage"/> says whether as A, B or substitute.</summary>
internal sealed record PostAssignment(DateOnly Date, string PostCode, Guid StaffId, Contracts.Coverage Coverage);

/// <summary>Who works an extended shift.</summary>
internal sealed record ShiftAssignment(DateOnly Date, string ShiftCode, string CenterCode, Guid StaffId);

/// <summary>A day a person takes off against comp time owed (调休).</summary>
internal sealed record CompDay(DateOnly Date, Guid StaffId);

/// <summary>
/// A post (or shift) left short on a day, and by how many people. <see cref="Code"/> is the post code, or the shift
/// code (<see cref="RosterShiftCodes"/>) when <see cref="IsShift"/>; shift codes repeat across centers, hence
/// <see cref="CenterCode"/>.
/// </summary>
internal sealed record Shortfall(DateOnly Date, string Code, int Missing, string? CenterCode = null, bool IsShift = false);

/// <summary>The solver's answer: assignments, what stayed uncovered, and how good the answer is.</summary>
internal sealed record RosterSolution(
    string Status,
    IReadOnlyList<PostAssignment> Posts,
    IReadOnlyList<ShiftAssignment> Shifts,
    IReadOnlyList<CompDay> CompDays,
    IReadOnlyList<Shortfall> Shortfalls,
    double Objective,
    double BestBound,
    TimeSpan Elapsed);

/// <summary>A broken rule in a roster, for people: which day, who, what.</summary>
internal sealed record RuleViolation(DateOnly Date, Guid? StaffId, string Rule, string Message);
