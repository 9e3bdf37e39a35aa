using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using OneWindow.Guidance.Data;
using OneWindow.Guidance.Domain;
using OneWindow.SharedKernel.Api;
using OneWindow.SharedKernel.Security;

namespace OneWindow.Guidance.Features.GetStatistics;

/// <summary>Guidance figures for a period (China Standard Time days, both ends included): totals, outcomes, top questions and items.</summary>
internal static class GetStatistics
{
    public sealed record Count(string Key, int Value);

    public sealed record Response(string From, string To, int Sessions, IReadOnlyList<Count> ByOutcome, IReadOnlyList<Count> ByDay, IReadOnlyList<Count> TopQueries, IReadOnlyList<Count> TopChosen);

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/api/v1/guidance/stats", async (string? from, string? to, GuidanceDbContext db, TimeProvider clock, CancellationToken ct) => (await HandleAsync(from, to, db, clock, ct)).ToOk())
            .RequireAuthorization(Policies.Staff)
            .WithTags("Guidance");

    public static async Task<Result<Response>> HandleAsync(string? from, string? to, GuidanceDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().ToOffset(TimeSpan.FromHours(8)).DateTime);
        var v = new Validation();
        var first = today;
        var last = today;
        if (from is not null && !DateOnly.TryParseExact(from, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out first))
        {
            v.Add("from", "must be a date YYYY-MM-DD");
        }

        if (to is not null && !DateOnly.TryParseExact(to, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out last))
        {
            v.Add("to", "must be a date YYYY-MM-DD");
        }

        if (v.IsValid && (last < first || last.DayNumber - first.DayNumber > 366))
        {
            v.Add("to", "must be on or after from, within 366 days");
        }

        if (!v.IsValid)
        {
            return Error.Invalid(v);
        }

        var offset = TimeSpan.FromHours(8);
        // PostgreSQL takes instants in UTC only.
        var start = new DateTimeOffset(first.ToDateTime(TimeOnly.MinValue), offset).ToUniversalTime();
        var end = new DateTimeOffset(last.AddDays(1).ToDateTime(TimeOnly.MinValue), offset).ToUniversalTime();
        var rows = await db.Sessions.AsNoTracking().Where(s => s.At >= start && s.At < end).Select(s => new { s.At, s.Query, s.Chosen, s.Outcome }).ToListAsync(ct);
        static List<Count> Top(IEnumerable<string> keys, int n) =>
            keys.GroupBy(k => k, StringComparer.Ordinal).Select(g => new Count(g.Key, g.Count())).OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal).Take(n).ToList();
        return new Response(
            first.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            last.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            rows.Count,
            Enum.GetValues<Outcome>().Select(o => new Count(EnumParsing.ToWire(o), rows.Count(r => r.Outcome == o))).ToList(),
            rows.GroupBy(r => r.At.ToOffset(offset).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => new Count(g.Key, g.Count())).ToList(),
            Top(rows.Select(r => r.Query), 10),
            Top(rows.Where(r => r.Chosen is not null).Select(r => r.Chosen!), 10));
    }
}
