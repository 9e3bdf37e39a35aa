using System.Globalization;
using Microsoft.AspNetCore.Http;
using MiniExcelLibs;
using OneWindow.SharedKernel.Api;

namespace OneWindow.Workforce.Data;

/// <summary>
/// What the XLSX imports share (punches from a clock device, quarterly scores): the upload checked for presence and
/// size, the sheet read under its header row with every required column present, and cell values as text.
/// </summary>
internal static class WorkbookImport
{
    public const long MaxBytes = 5 * 1024 * 1024;

    /// <summary>The uploaded file in memory, or the reason it is refused (field <c>file</c>).</summary>
    public static async Task<Result<MemoryStream>> UploadAsync(IFormFile? file, CancellationToken ct)
    {
        if (file is null || file.Length == 0)
        {
            return Error.Invalid("file", "send the XLSX as multipart/form-data field 'file'");
        }

        if (file.Length > MaxBytes)
        {
            return Error.Invalid("file", $"must be at most {MaxBytes / 1024 / 1024} MB");
        }

        var stream = new MemoryStream();
        await file.CopyToAsync(stream, ct);
        stream.Position = 0;
        return stream;
    }

    /// <summary>The rows under the header, when the workbook reads, has rows, at most <paramref name="maxRows"/>, and every column.</summary>
    public static Result<List<IDictionary<string, object?>>> Rows(Stream stream, IReadOnlyList<string> columns, int maxRows)
    {
        List<IDictionary<string, object?>> rows;
        try
        {
            rows = MiniExcel.Query(stream, useHeaderRow: true, excelType: ExcelType.XLSX).Cast<IDictionary<string, object?>>().Take(maxRows + 1).ToList();
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException or InvalidOperationException or FormatException or ArgumentException or System.Xml.XmlException or NotSupportedException)
        {
            return Error.Invalid("file", "is not an XLSX workbook", "workforce.import_rejected");
        }

        if (rows.Count > maxRows)
        {
            return Error.Invalid("file", $"has more than {maxRows} rows", "workforce.import_rejected");
        }

        var headers = rows.FirstOrDefault()?.Keys.Select(k => k.Trim()).ToList() ?? [];
        var missing = columns.Where(c => !headers.Contains(c)).ToList();
        if (rows.Count == 0 || missing.Count > 0)
        {
            return Error.Invalid("file", rows.Count == 0 ? $"has no rows under the header {string.Join(", ", columns)}" : $"lacks the column(s) {string.Join(", ", missing)}", "workforce.import_rejected");
        }

        return rows;
    }

    public static object? Cell(IDictionary<string, object?> row, string column) =>
        row.FirstOrDefault(c => c.Key.Trim() == column).Value;

    /// <summary>A cell as text: trimmed, numbers invariant, date-times as yyyy-MM-dd HH:mm; blank is null.</summary>
    public static string? Text(object? cell) => cell switch
    {
        null => null,
        string s => string.IsNullOrWhiteSpace(s) ? null : s.Trim(),
        double d => d.ToString(CultureInfo.InvariantCulture),
        DateTime t => t.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
        _ => Convert.ToString(cell, CultureInfo.InvariantCulture)?.Trim() is { Length: > 0 } s ? s : null,
    };
}
