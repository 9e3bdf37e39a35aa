using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using MiniExcelLibs;
using OneWindow.Organization.Contracts;
using OneWindow.SharedKernel.Api;
using OneWindow.SharedKernel.Security;
using OneWindow.Workforce.Data;

namespace OneWindow.Workforce.Features.ExportRoster;

/// <summary>
/// 排班表 XLSX: one row per person, one column per day with the post code and the shift marks (早 午 晚 六), 调休 and 假;
/// then the days worked and the extended shifts. A second sheet explains the marks.
/// </summary>
internal static class ExportRoster
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static readonly string[] Weekdays = ["日", "一", "二", "三", "四", "五", "六"];

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/api/v1/workforce/rosters/{id:guid}/export", async Task<Results<FileContentHttpResult, ProblemHttpResult>> (Guid id, ClaimsPrincipal user, WorkforceDesk desk, RosterGrids grids, CancellationToken ct) =>
            {
                var result = await HandleAsync(id, await desk.ScopeAsync(user, ct), desk, grids, ct);
                return result.IsSuccess ? TypedResults.File(result.Value!.Bytes, ContentType, result.Value.FileName) : result.Error!.ToProblem();
            })
            .RequireAuthorization(Policies.WorkforceSupervisor)
            .WithTags("Workforce");

    public sealed record Workbook(string FileName, byte[] Bytes);

    public static async Task<Result<Workbook>> HandleAsync(Guid id, CenterScope scope, WorkforceDesk desk, RosterGrids grids, CancellationToken ct)
    {
        var found = await ListRosters.ListRosters.GridAsync(id, scope, desk, grids, ct);
        if (!found.IsSuccess)
        {
            return found.Error!;
        }

        var grid = found.Value!;
        var dayColumns = grid.Days.Select(d =>
        {
            var date = DateOnly.ParseExact(d.Date, "yyyy-MM-dd", CultureInfo.InvariantCulture);
            return $"{date:MM-dd} {Weekdays[(int)date.DayOfWeek]}{(d.IsWorkday ? "" : "休")}";
        }).ToList();
        var rows = new List<Dictionary<string, object?>>();
        foreach (var row in grid.Rows)
        {
            var line = new Dictionary<string, object?>
            {
                ["工号"] = row.StaffCode,
                ["姓名"] = row.Name,
                ["中心"] = row.CenterCode,
                ["A岗"] = row.APost,
                ["B岗"] = row.BPost,
            };
            for (var i = 0; i < dayColumns.Count; i++)
            {
                line[dayColumns[i]] = row.Cells[i].Text;
            }

            line["出勤天数"] = row.WorkDays;
            line["延时班次"] = row.ShiftCount;
            rows.Add(line);
        }

        var legend = grid.ShiftTypes.Select(s => new Dictionary<string, object?> { ["标记"] = s.Mark, ["班次"] = s.Label, ["中心"] = s.CenterCode, ["时间"] = $"{s.Start}-{s.End}" })
            .Append(new Dictionary<string, object?> { ["标记"] = "调休", ["班次"] = "调休（补休）", ["中心"] = "", ["时间"] = "" })
            .Append(new Dictionary<string, object?> { ["标记"] = "假", ["班次"] = "已批准的请假", ["中心"] = "", ["时间"] = "" })
            .ToList();
        var sheets = new Dictionary<string, object>
        {
            ["排班表"] = rows,
            ["说明"] = legend,
        };
        using var stream = new MemoryStream();
        await MiniExcel.SaveAsAsync(stream, sheets, cancellationToken: ct);
        var r = grid.Roster;
        return new Workbook($"roster-{r.CenterCode}-{r.Month}-v{r.Version}.xlsx", stream.ToArray());
    }
}
