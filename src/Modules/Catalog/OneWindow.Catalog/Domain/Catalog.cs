namespace OneWindow.Catalog.Domain;

/// <summary>事项类型 (facts §3), plus 行政征收 which several provinces list separately.</summary>
internal enum ItemType
{
    Permit,
    Confirmation,
    Adjudication,
    Benefit,
    Reward,
    Filing,
    Levy,
    OtherPower,
    PublicService,
}

/// <summary>Where an item is handled: at the district/banner hall, or sunk down to street/town centers (区级事项下沉).</summary>
internal enum ItemLevel
{
    District,
    Street,
}

/// <summary>A kind of material across the whole catalog (ID_CARD 居民身份证): two items listing one code ask for one material.</summary>
internal sealed class MaterialKind
{
    public required string Code { get; set; }

    public required string Name { get; set; }
}

/// <summary>A service item (政务服务事项). Its guide lives in versions; a case keeps the version it was accepted under.</summary>
internal sealed class ServiceItem
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public required string Code { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public List<ItemVersion> Versions { get; set; } = [];
}

/// <summary>One version of an item's guide (办事指南), in force from <see cref="EffectiveFrom"/> until the next version.</summary>
internal sealed class ItemVersion
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid ItemId { get; set; }

    public int Version { get; set; }

    public DateOnly EffectiveFrom { get; set; }

    public required string Name { get; set; }

    public ItemType Type { get; set; }

    public required string DepartmentCode { get; set; }

    public ItemLevel Level { get; set; }

    /// <summary>The hall ticket category this item is queued under (e.g. social, property), if any.</summary>
    public string? Category { get; set; }

    /// <summary>法定办结时限 in working days; null when the law sets none (or not in working days, see the note).</summary>
    public int? LegalDays { get; set; }

    /// <summary>承诺办结时限 in working days; 0 = 即办件.</summary>
    public int PromisedDays { get; set; }

    public string? DeadlineNote { get; set; }

    public string? Basis { get; set; }

    public string? ImplementingBody { get; set; }

    public string? Conditions { get; set; }

    public string? Audience { get; set; }

    public string? ResultName { get; set; }

    public string? Fees { get; set; }

    public string? Process { get; set; }

    public string? ReviewStandard { get; set; }

    /// <summary>通办范围: none, city (全市), region (京津冀 / 蒙晋陕), national (跨省).</summary>
    public string? Scope { get; set; }

    public bool Appointment { get; set; }

    public bool Delivery { get; set; }

    public bool OnlinePayment { get; set; }

    public string? Location { get; set; }

    public string? Hours { get; set; }

    public string? Contact { get; set; }

    public string? Supervision { get; set; }

    /// <summary>到现场次数.</summary>
    public int Visits { get; set; }

    public DateTimeOffset EnteredAt { get; set; }

    public List<MaterialLine> Materials { get; set; } = [];
}

/// <summary>One line of an item's material list.</summary>
internal sealed class MaterialLine
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid VersionId { get; set; }

    public int Position { get; set; }

    public required string MaterialCode { get; set; }

    public required string Name { get; set; }

    /// <summary>申请人自备 / 政府部门核发 / 中介机构出具.</summary>
    public string? Source { get; set; }

    public bool Original { get; set; }

    public int Copies { get; set; } = 1;

    public bool Required { get; set; }

    /// <summary>Accepted from an electronic license (电子证照) or shared data instead of paper.</summary>
    public bool ElectronicLicense { get; set; }

    /// <summary>容缺: the case may be accepted without it and the material supplied later.</summary>
    public bool Tolerated { get; set; }

    public string? Note { get; set; }

    /// <summary>Link to a sample or blank form (填写样表/空白表格).</summary>
    public string? SampleUrl { get; set; }
}

/// <summary>"高效办成一件事": several items, one merged material list, one form, one promised time.</summary>
internal sealed class Bundle
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public required string Code { get; set; }

    public required string Name { get; set; }

    public string? Description { get; set; }

    /// <summary>One promised time for the whole bundle, in working days; null = the longest of its items.</summary>
    public int? PromisedDays { get; set; }

    public string? LeadDepartmentCode { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public List<BundleItem> Items { get; set; } = [];
}

internal sealed class BundleItem
{
    public Guid BundleId { get; set; }

    public int Position { get; set; }

    public required string ItemCode { get; set; }
}
