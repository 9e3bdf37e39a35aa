using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using OneWindow.Calendar.Contracts;
using OneWindow.Hotline.Features.GetSummary;

namespace OneWindow.Hotline.Reports;

/// <summary>
/// The summary as a Word report (DOCX), the outline of the district's annual and monthly 12345 analyses: 一、总体情况
/// 二、诉求分类 三、热点分析 四、承办单位办理情况 五、考核排名 六、下期工作建议 (left for the author). Headings use Word's
/// heading styles and the figures are real tables with a repeating header row; Chinese text is set in Noto Sans CJK SC.
/// </summary>
internal static class SummaryDocument
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public const string Font = "Noto Sans CJK SC";

    public static readonly IReadOnlyList<string> Sections = ["一、总体情况", "二、诉求分类", "三、热点分析", "四、承办单位办理情况", "五、考核排名", "六、下期工作建议"];

    /// <summary>A4 (11906 twips) less the left and right margins.</summary>
    private const int PageWidth = 11906;
    private const int SideMargin = 1304;
    private const int TextWidth = PageWidth - (2 * SideMargin);

    public const string AdvicePlaceholder = "（请撰写人根据本期热点诉求、办理短板和考核情况，在此填写下期工作建议。）";

    public static void Write(Stream stream, Summary s)
    {
        using var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document);
        var main = document.AddMainDocumentPart();
        main.AddNewPart<StyleDefinitionsPart>().Styles = Styles();
        var body = new Body();
        var t = s.Totals;

        body.Append(Paragraph(s.Title, "Title"));
        body.Append(Paragraph($"统计周期：{s.Period.Range}　　生成时间：{BusinessHours.Local(s.GeneratedAt):yyyy-MM-dd HH:mm}", "Subtitle"));

        body.Append(Paragraph(Sections[0], "Heading1"));
        body.Append(Paragraph(Overview(s), null));
        var totalsHeader = new List<string> { "指标", "本期", $"上期（{s.Previous.Period.Label}）" };
        if (s.SameLastYear is { } ly)
        {
            totalsHeader.Add($"同期（{ly.Period.Label}）");
        }

        body.Append(Table([.. totalsHeader], TotalsRows(s)));

        body.Append(Paragraph(Sections[1], "Heading1"));
        body.Append(Paragraph("（一）按诉求类型", "Heading2"));
        body.Append(Table(["诉求类型", "件数", "占比"], s.ByType.Select(l => Row(l.Name, Count(l.Count), Pct(l.Share)))));
        body.Append(Paragraph("（二）按受理渠道", "Heading2"));
        body.Append(Table(["受理渠道", "件数", "占比"], s.ByChannel.Select(l => Row(l.Name, Count(l.Count), Pct(l.Share)))));
        body.Append(Paragraph("（三）按诉求分类（一级）", "Heading2"));
        body.Append(Table(["诉求分类", "件数", "占比", "上期件数", "环比增减", "环比变化"], s.ByCategory.Select(l => Row(l.Name, Count(l.Count), Pct(l.Share), Count(l.Previous), Signed(l.Change), Pct(l.ChangePercent)))));

        var hot = s.HotTopics;
        body.Append(Paragraph(Sections[2], "Heading1"));
        body.Append(Paragraph(HotText(s), null));
        body.Append(Paragraph("（一）热点诉求（三级分类前十）", "Heading2"));
        body.Append(Table(["诉求分类", "件数", "占比"], hot.TopLeaves.Select(l => Row(l.Name, Count(l.Count), Pct(l.Share)))));
        body.Append(Paragraph("（二）街道（乡镇）分布", "Heading2"));
        body.Append(Table(["街道（乡镇）", "件数", "占比"], s.ByStreet.Select(l => Row(l.Name, Count(l.Count), Pct(l.Share)))));
        body.Append(Paragraph("（三）上升热词", "Heading2"));
        body.Append(Paragraph($"按诉求内容中相邻两字的词语统计提及该词的工单数，与上期（{Period(hot.PreviousFrom, hot.PreviousTo)}）比较；仅列本期至少{hot.MinOccurrences}件提及的词语，倍数 =（本期+1）÷（上期+1）。", null));
        body.Append(Table(["热词", "本期件数", "上期件数", "倍数"], hot.RisingTerms.Select(r => Row(r.Term, Count(r.Count), Count(r.Previous), r.Ratio.ToString("0.00", CultureInfo.InvariantCulture)))));

        body.Append(Paragraph(Sections[3], "Heading1"));
        body.Append(Paragraph($"本期共有{s.ByUnit.Count}个承办单位承办工单{Count(t.Dispatched)}件，已回复{Count(s.ByUnit.Sum(u => u.Replied))}件，逾期未办结{Count(t.Overdue)}件。", null));
        body.Append(Table(["承办单位", "承办量", "已回复", "逾期", "按期签收率", "按期办结率"], s.ByUnit.Select(u => Row(u.UnitName, Count(u.Received), Count(u.Replied), Count(u.Overdue), Pct(u.OnTimeSignOffRate), Pct(u.OnTimeCompletionRate)))));

        body.Append(Paragraph(Sections[4], "Heading1"));
        body.Append(Paragraph("按本期内回访的有效工单计算：响应率 = 已联系 ÷ 有效回访；解决率 = 已解决 ÷ 有效回访；满意率 =（满意 + 0.9 × 基本满意）÷ 有效回访；综合得分按三率加权。", null));
        body.Append(Table(["排名", "承办单位", "有效回访", "响应率", "解决率", "满意率", "综合得分"], s.Ranking.Select(r => Row(
            r.Rank.ToString(CultureInfo.InvariantCulture), r.UnitName, Count(r.ValidCallbacks), Fraction(r.ResponseRate), Fraction(r.ResolutionRate), Fraction(r.SatisfactionRate), r.Score.ToString("0.00", CultureInfo.InvariantCulture))), wide: 1));

        body.Append(Paragraph(Sections[5], "Heading1"));
        body.Append(Paragraph(AdvicePlaceholder, null));

        body.Append(new SectionProperties(
            new PageSize { Width = (uint)PageWidth, Height = 16838U },
            new PageMargin { Top = 1440, Right = (uint)SideMargin, Bottom = 1440, Left = (uint)SideMargin, Header = 851U, Footer = 992U, Gutter = 0U }));
        main.Document = new Document(body);
    }

    /// <summary>"12.34%", or "—" when there is no rate.</summary>
    public static string Pct(decimal? percent) => percent is { } p ? p.ToString("0.00", CultureInfo.InvariantCulture) + "%" : "—";

    private static string Fraction(decimal rate) => Pct(Math.Round(rate * 100m, 2, MidpointRounding.AwayFromZero));

    private static string Count(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static string Signed(int n) => n > 0 ? "+" + Count(n) : Count(n);

    private static string Period(DateOnly from, DateOnly to) => from == to ? ReportPeriod.Date(from) : $"{ReportPeriod.Date(from)}至{ReportPeriod.Date(to)}";

    private static string[] Row(params string[] cells) => cells;

    private static IEnumerable<string[]> TotalsRows(Summary s)
    {
        var columns = new List<Totals> { s.Totals, s.Previous.Totals };
        if (s.SameLastYear is { } ly)
        {
            columns.Add(ly.Totals);
        }

        string[] Line(string name, Func<Totals, string> value) => [name, .. columns.Select(value)];
        yield return Line("受理量（件）", x => Count(x.Received));
        yield return Line("直接办结（件）", x => Count(x.ClosedAtIntake));
        yield return Line("转办（件）", x => Count(x.Dispatched));
        yield return Line("已办结（件）", x => Count(x.Closed));
        yield return Line("待回访（件）", x => Count(x.Replied));
        yield return Line("在办（件）", x => Count(x.Open));
        yield return Line("其中逾期（件）", x => Count(x.Overdue));
        yield return Line("直办率", x => Pct(x.ClosedAtIntakeRate));
        yield return Line("按期签收率", x => Pct(x.OnTimeSignOffRate));
        yield return Line("按期办结率", x => Pct(x.OnTimeCompletionRate));
        yield return Line("平均办结时长（工作日）", x => x.AverageHandlingWorkdays is { } d ? d.ToString("0.00", CultureInfo.InvariantCulture) : "—");
    }

    private static string Overview(Summary s)
    {
        var t = s.Totals;
        var text = $"{s.Period.Range}，共受理群众诉求{Count(t.Received)}件，其中直接办结{Count(t.ClosedAtIntake)}件（直办率{Pct(t.ClosedAtIntakeRate)}），转办承办单位{Count(t.Dispatched)}件；"
            + $"已办结{Count(t.Closed)}件，待回访{Count(t.Replied)}件，在办{Count(t.Open)}件（其中逾期{Count(t.Overdue)}件）。"
            + $"按期签收率{Pct(t.OnTimeSignOffRate)}，按期办结率{Pct(t.OnTimeCompletionRate)}，平均办结时长{(t.AverageHandlingWorkdays is { } d ? d.ToString("0.00", CultureInfo.InvariantCulture) + "个工作日" : "—")}。"
            + $"受理量环比{Change(s.Previous, "上期无受理")}";
        if (s.SameLastYear is { } ly)
        {
            text += $"，同比{Change(ly, "去年同期无受理")}";
        }

        return text + "。";
    }

    private static string Change(Comparison c, string none) => c.ReceivedChange switch
    {
        > 0 => $"增加{Count(c.ReceivedChange)}件（{(c.ReceivedChangePercent is { } p ? "+" + Pct(p) : none)}）",
        < 0 => $"减少{Count(-c.ReceivedChange)}件（{Pct(c.ReceivedChangePercent)}）",
        _ => "持平",
    };

    private static string HotText(Summary s)
    {
        var hot = s.HotTopics;
        if (hot.Orders == 0)
        {
            return "本期无诉求工单。";
        }

        var text = "本期诉求量居前的分类为：" + string.Join("、", hot.TopCategories.Take(5).Select(c => $"{c.Name}（{Count(c.Count)}件，占{Pct(c.Share)}）")) + "。";
        if (hot.TopStreets.Count > 0)
        {
            text += "诉求较集中的街道（乡镇）为：" + string.Join("、", hot.TopStreets.Take(3).Select(c => $"{c.Name}（{Count(c.Count)}件）")) + "。";
        }

        if (hot.RisingTerms.Count > 0)
        {
            text += "较上期明显上升的诉求词语有：" + string.Join("、", hot.RisingTerms.Take(5).Select(r => $"“{r.Term}”（{Count(r.Previous)}→{Count(r.Count)}件）")) + "。";
        }

        return text;
    }

    private static Paragraph Paragraph(string text, string? style)
    {
        var paragraph = new Paragraph();
        if (style is not null)
        {
            paragraph.Append(new ParagraphProperties(new ParagraphStyleId { Val = style }));
        }

        paragraph.Append(new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
        return paragraph;
    }

    private static Table Table(string[] header, IEnumerable<string[]> rows, int wide = 0)
    {
        static BorderType Border<TBorder>() where TBorder : BorderType, new() => new TBorder { Val = BorderValues.Single, Size = 4U, Space = 0U, Color = "808080" };

        // The column of names twice as wide as each figure column, across the text width.
        var unit = TextWidth / (header.Length + 1);
        var widths = header.Select((_, i) => i == wide ? TextWidth - (unit * (header.Length - 1)) : unit).ToArray();
        var table = new Table(
            new TableProperties(
                new TableWidth { Width = TextWidth.ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa },
                new TableBorders(Border<TopBorder>(), Border<LeftBorder>(), Border<BottomBorder>(), Border<RightBorder>(), Border<InsideHorizontalBorder>(), Border<InsideVerticalBorder>()),
                new TableLayout { Type = TableLayoutValues.Fixed }),
            new TableGrid(widths.Select(w => new GridColumn { Width = w.ToString(CultureInfo.InvariantCulture) })));
        var head = new TableRow(new TableRowProperties(new TableHeader()));
        for (var i = 0; i < header.Length; i++)
        {
            head.Append(Cell(header[i], bold: true, widths[i]));
        }

        table.Append(head);
        var any = false;
        foreach (var row in rows)
        {
            any = true;
            var line = new TableRow();
            for (var i = 0; i < row.Length; i++)
            {
                line.Append(Cell(row[i], bold: false, widths[i]));
            }

            table.Append(line);
        }

        if (!any)
        {
            var line = new TableRow();
            line.Append(Cell("本期无数据", bold: false, widths[0]));
            for (var i = 1; i < header.Length; i++)
            {
                line.Append(Cell(string.Empty, bold: false, widths[i]));
            }

            table.Append(line);
        }

        return table;
    }

    private static TableCell Cell(string text, bool bold, int width)
    {
        var properties = new TableCellProperties(new TableCellWidth { Width = width.ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa });
        if (bold)
        {
            properties.Append(new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = "DCE6F2" });
        }

        var run = new Run();
        if (bold)
        {
            run.Append(new RunProperties(new Bold()));
        }

        run.Append(new Text(text) { Space = SpaceProcessingModeValues.Preserve });
        return new TableCell(properties, new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = "TableText" }), run));
    }

    private static Styles Styles()
    {
        var styles = new Styles(new DocDefaults(
            new RunPropertiesDefault(new RunPropertiesBaseStyle(
                new RunFonts { Ascii = Font, HighAnsi = Font, EastAsia = Font, ComplexScript = Font },
                new FontSize { Val = "21" },
                new Languages { Val = "en-US", EastAsia = "zh-CN" })),
            new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(new SpacingBetweenLines { After = "120", Line = "360", LineRule = LineSpacingRuleValues.Auto }))));
        styles.Append(
            new Style(new StyleName { Val = "Normal" }, new PrimaryStyle()) { Type = StyleValues.Paragraph, StyleId = "Normal", Default = true },
            ParagraphStyle("Title", "Title", "Normal", justify: JustificationValues.Center, size: "36", bold: true, outline: null, spacingBefore: "240"),
            ParagraphStyle("Subtitle", "Subtitle", "Normal", justify: JustificationValues.Center, size: "21", bold: false, outline: null, spacingBefore: null),
            ParagraphStyle("Heading1", "heading 1", "Normal", justify: null, size: "30", bold: true, outline: 0, spacingBefore: "240"),
            ParagraphStyle("Heading2", "heading 2", "Normal", justify: null, size: "24", bold: true, outline: 1, spacingBefore: "120"),
            new Style(
                new StyleName { Val = "Table Text" },
                new BasedOn { Val = "Normal" },
                new StyleParagraphProperties(new SpacingBetweenLines { Before = "40", After = "40", Line = "260", LineRule = LineSpacingRuleValues.Auto }))
            { Type = StyleValues.Paragraph, StyleId = "TableText", CustomStyle = true });
        return styles;
    }

    private static Style ParagraphStyle(string id, string name, string basedOn, JustificationValues? justify, string size, bool bold, int? outline, string? spacingBefore)
    {
        var paragraph = new StyleParagraphProperties(new KeepNext());
        if (spacingBefore is not null)
        {
            paragraph.Append(new SpacingBetweenLines { Before = spacingBefore, After = "120" });
        }

        if (justify is { } j)
        {
            paragraph.Append(new Justification { Val = j });
        }

        if (outline is { } level)
        {
            paragraph.Append(new OutlineLevel { Val = level });
        }

        var run = new StyleRunProperties();
        if (bold)
        {
            run.Append(new Bold());
        }

        run.Append(new FontSize { Val = size });
        return new Style(new StyleName { Val = name }, new BasedOn { Val = basedOn }, new NextParagraphStyle { Val = "Normal" }, new PrimaryStyle(), paragraph, run)
        {
            Type = StyleValues.Paragraph,
            StyleId = id,
        };
    }
}
