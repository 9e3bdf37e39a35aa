using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using OneWindow.Catalog.Contracts;
using OneWindow.Catalog.Data;
using OneWindow.Catalog.Features.CreateItem;
using OneWindow.SharedKernel.Api;

namespace OneWindow.Catalog.Features.GetItem;

/// <summary>An item's guide (public): as in force today, on a date (<c>?on=</c>), or a given version (<c>?version=</c>).</summary>
internal static class GetItem
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/api/v1/catalog/items/{code}", async (string code, string? on, int? version, ICatalog catalog, CancellationToken ct) => (await HandleAsync(code, on, version, catalog, ct)).ToOk())
            .AllowPublic()
            .WithTags("Catalog");

    public static async Task<Result<ItemGuide>> HandleAsync(string code, string? on, int? version, ICatalog catalog, CancellationToken ct)
    {
        DateOnly day = default;
        if (on is not null && !ItemRules.TryDate(on, out day))
        {
            return Error.Invalid("on", "must be a date YYYY-MM-DD");
        }

        var guide = version is { } n ? await catalog.ItemVersionAsync(code, n, ct) : await catalog.ItemAsync(code, on is null ? null : day, ct);
        return guide is null ? Error.NotFound("catalog.unknown_item", $"There is no item '{code}'{(on is null ? string.Empty : $" in force on {on}")}.") : guide;
    }
}
