using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using OneWindow.Organization.Contracts;
using OneWindow.SharedKernel.Api;
using OneWindow.SharedKernel.Security;
using OneWindow.Workforce.Data;

namespace OneWindow.Workforce.Features.ImportScores;

/// <summary>
/// Quarterly scores from an XLSX (first sheet; columns 工号, 季度, 考核类别, 成绩, 考核人, 备注). Every bad row is reported
/// (errors keyed row{n}, the spreadsheet row); with any bad row nothing is stored. The same person, quarter and kind
/// twice in one file is a bad row. Scores on record are updated with their old values kept in the history.
/// </summary>
internal static class ImportScores
{
    public const int MaxRows = 5_000;
    public static readonly string[] Columns = ["工号", "季度", "考核类别", "成绩", "考核人"];

    public sealed record Imported(int Rows, int Created, int Updated);

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapPost("/api/v1/workforce/training/scores/import", async Task<Results<Ok<Imported>, ProblemHttpResult>> (IFormFile? file, ClaimsPrincipal user, WorkforceDesk desk, CancellationToken ct) =>
            {
                var upload = await WorkbookImport.UploadAsync(file, ct);
                if (!upload.IsSuccess)
                {
                    return upload.Error!.ToProblem();
                }

                await using var stream = upload.Value!;
                return (await HandleAsync(stream, user, await desk.ScopeAsync(user, ct), desk, ct)).ToOk();
            })
            .RequireAuthorization(Policies.WorkforceAdmin)
            .DisableAntiforgery()
            .WithTags("Workforce");

    public static async Task<Result<Imported>> HandleAsync(Stream stream, ClaimsPrincipal user, CenterScope scope, WorkforceDesk desk, CancellationToken ct)
    {
        var read = WorkbookImport.Rows(stream, Columns, MaxRows);
        if (!read.IsSuccess)
        {
            return read.Error!;
        }

        var rows = read.Value!;

        var codes = rows.Select(r => WorkbookImport.Text(WorkbookImport.Cell(r, "工号"))).Where(c => c is not null).Distinct().ToList();
        var staff = await desk.Db.Staff.AsNoTracking().Where(s => codes.Contains(s.Code)).ToDictionaryAsync(s => s.Code, ct);
        var today = desk.Today;
        var errors = new Validation();
        var good = new List<SaveScore.SaveScore.Checked>();
        var seen = new Dictionary<(Guid, int, int, string), int>();
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            var number = i + 2;
            var code = WorkbookImport.Text(WorkbookImport.Cell(row, "工号"));
            var scoreCell = WorkbookImport.Cell(row, "成绩");
            var request = new SaveScore.SaveScore.Request(code, WorkbookImport.Text(WorkbookImport.Cell(row, "季度")), WorkbookImport.Text(WorkbookImport.Cell(row, "考核类别")), Score(scoreCell, out var scoreBad), WorkbookImport.Text(WorkbookImport.Cell(row, "考核人")), WorkbookImport.Text(WorkbookImport.Cell(row, "备注")));
            if (request.StaffCode is null && request.Quarter is null && request.Kind is null && WorkbookImport.Text(scoreCell) is null && request.Assessor is null)
            {
                continue;
            }

            var person = code is not null && staff.TryGetValue(code, out var p) && scope.Contains(p.CenterCode) ? p : null;
            var rowErrors = new Validation();
            var checkedScore = SaveScore.SaveScore.Check(rowErrors, "", request, person, today);
            if (scoreBad && !rowErrors.Errors.ContainsKey("score"))
            {
                rowErrors.Add("score", "must be 0-100 with at most one decimal");
            }

            foreach (var (field, messages) in rowErrors.Errors)
            {
                foreach (var message in messages)
                {
                    errors.Add($"row{number}", $"{Label(field)}: {message}");
                }
            }

            if (checkedScore is not null && rowErrors.IsValid)
            {
                if (seen.TryGetValue((checkedScore.Staff.Id, checkedScore.Year, checkedScore.Quarter, checkedScore.Kind), out var earlier))
                {
                    errors.Add($"row{number}", $"工号 {checkedScore.Staff.Code} {request.Quarter} {checkedScore.Kind} is on row {earlier} already");
                }
                else
                {
                    seen[(checkedScore.Staff.Id, checkedScore.Year, checkedScore.Quarter, checkedScore.Kind)] = number;
                    good.Add(checkedScore);
                }
            }
        }

        if (!errors.IsValid)
        {
            return new Error(StatusCodes.Status400BadRequest, "workforce.import_rejected", "Some rows are not valid; nothing was stored.", errors.Errors);
        }

        if (good.Count == 0)
        {
            return Error.Invalid("file", "has no scores", "workforce.import_rejected");
        }

        var staffIds = good.Select(g => g.Staff.Id).Distinct().ToList();
        var years = good.Select(g => g.Year).Distinct().ToList();
        var existing = (await desk.Db.AssessmentScores.AsNoTracking().Where(s => staffIds.Contains(s.StaffId) && years.Contains(s.Year)).Select(s => new { s.StaffId, s.Year, s.Quarter, s.Kind }).ToListAsync(ct))
            .Select(s => (s.StaffId, s.Year, s.Quarter, s.Kind)).ToHashSet();
        var updated = good.Count(g => existing.Contains((g.Staff.Id, g.Year, g.Quarter, g.Kind)));
        try
        {
            await SaveScore.SaveScore.StoreAsync(good, WorkforceDesk.Actor(user), desk, ct);
        }
        catch (DbUpdateException)
        {
            return Error.Conflict("workforce.score_conflict", "Scores were entered by someone else at the same time; import the file again.");
        }

        return new Imported(good.Count, good.Count - updated, updated);
    }

    private static string Label(string field) => field switch
    {
        "staffCode" => "工号",
        "quarter" => "季度",
        "kind" => "考核类别",
        "score" => "成绩",
        "assessor" => "考核人",
        "note" => "备注",
        _ => field,
    };

    private static decimal? Score(object? cell, out bool bad)
    {
        bad = false;
        switch (cell)
        {
            case null:
                return null;
            case double d:
                return (decimal)d;
            case decimal m:
                return m;
            case int n:
                return n;
            case string s when string.IsNullOrWhiteSpace(s):
                return null;
            case string s when decimal.TryParse(s.Trim(), NumberStyles.Number, CultureInfo.InvariantCulture, out var m):
                return m;
            default:
                bad = true;
                return null;
        }
    }


}
