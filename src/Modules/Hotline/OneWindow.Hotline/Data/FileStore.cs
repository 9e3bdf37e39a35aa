using OneWindow.Hotline.Domain;
using OneWindow.SharedKernel.Data;

namespace OneWindow.Hotline.Data;

/// <summary>
/// Attachments and on-site photos, kept under the data directory (never under the web root) with a generated name, so
/// nothing uploaded is ever served or executed as what it claims to be. The type is decided by the file's first bytes,
/// not by its name or the browser's word; only images and PDF are taken.
/// </summary>
internal sealed class FileStore(DatabaseSettings settings, HotlineOptions options)
{
    private static readonly (string Type, byte[] Magic)[] Signatures =
    [
        ("image/jpeg", [0xFF, 0xD8, 0xFF]),
        ("image/png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]),
        ("application/pdf", "%PDF-"u8.ToArray()),
    ];

    public long MaxBytes => options.MaxFileBytes;

    private string Root => Path.Combine(settings.DataDirectory, options.FileFolder);

    /// <summary>The content type by signature, or null when the file is none of the accepted kinds.</summary>
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

    /// <summary>Checks every file before anything is written: (field error) or null.</summary>
    public async Task<(string? Error, IReadOnlyList<(string Name, string Type, byte[] Bytes)> Files)> ReadAsync(IEnumerable<Microsoft.AspNetCore.Http.IFormFile> files, bool imagesOnly, CancellationToken ct)
    {
        var read = new List<(string, string, byte[])>();
        foreach (var file in files)
        {
            if (file.Length == 0)
            {
                return ($"'{file.FileName}' is empty", []);
            }

            if (file.Length > options.MaxFileBytes)
            {
                return ($"'{file.FileName}' is larger than {Size(options.MaxFileBytes)}", []);
            }

            using var buffer = new MemoryStream((int)file.Length);
            await file.CopyToAsync(buffer, ct);
            var bytes = buffer.ToArray();
            var type = Sniff(bytes);
            if (type is null || (imagesOnly && !type.StartsWith("image/", StringComparison.Ordinal)))
            {
                return ($"'{file.FileName}' is not {(imagesOnly ? "a JPEG or PNG photo" : "a JPEG, PNG or PDF file")}", []);
            }

            var name = Path.GetFileName(file.FileName);
            read.Add((name.Length > 200 ? name[^200..] : name, type, bytes));
        }

        return (null, read);
    }

    /// <summary>A size as people read it: 10 MB, 1.5 MB, 64 KB, 900 bytes.</summary>
    public static string Size(long bytes) => bytes switch
    {
        >= 1024 * 1024 => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{bytes / (1024d * 1024):0.#} MB"),
        >= 1024 => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{bytes / 1024d:0.#} KB"),
        _ => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{bytes} bytes"),
    };

    public async Task<WorkOrderFile> SaveAsync(Guid id, Guid orderId, Guid? verificationId, (string Name, string Type, byte[] Bytes) file, DateTimeOffset at, string by, CancellationToken ct)
    {
        var relative = Path.Combine(at.ToString("yyyy", System.Globalization.CultureInfo.InvariantCulture), id.ToString("N") + ".bin");
        var full = Path.Combine(Root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        await File.WriteAllBytesAsync(full, file.Bytes, ct);
        return new WorkOrderFile
        {
            Id = id,
            OrderId = orderId,
            VerificationId = verificationId,
            FileName = file.Name,
            ContentType = file.Type,
            Size = file.Bytes.LongLength,
            StoredAs = relative,
            At = at,
            By = by,
        };
    }

    public string PathOf(WorkOrderFile file) => Path.Combine(Root, file.StoredAs);

    public void Delete(WorkOrderFile file)
    {
        var path = PathOf(file);
        if (File.Exists(path))
        {
            File.Delete(path);
        }
    }
}
