using OneWindow.Hotline.Domain;
using OneWindow.SharedKernel.Data;
using OneWindow.SharedKernel.Files;

namespace OneWindow.Hotline.Data;

/// <summary>
/// Attachments and on-site photos, kept under the data directory (never under the web root) with a generated name, so
/// nothing uploaded is ever served or executed as what it claims to be. The type is decided by the file's first bytes,
/// not by its name or the browser's word; only images and PDF are taken.
/// </summary>
internal sealed class FileStore(DatabaseSettings settings, HotlineOptions options)
{
    private static readonly UploadKind[] Photos = [UploadKind.Jpeg, UploadKind.Png];

    public long MaxBytes => options.MaxFileBytes;

    private UploadFolder Folder => new(Path.Combine(settings.DataDirectory, options.FileFolder));

    /// <summary>The content type by signature, or null when the file is none of the accepted kinds.</summary>
    public static string? Sniff(ReadOnlySpan<byte> head) => UploadCheck.ContentTypeOf(head, UploadCheck.ImagesAndPdf);

    /// <summary>Checks every file before anything is written: (field error) or null.</summary>
    public async Task<(string? Error, IReadOnlyList<(string Name, string Type, byte[] Bytes)> Files)> ReadAsync(IEnumerable<Microsoft.AspNetCore.Http.IFormFile> files, bool imagesOnly, CancellationToken ct)
    {
        var read = new List<(string, string, byte[])>();
        foreach (var file in files)
        {
            if (file.Length > options.MaxFileBytes)
            {
                return ($"'{file.FileName}' is larger than {Size(options.MaxFileBytes)}", []);
            }

            using var buffer = new MemoryStream((int)file.Length);
            await file.CopyToAsync(buffer, ct);
            var bytes = buffer.ToArray();
            var verdict = UploadCheck.Check(bytes, options.MaxFileBytes, imagesOnly ? Photos : UploadCheck.ImagesAndPdf);
            switch (verdict.Problem)
            {
                case UploadProblem.Empty:
                    return ($"'{file.FileName}' is empty", []);
                case UploadProblem.TooLarge:
                    return ($"'{file.FileName}' is larger than {Size(options.MaxFileBytes)}", []);
                case UploadProblem.NotAllowed:
                    return ($"'{file.FileName}' is not {(imagesOnly ? "a JPEG or PNG photo" : "a JPEG, PNG or PDF file")}", []);
            }

            read.Add((UploadCheck.SafeName(file.FileName, 200, ""), verdict.ContentType!, bytes));
        }

        return (null, read);
    }

    /// <summary>A size as people read it: 10 MB, 1.5 MB, 64 KB, 900 bytes.</summary>
    public static string Size(long bytes) => UploadCheck.Size(bytes);

    public async Task<WorkOrderFile> SaveAsync(Guid id, Guid orderId, Guid? verificationId, (string Name, string Type, byte[] Bytes) file, DateTimeOffset at, string by, CancellationToken ct)
    {
        var relative = UploadFolder.NewPath(at.ToString("yyyy", System.Globalization.CultureInfo.InvariantCulture), id);
        await Folder.WriteAsync(relative, file.Bytes, ct);
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

    public string PathOf(WorkOrderFile file) => Folder.PathOf(file.StoredAs);

    public void Delete(WorkOrderFile file) => Folder.Delete(file.StoredAs);
}
