using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using OneWindow.Guidance.Contracts;
using OneWindow.SharedKernel.Api;

namespace OneWindow.Guidance.Features.Search;

/// <summary>What the visitor says -> matching items, bundles and knowledge entries (public: kiosk and guide pages).</summary>
internal static class Search
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/api/v1/guidance/search", async Task<Results<Ok<IReadOnlyList<SearchHit>>, ProblemHttpResult>> (string? q, int? take, IGuidanceSearch search, CancellationToken ct) =>
            {
                if (string.IsNullOrWhiteSpace(q) || q.Length > 100)
                {
                    return Error.Invalid("q", "say what you need in 1-100 characters").ToProblem();
                }

                if (take is < 1 or > 50)
                {
                    return Error.Invalid("take", "must be 1-50").ToProblem();
                }

                return TypedResults.Ok(await search.SearchAsync(q, take ?? 10, ct));
            })
            .AllowPublic()
            .WithTags("Guidance");
}
