namespace OneWindow.Organization.Domain;

internal enum CenterLevel
{
    /// <summary>区/旗 government service center.</summary>
    District,

    /// <summary>街道/苏木镇 center.</summary>
    Street,

    /// <summary>社区/嘎查村/园区 service station.</summary>
    Station,
}

internal enum WindowKind
{
    /// <summary>综合窗口 (一窗受理).</summary>
    Comprehensive,

    /// <summary>"高效办成一件事" 专窗.</summary>
    Bundle,

    /// <summary>跨域通办.</summary>
    CrossRegion,

    /// <summary>爱心窗口 (elderly, disabled).</summary>
    Caring,

    /// <summary>帮办代办.</summary>
    Assisted,

    /// <summary>统一出件.</summary>
    Issuance,

    /// <summary>综合咨询.</summary>
    Consultation,

    /// <summary>企业服务专窗.</summary>
    Enterprise,

    /// <summary>部门专窗 (a stationed department's own window).</summary>
    Department,
}

internal enum WindowStatus
{
    Open,
    Paused,
    Closed,
}

internal enum UnitKind
{
    /// <summary>承办单位 of 12345 work orders.</summary>
    Handling,
}

internal sealed class Center
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public required string Code { get; set; }

    public required string Name { get; set; }

    public CenterLevel Level { get; set; }

    public Guid? ParentId { get; set; }

    /// <summary>Materialized path "/root/child/" so that a subtree is one prefix query.</summary>
    public required string Path { get; set; }

    public string? Address { get; set; }

    public static bool CanBeChildOf(CenterLevel child, CenterLevel? parent) => (child, parent) switch
    {
        (CenterLevel.District, null) => true,
        (CenterLevel.Street, CenterLevel.District) => true,
        (CenterLevel.Station, CenterLevel.Street or CenterLevel.District) => true,
        _ => false,
    };
}

internal sealed class Hall
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public required string Code { get; set; }

    public required string Name { get; set; }

    public Guid CenterId { get; set; }

    public Center? Center { get; set; }

    public string? Address { get; set; }

    public List<ServiceCategory> Categories { get; set; } = [];

    public List<Window> Windows { get; set; } = [];
}

/// <summary>What a visitor takes a ticket for (取号类别); windows serve one or more.</summary>
internal sealed class ServiceCategory
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid HallId { get; set; }

    public required string Code { get; set; }

    public required string Name { get; set; }

    public required string TicketPrefix { get; set; }
}

internal sealed class Window
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid HallId { get; set; }

    public Hall? Hall { get; set; }

    public required string Code { get; set; }

    public required string Name { get; set; }

    public WindowKind Kind { get; set; }

    public WindowStatus Status { get; set; } = WindowStatus.Closed;

    public List<string> Categories { get; set; } = [];
}

/// <summary>进驻部门: an approving department with staff or windows in one or more halls.</summary>
internal sealed class Department
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public required string Code { get; set; }

    public required string Name { get; set; }

    public List<Hall> Halls { get; set; } = [];
}

internal sealed class OrgUnit
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public required string Code { get; set; }

    public required string Name { get; set; }

    public UnitKind Kind { get; set; }

    public Guid? CenterId { get; set; }
}
