namespace OneWindow.Catalog.Contracts;

/// <summary>One material line as entered (API body, scenario file, spreadsheet row).</summary>
public sealed record MaterialInput(
    string? Code,
    string? Name,
    bool? Required = null,
    bool? ElectronicLicense = null,
    string? Source = null,
    bool? Original = null,
    int? Copies = null,
    bool? Tolerated = null,
    string? Note = null,
    string? SampleUrl = null);

/// <summary>An item's guide as entered. <c>code, name, type, departmentCode, legalDays, promisedDays, materials</c> are api.md's.</summary>
public sealed record ItemInput(
    string? Code,
    string? Name,
    string? Type,
    string? DepartmentCode,
    int? LegalDays,
    int? PromisedDays,
    IReadOnlyList<MaterialInput>? Materials,
    string? Level = null,
    string? Category = null,
    string? EffectiveFrom = null,
    string? DeadlineNote = null,
    string? Basis = null,
    string? ImplementingBody = null,
    string? Conditions = null,
    string? Audience = null,
    string? ResultName = null,
    string? Fees = null,
    string? Process = null,
    string? ReviewStandard = null,
    string? Scope = null,
    bool? Appointment = null,
    bool? Delivery = null,
    bool? OnlinePayment = null,
    string? Location = null,
    string? Hours = null,
    string? Contact = null,
    string? Supervision = null,
    int? Visits = null);

/// <summary>A bundle as entered; <c>code, name, itemCodes</c> are api.md's.</summary>
public sealed record BundleInput(string? Code, string? Name, IReadOnlyList<string>? ItemCodes, string? Description = null, int? PromisedDays = null, string? LeadDepartmentCode = null);

public sealed record MaterialView(string Code, string Name, string? Source, bool Original, int Copies, bool Required, bool ElectronicLicense, bool Tolerated, string? Note, string? SampleUrl);

/// <summary>The guide of an item as in force on a date (办事指南).</summary>
public sealed record ItemGuide(
    string Code,
    int Version,
    string EffectiveFrom,
    string Name,
    string Type,
    string DepartmentCode,
    string Level,
    string? Category,
    int? LegalDays,
    int PromisedDays,
    bool Immediate,
    string? DeadlineNote,
    string? Basis,
    string? ImplementingBody,
    string? Conditions,
    string? Audience,
    string? ResultName,
    string? Fees,
    string? Process,
    string? ReviewStandard,
    string? Scope,
    bool Appointment,
    bool Delivery,
    bool OnlinePayment,
    string? Location,
    string? Hours,
    string? Contact,
    string? Supervision,
    int Visits,
    IReadOnlyList<MaterialView> Materials);

/// <summary>A bundle member with its own promise.</summary>
public sealed record BundleMember(string Code, string Name, string DepartmentCode, int PromisedDays);

/// <summary>A material of a bundle's merged list, with the items that ask for it (asked once).</summary>
public sealed record BundleMaterial(MaterialView Material, IReadOnlyList<string> ItemCodes);

/// <summary>A bundle (高效办成一件事) with its merged material list and its one promised time (set, or the longest of its items).</summary>
public sealed record BundleGuide(string Code, string Name, string? Description, int PromisedDays, bool PromiseFromItems, string? LeadDepartmentCode, IReadOnlyList<BundleMember> Items, IReadOnlyList<BundleMaterial> Materials);

/// <summary>Read side of the catalog for other modules (cases, guidance, queue).</summary>
public interface ICatalog
{
    /// <summary>The version in force on <paramref name="on"/> (today when null); null when the item does not exist or was not yet in force.</summary>
    Task<ItemGuide?> ItemAsync(string code, DateOnly? on = null, CancellationToken cancellationToken = default);

    Task<ItemGuide?> ItemVersionAsync(string code, int version, CancellationToken cancellationToken = default);

    Task<BundleGuide?> BundleAsync(string code, DateOnly? on = null, CancellationToken cancellationToken = default);

    /// <summary>Every item in force on a date, in code order.</summary>
    Task<IReadOnlyList<ItemGuide>> ItemsAsync(DateOnly? on = null, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<BundleGuide>> BundlesAsync(DateOnly? on = null, CancellationToken cancellationToken = default);
}

/// <summary>The catalog part of a demo scenario.</summary>
public sealed record ScenarioCatalog(IReadOnlyList<ItemInput> Items, IReadOnlyList<BundleInput> Bundles);

/// <summary>Loads a scenario catalog idempotently: items and bundles whose code exists are left as they are.</summary>
public interface ICatalogSeeder
{
    Task SeedAsync(ScenarioCatalog catalog, CancellationToken cancellationToken = default);
}
