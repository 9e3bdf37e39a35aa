using System.IO.Compression;
using OneWindow.SharedKernel.Data;
using OneWindow.Workforce.Domain;

namespace OneWindow.Workforce.Data;

/// <summary>
/// Training materials, kept under the data directory (never the web root) with a generated name. The kind is decided by
/// the first bytes (PDF, JPEG, PNG; a ZIP package is DOCX when it holds word/document.xml, PPTX when it holds
/// ppt/presentation.xml), never by the name or what the browser says.
/// </summary>
internal sealed class TrainingFileStore(DatabaseSettings settings, WorkforceOptions options)
{
    public const string Docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public const string Pptx = "application/vnd.openxmlformats-officedocument.presentationml.presentation";

    public long MaxBytes => options.TrainingMaterialMaxBytes;

    private string Root => Path.Combine(settings.DataDirectory, options.TrainingMaterialFolder);

    /// <summary>The content type by signature, or null when the file is none of the accepted kinds.</summary>
    public static string? Sniff(byte[] bytes)
    {
        ReadOnlySpan<byte> head = bytes;
        if (head.StartsWith("%PDF-"u8))
        {
            return "application/pdf";
        }

        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]))
        {
            return "image/jpeg";
        }

        if (head.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
        {
            return "image/png";
        }

        if (!head.StartsWith("PK\u0003\u0004"u8))
        {
            return null;
        }

        try
        {
            using var zip = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
            if (zip.GetEntry("[Content_Types].xml") is null)
            {
                return null;
            }

            return zip.GetEntry("word/document.xml") is not null ? Docx : zip.GetEntry("ppt/presentation.xml") is not null ? Pptx : null;
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }

    public async Task<TrainingMaterial> SaveAsync(Guid sessionId, string name, string type, byte[] bytes, DateTimeOffset at, string by, CancellationToken ct)
    {
        var id = Guid.CreateVersion7();
        var relative = Path.Combine(at.ToString("yyyy", System.Globalization.CultureInfo.InvariantCulture), id.ToString("N") + ".bin");
        var full = Path.Combine(Root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        await File.WriteAllBytesAsync(full, bytes, ct);
        var file = Path.GetFileName(name);
        return new TrainingMaterial
        {
            Id = id,
            SessionId = sessionId,
            FileName = file.Length > 200 ? file[^200..] : file,
            ContentType = type,
            Size = bytes.LongLength,
            StoredAs = relative,
            At = at,
            By = by,
        };
    }

    public string PathOf(TrainingMaterial material) => Path.Combine(Root, material.StoredAs);

    public void Delete(TrainingMaterial material)
    {
        var path = PathOf(material);
        if (File.Exists(path))
        {
            File.Delete(path);
        }
    }
}
