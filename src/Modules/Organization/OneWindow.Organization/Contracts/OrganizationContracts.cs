using System.Security.Claims;

namespace OneWindow.Organization.Contracts;

/// <summary>A center in the tree: district/banner center, street/town center, or station.</summary>
public sealed record CenterNode(string Code, string Name, string Level, string? ParentCode, string? Address, IReadOnlyList<CenterNode> Children);

/// <summary>A center's code and name, for pickers; in tree order (a parent before its children).</summary>
public sealed record CenterName(string Code, string Name);

public sealed record HallSummary(string Code, string Name, string CenterCode);

public sealed record WindowSummary(string Code, string Name, string Kind, string Status, IReadOnlyList<string> Categories);

public sealed record DepartmentSummary(string Code, string Name);

public sealed record UnitSummary(string Code, string Name, string Kind, string? CenterCode);

public sealed record OrganizationCounts(int Centers, int Halls, int Windows, int Departments, int Units);

/// <summary>Which centers a user may see: the subtrees under the user's scope claims.</summary>
public interface IDataScope
{
    Task<CenterScope> ForAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default);
}

/// <summary>The visible center codes, or everything.</summary>
public sealed class CenterScope
{
    private readonly HashSet<string>? _codes;

    public CenterScope(IEnumerable<string>? codes) => _codes = codes is null ? null : new HashSet<string>(codes, StringComparer.Ordinal);

    public static CenterScope Everything { get; } = new(null);

    public bool IsEverything => _codes is null;

    public IReadOnlyCollection<string> Codes => (IReadOnlyCollection<string>?)_codes ?? [];

    public bool Contains(string centerCode) => _codes is null || _codes.Contains(centerCode);
}

/// <summary>Read side of the organization for other modules and the dashboard.</summary>
public interface IOrganizationDirectory
{
    Task<OrganizationCounts> CountAsync(CenterScope scope, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<HallSummary>> HallsAsync(CenterScope scope, CancellationToken cancellationToken = default);

    Task<bool> CenterExistsAsync(string centerCode, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<CenterName>> CentersAsync(CenterScope scope, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<DepartmentSummary>> DepartmentsAsync(CancellationToken cancellationToken = default);

    /// <summary>Hotline handling units (承办单位) with the center each belongs to (null for district-level bodies).</summary>
    Task<IReadOnlyList<UnitSummary>> HandlingUnitsAsync(CancellationToken cancellationToken = default);
}

/// <summary>The organization part of a demo scenario file.</summary>
public sealed record OrganizationScenario(
    IReadOnlyList<ScenarioCenter> Centers,
    IReadOnlyList<ScenarioDepartment> Departments,
    IReadOnlyList<ScenarioHall> Halls,
    IReadOnlyList<ScenarioUnit> Units);

public sealed record ScenarioCenter(string Code, string Name, string Level, string? ParentCode, string? Address);

public sealed record ScenarioDepartment(string Code, string Name, IReadOnlyList<string>? Halls);

public sealed record ScenarioHall(string Code, string Name, string CenterCode, string? Address, IReadOnlyList<ScenarioCategory> Categories, IReadOnlyList<ScenarioWindow> Windows);

public sealed record ScenarioCategory(string Code, string Name, string TicketPrefix);

public sealed record ScenarioWindow(string Code, string Name, string Kind, IReadOnlyList<string> Categories);

public sealed record ScenarioUnit(string Code, string Name, string Kind, string? CenterCode);

/// <summary>Loads scenario data idempotently: existing codes are updated, never duplicated.</summary>
public interface IOrganizationSeeder
{
    Task SeedAsync(OrganizationScenario scenario, CancellationToken cancellationToken = default);
}

/// <summary>A ticket category of a hall with its number prefix.</summary>
public sealed record CategoryLayout(string Code, string Name, string TicketPrefix);

/// <summary>Everything the queue needs about one hall: its center, categories and windows with their status.</summary>
public sealed record HallLayout(string Code, string Name, string CenterCode, IReadOnlyList<CategoryLayout> Categories, IReadOnlyList<WindowSummary> Windows)
{
    public CategoryLayout? Category(string code) => Categories.FirstOrDefault(c => c.Code == code);

    public WindowSummary? Window(string code) => Windows.FirstOrDefault(w => w.Code == code);
}

/// <summary>Halls as the queue and appointments see them, and the window status switch they drive.</summary>
public interface IHallDirectory
{
    /// <summary>The hall, or null when no hall has that code.</summary>
    Task<HallLayout?> HallAsync(string hallCode, CancellationToken cancellationToken = default);

    /// <summary>One window as it is now (a single small read, for checks that must not use a cached layout).</summary>
    Task<WindowSummary?> WindowAsync(string hallCode, string windowCode, CancellationToken cancellationToken = default);

    /// <summary>Every hall's layout (for the daily jobs).</summary>
    Task<IReadOnlyList<HallLayout>> HallsAsync(CancellationToken cancellationToken = default);

    /// <summary>open | close | pause | resume a window the user may see; 409 when the switch makes no sense from its status.</summary>
    Task<SharedKernel.Api.Result<WindowSummary>> SwitchWindowAsync(string hallCode, string windowCode, string action, CenterScope scope, CancellationToken cancellationToken = default);
}
