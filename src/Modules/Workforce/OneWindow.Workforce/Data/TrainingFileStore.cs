using OneWindow.SharedKernel.Data;
using OneWindow.SharedKernel.Files;
using OneWindow.Workforce.Domain;

namespace OneWindow.Workforce.Data;

/// <summary>
/// Training materials, kept under the data directory (never the web root) with a generated name. The kind is decided by
/// the first bytes (<see cref="UploadCheck"/>: PDF, JPEG, PNG, DOCX, PPTX), never by the name or what the browser says.
/// </summary>
internal sealed class TrainingFileStore(DatabaseSettings settings, WorkforceOptions options)
{
    public const string Docx = UploadCheck.DocxType;
    public const string Pptx = UploadCheck.PptxType;

    /// <summary>What a training material may be.</summary>
    public static readonly UploadKind[] Kinds = [UploadKind.Pdf, UploadKind.Docx, UploadKind.Pptx, UploadKind.Jpeg, UploadKind.Png];

    public long MaxBytes => options.TrainingMaterialMaxBytes;

    private UploadFolder Folder => new(Path.Combine(settings.DataDirectory, options.TrainingMaterialFolder));

    /// <summary>The content type by signature, or null when the file is none of the accepted kinds.</summary>
    public static string? Sniff(byte[] bytes) => UploadCheck.ContentTypeOf(bytes, Kinds);

    public async Task<TrainingMaterial> SaveAsync(Guid sessionId, string name, string type, byte[] bytes, DateTimeOffset at, string by, CancellationToken ct)
    {
        var id = Guid.CreateVersion7();
        var relative = UploadFolder.NewPath(at.ToString("yyyy", System.Globalization.CultureInfo.InvariantCulture), id);
        await Folder.WriteAsync(relative, bytes, ct);
        return new TrainingMaterial
        {
            Id = id,
            SessionId = sessionId,
            FileName = UploadCheck.SafeName(name, 200, "material"),
            ContentType = type,
            Size = bytes.LongLength,
            StoredAs = relative,
            At = at,
            By = by,
        };
    }

    public string PathOf(TrainingMaterial material) => Folder.PathOf(material.StoredAs);

    public void Delete(TrainingMaterial material) => Folder.Delete(material.StoredAs);
}
