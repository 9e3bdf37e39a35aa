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
using OneWindow.Workforce.Domain;

namespace OneWindow.Workforce.Features.ImportPunches;

/// <summary>
/// Clock-device punches from an XLSX (first sheet; columns 工号, 日期, 上班打卡, 下班打卡). Every bad row is reported with
/// its row number and why; with any bad row nothing is stored. Good files replace the times of those people and days.
/// </summary>
internal static class ImportPunches
{
    public const int MaxRows = 20_000;
    public static readonly string[] Columns = ["工号", "日期", "上班打卡", "下班打卡"];

    public sealed record Imported(int Rows, int Created, int Updated);

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapPost("/api/v1/workforce/attendance/import", async Task<Results<Ok<Imported>, ProblemHttpResult>> (IFormFile? file, ClaimsPrincipal user, WorkforceDesk desk, CancellationToken ct) =>
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
        var parsed = new List<(Staff Staff, DateOnly Date, TimeOnly? In, TimeOnly? Out)>();
        var seen = new Dictionary<(string, DateOnly), int>();
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            var number = i + 2;
            var key = $"row{number}";
            var code = WorkbookImport.Text(WorkbookImport.Cell(row, "工号"));
            var dateCell = WorkbookImport.Cell(row, "日期");
            var inCell = WorkbookImport.Cell(row, "上班打卡");
            var outCell = WorkbookImport.Cell(row, "下班打卡");
            if (code is null && WorkbookImport.Text(dateCell) is null && WorkbookImport.Text(inCell) is null && WorkbookImport.Text(outCell) is null)
            {
                continue;
            }

            var before = errors.Errors.Count;
            Staff? person = null;
            if (code is null)
            {
                errors.Add(key, "工号 is empty");
            }
            else if (!staff.TryGetValue(code, out person) || !scope.Contains(person.CenterCode))
            {
                errors.Add(key, $"工号 {code} is not a staff member");
                person = null;
            }

            var date = ReadDate(dateCell);
            if (date is null)
            {
                errors.Add(key, $"日期 '{WorkbookImport.Text(dateCell)}' is not a date");
            }
            else if (date > today)
            {
                errors.Add(key, $"日期 {Wire.Text(date.Value)} is in the future");
            }

            var clockIn = ReadTime(inCell, out var inBad);
            var clockOut = ReadTime(outCell, out var outBad);
            if (inBad)
            {
                errors.Add(key, $"上班打卡 '{WorkbookImport.Text(inCell)}' is not a time");
            }

            if (outBad)
            {
                errors.Add(key, $"下班打卡 '{WorkbookImport.Text(outCell)}' is not a time");
            }

            if (!inBad && !outBad && clockIn is null && clockOut is null)
            {
                errors.Add(key, "neither 上班打卡 nor 下班打卡 is given");
            }

            if (clockIn is { } a && clockOut is { } b && b < a)
            {
                errors.Add(key, $"下班打卡 {Wire.Text(b)} is before 上班打卡 {Wire.Text(a)}");
            }

            if (person is not null && date is { } d)
            {
                if (!person.EmployedOn(d))
                {
                    errors.Add(key, $"{person.Code} was not employed on {Wire.Text(d)}");
                }

                if (seen.TryGetValue((person.Code, d), out var first))
                {
                    errors.Add(key, $"{person.Code} on {Wire.Text(d)} is on row {first} already");
                }
                else
                {
                    seen[(person.Code, d)] = number;
                }
            }

            if (errors.Errors.Count == before && person is not null && date is { } day)
            {
                parsed.Add((person, day, clockIn, clockOut));
            }
        }

        if (!errors.IsValid)
        {
            return new Error(StatusCodes.Status400BadRequest, "workforce.import_rejected", "Rows of the file are wrong; nothing was imported.", errors.Errors);
        }

        var ids = parsed.Select(p => p.Staff.Id).Distinct().ToList();
        var from = parsed.Min(p => p.Date);
        var to = parsed.Max(p => p.Date);
        var existing = await desk.Db.Punches.Where(p => ids.Contains(p.StaffId) && p.Date >= from && p.Date <= to).ToDictionaryAsync(p => (p.StaffId, p.Date), ct);
        var actor = WorkforceDesk.Actor(user);
        var now = desk.Now;
        int created = 0, updated = 0;
        foreach (var (person, date, clockIn, clockOut) in parsed)
        {
            if (!existing.TryGetValue((person.Id, date), out var punch))
            {
                punch = new Punch { StaffId = person.Id, Date = date, Source = "import", UpdatedBy = actor };
                desk.Db.Punches.Add(punch);
                created++;
            }
            else
            {
                updated++;
            }

            punch.ClockIn = clockIn;
            punch.ClockOut = clockOut;
            punch.Source = "import";
            punch.UpdatedBy = actor;
            punch.UpdatedAt = now;
        }

        await desk.Db.SaveChangesAsync(ct);
        return new Imported(parsed.Count, created, updated);
    }



    private static readonly string[] DateFormats = ["yyyy-MM-dd", "yyyy/M/d", "yyyy-M-d", "yyyy.M.d", "yyyyMMdd", "yyyy年M月d日"];
    private static readonly string[] TimeFormats = ["H:mm", "HH:mm", "H:mm:ss", "HH:mm:ss"];

    private static DateOnly? ReadDate(object? cell) => cell switch
    {
        DateTime t => DateOnly.FromDateTime(t),
        DateOnly d => d,
        double d when d is > 20000 and < 80000 => DateOnly.FromDateTime(DateTime.FromOADate(d)),
        string s when DateOnly.TryParseExact(s.Trim(), DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) => d,
        _ => null,
    };

    private static TimeOnly? ReadTime(object? cell, out bool bad)
    {
        bad = false;
        switch (cell)
        {
            case null:
                return null;
            case string s when string.IsNullOrWhiteSpace(s):
                return null;
            case string s when TimeOnly.TryParseExact(s.Trim(), TimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var t):
                return new TimeOnly(t.Hour, t.Minute);
            case TimeSpan span when span >= TimeSpan.Zero && span < TimeSpan.FromDays(1):
                return new TimeOnly(span.Hours, span.Minutes);
            case DateTime dt:
                return new TimeOnly(dt.Hour, dt.Minute);
            case double d when d is >= 0 and < 1:
                var minutes = (int)Math.Round(d * 24 * 60, MidpointRounding.AwayFromZero);
                return minutes >= 24 * 60 ? new TimeOnly(23, 59) : new TimeOnly(minutes / 60, minutes % 60);
            default:
                bad = true;
                return null;
        }
    }
}
