using System.IO.Compression;
using OneWindow.SharedKernel.Files;

namespace OneWindow.SharedKernel.Tests;

public sealed class UploadCheckTests
{
    private static readonly UploadKind[] Documents = [UploadKind.Pdf, UploadKind.Docx, UploadKind.Xlsx, UploadKind.Pptx, UploadKind.Jpeg, UploadKind.Png];

    private static readonly byte[] Pdf = "%PDF-1.7\n%âãÏÓ\n1 0 obj\n"u8.ToArray();

    [Fact]
    public void An_exe_renamed_to_pdf_is_refused_with_the_field_and_the_file_named()
    {
        byte[] exe = [(byte)'M', (byte)'Z', 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00];
        var verdict = UploadCheck.Check(exe, 1024, UploadCheck.ImagesAndPdf);
        Assert.Equal(UploadProblem.NotAllowed, verdict.Problem);
        Assert.Null(verdict.ContentType);

        var error = UploadCheck.Refusal(verdict, "evidence", "scan.pdf", 1024, [UploadKind.Pdf, UploadKind.Jpeg, UploadKind.Png])!;
        Assert.Equal((400, "validation.failed"), (error.Status, error.Code));
        Assert.Equal(["'scan.pdf' is not a PDF, JPEG or PNG file"], error.Fields!["evidence"]);
    }

    [Theory]
    [InlineData("%PDF")]
    [InlineData("%PD")]
    [InlineData("PDF-1.7")]
    public void A_truncated_or_shifted_pdf_header_is_refused(string head) =>
        Assert.Equal(UploadProblem.NotAllowed, UploadCheck.Check(System.Text.Encoding.ASCII.GetBytes(head), 1024, Documents).Problem);

    [Fact]
    public void A_docx_package_is_taken_as_docx_and_other_packages_by_their_main_part()
    {
        Assert.Equal((UploadKind?)UploadKind.Docx, UploadCheck.Check(Package("word/document.xml"), 1 << 20, Documents).Kind);
        Assert.Equal(UploadCheck.XlsxType, UploadCheck.ContentTypeOf(Package("xl/workbook.xml"), Documents));
        Assert.Equal(UploadCheck.PptxType, UploadCheck.ContentTypeOf(Package("ppt/presentation.xml"), Documents));

        // A DOCX where only images and PDF are allowed, a bare ZIP, a package of nothing known, and a broken ZIP: refused.
        Assert.Equal(UploadProblem.NotAllowed, UploadCheck.Check(Package("word/document.xml"), 1 << 20, UploadCheck.ImagesAndPdf).Problem);
        Assert.Null(UploadCheck.KindOf(Package("word/document.xml", contentTypes: false)));
        Assert.Null(UploadCheck.KindOf(Package("other/part.xml")));
        Assert.Null(UploadCheck.KindOf(Package("word/document.xml").AsSpan(0, 40)));
    }

    [Fact]
    public void Images_and_pdf_are_recognized_by_their_first_bytes()
    {
        Assert.Equal(UploadCheck.PdfType, UploadCheck.ContentTypeOf(Pdf, UploadCheck.ImagesAndPdf));
        Assert.Equal(UploadCheck.JpegType, UploadCheck.ContentTypeOf([0xFF, 0xD8, 0xFF, 0xE0, 0x00], UploadCheck.ImagesAndPdf));
        Assert.Equal(UploadCheck.PngType, UploadCheck.ContentTypeOf([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00], UploadCheck.ImagesAndPdf));
        Assert.Null(UploadCheck.ContentTypeOf([0x89, 0x50, 0x4E, 0x47], UploadCheck.ImagesAndPdf));
    }

    [Fact]
    public void Over_the_limit_is_refused_and_at_the_limit_taken()
    {
        var big = Pdf.Concat(new byte[2048 - Pdf.Length]).ToArray();
        Assert.True(UploadCheck.Check(big, 2048, Documents).IsAccepted);
        var over = UploadCheck.Check(big.Append((byte)0).ToArray(), 2048, Documents);
        Assert.Equal(UploadProblem.TooLarge, over.Problem);
        Assert.Equal(["'plan.pdf' is larger than 2 KB"], UploadCheck.Refusal(over, "file", "plan.pdf", 2048, Documents, "x.too_large")!.Fields!["file"]);
        Assert.Equal("x.too_large", UploadCheck.Refusal(over, "file", "plan.pdf", 2048, Documents, "x.too_large")!.Code);
        Assert.Equal(UploadProblem.Empty, UploadCheck.Check([], 2048, Documents).Problem);
        Assert.Null(UploadCheck.Refusal(UploadCheck.Check(Pdf, 2048, Documents), "file", "plan.pdf", 2048, Documents));
    }

    [Theory]
    [InlineData("C:\\Users\\a\\申请书.pdf", "申请书.pdf")]
    [InlineData("../../etc/passwd", "passwd")]
    [InlineData("  a\u0000b\r\n.png ", "ab.png")]
    [InlineData("", "file")]
    [InlineData(null, "file")]
    public void Stored_names_carry_no_folders_or_control_characters(string? name, string safe) => Assert.Equal(safe, UploadCheck.SafeName(name));

    [Fact]
    public void Long_names_keep_their_end()
    {
        var name = new string('长', 300) + ".docx";
        Assert.Equal(120, UploadCheck.SafeName(name, 120).Length);
        Assert.EndsWith(".docx", UploadCheck.SafeName(name, 120), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_folder_writes_under_a_generated_bin_name_and_deletes()
    {
        var root = Path.Combine(Path.GetTempPath(), "onewindow-tests", Guid.NewGuid().ToString("N"));
        var folder = new UploadFolder(root);
        var id = Guid.NewGuid();
        var relative = UploadFolder.NewPath("2026", id);
        Assert.Equal(Path.Combine("2026", id.ToString("N") + ".bin"), relative);
        var full = await folder.WriteAsync(relative, Pdf, CancellationToken.None);
        Assert.StartsWith(root, full, StringComparison.Ordinal);
        Assert.Equal(Pdf, await folder.ReadAsync(relative, CancellationToken.None));
        folder.Delete(relative);
        Assert.False(File.Exists(full));
        folder.Delete(relative);
        Directory.Delete(root, recursive: true);
    }

    private static byte[] Package(string mainPart, bool contentTypes = true)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            if (contentTypes)
            {
                using var types = new StreamWriter(zip.CreateEntry("[Content_Types].xml").Open());
                types.Write("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>");
            }

            using var part = new StreamWriter(zip.CreateEntry(mainPart).Open());
            part.Write("<x/>");
        }

        return stream.ToArray();
    }
}
