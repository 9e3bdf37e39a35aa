using System.Globalization;
using MiniExcelLibs;
using OneWindow.Catalog.Contracts;

namespace OneWindow.Catalog.Features.ExchangeCatalog;

/// <summary>
/// The catalog as an XLSX workbook: sheet 事项 (one row per item, the guide fields), sheet 材料 (one row per material
/// line, by item code and position) and sheet 一件事 (one row per bundle). Column headers are Chinese, as staff keep
/// such lists; booleans are 是/否.
/// </summary>
internal static class CatalogWorkbook
{
    public const string ItemsSheet = "事项";
    public const string MaterialsSheet = "材料";
    public const string BundlesSheet = "一件事";

    public static readonly string[] ItemColumns =
    [
        "事项编码", "事项名称", "事项类型", "实施部门编码", "办理层级", "排队类别", "法定时限", "承诺时限", "时限说明", "设定依据", "实施主体",
        "受理条件", "服务对象", "办理结果", "收费标准", "办理流程", "审查标准", "通办范围", "预约办理", "物流快递", "网上支付", "办理地点",
        "办理时间", "咨询方式", "监督投诉", "到现场次数", "生效日期",
    ];

    public static readonly string[] MaterialColumns = ["事项编码", "序号", "材料编码", "材料名称", "来源", "原件", "份数", "必需", "电子证照", "容缺", "备注", "样表链接"];

    public static readonly string[] BundleColumns = ["一件事编码", "名称", "包含事项", "承诺时限", "说明", "牵头部门编码"];

    /// <summary>One bad cell: sheet, 1-based row as Excel shows it, column letter and header, and why.</summary>
    public sealed record CellError(string Sheet, int Row, string Column, string Header, string Reason);

    public sealed record Parsed(IReadOnlyList<(int Row, ItemInput Item, IReadOnlyList<int> MaterialRows)> Items, IReadOnlyList<(int Row, BundleInput Bundle)> Bundles, IReadOnlyList<CellError> Errors);

    public static void Write(Stream stream, IReadOnlyList<ItemGuide> items, IReadOnlyList<BundleGuide> bundles)
    {
        var itemRows = items.Select(i => Row(ItemColumns,
        [
            i.Code, i.Name, Data.CatalogReader.TypeLabel(i.Type), i.DepartmentCode, i.Level, i.Category, i.LegalDays, i.PromisedDays, i.DeadlineNote, i.Basis,
            i.ImplementingBody, i.Conditions, i.Audience, i.ResultName, i.Fees, i.Process, i.ReviewStandard, i.Scope, YesNo(i.Appointment),
            YesNo(i.Delivery), YesNo(i.OnlinePayment), i.Location, i.Hours, i.Contact, i.Supervision, i.Visits, i.EffectiveFrom,
        ])).ToList();
        var materialRows = items.SelectMany(i => i.Materials.Select((m, n) => Row(MaterialColumns,
        [
            i.Code, n + 1, m.Code, m.Name, m.Source, YesNo(m.Original), m.Copies, YesNo(m.Required), YesNo(m.ElectronicLicense), YesNo(m.Tolerated), m.Note, m.SampleUrl,
        ]))).ToList();
        var bundleRows = bundles.Select(b => Row(BundleColumns,
        [
            b.Code, b.Name, string.Join(",", b.Items.Select(i => i.Code)), b.PromiseFromItems ? null : b.PromisedDays, b.Description, b.LeadDepartmentCode,
        ])).ToList();
        var sheets = new Dictionary<string, object>
        {
            [ItemsSheet] = itemRows.Count > 0 ? itemRows : [Row(ItemColumns, new object?[ItemColumns.Length])],
            [MaterialsSheet] = materialRows.Count > 0 ? materialRows : [Row(MaterialColumns, new object?[MaterialColumns.Length])],
            [BundlesSheet] = bundleRows.Count > 0 ? bundleRows : [Row(BundleColumns, new object?[BundleColumns.Length])],
        };
        MiniExcel.SaveAs(stream, sheets);
    }

