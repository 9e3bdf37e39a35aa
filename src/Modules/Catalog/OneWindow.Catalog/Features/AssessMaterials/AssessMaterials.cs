using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using OneWindow.Catalog.Contracts;
using OneWindow.SharedKernel.Api;
using OneWindow.SharedKernel.Security;

namespace OneWindow.Catalog.Features.AssessMaterials;

/// <summary>
/// Which required materials are still missing for an item or a bundle (api.md: POST /api/v1/cases/assess): every
/// required material not provided, each once, in catalog order. This is what the 一次性告知书 lists. 容缺 materials
/// are reported separately: the case may be accepted without them.
/// </summary>
internal static class AssessMaterials
{
    public sealed record Request(string? ItemCode, string? BundleCode, IReadOnlyList<string>? Provided);

    public sealed record Missing(string Code, string Name);

    public sealed record Response(bool Complete, IReadOnlyList<Missing> Missing, IReadOnlyList<Missing> Tolerated, bool AcceptableWithTolerance);

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapPost("/api/v1/cases/assess", async (Request request, ICatalog catalog, CancellationToken ct) => (await HandleAsync(request, catalog, ct)).ToOk())
            .RequireAuthorization(Policies.Staff)
            .WithTags("Cases");

    public static async Task<Result<Response>> HandleAsync(Request request, ICatalog catalog, CancellationToken ct)
    {
        if ((request.ItemCode is null) == (request.BundleCode is null))
        {
            return Error.Invalid("itemCode", "give either itemCode or bundleCode");
        }

        IReadOnlyList<MaterialView> materials;
        if (request.ItemCode is not null)
        {
            var item = await catalog.ItemAsync(request.ItemCode, null, ct);
            if (item is null)
            {
                return Error.Invalid("itemCode", $"item '{request.ItemCode}' does not exist", "catalog.unknown_item");
            }

            materials = item.Materials;
        }
        else
        {
            var bundle = await catalog.BundleAsync(request.BundleCode!, null, ct);
            if (bundle is null)
            {
                return Error.Invalid("bundleCode", $"bundle '{request.BundleCode}' does not exist", "catalog.unknown_bundle");
            }

            materials = bundle.Materials.Select(m => m.Material).ToList();
        }

        var provided = (request.Provided ?? []).ToHashSet(StringComparer.Ordinal);
        var unknown = provided.Where(p => !materials.Any(m => m.Code == p)).ToList();
        if (unknown.Count > 0)
        {
            return Error.Invalid("provided", $"{string.Join(", ", unknown)} are not materials of this {(request.ItemCode is null ? "bundle" : "item")}", "catalog.unknown_material");
        }

        var missing = materials.Where(m => m.Required && !provided.Contains(m.Code)).ToList();
        var blocking = missing.Where(m => !m.Tolerated).Select(m => new Missing(m.Code, m.Name)).ToList();
        var tolerated = missing.Where(m => m.Tolerated).Select(m => new Missing(m.Code, m.Name)).ToList();
        return new Response(missing.Count == 0, missing.Select(m => new Missing(m.Code, m.Name)).ToList(), tolerated, blocking.Count == 0);
    }
}
