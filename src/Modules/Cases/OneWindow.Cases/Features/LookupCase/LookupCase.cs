using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OneWindow.Cases.Contracts;
using OneWindow.SharedKernel.Api;

namespace OneWindow.Cases.Features.LookupCase;

/// <summary>
/// 办件查询 (public, rate-limited): the applicant types the case number and the last four digits of their phone and
/// sees where the case stands — the item, the status, the promised date — and nothing else (no names, no materials).
/// A wrong pair and an unknown number get the same answer, so the endpoint tells nobody which numbers exist. Digits
/// travel in the body, never in an address.
/// </summary>
internal static class LookupCase
{
    public sealed record Request(string? Number, string? PhoneLast4);

    public sealed record Progress(string Number, string Title, string Status, string? Deadline, string? IssuedOn, bool MayEvaluate);

    /// <summary>Statuses from which the applicant may rate the case online (一事一评): accepted and later, not withdrawn.</summary>
    private static readonly HashSet<string> Rateable = new(StringComparer.Ordinal)
    {
        "accepted", "handed-over", "under-review", "correction-requested", "approved", "rejected", "result-ready", "issued", "closed", "not-accepted",
    };

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapPost("/api/v1/cases/lookup", async Task<Results<Ok<Progress>, ProblemHttpResult>> (Request request, ICaseDirectory cases, CancellationToken ct) =>
                (await HandleAsync(request, cases, ct)).ToOk())
            .AllowPublic()
            .WithTags("Cases");

    public static async Task<Result<Progress>> HandleAsync(Request request, ICaseDirectory cases, CancellationToken ct)
    {
        var v = new Validation().Required("number", request.Number, 32);
        if (request.PhoneLast4 is not { Length: 4 } digits || !digits.All(char.IsAsciiDigit))
        {
            v.Add("phoneLast4", "must be the last 4 digits of the phone given when applying");
        }

        if (!v.IsValid)
        {
            return Error.Invalid(v);
        }

        var number = request.Number!.Trim();
        if (!await cases.PhoneEndsWithAsync(number, request.PhoneLast4!, ct) || await cases.FindByNumberAsync(number, ct) is not { } found)
        {
            return Error.NotFound("cases.lookup_not_found", "No case matches this number and these phone digits.");
        }

        return new Progress(found.Number, found.Title, found.Status, found.Deadline?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            found.IssuedAt is { } issued ? SharedKernel.Time.ChinaTime.ToLocal(issued).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : null,
            Rateable.Contains(found.Status));
    }
}
