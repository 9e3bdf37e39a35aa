using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using OneWindow.Guidance.Data;
using OneWindow.Guidance.Domain;
using OneWindow.Organization.Contracts;
using OneWindow.SharedKernel.Api;
using OneWindow.SharedKernel.Security;

namespace OneWindow.Guidance.Features.RecordSession;

/// <summary>Records one guidance conversation: query, suggestions, the choice and where the visitor went (seed 002 §6(2) 全量记录).</summary>
internal static class RecordSession
{
    public sealed record Request(string? Query, IReadOnlyList<string>? Suggestions, string? Chosen, string? Outcome, string? CenterCode);

    public sealed record Response(Guid Id, string At, string Outcome);

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapPost("/api/v1/guidance/sessions", async Task<Results<Created<Response>, ProblemHttpResult>> (Request request, ClaimsPrincipal user, IDataScope scopes, GuidanceDbContext db, TimeProvider clock, CancellationToken ct) =>
            {
                var result = await HandleAsync(request, user.Identity?.Name ?? "unknown", await scopes.ForAsync(user, ct), db, clock, ct);
                return result.IsSuccess ? TypedResults.Created($"/api/v1/guidance/sessions/{result.Value!.Id}", result.Value) : result.Error!.ToProblem();
            })
            .RequireAuthorization(Policies.Staff)
            .WithTags("Guidance");

    public static async Task<Result<Response>> HandleAsync(Request request, string guide, CenterScope scope, GuidanceDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var v = new Validation();
        if (string.IsNullOrWhiteSpace(request.Query) || request.Query.Length > 200)
        {
            v.Add("query", "is required (at most 200 characters)");
        }

        if (!EnumParsing.TryParseWire<Outcome>(request.Outcome, out var outcome))
        {
            v.Add("outcome", $"must be one of {EnumParsing.Allowed<Outcome>()}");
        }

        var suggestions = request.Suggestions ?? [];
        if (suggestions.Count > 20 || suggestions.Any(s => s.Length > 64))
        {
            v.Add("suggestions", "at most 20 codes");
        }

        if (request.Chosen is { Length: > 64 })
        {
            v.Add("chosen", "at most 64 characters");
        }

        if (request.CenterCode is not null && !scope.Contains(request.CenterCode))
        {
            v.Add("centerCode", $"center '{request.CenterCode}' is not yours");
        }

        if (!v.IsValid)
        {
            return Error.Invalid(v);
        }

        var session = new GuidanceSession
        {
            At = clock.GetUtcNow(),
            Guide = guide,
            CenterCode = request.CenterCode,
            Query = request.Query!.Trim(),
            Suggestions = [.. suggestions],
            Chosen = request.Chosen,
            Outcome = outcome,
        };
        db.Sessions.Add(session);
        await db.SaveChangesAsync(ct);
        return new Response(session.Id, session.At.ToString("O", System.Globalization.CultureInfo.InvariantCulture), EnumParsing.ToWire(outcome));
    }
}
