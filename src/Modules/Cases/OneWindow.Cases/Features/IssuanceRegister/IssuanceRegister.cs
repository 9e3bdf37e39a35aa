using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using OneWindow.Calendar.Contracts;
using OneWindow.Cases.Data;
using OneWindow.Cases.Documents;
using OneWindow.Cases.Domain;
using OneWindow.Organization.Contracts;
using OneWindow.SharedKernel.Api;
using OneWindow.SharedKernel.Security;

namespace OneWindow.Cases.Features.IssuanceRegister;

/// <summary>
/// 统一出件 records: the day's issuance register (DOCX or XLSX) of the user's centers, and statistics of results issued
/// by pickup and by post per day and per department.
/// </summary>
internal static class IssuanceRegister
{
    public sealed record Line(Guid Id, string Number, string Title, string? DepartmentCode, string? DepartmentName, string ApplicantName, string Method, DateTimeOffset IssuedAt, string? Signer, string? ExpressCompany, string? TrackingNumber, string? DeliveryStatus);

    public sealed record Statistic(string Date, string? DepartmentCode, string? DepartmentName, int Pickup, int Post, int Total);

    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/cases/issuance", async (string? date, ClaimsPrincipal user, CaseDesk desk, CancellationToken ct) =>
                (await LinesAsync(date, user, desk, ct)).ToOk())
            .RequireAuthorization(Policies.CaseClerk).WithTags("Cases");
        app.MapGet("/api/v1/cases/issuance/register", async (string? date, string? format, ClaimsPrincipal user, CaseDesk desk, CancellationToken ct) =>
            {
                var result = await RegisterAsync(date, format, user, desk, ct);
                return result.IsSuccess ? Results.File(result.Value!.Content, result.Value.ContentType, result.Value.FileName) : result.Error!.ToProblem();
            })
            .RequireAuthorization(Policies.CaseClerk).WithTags("Cases");
        app.MapGet("/api/v1/cases/issuance/statistics", async (string? from, string? to, ClaimsPrincipal user, CaseDesk desk, CancellationToken ct) =>
                (await StatisticsAsync(from, to, user, desk, ct)).ToOk())
            .RequireAuthorization(Policies.CaseSupervisor).WithTags("Cases");
    }

    private static bool TryDay(string? text, DateOnly fallback, out DateOnly day)
    {
        day = fallback;
        return text is null || DateOnly.TryParseExact(text, "yyyy-MM-dd", out day);
    }

    private static DateTimeOffset StartOf(DateOnly day) => new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), BusinessHours.Offset).ToUniversalTime();

    public static async Task<Result<IReadOnlyList<Line>>> LinesAsync(string? date, ClaimsPrincipal user, CaseDesk desk, CancellationToken ct)
    {
        if (!TryDay(date, desk.Today, out var day))
        {
            return Error.Invalid("date", "must be YYYY-MM-DD");
        }

        return Result<IReadOnlyList<Line>>.Ok(await IssuedAsync(day, day, user, desk, ct));
    }

    private static async Task<List<Line>> IssuedAsync(DateOnly from, DateOnly to, ClaimsPrincipal user, CaseDesk desk, CancellationToken ct)
    {
        var scope = await desk.ScopeAsync(user, ct);
        var start = StartOf(from);
        var end = StartOf(to.AddDays(1));
        var rows = await desk.Db.Cases.AsNoTracking().Where(c => c.IssuedAt != null && c.IssuedAt >= start && c.IssuedAt < end).OrderBy(c => c.IssuedAt).ToListAsync(ct);
        var departments = (await desk.Organization.DepartmentsAsync(ct)).ToDictionary(d => d.Code, d => d.Name, StringComparer.Ordinal);
        return rows.Where(c => scope.Contains(c.CenterCode)).Select(c => new Line(
            c.Id, c.Number, c.Title, c.DepartmentCode, c.DepartmentCode is { } d && departments.TryGetValue(d, out var n) ? n : null, desk.ApplicantName(c),
            CaseDesk.Wire(c.IssueMethod!.Value), c.IssuedAt!.Value, c.PickupSigner, c.ExpressCompany, c.TrackingNumber, c.DeliveryStatus is { } s ? CaseDesk.Wire(s) : null)).ToList();
    }

    public static async Task<Result<GetDocument.GetDocument.File>> RegisterAsync(string? date, string? format, ClaimsPrincipal user, CaseDesk desk, CancellationToken ct)
    {
        var v = new Validation();
        if (!TryDay(date, desk.Today, out var day))
        {
            v.Add("date", "must be YYYY-MM-DD");
        }

        if (format is not (null or "docx" or "xlsx"))
        {
            v.Add("format", "must be docx or xlsx");
        }

        if (!v.IsValid)
        {
            return Error.Invalid(v);
        }

        var lines = await IssuedAsync(day, day, user, desk, ct);
        var name = $"issuance-register-{day:yyyyMMdd}";
        static string Method(string m) => m == "post" ? "邮寄送达" : "窗口领取";
        static string Local(DateTimeOffset t) => BusinessHours.Local(t).ToString("HH:mm", CultureInfo.InvariantCulture);
        if (format == "xlsx")
        {
            var rows = lines.Select((l, i) => new Dictionary<string, object?>
            {
                ["序号"] = i + 1,
                ["办件编号"] = l.Number,
                ["事项"] = l.Title,
                ["部门"] = l.DepartmentName ?? l.DepartmentCode,
                ["申请人"] = l.ApplicantName,
                ["出件方式"] = Method(l.Method),
                ["出件时间"] = Local(l.IssuedAt),
                ["签收人"] = l.Signer,
                ["快递公司"] = l.ExpressCompany,
                ["运单号"] = l.TrackingNumber,
            }).ToList();
            if (rows.Count == 0)
            {
                rows.Add(new Dictionary<string, object?> { ["序号"] = null, ["办件编号"] = null, ["事项"] = null, ["部门"] = null, ["申请人"] = null, ["出件方式"] = null, ["出件时间"] = null, ["签收人"] = null, ["快递公司"] = null, ["运单号"] = null });
            }

            using var stream = new MemoryStream();
            await MiniExcel.SaveAsAsync(stream, new Dictionary<string, object> { ["出件登记簿"] = rows }, cancellationToken: ct);
            return new GetDocument.GetDocument.File(stream.ToArray(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", name + ".xlsx");
        }

        var scope = await desk.ScopeAsync(user, ct);
        var centers = await desk.Organization.CentersAsync(scope, ct);
        var bytes = CaseDocuments.IssuanceRegister(day, centers.Count > 0 ? centers[0].Name : string.Empty, lines.Select(l => new CaseDocuments.RegisterLine(
            l.Number, l.Title, l.DepartmentName, l.ApplicantName, Method(l.Method), Local(l.IssuedAt), l.Signer ?? $"{l.ExpressCompany} {l.TrackingNumber}")).ToList());
        return new GetDocument.GetDocument.File(bytes, WordDocument.ContentType, name + ".docx");
    }

    public static async Task<Result<IReadOnlyList<Statistic>>> StatisticsAsync(string? from, string? to, ClaimsPrincipal user, CaseDesk desk, CancellationToken ct)
    {
        var v = new Validation();
        if (!TryDay(from, desk.Today, out var f))
        {
            v.Add("from", "must be YYYY-MM-DD");
        }

        if (!TryDay(to, f, out var t))
        {
            v.Add("to", "must be YYYY-MM-DD");
        }
        else if (t < f || t.DayNumber - f.DayNumber > 366)
        {
            v.Add("to", "must be on or after from, within a year");
        }

        if (!v.IsValid)
        {
            return Error.Invalid(v);
        }

        var lines = await IssuedAsync(f, t, user, desk, ct);
        return lines
            .GroupBy(l => (Day: DateOnly.FromDateTime(BusinessHours.Local(l.IssuedAt)), l.DepartmentCode, l.DepartmentName))
            .OrderBy(g => g.Key.Day).ThenBy(g => g.Key.DepartmentCode, StringComparer.Ordinal)
            .Select(g => new Statistic(g.Key.Day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), g.Key.DepartmentCode, g.Key.DepartmentName,
                g.Count(l => l.Method == "pickup"), g.Count(l => l.Method == "post"), g.Count()))
            .ToList();
    }
}
