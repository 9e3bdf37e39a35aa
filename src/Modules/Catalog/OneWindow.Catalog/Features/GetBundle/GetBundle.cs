using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using OneWindow.Catalog.Contracts;
using OneWindow.SharedKernel.Api;

namespace OneWindow.Catalog.Features.GetBundle;

/// <summary>A bundle with its members and merged material list (public).</summary>
internal static class GetBundle
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/catalog/bundles/{code}", async Task<Results<Ok<BundleGuide>, ProblemHttpResult>> (string code, ICatalog catalog, CancellationToken ct) =>
                await catalog.BundleAsync(code, null, ct) is { } bundle
                    ? TypedResults.Ok(bundle)
                    : Error.NotFound("catalog.unknown_bundle", $"There is no bundle '{code}'.").ToProblem())
            .AllowPublic()
            .WithTags("Catalog");
        app.MapGet("/api/v1/catalog/bundles", async Task<Ok<IReadOnlyList<BundleGuide>>> (ICatalog catalog, CancellationToken ct) => TypedResults.Ok(await catalog.BundlesAsync(null, ct)))
            .AllowPublic()
            .WithTags("Catalog");
    }
}
