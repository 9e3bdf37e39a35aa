using OneWindow.ContractLedger.Domain;
using OneWindow.SharedKernel.Data;
using OneWindow.SharedKernel.Files;

namespace OneWindow.ContractLedger.Data;

/// <summary>An evidence file as uploaded: the name people gave it and its bytes.</summary>
internal sealed record EvidenceUpload(string FileName, byte[] Bytes);

/// <summary>
/// Evidence files of work errors, under the data directory (never the web root) with a generated name. Only JPEG, PNG
/// and PDF are taken, recognized by their first bytes rather than by the name or the browser's claim.
/// </summary>
internal sealed class EvidenceStore(DatabaseSettings settings, ContractLedgerOptions options)
{
    public long MaxBytes => options.MaxEvidenceBytes;

    private UploadFolder Folder => new(Path.Combine(settings.DataDirectory, options.EvidenceFolder));

    /// <summary>image/jpeg, image/png, application/pdf, or null for anything else.</summary>
    public static string? ContentTypeOf(ReadOnlySpan<byte> bytes) => UploadCheck.ContentTypeOf(bytes, UploadCheck.ImagesAndPdf);

    /// <summary>Why the upload cannot be taken, or null when it can.</summary>
    public string? Refusal(EvidenceUpload upload)
    {
        ArgumentNullException.ThrowIfNull(upload);
        return UploadCheck.Check(upload.Bytes, MaxBytes, UploadCheck.ImagesAndPdf).Problem switch
        {
            null => null,
            UploadProblem.Empty => "the file is empty",
            UploadProblem.TooLarge => $"the file is larger than {MaxBytes / 1024} KB",
            _ => "must be a JPEG, PNG or PDF file",
        };
    }

    /// <summary>Writes the file and puts its description on the record; returns the path to remove should the save fail.</summary>
    public async Task<string> WriteAsync(ErrorRecord record, EvidenceUpload upload, CancellationToken ct)
    {
        var relative = UploadFolder.NewPath(record.ContractId.ToString("N"), Guid.CreateVersion7());
        var full = await Folder.WriteAsync(relative, upload.Bytes, ct);
        record.FileName = UploadCheck.SafeName(upload.FileName, 200, "evidence");
        record.FileType = ContentTypeOf(upload.Bytes);
        record.FileSize = upload.Bytes.LongLength;
        record.StoredAs = relative;
        return full;
    }

    public string? PathOf(ErrorRecord record) => record.StoredAs is null ? null : Folder.PathOf(record.StoredAs);

    public static void Remove(string? path) => UploadFolder.DeleteFile(path);
}
