using MiniExcelLibs;
using OneWindow.Hotline.Features.GetSummary;

namespace OneWindow.Hotline.Reports;

/// <summary>
/// The summary as an XLSX workbook, one sheet per table of the report, Chinese column headers, figures as numbers
/// (percentages as numbers of percent, 2 places) so that they can be charted and summed again.
/// </summary>
internal static class SummaryWorkbook
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public const string TotalsSheet = "总体情况";
    public const string TypesSheet = "诉求类型";
    public const string ChannelsSheet = "受理渠道";
    public const string CategoriesSheet = "诉求分类";
    public const string HotLeavesSheet = "热点诉求";
    public const string StreetsSheet = "街道乡镇";
    public const string UnitsSheet = "承办单位";
    public const string RankingSheet = "考核排名";
    public const string RisingSheet = "上升热词";
    public const string FrequentSheet = "高频词";
    public const string TrendSheet = "受理趋势";

    public static void Write(Stream stream, Summary s)
    {
        var hot = s.HotTopics;
        var comparisons = new List<(string Name, Totals Totals)> { ("本期", s.Totals), ($"上期（{s.Previous.Period.Label}）", s.Previous.Totals) };
        if (s.SameLastYear is { } ly)
        {
            comparisons.Add(($"同期（{ly.Period.Label}）", ly.Totals));
        }

        string[] totalColumns = ["指标", .. comparisons.Select(c => c.Name)];
        var totals = new (string Name, Func<Totals, object?> Value)[]
        {
            ("受理量", t => t.Received),
            ("直接办结", t => t.ClosedAtIntake),
            ("转办", t => t.Dispatched),
            ("已办结", t => t.Closed),
            ("待回访", t => t.Replied),
            ("在办", t => t.Open),
            ("已合并", t => t.Merged),
            ("逾期", t => t.Overdue),
            ("直办率(%)", t => t.ClosedAtIntakeRate),
            ("按期签收率(%)", t => t.OnTimeSignOffRate),
            ("按期办结率(%)", t => t.OnTimeCompletionRate),
            ("平均办结时长(工作日)", t => t.AverageHandlingWorkdays),
        };

        var sheets = new Dictionary<string, object>
        {
            [TotalsSheet] = Rows(totalColumns, totals.Select(line => new object?[] { line.Name }.Concat(comparisons.Select(c => line.Value(c.Totals))).ToArray())),
            [TypesSheet] = Rows(["诉求类型", "件数", "占比(%)"], s.ByType.Select(l => new object?[] { l.Name, l.Count, l.Share })),
            [ChannelsSheet] = Rows(["受理渠道", "件数", "占比(%)"], s.ByChannel.Select(l => new object?[] { l.Name, l.Count, l.Share })),
            [CategoriesSheet] = Rows(["分类编码", "诉求分类", "件数", "占比(%)", "上期件数", "环比增减", "环比变化(%)"], s.ByCategory.Select(l => new object?[] { l.Code, l.Name, l.Count, l.Share, l.Previous, l.Change, l.ChangePercent })),
            [HotLeavesSheet] = Rows(["分类编码", "诉求分类", "件数", "占比(%)"], hot.TopLeaves.Select(l => new object?[] { l.Code, l.Name, l.Count, l.Share })),
            [StreetsSheet] = Rows(["街道（乡镇）", "件数", "占比(%)"], s.ByStreet.Select(l => new object?[] { l.Name, l.Count, l.Share })),
            [UnitsSheet] = Rows(["单位编码", "承办单位", "承办量", "已回复", "逾期", "按期签收率(%)", "按期办结率(%)"], s.ByUnit.Select(u => new object?[] { u.UnitCode, u.UnitName, u.Received, u.Replied, u.Overdue, u.OnTimeSignOffRate, u.OnTimeCompletionRate })),
            [RankingSheet] = Rows(["排名", "单位编码", "承办单位", "有效回访", "已联系", "已解决", "满意", "基本满意", "响应率", "解决率", "满意率", "综合得分"], s.Ranking.Select(r => new object?[] { r.Rank, r.UnitCode, r.UnitName, r.ValidCallbacks, r.Contacted, r.Solved, r.Satisfied, r.BasicallySatisfied, r.ResponseRate, r.ResolutionRate, r.SatisfactionRate, r.Score })),
            [RisingSheet] = Rows(["热词", "本期件数", "上期件数", "倍数"], hot.RisingTerms.Select(r => new object?[] { r.Term, r.Count, r.Previous, r.Ratio })),
            [FrequentSheet] = Rows(["热词", "件数"], hot.FrequentTerms.Select(r => new object?[] { r.Term, r.Count })),
            [TrendSheet] = Rows(["时间", "受理量"], s.Trend.Select(p => new object?[] { p.Label, p.Received })),
        };
        MiniExcel.SaveAs(stream, sheets);
    }

    /// <summary>Rows keyed by header; a table without rows still has its header row.</summary>
    private static List<Dictionary<string, object?>> Rows(string[] columns, IEnumerable<object?[]> values)
    {
        var rows = values.Select(v =>
        {
            var row = new Dictionary<string, object?>(StringComparer.Ordinal);
            for (var i = 0; i < columns.Length; i++)
            {
                row[columns[i]] = v[i];
            }

            return row;
        }).ToList();
        if (rows.Count == 0)
        {
            rows.Add(columns.ToDictionary(c => c, _ => (object?)null, StringComparer.Ordinal));
        }

        return rows;
    }
}
