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
