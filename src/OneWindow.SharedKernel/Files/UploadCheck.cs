using System.Globalization;
using System.IO.Compression;
using OneWindow.SharedKernel.Api;

namespace OneWindow.SharedKernel.Files;

/// <summary>The kinds of uploaded file the system takes, each recognized by its first bytes.</summary>
public enum UploadKind
{
    Pdf,
    Jpeg,
    Png,
    Docx,
    Xlsx,
    Pptx,
}

/// <summary>Why an upload is refused.</summary>
public enum UploadProblem
{
    /// <summary>No bytes at all.</summary>
    Empty,

    /// <summary>More bytes than the limit.</summary>
    TooLarge,

    /// <summary>None of the allowed kinds (whatever its name or the browser says).</summary>
    NotAllowed,
}

/// <summary>The outcome of <see cref="UploadCheck.Check"/>: the kind when taken, else the problem.</summary>
public sealed record UploadVerdict(UploadKind? Kind, UploadProblem? Problem)
{
    public bool IsAccepted => Problem is null;

    /// <summary>The content type to store and send back with, when taken.</summary>
    public string? ContentType => Kind is { } kind ? UploadCheck.ContentType(kind) : null;
}

/// <summary>
/// One checker for uploaded files: the kind is decided by the first bytes (PDF, JPEG, PNG; a ZIP package with
/// [Content_Types].xml is DOCX, XLSX or PPTX by its main part), never by the name or the browser's claim; then the size
/// limit; and a name safe to show back. Callers keep their own limits, kinds, messages and error codes.
/// </summary>
public static class UploadCheck
{
    public const string PdfType = "application/pdf";
    public const string JpegType = "image/jpeg";
    public const string PngType = "image/png";
    public const string DocxType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public const string PptxType = "application/vnd.openxmlformats-officedocument.presentationml.presentation";

    /// <summary>JPEG, PNG and PDF: photos and scans.</summary>
    public static readonly IReadOnlyList<UploadKind> ImagesAndPdf = [UploadKind.Jpeg, UploadKind.Png, UploadKind.Pdf];

    private static readonly byte[] PdfMagic = "%PDF-"u8.ToArray();
    private static readonly byte[] JpegMagic = [0xFF, 0xD8, 0xFF];
    private static readonly byte[] PngMagic = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly byte[] ZipMagic = [0x50, 0x4B, 0x03, 0x04];

