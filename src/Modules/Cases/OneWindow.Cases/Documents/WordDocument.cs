using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using QRCoder;
using A = DocumentFormat.OpenXml.Drawing;
using DW = DocumentFormat.OpenXml.Drawing.Wordprocessing;
using PIC = DocumentFormat.OpenXml.Drawing.Pictures;

namespace OneWindow.Cases.Documents;

/// <summary>
/// A small A4 document writer for the printed forms: a title, paragraphs, bordered tables, a QR code and signature lines.
/// Chinese text is set in Noto Sans CJK SC (document defaults, East Asian font).
/// </summary>
internal sealed class WordDocument
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public const string Font = "Noto Sans CJK SC";
    private const int PageWidth = 11906;
    private const int SideMargin = 1304;
    private const int TextWidth = PageWidth - (2 * SideMargin);

    private readonly List<Func<MainDocumentPart, IEnumerable<OpenXmlElement>>> _body = [];

    private void Add(OpenXmlElement element) => _body.Add(_ => [element.CloneNode(true)]);

    public WordDocument Title(string text)
    {
        Add(Paragraph(text, bold: true, size: 36, center: true, after: 240));
        return this;
    }

    public WordDocument Line(string text, bool bold = false, bool right = false)
    {
        var p = Paragraph(text, bold, 22, center: false, after: 120);
        if (right)
        {
            p.ParagraphProperties!.Append(new Justification { Val = JustificationValues.Right });
        }

        Add(p);
        return this;
    }

    public WordDocument Heading(string text)
    {
        Add(Paragraph(text, bold: true, size: 24, center: false, after: 120));
        return this;
    }

    /// <summary>A QR code (and its caption) at this point of the document.</summary>
    public WordDocument Qr(string text, string caption)
    {
        var id = _body.Count + 1;
        _body.Add(main => [QrParagraph(main, text, id), Paragraph(caption, false, 18, center: false, after: 120)]);
        return this;
    }

    /// <summary>A bordered table across the text width; <paramref name="weights"/> share the width out (equal columns without them).</summary>
    public WordDocument Table(string[] header, IEnumerable<string[]> rows, int[]? weights = null)
    {
        static BorderType Border<TBorder>() where TBorder : BorderType, new() => new TBorder { Val = BorderValues.Single, Size = 4U, Space = 0U, Color = "606060" };

        weights ??= [.. header.Select(_ => 1)];
        var widths = weights.Select(w => TextWidth * w / weights.Sum()).ToArray();
        var table = new Table(
            new TableProperties(
                new TableWidth { Width = TextWidth.ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa },
                new TableBorders(Border<TopBorder>(), Border<LeftBorder>(), Border<BottomBorder>(), Border<RightBorder>(), Border<InsideHorizontalBorder>(), Border<InsideVerticalBorder>()),
                new TableLayout { Type = TableLayoutValues.Fixed }),
            new TableGrid(widths.Select(w => new GridColumn { Width = w.ToString(CultureInfo.InvariantCulture) })));
        table.Append(Row(header, bold: true, widths, header: true));
        var any = false;
        foreach (var row in rows)
        {
            table.Append(Row(row, bold: false, widths, header: false));
            any = true;
        }

        if (!any)
        {
            table.Append(Row([.. header.Select((_, i) => i == 0 ? "（无）" : string.Empty)], bold: false, widths, header: false));
        }

        Add(table);
        Add(Paragraph(string.Empty, false, 22, false, 120));
        return this;
    }

    public byte[] ToBytes()
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.AddNewPart<StyleDefinitionsPart>().Styles = new Styles(new DocDefaults(
                new RunPropertiesDefault(new RunPropertiesBaseStyle(
                    new RunFonts { Ascii = Font, HighAnsi = Font, EastAsia = Font, ComplexScript = Font },
                    new FontSize { Val = "22" },
                    new Languages { Val = "zh-CN", EastAsia = "zh-CN" })),
                new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(new SpacingBetweenLines { After = "80", Line = "300", LineRule = LineSpacingRuleValues.Auto }))));
            var body = new Body();
            foreach (var part in _body)
            {
                body.Append(part(main));
            }

            body.Append(new SectionProperties(
                new PageSize { Width = (uint)PageWidth, Height = 16838U },
                new PageMargin { Top = 1247, Right = (uint)SideMargin, Bottom = 1247, Left = (uint)SideMargin, Header = 851U, Footer = 992U, Gutter = 0U }));
            main.Document = new Document(body);
        }

        return stream.ToArray();
    }

    private static Paragraph Paragraph(string text, bool bold, int size, bool center, int after)
    {
        var props = new ParagraphProperties(new SpacingBetweenLines { After = after.ToString(CultureInfo.InvariantCulture) });
        if (center)
        {
            props.Append(new Justification { Val = JustificationValues.Center });
        }

        var runProps = new RunProperties(new FontSize { Val = size.ToString(CultureInfo.InvariantCulture) });
        if (bold)
        {
            runProps.PrependChild(new Bold());
        }

        return new Paragraph(props, new Run(runProps, new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
    }

    private static TableRow Row(string[] cells, bool bold, int[] widths, bool header)
    {
        var row = header ? new TableRow(new TableRowProperties(new TableHeader())) : new TableRow();
        for (var i = 0; i < cells.Length; i++)
        {
            row.Append(new TableCell(
                new TableCellProperties(new TableCellWidth { Width = widths[Math.Min(i, widths.Length - 1)].ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa }),
                Paragraph(cells[i], bold, 20, center: false, after: 0)));
        }

        return row;
    }

    private static Paragraph QrParagraph(MainDocumentPart main, string text, int id)
    {
        byte[] png;
        using (var generator = new QRCodeGenerator())
        using (var data = generator.CreateQrCode(text, QRCodeGenerator.ECCLevel.M))
        {
            png = new PngByteQRCode(data).GetGraphic(8);
        }

        var image = main.AddImagePart(ImagePartType.Png);
        using (var s = new MemoryStream(png))
        {
            image.FeedData(s);
        }

        var relationship = main.GetIdOfPart(image);
        const long size = 1080000L; // 3 cm
        var drawing = new Drawing(new DW.Inline(
            new DW.Extent { Cx = size, Cy = size },
            new DW.EffectExtent { LeftEdge = 0L, TopEdge = 0L, RightEdge = 0L, BottomEdge = 0L },
            new DW.DocProperties { Id = (uint)id, Name = $"QR {id}" },
            new DW.NonVisualGraphicFrameDrawingProperties(new A.GraphicFrameLocks { NoChangeAspect = true }),
            new A.Graphic(new A.GraphicData(
                new PIC.Picture(
                    new PIC.NonVisualPictureProperties(new PIC.NonVisualDrawingProperties { Id = 0U, Name = $"qr{id}.png" }, new PIC.NonVisualPictureDrawingProperties()),
                    new PIC.BlipFill(new A.Blip { Embed = relationship }, new A.Stretch(new A.FillRectangle())),
                    new PIC.ShapeProperties(new A.Transform2D(new A.Offset { X = 0L, Y = 0L }, new A.Extents { Cx = size, Cy = size }), new A.PresetGeometry(new A.AdjustValueList()) { Preset = A.ShapeTypeValues.Rectangle })))
            { Uri = "http://schemas.openxmlformats.org/drawingml/2006/picture" }))
        { DistanceFromTop = 0U, DistanceFromBottom = 0U, DistanceFromLeft = 0U, DistanceFromRight = 0U });
        return new Paragraph(new ParagraphProperties(new Justification { Val = JustificationValues.Right }), new Run(drawing));
    }
}
