using OneWindow.ContractLedger.Domain;
using OneWindow.SharedKernel.Data;

namespace OneWindow.ContractLedger.Data;

/// <summary>An evidence file as uploaded: the name people gave it and its bytes.</summary>
internal sealed record EvidenceUpload(string FileName, byte[] Bytes);

/// <summary>
/// Evidence files of work errors, under the data directory (never the web root) with a generated name. Only JPEG, PNG
/// and PDF are taken, recognized by their first bytes rather than by the name or the browser's claim.
/// </summary>
internal sealed class EvidenceStore(DatabaseSettings settings, ContractLedgerOptions options)
{
    private static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF];
    private static readonly byte[] Png = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly byte[] Pdf = "%PDF-"u8.ToArray();

    public long MaxBytes => options.MaxEvidenceBytes;

    private string Folder => Path.Combine(settings.DataDirectory, options.EvidenceFolder);

    /// <summary>image/jpeg, image/png, application/pdf, or null for anything else.</summary>
    public static string? ContentTypeOf(ReadOnlySpan<byte> bytes) =>
        bytes.StartsWith(Jpeg) ? "image/jpeg"
        : bytes.StartsWith(Png) ? "image/png"
        : bytes.StartsWith(Pdf) ? "application/pdf"
        : null;

    /// <summary>Why the upload cannot be taken, or null when it can.</summary>
    public string? Refusal(EvidenceUpload upload)
    {
        ArgumentNullException.ThrowIfNull(upload);
        if (upload.Bytes.Length == 0)
        {
            return "the file is empty";
        }

        if (upload.Bytes.LongLength > MaxBytes)
        {
            return $"the file is larger than {MaxBytes / 1024} KB";
        }

        return ContentTypeOf(upload.Bytes) is null ? "must be a JPEG, PNG or PDF file" : null;
    }

    /// <summary>Writes the file and puts its description on the record; returns the path to remove should the save fail.</summary>
    public async Task<string> WriteAsync(ErrorRecord record, EvidenceUpload upload, CancellationToken ct)
    {
        var relative = Path.Combine(record.ContractId.ToString("N"), Guid.CreateVersion7().ToString("N") + ".bin");
        var full = Path.Combine(Folder, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        await File.WriteAllBytesAsync(full, upload.Bytes, ct);
        var name = Path.GetFileName(upload.FileName.Replace('\\', '/'));
        record.FileName = string.IsNullOrWhiteSpace(name) ? "evidence" : name.Length > 200 ? name[^200..] : name;
        record.FileType = ContentTypeOf(upload.Bytes);
        record.FileSize = upload.Bytes.LongLength;
        record.StoredAs = relative;
        return full;
    }

    public string? PathOf(ErrorRecord record) => record.StoredAs is null ? null : Path.Combine(Folder, record.StoredAs);

    public static void Remove(string? path)
    {
        if (path is not null && File.Exists(path))
        {
            File.Delete(path);
        }
    }
}
