using System.Globalization;
using System.Security.Cryptography;
using OneWindow.SharedKernel.Data;
using OneWindow.SharedKernel.Files;

namespace OneWindow.Catalog.Data;

/// <summary>
/// Where pre-review uploads live: under the data directory (never the web root), each under a generated name with a
/// .bin extension, so nothing uploaded is ever served or run as what it claims to be. The type is decided by the
/// file's first bytes (PDF, JPEG, PNG), not by its name or the browser's word; files are only ever sent back to staff
/// as attachments with <c>nosniff</c>.
/// </summary>
internal sealed class PreReviewFiles(DatabaseSettings settings, PreReviewOptions options)
{
    public PreReviewOptions Options => options;

    /// <summary>What a pre-review file may be.</summary>
    public static readonly UploadKind[] Kinds = [UploadKind.Pdf, UploadKind.Jpeg, UploadKind.Png];

    private UploadFolder Folder => new(Path.Combine(settings.DataDirectory, options.Folder));

    public static string? Sniff(ReadOnlySpan<byte> head) => UploadCheck.ContentTypeOf(head, Kinds);

    /// <summary>The content type when the file is taken, else why not ("is empty", "is larger than 10 MB", "is not a PDF, JPEG or PNG file").</summary>
    public (string? Type, string? Problem) Check(byte[] bytes)
    {
        var verdict = UploadCheck.Check(bytes, options.MaxFileBytes, Kinds);
        return (verdict.ContentType, verdict.Problem switch
        {
            null => null,
            UploadProblem.Empty => "is empty",
            UploadProblem.TooLarge => $"is larger than {Size(options.MaxFileBytes)}",
            _ => "is not a PDF, JPEG or PNG file",
        });
    }

    /// <summary>A file name as shown back: no path, no control characters, at most 120 characters.</summary>
    public static string CleanName(string? name) => UploadCheck.SafeName(name, 120, "file");

    public static string Hash(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    public async Task<string> SaveAsync(Guid fileId, DateTimeOffset at, byte[] bytes, CancellationToken ct)
    {
        var relative = UploadFolder.NewPath(at.ToString("yyyyMM", CultureInfo.InvariantCulture), fileId);
        await Folder.WriteAsync(relative, bytes, ct);
        return relative;
    }

    public Task<byte[]> ReadAsync(string relative, CancellationToken ct) => Folder.ReadAsync(relative, ct);

    public void Delete(string relative) => Folder.Delete(relative);

    public static string Size(long bytes) => bytes >= 1024 * 1024
        ? string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024d * 1024):0.#} MB")
        : string.Create(CultureInfo.InvariantCulture, $"{Math.Max(1, bytes / 1024)} KB");
}
