namespace OneWindow.Workforce.Domain;

/// <summary>A center's annual training plan (年度培训计划); one per center and year.</summary>
internal sealed class TrainingPlan
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public required string CenterCode { get; set; }

    public int Year { get; set; }

    public required string Title { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public required string CreatedBy { get; set; }
}

/// <summary>One line of a plan: when (a month or a quarter), what, for whom, how long.</summary>
internal sealed class TrainingPlanItem
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid PlanId { get; set; }

    /// <summary>"2026-03" (a month) or "2026-Q1" (a quarter).</summary>
    public required string Period { get; set; }

    public required string Topic { get; set; }

    /// <summary>业务技能, 服务礼仪, 政策法规, 保密安全, 岗前培训 …</summary>
    public required string Kind { get; set; }

    /// <summary>online, offline or mixed.</summary>
    public required string Form { get; set; }

    /// <summary>Post types the item is for; empty: everyone.</summary>
    public List<string> Targets { get; set; } = [];

    public decimal PlannedHours { get; set; }

    /// <summary>Sessions the item asks for (1 by default).</summary>
    public int PlannedSessions { get; set; } = 1;
}

/// <summary>A training session held (or to be held) on a day, usually for a plan item.</summary>
internal sealed class TrainingSession
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public required string CenterCode { get; set; }

    public Guid? PlanItemId { get; set; }

    public DateOnly Date { get; set; }

    public TimeOnly Start { get; set; }

    public TimeOnly End { get; set; }

    public required string Topic { get; set; }

    public required string Form { get; set; }

    public required string Trainer { get; set; }

    public string? Location { get; set; }

    public string? Link { get; set; }

    /// <summary>The Idempotency-Key the session was created with: a retry returns this session.</summary>
    public string? IdempotencyKey { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public required string CreatedBy { get; set; }
}

/// <summary>A file handed out at a session (PDF, DOCX, PPTX, JPEG, PNG), stored under the data directory.</summary>
internal sealed class TrainingMaterial
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid SessionId { get; set; }

    public required string FileName { get; set; }

    public required string ContentType { get; set; }

    public long Size { get; set; }

    public required string StoredAs { get; set; }

    public DateTimeOffset At { get; set; }

    public required string By { get; set; }
}

internal enum TrainingPresence
{
    Present,
    Absent,

    /// <summary>On approved leave that day.</summary>
    OnLeave,
}

/// <summary>Whether one person attended one session.</summary>
internal sealed class TrainingAttendance
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid SessionId { get; set; }

    public Guid StaffId { get; set; }

    public TrainingPresence Status { get; set; }

    public DateTimeOffset MarkedAt { get; set; }

    public required string MarkedBy { get; set; }
}

/// <summary>A quarterly assessment score (季度考核): one per person, quarter and kind; a later entry updates it and keeps the old one in the history.</summary>
internal sealed class AssessmentScore
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid StaffId { get; set; }

    public int Year { get; set; }

    public int Quarter { get; set; }

    /// <summary>业务知识, 服务礼仪 …</summary>
    public required string Kind { get; set; }

    /// <summary>0-100, one decimal.</summary>
    public decimal Score { get; set; }

    public required string Assessor { get; set; }

    public string? Note { get; set; }

    public DateTimeOffset At { get; set; }

    public required string By { get; set; }

    public int Revision { get; set; }
}

/// <summary>A score as it was before an update.</summary>
internal sealed class AssessmentScoreHistory
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid ScoreId { get; set; }

    public decimal Score { get; set; }

    public required string Assessor { get; set; }

    public string? Note { get; set; }

    public DateTimeOffset At { get; set; }

    public required string By { get; set; }
}
