using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using OneWindow.Catalog.Contracts;
using OneWindow.Catalog.Data;
using OneWindow.Catalog.Features.CreateItem;
using OneWindow.Organization.Contracts;
using OneWindow.SharedKernel.Api;
using OneWindow.SharedKernel.Security;

namespace OneWindow.Catalog.Features.ReviseItem;

/// <summary>
/// A changed guide takes effect on a date as a new version; earlier versions stay, so a case keeps the guide it was
/// accepted under. The effective date must be later than the latest version's.
/// </summary>
internal static class ReviseItem
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapPost("/api/v1/catalog/items/{code}/versions", async Task<Results<Created<ItemGuide>, ProblemHttpResult>> (string code, ItemInput request, CatalogDbContext db, CatalogReader reader, IOrganizationDirectory organization, TimeProvider clock, CancellationToken ct) =>
            {
                var result = await HandleAsync(code, request, db, reader, organization, clock, ct);
                return result.IsSuccess ? TypedResults.Created($"/api/v1/catalog/items/{code}?version={result.Value!.Version}", result.Value) : result.Error!.ToProblem();
            })
            .RequireAuthorization(Policies.CatalogAdmin)
            .WithTags("Catalog");

    public static async Task<Result<ItemGuide>> HandleAsync(string code, ItemInput request, CatalogDbContext db, CatalogReader reader, IOrganizationDirectory organization, TimeProvider clock, CancellationToken ct)
    {
        var item = await db.Items.Include(i => i.Versions).FirstOrDefaultAsync(i => i.Code == code, ct);
        if (item is null)
        {
            return Error.NotFound("catalog.unknown_item", $"There is no item '{code}'.");
        }

        if (request.Code is not null && request.Code != code)
        {
            return Error.Invalid("code", "an item's code never changes; leave it out or repeat it");
        }

        var departments = (await organization.DepartmentsAsync(ct)).Select(d => d.Code).ToHashSet(StringComparer.Ordinal);
        var validated = ItemRules.Validate(request with { Code = code }, departments, reader.Today);
        if (!validated.IsSuccess)
        {
            return validated.Error!;
        }

        var version = validated.Value!;
        var latest = item.Versions.MaxBy(v => v.Version)!;
        if (version.EffectiveFrom <= latest.EffectiveFrom)
        {
            return Error.Invalid("effectiveFrom", $"must be after {latest.EffectiveFrom:yyyy-MM-dd}, when version {latest.Version} took effect");
        }

        version.ItemId = item.Id;
        version.Version = latest.Version + 1;
        version.EnteredAt = clock.GetUtcNow();
        db.Versions.Add(version);
        await reader.RegisterMaterialsAsync(version.Materials, ct);
        await db.SaveChangesAsync(ct);
        return CatalogReader.ToGuide(code, version);
    }
}