    /// <summary>Reads a workbook; every cell that cannot be read is reported, and nothing is returned as valid then.</summary>
    public static Parsed Read(Stream stream)
    {
        var errors = new List<CellError>();
        var sheets = MiniExcel.GetSheetNames(stream);
        foreach (var required in new[] { ItemsSheet, MaterialsSheet })
        {
            if (!sheets.Contains(required))
            {
                errors.Add(new CellError(required, 1, "A", string.Empty, $"the workbook has no sheet '{required}'"));
            }
        }

        if (errors.Count > 0)
        {
            return new Parsed([], [], errors);
        }

        var materials = new Dictionary<string, List<(int Position, int Row, MaterialInput Material)>>(StringComparer.Ordinal);
        foreach (var (row, cells) in Rows(stream, MaterialsSheet, MaterialColumns, errors))
        {
            var reader = new CellReader(MaterialsSheet, row, MaterialColumns, cells, errors);
            var item = reader.Text("事项编码", required: true);
            var position = reader.Int("序号") ?? int.MaxValue;
            var material = new MaterialInput(reader.Text("材料编码", required: true), reader.Text("材料名称", required: true), reader.Bool("必需") ?? true,
                reader.Bool("电子证照") ?? false, reader.Text("来源"), reader.Bool("原件") ?? true, reader.Int("份数"), reader.Bool("容缺") ?? false,
                reader.Text("备注"), reader.Text("样表链接"));
            if (item is not null)
            {
                (materials.TryGetValue(item, out var list) ? list : materials[item] = []).Add((position, row, material));
            }
        }

        var items = new List<(int Row, ItemInput Item, IReadOnlyList<int> MaterialRows)>();
        foreach (var (row, cells) in Rows(stream, ItemsSheet, ItemColumns, errors))
        {
            var r = new CellReader(ItemsSheet, row, ItemColumns, cells, errors);
            var code = r.Text("事项编码", required: true);
            var lines = code is not null && materials.Remove(code, out var found) ? found.OrderBy(m => m.Position).ToList() : [];
            items.Add((row, new ItemInput(
                code, r.Text("事项名称", required: true), r.Text("事项类型", required: true), r.Text("实施部门编码", required: true), r.Int("法定时限"),
                r.Int("承诺时限", required: true), lines.Select(m => m.Material).ToList(), r.Text("办理层级"), r.Text("排队类别"), r.Date("生效日期"), r.Text("时限说明"), r.Text("设定依据"),
                r.Text("实施主体"), r.Text("受理条件"), r.Text("服务对象"), r.Text("办理结果"), r.Text("收费标准"), r.Text("办理流程"), r.Text("审查标准"),
                r.Text("通办范围"), r.Bool("预约办理"), r.Bool("物流快递"), r.Bool("网上支付"), r.Text("办理地点"), r.Text("办理时间"), r.Text("咨询方式"),
                r.Text("监督投诉"), r.Int("到现场次数")), lines.Select(m => m.Row).ToList()));
        }

        foreach (var orphan in materials.Keys)
        {
            errors.Add(new CellError(MaterialsSheet, 0, "A", "事项编码", $"materials of item '{orphan}', which is not on sheet {ItemsSheet}"));
        }

        var bundles = new List<(int Row, BundleInput Bundle)>();
        if (sheets.Contains(BundlesSheet))
        {
            foreach (var (row, cells) in Rows(stream, BundlesSheet, BundleColumns, errors))
            {
                var r = new CellReader(BundlesSheet, row, BundleColumns, cells, errors);
                var members = (r.Text("包含事项", required: true) ?? string.Empty).Split([',', '，', '、', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                bundles.Add((row, new BundleInput(r.Text("一件事编码", required: true), r.Text("名称", required: true), members, r.Text("说明"), r.Int("承诺时限"), r.Text("牵头部门编码"))));
            }
        }

        return new Parsed(items, bundles, errors);
    }

    public static string ColumnLetter(int index)
    {
        var letters = string.Empty;
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
        {
            letters = (char)('A' + ((n - 1) % 26)) + letters;
        }

        return letters;
    }

    private static IEnumerable<(int Row, IDictionary<string, object?> Cells)> Rows(Stream stream, string sheet, string[] columns, List<CellError> errors)
    {
        stream.Position = 0;
        var rows = MiniExcel.Query(stream, useHeaderRow: true, sheetName: sheet).Cast<IDictionary<string, object?>>().ToList();
        var headers = rows.FirstOrDefault()?.Keys.ToList() ?? [];
        if (rows.Count > 0)
        {
            foreach (var missing in columns.Where(c => !headers.Contains(c)))
            {
                errors.Add(new CellError(sheet, 1, ColumnLetter(Array.IndexOf(columns, missing)), missing, $"column '{missing}' is missing from the header row"));
            }
        }

        for (var i = 0; i < rows.Count; i++)
        {
            if (rows[i].Values.All(v => v is null || (v is string s && string.IsNullOrWhiteSpace(s))))
            {
                continue;
            }

            yield return (i + 2, rows[i]);
        }
    }

    private static Dictionary<string, object?> Row(string[] columns, object?[] values)
    {
        var row = new Dictionary<string, object?>(StringComparer.Ordinal);
        for (var i = 0; i < columns.Length; i++)
        {
            row[columns[i]] = values[i];
        }

        return row;
    }

    private static string YesNo(bool value) => value ? "是" : "否";

    /// <summary>Reads typed values from one row and reports each unreadable cell.</summary>
    private sealed class CellReader(string sheet, int row, string[] columns, IDictionary<string, object?> cells, List<CellError> errors)
    {
        public string? Text(string header, bool required = false)
        {
            var value = Raw(header);
            var text = value switch
            {
                null => null,
                double d => d.ToString(CultureInfo.InvariantCulture),
                DateTime t => t.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                _ => Convert.ToString(value, CultureInfo.InvariantCulture)?.Trim(),
            };
            if (string.IsNullOrEmpty(text))
            {
                if (required)
                {
                    Fail(header, "is required");
                }

                return null;
            }

            return text;
        }

        public int? Int(string header, bool required = false)
        {
            var value = Raw(header);
            switch (value)
            {
                case null or "":
                    if (required)
                    {
                        Fail(header, "is required");
                    }

                    return null;
                case double d when d == Math.Floor(d) && d is >= int.MinValue and <= int.MaxValue:
                    return (int)d;
                case string s when int.TryParse(s.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n):
                    return n;
                case string s when s.Trim() == "即办":
                    return 0;
                default:
                    Fail(header, $"'{value}' is not a whole number");
                    return null;
            }
        }

        public bool? Bool(string header)
        {
            var value = Raw(header);
            switch (value)
            {
                case null or "":
                    return null;
                case bool b:
                    return b;
                case double d when d is 0 or 1:
                    return d == 1;
                case string s when s.Trim() is "是" or "✓" or "√" or "Y" or "y" or "true" or "TRUE" or "1":
                    return true;
                case string s when s.Trim() is "否" or "N" or "n" or "false" or "FALSE" or "0":
                    return false;
                default:
                    Fail(header, $"'{value}' is not 是 or 否");
                    return null;
            }
        }

        public string? Date(string header)
        {
            var value = Raw(header);
            if (value is DateTime t)
            {
                return t.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            }

            var text = Text(header);
            if (text is not null && !CreateItem.ItemRules.TryDate(text, out _))
            {
                Fail(header, $"'{text}' is not a date YYYY-MM-DD");
                return null;
            }

            return text;
        }

        private object? Raw(string header) => cells.TryGetValue(header, out var value) ? value : null;

        private void Fail(string header, string reason) =>
            errors.Add(new CellError(sheet, row, ColumnLetter(Array.IndexOf(columns, header)), header, reason));
    }
}
