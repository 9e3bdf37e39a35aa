namespace OneWindow.Guidance.Domain;

internal enum EntryKind
{
    /// <summary>A question and its policy answer (政策口径).</summary>
    Qa,

    /// <summary>A post's work procedure (岗位工作规程).</summary>
    Procedure,

    /// <summary>A service norm (服务规范).</summary>
    Norm,
}

/// <summary>Where a guided visitor went.</summary>
internal enum Outcome
{
    Window,
    Online,
    SelfService,
    Referred,
    Answered,
}

/// <summary>A knowledge base entry with its owner and the date it must be reviewed by.</summary>
internal sealed class KnowledgeEntry
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public required string Code { get; set; }

    public EntryKind Kind { get; set; }

    public required string Title { get; set; }

    public required string Body { get; set; }

    public List<string> Tags { get; set; } = [];

    public List<string> ItemCodes { get; set; } = [];

    public string? Post { get; set; }

    public string? Owner { get; set; }

    public DateOnly EffectiveFrom { get; set; }

    public DateOnly? ReviewOn { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}

/// <summary>One guidance conversation at the guide desk (全量记录服务数据): what was asked, suggested, and where the visitor went.</summary>
internal sealed class GuidanceSession
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public DateTimeOffset At { get; set; }

    public required string Guide { get; set; }

    public string? CenterCode { get; set; }

    public required string Query { get; set; }

    public List<string> Suggestions { get; set; } = [];

    public string? Chosen { get; set; }

    public Outcome Outcome { get; set; }
}
