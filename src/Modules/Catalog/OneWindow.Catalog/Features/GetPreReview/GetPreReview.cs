using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using OneWindow.Catalog.Contracts;
using OneWindow.Catalog.Data;
using OneWindow.Catalog.Domain;
using OneWindow.SharedKernel.Api;
using OneWindow.SharedKernel.Security;
using Missing = OneWindow.Catalog.Features.AssessMaterials.AssessMaterials.Missing;

namespace OneWindow.Catalog.Features.GetPreReview;

/// <summary>A pre-review's checklist result by its receipt code (public); the uploaded files themselves only for staff.</summary>
internal static class GetPreReview
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/pre-reviews/{code}", async Task<Results<Ok<PreReviewView>, ProblemHttpResult>> (string code, ClaimsPrincipal user, CatalogDbContext db, ICatalog catalog, CancellationToken ct) =>
                (await HandleAsync(code, user.Identity?.IsAuthenticated == true, db, catalog, ct)).ToOk())
            .AllowPublic()
            .WithTags("Catalog");

        app.MapGet("/api/v1/pre-reviews/{code}/files/{fileId:guid}", async Task<Results<FileContentHttpResult, ProblemHttpResult>> (string code, Guid fileId, HttpResponse response, CatalogDbContext db, PreReviewFiles store, CancellationToken ct) =>
            {
                var key = code.Trim().ToUpperInvariant();
                var file = await db.PreReviewFiles.AsNoTracking()
                    .Where(f => f.Id == fileId && db.PreReviews.Any(s => s.Id == f.SubmissionId && s.Code == key))
                    .FirstOrDefaultAsync(ct);
                if (file is null)
                {
                    return NotFound(code).ToProblem();
                }

                response.Headers.XContentTypeOptions = "nosniff";
                return TypedResults.File(await store.ReadAsync(file.StoredPath, ct), file.ContentType, file.FileName);
            })
            .RequireAuthorization(Policies.Staff)
            .WithTags("Catalog");
    }

    public static async Task<Result<PreReviewView>> HandleAsync(string code, bool staff, CatalogDbContext db, ICatalog catalog, CancellationToken ct)
    {
        var key = code.Trim().ToUpperInvariant();
        var found = await db.PreReviews.AsNoTracking().Include(s => s.Files).FirstOrDefaultAsync(s => s.Code == key, ct);
        if (found is null)
        {
            return NotFound(code);
        }

        var names = found.ItemCode is { } item
            ? (await catalog.ItemAsync(item, null, ct))?.Materials.Select(m => (m.Code, m.Name)) ?? []
            : (await catalog.BundleAsync(found.BundleCode!, null, ct))?.Materials.Select(m => (m.Material.Code, m.Material.Name)) ?? [];
        var byCode = names.DistinctBy(n => n.Code).ToDictionary(n => n.Code, n => n.Name, StringComparer.Ordinal);
        return PreReviewView.Of(found, found.Missing.Select(m => new Missing(m, byCode.GetValueOrDefault(m, m))).ToList(), staff);
    }

    private static Error NotFound(string code) => Error.NotFound("prereview.unknown", $"No pre-review with receipt code '{code}' (they are kept for a limited time).");
}

/// <summary>A pre-review as the visitor and the window see it; file ids only for staff (who may open the files).</summary>
internal sealed record PreReviewView(string Code, string? ItemCode, string? BundleCode, string Title, bool Complete, IReadOnlyList<Missing> Missing, IReadOnlyList<PreReviewFileView> Received, string SubmittedAt, string KeptUntil)
{
    public static PreReviewView Of(PreReviewSubmission s, IReadOnlyList<Missing> missing, bool includeFileIds) =>
        new(s.Code, s.ItemCode, s.BundleCode, s.Title, s.Complete, missing,
            s.Files.OrderBy(f => f.MaterialCode, StringComparer.Ordinal).Select(f => new PreReviewFileView(includeFileIds ? f.Id : null, f.MaterialCode, f.MaterialName, f.FileName, f.ContentType, f.Size)).ToList(),
            SharedKernel.Time.ChinaTime.ToLocal(s.CreatedAt).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
            SharedKernel.Time.ChinaTime.ToLocal(s.ExpiresAt).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
}

internal sealed record PreReviewFileView(Guid? Id, string MaterialCode, string MaterialName, string FileName, string ContentType, long Size);
