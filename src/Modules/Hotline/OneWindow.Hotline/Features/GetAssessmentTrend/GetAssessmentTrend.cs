using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OneWindow.Hotline.Data;
using OneWindow.SharedKernel.Api;
using OneWindow.SharedKernel.Security;
using Assessment = OneWindow.Hotline.Features.GetAssessment.GetAssessment;

namespace OneWindow.Hotline.Features.GetAssessmentTrend;

/// <summary>
/// The three-rate assessment period by period, for trend charts: the last <c>months</c> assessment periods up to the
/// current one, or every period with a day in [from, to]. Each period carries the rows of every unit with a valid
/// callback in it (rates, score, rank), exactly as <c>GET /work-orders/assessment</c> gives them for its dates.
/// </summary>
internal static class GetAssessmentTrend
{
    public const int DefaultMonths = 6;

    public sealed record Period(string Label, DateOnly From, DateOnly To, IReadOnlyList<Assessment.Row> Rows);

    public sealed record Weights(decimal Response, decimal Resolution, decimal Satisfaction);

    public sealed record Trend(int PeriodStartDay, Weights Weights, IReadOnlyList<Period> Periods);

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/api/v1/work-orders/assessment/trend", async (string? months, string? from, string? to, HotlineDesk desk, CancellationToken ct) =>
                (await HandleAsync(months, from, to, desk, ct)).ToOk())
            .RequireAuthorization(Policies.Staff)
            .WithTags("Hotline");

    public static async Task<Result<Trend>> HandleAsync(string? months, string? from, string? to, HotlineDesk desk, CancellationToken ct)
    {
        var startDay = desk.Options.PeriodStartDay;
        var v = new Validation();
        IReadOnlyList<AssessmentPeriod> periods = [];
        if (from is null && to is null)
        {
            var count = DefaultMonths;
            if (months is not null && (!int.TryParse(months, NumberStyles.None, CultureInfo.InvariantCulture, out count) || count < 1 || count > AssessmentPeriods.MaxPeriods))
            {
                v.Add("months", $"must be a number of periods from 1 to {AssessmentPeriods.MaxPeriods}");
            }
            else
            {
                periods = AssessmentPeriods.Last(desk.Today, count, startDay);
            }
        }
        else
        {
            if (months is not null)
            {
                v.Add("months", "give either months or from and to, not both");
            }

            var start = Date(v, "from", from);
            var end = Date(v, "to", to);
            if (v.IsValid)
            {
                if (end < start)
                {
                    v.Add("to", "must be on or after from");
                }
                else
                {
                    periods = AssessmentPeriods.Between(start, end, startDay);
                    if (periods.Count > AssessmentPeriods.MaxPeriods)
                    {
                        v.Add("to", $"the range spans {periods.Count} assessment periods; at most {AssessmentPeriods.MaxPeriods}");
                    }
                }
            }
        }

        if (!v.IsValid)
        {
            return Error.Invalid(v);
        }

        var o = desk.Options;
        return new Trend(startDay, new Weights(o.ResponseWeight, o.ResolutionWeight, o.SatisfactionWeight), await AssessAsync(desk, periods, ct));
    }

    /// <summary>The assessment of each period, in the order given.</summary>
    public static async Task<IReadOnlyList<Period>> AssessAsync(HotlineDesk desk, IEnumerable<AssessmentPeriod> periods, CancellationToken ct)
    {
        var result = new List<Period>();
        foreach (var period in periods)
        {
            var rows = await Assessment.AssessAsync(desk, period.From, period.To, ct);
            result.Add(new Period(period.Label, period.From, period.To, rows.Select(ToRow).ToList()));
        }

        return result;
    }

    public static Assessment.Row ToRow(Contracts.UnitAssessment r) =>
        new(r.UnitCode, r.UnitName, r.ValidCallbacks, r.Contacted, r.Solved, r.Satisfied, r.BasicallySatisfied, r.ResponseRate, r.ResolutionRate, r.SatisfactionRate, r.Score, r.Rank);

    private static DateOnly Date(Validation v, string field, string? text)
    {
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) && date.Year is >= 1990 and < 2200)
        {
            return date;
        }

        v.Add(field, "must be a date YYYY-MM-DD (1990-2199)");
        return default;
    }
}
