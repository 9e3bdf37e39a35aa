using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using OneWindow.Guidance.Contracts;
using OneWindow.Guidance.Data;
using OneWindow.Guidance.Domain;
using OneWindow.SharedKernel.Api;
using OneWindow.SharedKernel.Security;

namespace OneWindow.Guidance.Features.AddEntry;

/// <summary>Adds a knowledge entry (政策口径, a post's procedure or a service norm) with its owner and review date.</summary>
internal static class AddEntry
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapPost("/api/v1/guidance/entries", async Task<Results<Created<EntryInput>, ProblemHttpResult>> (EntryInput request, GuidanceDbContext db, IGuidanceSearch search, TimeProvider clock, CancellationToken ct) =>
            {
                var result = await HandleAsync(request, db, search, clock, ct);
                return result.IsSuccess ? TypedResults.Created($"/api/v1/guidance/entries/{request.Code}", request) : result.Error!.ToProblem();
            })
            .RequireAuthorization(Policies.CatalogAdmin)
            .WithTags("Guidance");

    public static async Task<Result<KnowledgeEntry>> HandleAsync(EntryInput request, GuidanceDbContext db, IGuidanceSearch search, TimeProvider clock, CancellationToken ct)
    {
        var validated = Validate(request, clock);
        if (!validated.IsSuccess)
        {
            return validated.Error!;
        }

        if (await db.Entries.AnyAsync(e => e.Code == request.Code, ct))
        {
            return Error.Conflict("guidance.duplicate_code", $"An entry with code '{request.Code}' already exists.");
        }

        db.Entries.Add(validated.Value!);
        await db.SaveChangesAsync(ct);
        search.Invalidate();
        return validated.Value!;
    }

    public static Result<KnowledgeEntry> Validate(EntryInput request, TimeProvider clock)
    {
        var v = new Validation().Code("code", request.Code).Name("title", request.Title, 300);
        if (!EnumParsing.TryParseWire<EntryKind>(request.Kind, out var kind))
        {
            v.Add("kind", $"must be one of {EnumParsing.Allowed<EntryKind>()}");
        }

        if (string.IsNullOrWhiteSpace(request.Body) || request.Body.Length > 8000 || request.Body.Contains('<', StringComparison.Ordinal))
        {
            v.Add("body", "is required: at most 8000 characters, without markup");
        }

        var today = DateOnly.FromDateTime(clock.GetUtcNow().ToOffset(TimeSpan.FromHours(8)).DateTime);
        var from = today;
        if (request.EffectiveFrom is not null && !TryDate(request.EffectiveFrom, out from))
        {
            v.Add("effectiveFrom", "must be a date YYYY-MM-DD");
        }

        DateOnly? review = null;
        if (request.ReviewOn is not null)
        {
            if (!TryDate(request.ReviewOn, out var r) || r <= from)
            {
                v.Add("reviewOn", "must be a date YYYY-MM-DD after effectiveFrom");
            }

            review = r;
        }

        if ((request.Tags ?? []).Any(t => t.Length > 30) || (request.Tags ?? []).Count > 20)
        {
            v.Add("tags", "at most 20 tags of at most 30 characters");
        }

        return v.IsValid
            ? new KnowledgeEntry
            {
                Code = request.Code!,
                Kind = kind,
                Title = request.Title!.Trim(),
                Body = request.Body!.Trim(),
                Tags = [.. request.Tags ?? []],
                ItemCodes = [.. request.ItemCodes ?? []],
                Post = request.Post,
                Owner = request.Owner,
                EffectiveFrom = from,
                ReviewOn = review,
                UpdatedAt = clock.GetUtcNow(),
            }
            : Error.Invalid(v);
    }

    private static bool TryDate(string text, out DateOnly date) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
}

/// <summary>Scenario entries: an existing code is left alone.</summary>
internal sealed class KnowledgeSeeder(GuidanceDbContext db, IGuidanceSearch search, TimeProvider clock) : IKnowledgeSeeder
{
    public async Task SeedAsync(IReadOnlyList<EntryInput> entries, CancellationToken cancellationToken = default)
    {
        var existing = (await db.Entries.Select(e => e.Code).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        foreach (var entry in entries.Where(e => e.Code is not null && !existing.Contains(e.Code)))
        {
            var validated = AddEntry.Validate(entry, clock);
            if (!validated.IsSuccess)
            {
                throw new InvalidOperationException($"Scenario knowledge entry {entry.Code} is invalid: {validated.Error!.Describe()}");
            }

            db.Entries.Add(validated.Value!);
        }

        await db.SaveChangesAsync(cancellationToken);
        search.Invalidate();
    }
}
