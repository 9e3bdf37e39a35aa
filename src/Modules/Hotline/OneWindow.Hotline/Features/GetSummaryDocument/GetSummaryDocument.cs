using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using OneWindow.Calendar.Contracts;
using OneWindow.Hotline.Data;
using OneWindow.Hotline.Reports;
using OneWindow.SharedKernel.Api;
using OneWindow.SharedKernel.Security;

namespace OneWindow.Hotline.Features.GetSummaryDocument;

/// <summary>
/// <c>GET /api/v1/work-orders/summary/document?kind&amp;date&amp;format=docx|xlsx</c>: the summary of
/// <see cref="GetSummary.GetSummary"/> as a Word report or an Excel workbook, named in Chinese
/// (e.g. 石景山区12345接诉即办月报（2026年11月考核期）.docx, sent as an RFC 5987 <c>filename*</c>).
/// </summary>
internal static class GetSummaryDocument
{
    public sealed record File(string FileName, string ContentType, byte[] Content);

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/api/v1/work-orders/summary/document", async (string? kind, string? date, string? format, HotlineDesk desk, ICalendarProvider calendars, IConfiguration configuration, CancellationToken ct) =>
            {
                var result = await HandleAsync(kind, date, format, desk, calendars, configuration, ct);
                return result.IsSuccess
                    ? Results.File(result.Value!.Content, result.Value.ContentType, result.Value.FileName)
                    : result.Error!.ToProblem();
            })
            .RequireAuthorization(Policies.Staff)
            .WithTags("Hotline");

    public static async Task<Result<File>> HandleAsync(string? kind, string? date, string? format, HotlineDesk desk, ICalendarProvider calendars, IConfiguration configuration, CancellationToken ct)
    {
        var v = new Validation();
        var docx = format is null or "docx";
        if (!docx && format != "xlsx")
        {
            v.Add("format", "must be docx or xlsx");
        }

        var period = GetSummary.GetSummary.Period(kind, date, desk, v);
        if (period is null || !v.IsValid)
        {
            return Error.Invalid(v);
        }

        var summary = await GetSummary.GetSummary.BuildAsync(period, desk, calendars, configuration, ct);
        using var stream = new MemoryStream();
        if (docx)
        {
            SummaryDocument.Write(stream, summary);
        }
        else
        {
            SummaryWorkbook.Write(stream, summary);
        }

        var name = $"{summary.Place}12345接诉即办{period.KindName}（{period.Label}）.{(docx ? "docx" : "xlsx")}";
        return new File(name, docx ? SummaryDocument.ContentType : SummaryWorkbook.ContentType, stream.ToArray());
    }
}
