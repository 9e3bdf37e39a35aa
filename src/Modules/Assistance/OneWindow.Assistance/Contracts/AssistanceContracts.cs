namespace OneWindow.Assistance.Contracts;

/// <summary>
/// The <c>assistance</c> part of a scenario file: the catalog items that may be handled 跨域 (京津冀 / 跨省 / 区内 通办)
/// and, optionally, how many demo records (帮办, 代办, 跨域通办 across their states) to write.
/// </summary>
public sealed record AssistanceScenario(IReadOnlyList<CrossRegionItemInput>? CrossRegionItems, int? DemoRecords = null);

/// <summary>A catalog item code and its scope: <c>jing-jin-ji</c>, <c>inter-provincial</c> or <c>in-district</c>.</summary>
public sealed record CrossRegionItemInput(string? ItemCode, string? Scope, string? Note = null);

/// <summary>Loads a scenario's cross-region items (those already there are left as they are) and its demo records once.</summary>
public interface IAssistanceSeeder
{
    Task SeedAsync(AssistanceScenario scenario, CancellationToken cancellationToken = default);
}
