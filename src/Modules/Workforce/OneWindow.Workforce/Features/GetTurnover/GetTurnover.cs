using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using OneWindow.Organization.Contracts;
using OneWindow.SharedKernel.Api;
using OneWindow.SharedKernel.Security;
using OneWindow.Workforce.Data;

namespace OneWindow.Workforce.Features.GetTurnover;

/// <summary>
/// 人员流动: hires and exits per month of a year, the headcount on the first and last day, and turnover % = exits ÷
/// the average of the two headcounts × 100 (two places); the year's line uses the year's first and last day.
/// </summary>
internal static class GetTurnover
{
    public sealed record MonthLine(string Month, int Hires, int Exits, int HeadcountStart, int HeadcountEnd, decimal TurnoverPercent);

    public sealed record Turnover(int Year, IReadOnlyList<MonthLine> Months, MonthLine Total);

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/api/v1/workforce/staff/turnover", async Task<Results<Ok<Turnover>, ProblemHttpResult>> (string? year, string? center, ClaimsPrincipal user, WorkforceDesk desk, CancellationToken ct) =>
                (await HandleAsync(year, center, await desk.ScopeAsync(user, ct), desk, ct)).ToOk())
            .RequireAuthorization(Policies.WorkforceSupervisor)
            .WithTags("Workforce");

    public static async Task<Result<Turnover>> HandleAsync(string? yearText, string? center, CenterScope scope, WorkforceDesk desk, CancellationToken ct)
    {
        if (!int.TryParse(yearText, NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year is < 2000 or > 2199)
        {
            return Error.Invalid("year", "must be a year 2000-2199");
        }

        var centers = await ListPosts.ListPosts.CentersAsync(center, scope, desk, ct);
        if (!centers.IsSuccess)
        {
            return centers.Error!;
        }

        var codes = centers.Value!.ToList();
        var people = await desk.Db.Staff.AsNoTracking().Where(s => codes.Contains(s.CenterCode))
            .Select(s => new { s.HiredOn, s.LeftOn })
            .ToListAsync(ct);
        MonthLine Line(string label, DateOnly first, DateOnly last)
        {
            var hires = people.Count(p => p.HiredOn >= first && p.HiredOn <= last);
            var exits = people.Count(p => p.LeftOn is { } l && l >= first && l <= last);
            var start = people.Count(p => p.HiredOn <= first && (p.LeftOn is null || p.LeftOn >= first));
            var end = people.Count(p => p.HiredOn <= last && (p.LeftOn is null || p.LeftOn >= last));
            var average = (start + end) / 2m;
            var percent = average == 0 ? 0m : Math.Round(exits * 100m / average, 2, MidpointRounding.AwayFromZero);
            return new MonthLine(label, hires, exits, start, end, percent);
        }

        var months = Enumerable.Range(1, 12).Select(m =>
        {
            var first = new DateOnly(year, m, 1);
            return Line(Wire.Month(first), first, Wire.LastOfMonth(first));
        }).ToList();
        return new Turnover(year, months, Line(year.ToString(CultureInfo.InvariantCulture), new DateOnly(year, 1, 1), new DateOnly(year, 12, 31)));
    }
}
