using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using OneWindow.Catalog.Contracts;
using OneWindow.Catalog.Data;
using OneWindow.Catalog.Domain;
using OneWindow.Catalog.Features.GetPreReview;
using OneWindow.SharedKernel.Api;
using OneWindow.SharedKernel.Data;

namespace OneWindow.Catalog.Features.SubmitPreReview;

/// <summary>
/// 智慧化审前 (seed 002 §1(5)): a visitor picks an item or a bundle and uploads a file per material before coming; the
/// answer is the same checklist the window's one-time notice uses (every required material not uploaded, each once,
/// in catalog order) and a receipt code the window opens the uploads with. Every file is checked (count, size, and
/// type by its first bytes: PDF, JPEG, PNG) before anything is stored; a bad one refuses the whole submission.
/// Public and rate-limited; the form field of each file is the material code it is for.
/// </summary>
internal static class SubmitPreReview
{
    private const string Alphabet = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";

    public sealed record Upload(string MaterialCode, string FileName, byte[] Bytes);

    public sealed record Request(string? ItemCode, string? BundleCode, IReadOnlyList<Upload> Files);

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapPost("/api/v1/pre-reviews", async Task<Results<Created<PreReviewView>, ProblemHttpResult>> (HttpRequest http, ICatalog catalog, CatalogDbContext db, PreReviewFiles files, TimeProvider clock, CancellationToken ct) =>
            {
                if (!http.HasFormContentType)
                {
                    return Error.Invalid("files", "send multipart/form-data: itemCode or bundleCode, and one file per material named by its code").ToProblem();
                }

                var form = await http.ReadFormAsync(ct);
                var options = files.Options;
                if (form.Files.Count > options.MaxFiles || form.Files.Sum(f => f.Length) > options.MaxTotalBytes || form.Files.Any(f => f.Length > options.MaxFileBytes))
                {
                    return TooLarge(options).ToProblem();
                }

                var uploads = new List<Upload>();
                foreach (var file in form.Files)
                {
                    using var buffer = new MemoryStream((int)file.Length);
                    await file.CopyToAsync(buffer, ct);
                    uploads.Add(new Upload(file.Name, file.FileName, buffer.ToArray()));
                }

                var result = await HandleAsync(new Request(Text(form, "itemCode"), Text(form, "bundleCode"), uploads), catalog, db, files, clock, ct);
                return result.IsSuccess ? TypedResults.Created($"/api/v1/pre-reviews/{result.Value!.Code}", result.Value) : result.Error!.ToProblem();
            })
            .AllowPublic()
            .DisableAntiforgery()
            .WithTags("Catalog");

    public static async Task<Result<PreReviewView>> HandleAsync(Request request, ICatalog catalog, CatalogDbContext db, PreReviewFiles store, TimeProvider clock, CancellationToken ct)
    {
        var options = store.Options;
        if (request.Files.Count > options.MaxFiles || request.Files.Sum(f => (long)f.Bytes.Length) > options.MaxTotalBytes)
        {
            return TooLarge(options);
        }

        var v = new Validation();
        var types = new List<string>();
        foreach (var file in request.Files)
        {
            var (type, problem) = store.Check(file.Bytes);
            if (problem is not null)
            {
                v.Add("files." + file.MaterialCode, $"'{PreReviewFiles.CleanName(file.FileName)}' {problem}");
            }

            types.Add(type ?? "");
        }

        // The checklist: the catalog's own assessment (the one-time notice's rule), which also refuses unknown codes.
        var assessed = await AssessMaterials.AssessMaterials.HandleAsync(new AssessMaterials.AssessMaterials.Request(request.ItemCode, request.BundleCode, request.Files.Select(f => f.MaterialCode).Distinct(StringComparer.Ordinal).ToList()), catalog, ct);
        if (!assessed.IsSuccess)
        {
            return assessed.Error!.Fields is { } fields && fields.TryGetValue("provided", out var unknown)
                ? Error.Invalid("files", unknown[0], assessed.Error.Code)
                : assessed.Error!;
        }

        if (!v.IsValid)
        {
            return Error.Invalid(v);
        }

        var (title, materials) = await GuideAsync(request, catalog, ct);
        var now = clock.GetUtcNow();
        var submission = new PreReviewSubmission
        {
            Code = NewCode(),
            ItemCode = request.ItemCode,
            BundleCode = request.BundleCode,
            Title = title,
            Complete = assessed.Value!.Complete,
            Missing = assessed.Value.Missing.Select(m => m.Code).ToList(),
            CreatedAt = now,
            ExpiresAt = now.AddDays(options.KeepDays),
        };
        var written = new List<string>();
        try
        {
            for (var i = 0; i < request.Files.Count; i++)
            {
                var file = request.Files[i];
                var id = Guid.CreateVersion7();
                var path = await store.SaveAsync(id, now, file.Bytes, ct);
                written.Add(path);
                submission.Files.Add(new PreReviewFile
                {
                    Id = id,
                    MaterialCode = file.MaterialCode,
                    MaterialName = materials.GetValueOrDefault(file.MaterialCode, file.MaterialCode),
                    FileName = PreReviewFiles.CleanName(file.FileName),
                    ContentType = types[i],
                    Size = file.Bytes.Length,
                    StoredPath = path,
                    Sha256 = PreReviewFiles.Hash(file.Bytes),
                });
            }

            db.PreReviews.Add(submission);
            await db.SaveChangesAsync(ct);
        }
        catch (Exception ex) when (ex is DbUpdateException or IOException)
        {
            written.ForEach(store.Delete);
            if (ex is DbUpdateException update && UniqueViolation.Is(update))
            {
                return Error.Conflict("prereview.busy", "Please submit again.");
            }

            throw;
        }

        return PreReviewView.Of(submission, assessed.Value.Missing, includeFileIds: false);
    }

    private static async Task<(string Title, Dictionary<string, string> Materials)> GuideAsync(Request request, ICatalog catalog, CancellationToken ct)
    {
        if (request.ItemCode is { } itemCode && await catalog.ItemAsync(itemCode, null, ct) is { } item)
        {
            return (item.Name, item.Materials.DistinctBy(m => m.Code).ToDictionary(m => m.Code, m => m.Name, StringComparer.Ordinal));
        }

        var bundle = (await catalog.BundleAsync(request.BundleCode!, null, ct))!;
        return (bundle.Name, bundle.Materials.DistinctBy(m => m.Material.Code).ToDictionary(m => m.Material.Code, m => m.Material.Name, StringComparer.Ordinal));
    }

    private static string NewCode() => string.Create(10, 0, (span, _) =>
    {
        Span<byte> random = stackalloc byte[10];
        RandomNumberGenerator.Fill(random);
        for (var i = 0; i < span.Length; i++)
        {
            span[i] = Alphabet[random[i] % Alphabet.Length];
        }
    });

    private static Error TooLarge(PreReviewOptions options) =>
        new(StatusCodes.Status413PayloadTooLarge, "prereview.too_large",
            $"At most {options.MaxFiles} files, each up to {PreReviewFiles.Size(options.MaxFileBytes)} and {PreReviewFiles.Size(options.MaxTotalBytes)} in all.");

    private static string? Text(IFormCollection form, string key) => form.TryGetValue(key, out var value) && !string.IsNullOrWhiteSpace(value) ? value.ToString().Trim() : null;
}
