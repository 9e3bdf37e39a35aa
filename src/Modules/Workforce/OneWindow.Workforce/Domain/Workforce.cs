namespace OneWindow.Workforce.Domain;

/// <summary>A post (岗位) of a center: the kind of work, how many people it needs on every working day, and the skills.</summary>
internal sealed class Post
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public required string Code { get; set; }

    public required string Name { get; set; }

    /// <summary>项目管理, 综合窗口, 综合咨询, 帮办引导, 一号咨询, 材料流转, 出件 …</summary>
    public required string Type { get; set; }

    public required string CenterCode { get; set; }

    public int Headcount { get; set; } = 1;

    public List<string> Skills { get; set; } = [];

    public DateTimeOffset CreatedAt { get; set; }
}

/// <summary>A contract employee (驻场服务人员). The ID number and phone are stored SM4-encrypted; lists show them masked.</summary>
internal sealed class Staff
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    /// <summary>工号, the code clock devices print.</summary>
    public required string Code { get; set; }

    public required string DisplayName { get; set; }

    public required string CenterCode { get; set; }

    public required string IdNumberEncrypted { get; set; }

    /// <summary>Blind index of the ID number: one person is one employee.</summary>
    public required string IdNumberIndex { get; set; }

    /// <summary>1101**********1234, kept beside the ciphertext so lists need no decryption.</summary>
    public required string IdNumberMasked { get; set; }

    public required string PhoneEncrypted { get; set; }

    public required string PhoneMasked { get; set; }

    public DateOnly HiredOn { get; set; }

    public DateOnly? LeftOn { get; set; }

    public List<string> Skills { get; set; } = [];

    public List<string> Certificates { get; set; } = [];

    /// <summary>保密协议 signed on (合同第九条); null while not signed.</summary>
    public DateOnly? ConfidentialitySignedOn { get; set; }

    public string? UniformSize { get; set; }

    /// <summary>The sign-in account of this person, for "my roster" and clocking in.</summary>
    public string? UserName { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public int Revision { get; set; }

    /// <summary>Employed on a date: hired on or before it and not left before it (the exit date is the last day worked).</summary>
    public bool EmployedOn(DateOnly date) => HiredOn <= date && (LeftOn is null || LeftOn >= date);
}

/// <summary>A or B holder of a post (AB岗): A works it; when A is away, B covers.</summary>
internal enum HolderRole
{
    A,
    B,
}

/// <summary>One person as A or B of a post. A person is A of at most one post and B of at most one post.</summary>
internal sealed class PostHolder
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid PostId { get; set; }

    public Guid StaffId { get; set; }

    public HolderRole Role { get; set; }

    public DateTimeOffset AssignedAt { get; set; }
}

internal enum LeaveType
{
    /// <summary>事假</summary>
    Personal,

    /// <summary>病假</summary>
    Sick,

    /// <summary>年假</summary>
    Annual,

    /// <summary>婚假</summary>
    Marriage,

    /// <summary>产假</summary>
    Maternity,

    /// <summary>调休: spends comp time earned by extended and Saturday shifts.</summary>
    CompTime,
}

internal enum LeaveStatus
{
    Requested,
    Approved,
    Rejected,

    /// <summary>销假: back at work, on <see cref="Leave.ReturnedOn"/>.</summary>
    Returned,
}

/// <summary>
/// A leave request (请假). Half days: <see cref="StartsAfternoon"/> leaves the morning of the first day worked,
/// <see cref="EndsMorning"/> the afternoon of the last day.
/// </summary>
internal sealed class Leave
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid StaffId { get; set; }

    public LeaveType Type { get; set; }

    public DateOnly From { get; set; }

    public DateOnly To { get; set; }

    public bool StartsAfternoon { get; set; }

    public bool EndsMorning { get; set; }

    public required string Reason { get; set; }

    public LeaveStatus Status { get; set; }

    public DateTimeOffset RequestedAt { get; set; }

    public required string RequestedBy { get; set; }

    public DateTimeOffset? DecidedAt { get; set; }

    public string? DecidedBy { get; set; }

    public string? DecisionNote { get; set; }

    /// <summary>销假: the first day back at work (on or before the day after <see cref="To"/>).</summary>
    public DateOnly? ReturnedOn { get; set; }

    public int Revision { get; set; }

    /// <summary>Counts for coverage and comp time: approved, or returned (up to the day before the return).</summary>
    public bool Counts => Status is LeaveStatus.Approved or LeaveStatus.Returned;

    /// <summary>The last day actually away.</summary>
    public DateOnly LastDay => Status == LeaveStatus.Returned && ReturnedOn is { } back ? (back.AddDays(-1) < To ? back.AddDays(-1) : To) : To;

    /// <summary>Half-day units [start, end): two per day, the morning first.</summary>
    public (int Start, int End) Units => UnitsOf(From, Status == LeaveStatus.Returned ? LastDay : To, StartsAfternoon, Status == LeaveStatus.Returned && LastDay < To ? false : EndsMorning);

    public static (int Start, int End) UnitsOf(DateOnly from, DateOnly to, bool startsAfternoon, bool endsMorning) =>
        (from.DayNumber * 2 + (startsAfternoon ? 1 : 0), to.DayNumber * 2 + (endsMorning ? 1 : 2));

    /// <summary>How much of a date this leave takes: 0, 0.5 or 1.</summary>
    public decimal DayShare(DateOnly date)
    {
        var (start, end) = Units;
        var a = Math.Max(start, date.DayNumber * 2);
        var b = Math.Min(end, date.DayNumber * 2 + 2);
        return b > a ? (b - a) / 2m : 0m;
    }

    /// <summary>Away for the whole date (a half day off still counts as present for the post).</summary>
    public bool AwayAllDay(DateOnly date) => Counts && DayShare(date) == 1m;
}

