using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using OneWindow.Catalog.Contracts;
using OneWindow.Catalog.Data;
using OneWindow.Catalog.Domain;
using OneWindow.Catalog.Features.CreateItem;
using OneWindow.SharedKernel.Api;
using OneWindow.SharedKernel.Security;

namespace OneWindow.Catalog.Features.CreateBundle;

/// <summary>Creates a "高效办成一件事" bundle from existing items (api.md: POST /api/v1/catalog/bundles).</summary>
internal static class CreateBundle
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapPost("/api/v1/catalog/bundles", async Task<Results<Created<BundleGuide>, ProblemHttpResult>> (BundleInput request, CatalogDbContext db, CatalogReader reader, TimeProvider clock, CancellationToken ct) =>
            {
                var result = await HandleAsync(request, db, reader, clock, ct);
                return result.IsSuccess ? TypedResults.Created($"/api/v1/catalog/bundles/{result.Value!.Code}", result.Value) : result.Error!.ToProblem();
            })
            .RequireAuthorization(Policies.CatalogAdmin)
            .WithTags("Catalog");

    public static async Task<Result<BundleGuide>> HandleAsync(BundleInput request, CatalogDbContext db, CatalogReader reader, TimeProvider clock, CancellationToken ct)
    {
        var v = new Validation().Code("code", request.Code).Name("name", request.Name, 200);
        var codes = request.ItemCodes ?? [];
        if (codes.Count is < 2 or > 30)
        {
            v.Add("itemCodes", "a bundle combines 2 to 30 items");
        }

        var known = await db.Items.Where(i => codes.Contains(i.Code)).Select(i => i.Code).ToListAsync(ct);
        for (var i = 0; i < codes.Count; i++)
        {
            if (!known.Contains(codes[i]))
            {
                v.Add($"itemCodes[{i}]", $"item '{codes[i]}' does not exist");
            }
            else if (codes.Take(i).Contains(codes[i]))
            {
                v.Add($"itemCodes[{i}]", $"item '{codes[i]}' is listed twice");
            }
        }

        if (request.PromisedDays is < 0 or > ItemRules.MaxDays)
        {
            v.Add("promisedDays", $"must be 0-{ItemRules.MaxDays} working days");
        }

        if (request.Description is { Length: > 2000 } || request.Description?.Contains('<', StringComparison.Ordinal) == true)
        {
            v.Add("description", "must be at most 2000 characters, without markup");
        }

        if (!v.IsValid)
        {
            return Error.Invalid(v);
        }

        if (await db.Bundles.AnyAsync(b => b.Code == request.Code, ct))
        {
            return Error.Conflict("catalog.duplicate_code", $"A bundle with code '{request.Code}' already exists.");
        }

        db.Bundles.Add(ToEntity(request, clock));
        await db.SaveChangesAsync(ct);
        return (await reader.BundleAsync(request.Code!, null, ct))!;
    }

    public static Bundle ToEntity(BundleInput request, TimeProvider clock) => new()
    {
        Code = request.Code!,
        Name = request.Name!.Trim(),
        Description = string.IsNullOrWhiteSpace(request.Description) ? null : request.Description.Trim(),
        PromisedDays = request.PromisedDays,
        LeadDepartmentCode = request.LeadDepartmentCode,
        CreatedAt = clock.GetUtcNow(),
        Items = request.ItemCodes!.Select((code, i) => new BundleItem { ItemCode = code, Position = i }).ToList(),
    };
}
