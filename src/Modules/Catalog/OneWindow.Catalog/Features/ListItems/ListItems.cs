using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using OneWindow.Catalog.Contracts;
using OneWindow.SharedKernel.Api;

namespace OneWindow.Catalog.Features.ListItems;

/// <summary>The items in force today (public), filtered by department, level or words in the name.</summary>
internal static class ListItems
{
    public sealed record ItemSummary(string Code, string Name, string Type, string DepartmentCode, string Level, int? LegalDays, int PromisedDays, bool Immediate, int Materials, string? Scope);

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/api/v1/catalog/items", async Task<Ok<IReadOnlyList<ItemSummary>>> (string? department, string? level, string? q, ICatalog catalog, CancellationToken ct) =>
                TypedResults.Ok(await HandleAsync(department, level, q, catalog, ct)))
            .AllowPublic()
            .WithTags("Catalog");

    public static async Task<IReadOnlyList<ItemSummary>> HandleAsync(string? department, string? level, string? q, ICatalog catalog, CancellationToken ct)
    {
        var words = (q ?? string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return (await catalog.ItemsAsync(null, ct))
            .Where(i => department is null || i.DepartmentCode == department)
            .Where(i => level is null || i.Level == level)
            .Where(i => words.All(w => i.Name.Contains(w, StringComparison.OrdinalIgnoreCase) || i.Code.Contains(w, StringComparison.OrdinalIgnoreCase)))
            .Select(i => new ItemSummary(i.Code, i.Name, i.Type, i.DepartmentCode, i.Level, i.LegalDays, i.PromisedDays, i.Immediate, i.Materials.Count, i.Scope))
            .ToList();
    }
}