/// <summary>Clock-in and clock-out of one person on one day (web or the clock device's XLSX).</summary>
internal sealed class Punch
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid StaffId { get; set; }

    public DateOnly Date { get; set; }

    public TimeOnly? ClockIn { get; set; }

    public TimeOnly? ClockOut { get; set; }

    /// <summary>web | import</summary>
    public required string Source { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public required string UpdatedBy { get; set; }
}

/// <summary>A duty (值班) record: who was on duty when, and what kind of duty.</summary>
internal sealed class Duty
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid StaffId { get; set; }

    public DateOnly Date { get; set; }

    public TimeOnly Start { get; set; }

    public TimeOnly End { get; set; }

    /// <summary>节假日值班, 夜间值守, 应急值班 …</summary>
    public required string Kind { get; set; }

    public string? Note { get; set; }

    public DateTimeOffset RecordedAt { get; set; }

    public required string RecordedBy { get; set; }
}

internal enum RosterStatus
{
    Draft,
    Published,

    /// <summary>Replaced by a later published version of the same center and month.</summary>
    Superseded,
}

/// <summary>A month's roster (排班) of a center subtree, possibly only a part of the month, as a draft or published.</summary>
internal sealed class Roster
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public required string CenterCode { get; set; }

    public int Year { get; set; }

    public int Month { get; set; }

    public DateOnly From { get; set; }

    public DateOnly To { get; set; }

    /// <summary>1, 2, … per center and month.</summary>
    public int Version { get; set; }

    public RosterStatus Status { get; set; }

    public required string SolverStatus { get; set; }

    public double Objective { get; set; }

    public double BestBound { get; set; }

    public int ElapsedMs { get; set; }

    public int Shortfalls { get; set; }

    public int Edits { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public required string CreatedBy { get; set; }

    public DateTimeOffset? PublishedAt { get; set; }

    public string? PublishedBy { get; set; }

    public int Revision { get; set; }
}

/// <summary>Who works which post on a day of a roster, and as whom the solver or the editor saw them (A, B, substitute).</summary>
internal sealed class RosterEntry : SharedKernel.Auditing.INotAudited
{
    public long Id { get; set; }

    public Guid RosterId { get; set; }

    public DateOnly Date { get; set; }

    public required string PostCode { get; set; }

    public Guid StaffId { get; set; }

    public Contracts.Coverage Coverage { get; set; }
}

/// <summary>An extended-hours shift (早间/午间/晚间/周六延时) of a roster.</summary>
internal sealed class RosterShift : SharedKernel.Auditing.INotAudited
{
    public long Id { get; set; }

    public Guid RosterId { get; set; }

    public DateOnly Date { get; set; }

    public required string ShiftCode { get; set; }

    public required string CenterCode { get; set; }

    public Guid StaffId { get; set; }

    public required string Label { get; set; }

    public TimeOnly Start { get; set; }

    public TimeOnly End { get; set; }

    /// <summary>Worked on a day off: earns a whole comp day; otherwise the hours count.</summary>
    public bool OwesCompDay { get; set; }
}

/// <summary>A day off against comp time (调休) planned in a roster.</summary>
internal sealed class RosterCompDay : SharedKernel.Auditing.INotAudited
{
    public long Id { get; set; }

    public Guid RosterId { get; set; }

    public DateOnly Date { get; set; }

    public Guid StaffId { get; set; }
}

/// <summary>A post or extended shift (then with its center) the solver could not fill on a day.</summary>
internal sealed class RosterShortfall : SharedKernel.Auditing.INotAudited
{
    public long Id { get; set; }

    public Guid RosterId { get; set; }

    public DateOnly Date { get; set; }

    public required string Code { get; set; }

    public int Missing { get; set; }

    public bool IsShift { get; set; }

    public string? CenterCode { get; set; }
}
