using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using OneWindow.Assistance.Data;
using OneWindow.Assistance.Domain;
using OneWindow.SharedKernel.Api;
using OneWindow.SharedKernel.Security;

namespace OneWindow.Assistance.Features.GetStatistics;

/// <summary>
/// 帮办代办与跨域通办统计 of a month, per center: help records by special group (and how many through the green channel),
/// proxy cases by state, cross-region dossiers by scope, direction and state, and average days (proxy: received to
/// result returned; cross-region: accepted to returned). Also as XLSX.
/// </summary>
internal static class GetStatistics
{
    internal sealed record CenterFigures(
        string CenterCode,
        int Helps,
        int GreenChannel,
        IReadOnlyDictionary<string, int> HelpsByGroup,
        int Proxies,
        IReadOnlyDictionary<string, int> ProxiesByStatus,
        decimal? ProxyAverageDays,
        int Dossiers,
        IReadOnlyDictionary<string, int> DossiersByScope,
        IReadOnlyDictionary<string, int> DossiersByDirection,
        IReadOnlyDictionary<string, int> DossiersByStatus,
        decimal? DossierAverageDays);

    internal sealed record Statistics(string Month, IReadOnlyList<CenterFigures> Centers);

    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/assistance/stats", async Task<Results<Ok<Statistics>, ProblemHttpResult>> (string? month, string? center, ClaimsPrincipal user, AssistanceDesk desk, CancellationToken ct) =>
                (await HandleAsync(month, center, user, desk, ct)).ToOk())
            .RequireAuthorization(Policies.AssistanceStaff)
            .WithTags("Assistance");
        app.MapGet("/api/v1/assistance/stats.xlsx", async Task<Results<FileContentHttpResult, ProblemHttpResult>> (string? month, string? center, ClaimsPrincipal user, AssistanceDesk desk, CancellationToken ct) =>
            {
                var result = await HandleAsync(month, center, user, desk, ct);
                return result.IsSuccess
                    ? TypedResults.File(Workbook(result.Value!), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"assistance-{result.Value!.Month}.xlsx")
                    : result.Error!.ToProblem();
            })
            .RequireAuthorization(Policies.AssistanceStaff)
            .WithTags("Assistance");
    }

    public static async Task<Result<Statistics>> HandleAsync(string? month, string? center, ClaimsPrincipal user, AssistanceDesk desk, CancellationToken ct)
    {
        var first = new DateOnly(desk.Today.Year, desk.Today.Month, 1);
        if (month is not null && !AssistanceDesk.TryMonth(month, out first))
        {
            return Error.Invalid("month", "must be YYYY-MM");
        }

        var scope = await desk.ScopeAsync(user, ct);
        if (center is not null && !scope.Contains(center))
        {
            return Error.Invalid("center", $"'{center}' is not a center you may see");
        }

        var (from, to) = AssistanceDesk.MonthRange(first);
        var helps = (await desk.Db.Helps.AsNoTracking().Where(h => h.StartedAt >= from && h.StartedAt < to && (center == null || h.CenterCode == center))
            .Select(h => new { h.CenterCode, h.Group, h.GreenChannel }).ToListAsync(ct)).Where(h => scope.Contains(h.CenterCode)).ToList();
        var proxies = (await desk.Db.Proxies.AsNoTracking().Where(p => p.CreatedAt >= from && p.CreatedAt < to && (center == null || p.CenterCode == center))
            .Select(p => new { p.CenterCode, p.Status, p.CreatedAt, p.ResultReturnedAt }).ToListAsync(ct)).Where(p => scope.Contains(p.CenterCode)).ToList();
        var dossiers = (await desk.Db.Dossiers.AsNoTracking().Where(d => d.AcceptedAt >= from && d.AcceptedAt < to && (center == null || d.CenterCode == center))
            .Select(d => new { d.CenterCode, d.Scope, d.Direction, d.Status, d.AcceptedAt, d.ReturnedAt }).ToListAsync(ct)).Where(d => scope.Contains(d.CenterCode)).ToList();
        var centers = helps.Select(h => h.CenterCode).Concat(proxies.Select(p => p.CenterCode)).Concat(dossiers.Select(d => d.CenterCode)).Distinct().Order(StringComparer.Ordinal);
        var figures = centers.Select(c =>
        {
            var h = helps.Where(x => x.CenterCode == c).ToList();
            var p = proxies.Where(x => x.CenterCode == c).ToList();
            var d = dossiers.Where(x => x.CenterCode == c).ToList();
            return new CenterFigures(
                c,
                h.Count,
                h.Count(x => x.GreenChannel),
                Count(h.Select(x => x.Group)),
                p.Count,
                Count(p.Select(x => x.Status)),
                Average(p.Where(x => x.ResultReturnedAt is not null).Select(x => x.ResultReturnedAt!.Value - x.CreatedAt)),
                d.Count,
                Count(d.Select(x => x.Scope)),
                Count(d.Select(x => x.Direction)),
                Count(d.Select(x => x.Status)),
                Average(d.Where(x => x.ReturnedAt is not null).Select(x => x.ReturnedAt!.Value - x.AcceptedAt)));
        }).ToList();
        return new Statistics($"{first.Year:D4}-{first.Month:D2}", figures);
    }

    /// <summary>Every value of the enum, zero when absent, so that a column never disappears.</summary>
    private static Dictionary<string, int> Count<TEnum>(IEnumerable<TEnum> values)
        where TEnum : struct, Enum
    {
        var list = values.ToList();
        return Enum.GetValues<TEnum>().ToDictionary(EnumParsing.ToWire, e => list.Count(x => x.Equals(e)), StringComparer.Ordinal);
    }

    private static decimal? Average(IEnumerable<TimeSpan> spans)
    {
        var list = spans.ToList();
        return list.Count == 0 ? null : Math.Round((decimal)list.Average(s => s.TotalDays), 1, MidpointRounding.AwayFromZero);
    }

    private static readonly Dictionary<string, string> Labels = new(StringComparer.Ordinal)
    {
        ["elderly"] = "老年人", ["disabled"] = "残疾人", ["pregnant"] = "孕产妇", ["military"] = "军人及军属", ["foreigner"] = "外籍人士", ["key-project"] = "企业重点项目", ["other"] = "其他",
        ["received"] = "已接收材料", ["submitted"] = "已提交", ["result-returned"] = "已返还结果", ["cancelled"] = "已撤销",
        ["jing-jin-ji"] = "京津冀", ["inter-provincial"] = "跨省", ["in-district"] = "区内",
        ["outgoing"] = "代收(外地)", ["incoming"] = "外地代收",
        ["accepted"] = "已收件", ["forwarded"] = "已寄递", ["decided"] = "已办结", ["returned"] = "已送达",
    };

    public static string Label(string wire) => Labels.GetValueOrDefault(wire, wire);

    /// <summary>One row per center; the column headers are Chinese, like the rest of the center's reports.</summary>
    public static byte[] Workbook(Statistics stats)
    {
        ArgumentNullException.ThrowIfNull(stats);
        var rows = stats.Centers.Select(c =>
        {
            var row = new Dictionary<string, object?> { ["月份"] = stats.Month, ["中心"] = c.CenterCode, ["帮办"] = c.Helps, ["绿色通道"] = c.GreenChannel };
            foreach (var (k, n) in c.HelpsByGroup)
            {
                row["帮办-" + Label(k)] = n;
            }

            row["代办"] = c.Proxies;
            foreach (var (k, n) in c.ProxiesByStatus)
            {
                row["代办-" + Label(k)] = n;
            }

            row["代办平均天数"] = c.ProxyAverageDays;
            row["跨域通办"] = c.Dossiers;
            foreach (var (k, n) in c.DossiersByScope.Concat(c.DossiersByDirection).Concat(c.DossiersByStatus))
            {
                row["跨域-" + Label(k)] = n;
            }

            row["跨域平均天数"] = c.DossierAverageDays;
            return row;
        }).ToList();
        using var stream = new MemoryStream();
        MiniExcel.SaveAs(stream, rows.Count == 0 ? [new Dictionary<string, object?> { ["月份"] = stats.Month, ["中心"] = "—" }] : rows, sheetName: "帮办代办统计");
        return stream.ToArray();
    }
}
