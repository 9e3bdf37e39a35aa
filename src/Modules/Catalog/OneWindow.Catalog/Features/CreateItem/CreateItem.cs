using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using OneWindow.Catalog.Contracts;
using OneWindow.Catalog.Data;
using OneWindow.Catalog.Domain;
using OneWindow.Organization.Contracts;
using OneWindow.SharedKernel.Api;
using OneWindow.SharedKernel.Security;

namespace OneWindow.Catalog.Features.CreateItem;

/// <summary>Adds a service item with the first version of its guide (api.md: POST /api/v1/catalog/items).</summary>
internal static class CreateItem
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapPost("/api/v1/catalog/items", async Task<Results<Created<ItemGuide>, ProblemHttpResult>> (ItemInput request, CatalogDbContext db, CatalogReader reader, IOrganizationDirectory organization, TimeProvider clock, CancellationToken ct) =>
            {
                var result = await HandleAsync(request, db, reader, organization, clock, ct);
                return result.IsSuccess ? TypedResults.Created($"/api/v1/catalog/items/{result.Value!.Code}", result.Value) : result.Error!.ToProblem();
            })
            .RequireAuthorization(Policies.CatalogAdmin)
            .WithTags("Catalog");

    public static async Task<Result<ItemGuide>> HandleAsync(ItemInput request, CatalogDbContext db, CatalogReader reader, IOrganizationDirectory organization, TimeProvider clock, CancellationToken ct)
    {
        var departments = (await organization.DepartmentsAsync(ct)).Select(d => d.Code).ToHashSet(StringComparer.Ordinal);
        var validated = ItemRules.Validate(request, departments, reader.Today);
        if (!validated.IsSuccess)
        {
            return validated.Error!;
        }

        if (await db.Items.AnyAsync(i => i.Code == request.Code, ct))
        {
            return Error.Conflict("catalog.duplicate_code", $"An item with code '{request.Code}' already exists; add a version to change its guide.");
        }

        var version = validated.Value!;
        Add(db, request.Code!, version, clock);
        await reader.RegisterMaterialsAsync(version.Materials, ct);
        await db.SaveChangesAsync(ct);
        return CatalogReader.ToGuide(request.Code!, version);
    }

    public static ServiceItem Add(CatalogDbContext db, string code, ItemVersion version, TimeProvider clock)
    {
        version.Version = 1;
        version.EnteredAt = clock.GetUtcNow();
        var item = new ServiceItem { Code = code, CreatedAt = clock.GetUtcNow(), Versions = [version] };
        db.Items.Add(item);
        return item;
    }
}
