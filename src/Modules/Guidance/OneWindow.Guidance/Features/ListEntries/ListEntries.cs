using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using OneWindow.Guidance.Data;
using OneWindow.SharedKernel.Api;

namespace OneWindow.Guidance.Features.ListEntries;

/// <summary>The knowledge base (public answers), with entries due for review flagged.</summary>
internal static class ListEntries
{
    public sealed record Entry(string Code, string Kind, string Title, string Body, IReadOnlyList<string> Tags, IReadOnlyList<string> ItemCodes, string? Post, string? Owner, string EffectiveFrom, string? ReviewOn, bool ReviewDue);

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/api/v1/guidance/entries", async Task<Ok<IReadOnlyList<Entry>>> (string? kind, GuidanceDbContext db, TimeProvider clock, CancellationToken ct) =>
                TypedResults.Ok(await HandleAsync(kind, db, clock, ct)))
            .AllowPublic()
            .WithTags("Guidance");

    public static async Task<IReadOnlyList<Entry>> HandleAsync(string? kind, GuidanceDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().ToOffset(TimeSpan.FromHours(8)).DateTime);
        var rows = await db.Entries.AsNoTracking().OrderBy(e => e.Code).ToListAsync(ct);
        return rows
            .Where(e => kind is null || EnumParsing.ToWire(e.Kind) == kind)
            .Select(e => new Entry(e.Code, EnumParsing.ToWire(e.Kind), e.Title, e.Body, e.Tags, e.ItemCodes, e.Post, e.Owner,
                e.EffectiveFrom.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                e.ReviewOn?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                e.ReviewOn is { } r && r <= today))
            .ToList();
    }
}