    public static string ContentType(UploadKind kind) => kind switch
    {
        UploadKind.Pdf => PdfType,
        UploadKind.Jpeg => JpegType,
        UploadKind.Png => PngType,
        UploadKind.Docx => DocxType,
        UploadKind.Xlsx => XlsxType,
        UploadKind.Pptx => PptxType,
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// <summary>What people call the kind in a message.</summary>
    public static string Label(UploadKind kind) => kind switch
    {
        UploadKind.Pdf => "PDF",
        UploadKind.Jpeg => "JPEG",
        UploadKind.Png => "PNG",
        UploadKind.Docx => "DOCX",
        UploadKind.Xlsx => "XLSX",
        UploadKind.Pptx => "PPTX",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// <summary>The kind by the first bytes, or null when the file is none of them (or a broken or foreign ZIP).</summary>
    public static UploadKind? KindOf(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith(PdfMagic))
        {
            return UploadKind.Pdf;
        }

        if (bytes.StartsWith(JpegMagic))
        {
            return UploadKind.Jpeg;
        }

        if (bytes.StartsWith(PngMagic))
        {
            return UploadKind.Png;
        }

        return bytes.StartsWith(ZipMagic) ? OfficeKind(bytes.ToArray()) : null;
    }

    /// <summary>The content type of the file when it is one of <paramref name="allowed"/>, else null.</summary>
    public static string? ContentTypeOf(ReadOnlySpan<byte> bytes, IReadOnlyCollection<UploadKind> allowed)
    {
        ArgumentNullException.ThrowIfNull(allowed);
        return KindOf(bytes) is { } kind && allowed.Contains(kind) ? ContentType(kind) : null;
    }

    /// <summary>Empty, then over the limit, then not one of the allowed kinds; otherwise taken with its kind.</summary>
    public static UploadVerdict Check(ReadOnlySpan<byte> bytes, long maxBytes, IReadOnlyCollection<UploadKind> allowed)
    {
        ArgumentNullException.ThrowIfNull(allowed);
        if (bytes.IsEmpty)
        {
            return new UploadVerdict(null, UploadProblem.Empty);
        }

        if (bytes.Length > maxBytes)
        {
            return new UploadVerdict(null, UploadProblem.TooLarge);
        }

        return KindOf(bytes) is { } kind && allowed.Contains(kind) ? new UploadVerdict(kind, null) : new UploadVerdict(null, UploadProblem.NotAllowed);
    }

    /// <summary>
    /// The refusal as a validation error on <paramref name="field"/> (null when the verdict is a yes), naming the file:
    /// "'a.exe' is not a PDF, JPEG or PNG file", "'scan.pdf' is larger than 10 MB", "'x.png' is empty".
    /// </summary>
    public static Error? Refusal(UploadVerdict verdict, string field, string? fileName, long maxBytes, IReadOnlyCollection<UploadKind> allowed, string code = "validation.failed")
    {
        ArgumentNullException.ThrowIfNull(verdict);
        ArgumentNullException.ThrowIfNull(allowed);
        var name = SafeName(fileName);
        return verdict.Problem switch
        {
            null => null,
            UploadProblem.Empty => Error.Invalid(field, $"'{name}' is empty", code),
            UploadProblem.TooLarge => Error.Invalid(field, $"'{name}' is larger than {Size(maxBytes)}", code),
            _ => Error.Invalid(field, $"'{name}' is not {Article(allowed)} {KindList(allowed)} file", code),
        };
    }

    /// <summary>"PDF, JPEG or PNG" in the order given.</summary>
    public static string KindList(IReadOnlyCollection<UploadKind> kinds)
    {
        ArgumentNullException.ThrowIfNull(kinds);
        var labels = kinds.Select(Label).ToList();
        return labels.Count <= 1 ? string.Concat(labels) : string.Join(", ", labels[..^1]) + " or " + labels[^1];
    }

    /// <summary>
    /// A file name as it may be shown back: no folders (either slash), no control characters, trimmed, at most
    /// <paramref name="maxLength"/> characters (the end is kept, with the extension); <paramref name="fallback"/> when nothing is left.
    /// </summary>
    public static string SafeName(string? name, int maxLength = 200, string fallback = "file")
    {
        var bare = Path.GetFileName((name ?? "").Replace('\\', '/'));
        var text = new string(bare.Where(c => !char.IsControl(c)).ToArray()).Trim();
        return text.Length == 0 ? fallback : text.Length > maxLength ? text[^maxLength..] : text;
    }

    /// <summary>A size as people read it: 10 MB, 1.5 MB, 64 KB, 900 bytes.</summary>
    public static string Size(long bytes) => bytes switch
    {
        >= 1024 * 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024d * 1024):0.#} MB"),
        >= 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024d:0.#} KB"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{bytes} bytes"),
    };

    private static string Article(IReadOnlyCollection<UploadKind> kinds) =>
        kinds.FirstOrDefault() is UploadKind.Xlsx ? "an" : "a";

    private static UploadKind? OfficeKind(byte[] bytes)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
            if (zip.GetEntry("[Content_Types].xml") is null)
            {
                return null;
            }

            return zip.GetEntry("word/document.xml") is not null ? UploadKind.Docx
                : zip.GetEntry("xl/workbook.xml") is not null ? UploadKind.Xlsx
                : zip.GetEntry("ppt/presentation.xml") is not null ? UploadKind.Pptx
                : null;
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }
}
