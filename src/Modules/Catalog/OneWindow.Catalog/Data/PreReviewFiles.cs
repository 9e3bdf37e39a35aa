using System.Globalization;
using System.Security.Cryptography;
using OneWindow.SharedKernel.Data;

namespace OneWindow.Catalog.Data;

/// <summary>
/// Where pre-review uploads live: under the data directory (never the web root), each under a generated name with a
/// .bin extension, so nothing uploaded is ever served or run as what it claims to be. The type is decided by the
/// file's first bytes (PDF, JPEG, PNG), not by its name or the browser's word; files are only ever sent back to staff
/// as attachments with <c>nosniff</c>.
/// </summary>
internal sealed class PreReviewFiles(DatabaseSettings settings, PreReviewOptions options)
{
    private static readonly (string Type, byte[] Magic)[] Signatures =
    [
        ("application/pdf", "%PDF-"u8.ToArray()),
        ("image/jpeg", [0xFF, 0xD8, 0xFF]),
        ("image/png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]),
    ];

    public PreReviewOptions Options => options;

    private string Root => Path.Combine(settings.DataDirectory, options.Folder);

    public static string? Sniff(ReadOnlySpan<byte> head)
    {
        foreach (var (type, magic) in Signatures)
        {
            if (head.StartsWith(magic))
            {
                return type;
            }
        }

        return null;
    }

    /// <summary>A file name as shown back: no path, no control characters, at most 120 characters.</summary>
    public static string CleanName(string? name)
    {
        var bare = Path.GetFileName(name ?? "").Where(c => !char.IsControl(c)).ToArray();
        var text = new string(bare).Trim();
        return text.Length == 0 ? "file" : text.Length > 120 ? text[^120..] : text;
    }

    public static string Hash(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    public async Task<string> SaveAsync(Guid fileId, DateTimeOffset at, byte[] bytes, CancellationToken ct)
    {
        var relative = Path.Combine(at.ToString("yyyyMM", CultureInfo.InvariantCulture), fileId.ToString("N") + ".bin");
        var path = Path.Combine(Root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await File.WriteAllBytesAsync(path, bytes, ct);
        return relative;
    }

    public Task<byte[]> ReadAsync(string relative, CancellationToken ct) => File.ReadAllBytesAsync(Path.Combine(Root, relative), ct);

    public void Delete(string relative)
    {
        var path = Path.Combine(Root, relative);
        if (File.Exists(path))
        {
            File.Delete(path);
        }
    }

    public static string Size(long bytes) => bytes >= 1024 * 1024
        ? string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024d * 1024):0.#} MB")
        : string.Create(CultureInfo.InvariantCulture, $"{Math.Max(1, bytes / 1024)} KB");
}
