using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using OneWindow.Assistance.Data;

namespace OneWindow.Assistance.Reports;

/// <summary>
/// 代办材料交接单: who handed what to whom, one row per material (original or copy, copies), and both signatures with
/// their times; when the result was returned, the applicant's receipt signature too. A4, Noto Sans CJK SC, real tables.
/// </summary>
internal static class HandoverDocument
{
    public const string Font = "Noto Sans CJK SC";
    private const int TextWidth = 11906 - (2 * 1304);

    public static byte[] Write(ProxyView p, string centerName)
    {
        ArgumentNullException.ThrowIfNull(p);
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.AddNewPart<StyleDefinitionsPart>().Styles = Styles();
            var body = new Body();
            body.Append(Paragraph("代办材料交接单", bold: true, size: "36", center: true));
            body.Append(Paragraph($"{centerName}　　编号：{p.Number}", bold: false, size: "21", center: true));

            body.Append(Table([2, 4, 2, 4],
            [
                ["代办事项", $"{p.ItemName}（{p.ItemCode}）", "代办人", p.ProxyStaff],
                [p.ApplicantKind == "enterprise" ? "申请单位" : "申请人", p.ApplicantName ?? string.Empty, p.ApplicantKind == "enterprise" ? "统一社会信用代码" : "身份证号", p.ApplicantId ?? string.Empty],
                ["联系电话", p.ApplicantPhone ?? string.Empty, "受托时间", Time(p.CreatedAt)],
            ], header: false, labelColumns: [0, 2]));

            body.Append(Paragraph("一、交接材料", bold: true, size: "24", center: false));
            body.Append(Table([1, 7, 2, 2], p.Materials.Select(m => new[] { m.Seq.ToString(CultureInfo.InvariantCulture), m.Name, m.Original ? "原件" : "复印件", m.Copies.ToString(CultureInfo.InvariantCulture) }).Prepend(["序号", "材料名称", "原件/复印件", "份数"]).ToList(), header: true, labelColumns: []));
            body.Append(Paragraph($"共 {p.Materials.Count} 项材料。申请人确认以上材料真实有效，委托代办人全程代为办理；代办人确认已如数接收。", bold: false, size: "21", center: false));

            body.Append(Paragraph("二、交接签字", bold: true, size: "24", center: false));
            body.Append(Table([3, 3, 3, 3],
            [
                ["申请人（签字）", p.ApplicantSignature, "签字时间", Time(p.ApplicantSignedAt)],
                ["代办人（签字）", p.StaffSignature, "签字时间", Time(p.StaffSignedAt)],
            ], header: false, labelColumns: [0, 2]));

            body.Append(Paragraph("三、办理与结果返还", bold: true, size: "24", center: false));
            body.Append(Table([3, 3, 3, 3],
            [
                ["办件编号", p.CaseNumber ?? "（未提交）", "提交时间", p.SubmittedAt is { } s ? Time(s) : string.Empty],
                ["结果领取人（签字）", p.ReturnSignature ?? string.Empty, "领取时间", p.ResultReturnedAt is { } r ? Time(r) : string.Empty],
                ["备注", p.ResultNote ?? p.CancelReason ?? string.Empty, "状态", Status(p.Status)],
            ], header: false, labelColumns: [0, 2]));
            body.Append(new SectionProperties(
                new PageSize { Width = 11906U, Height = 16838U },
                new PageMargin { Top = 1247, Bottom = 1247, Left = 1304U, Right = 1304U, Header = 720U, Footer = 720U, Gutter = 0U }));
            main.Document = new Document(body);
        }

        return stream.ToArray();
    }

    public static string Status(string status) => status switch
    {
        "received" => "已接收材料",
        "submitted" => "已提交办理",
        "result-returned" => "已返还结果",
        "cancelled" => "已撤销",
        _ => status,
    };

    private static string Time(DateTimeOffset at) => at.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    private static Paragraph Paragraph(string text, bool bold, string size, bool center)
    {
        var properties = new ParagraphProperties();
        if (bold && !center)
        {
            properties.Append(new SpacingBetweenLines { Before = "240", After = "120" });
        }

        if (center)
        {
            properties.Append(new Justification { Val = JustificationValues.Center });
        }

        var runProperties = new RunProperties();
        if (bold)
        {
            runProperties.Append(new Bold());
        }

        runProperties.Append(new FontSize { Val = size });
        return new Paragraph(properties, new Run(runProperties, new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
    }

    private static Table Table(int[] weights, List<string[]> rows, bool header, int[] labelColumns)
    {
        static BorderType Border<TBorder>() where TBorder : BorderType, new() => new TBorder { Val = BorderValues.Single, Size = 6U, Space = 0U, Color = "404040" };
        var unit = TextWidth / weights.Sum();
        var widths = weights.Select(w => w * unit).ToArray();
        var table = new Table(
            new TableProperties(
                new TableWidth { Width = (unit * weights.Sum()).ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa },
                new TableBorders(Border<TopBorder>(), Border<LeftBorder>(), Border<BottomBorder>(), Border<RightBorder>(), Border<InsideHorizontalBorder>(), Border<InsideVerticalBorder>()),
                new TableLayout { Type = TableLayoutValues.Fixed }),
            new TableGrid(widths.Select(w => new GridColumn { Width = w.ToString(CultureInfo.InvariantCulture) })));
        for (var r = 0; r < rows.Count; r++)
        {
            var row = new TableRow(new TableRowProperties(new TableRowHeight { Val = 460U }));
            if (header && r == 0)
            {
                row.TableRowProperties!.Append(new TableHeader());
            }

            for (var c = 0; c < rows[r].Length; c++)
            {
                var label = (header && r == 0) || labelColumns.Contains(c);
                row.Append(Cell(rows[r][c], label, widths[c]));
            }

            table.Append(row);
        }

        return table;
    }

    private static TableCell Cell(string text, bool label, int width)
    {
        var properties = new TableCellProperties(
            new TableCellWidth { Width = width.ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa },
            new TableCellVerticalAlignment { Val = TableVerticalAlignmentValues.Center });
        if (label)
        {
            properties.Append(new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = "E7EEF7" });
        }

        var run = new Run();
        if (label)
        {
            run.Append(new RunProperties(new Bold()));
        }

        run.Append(new Text(text) { Space = SpaceProcessingModeValues.Preserve });
        return new TableCell(properties, new Paragraph(new ParagraphProperties(new SpacingBetweenLines { Before = "60", After = "60" }), run));
    }

    private static Styles Styles() =>
        new(new DocDefaults(
            new RunPropertiesDefault(new RunPropertiesBaseStyle(
                new RunFonts { Ascii = Font, HighAnsi = Font, EastAsia = Font, ComplexScript = Font },
                new FontSize { Val = "21" },
                new Languages { Val = "en-US", EastAsia = "zh-CN" })),
            new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(new SpacingBetweenLines { After = "120", Line = "320", LineRule = LineSpacingRuleValues.Auto }))));
}
