using System.Globalization;
using OneWindow.Calendar.Contracts;
using OneWindow.Cases.Domain;
using OneWindow.Catalog.Contracts;
using OneWindow.SharedKernel.PersonalData;

namespace OneWindow.Cases.Documents;

/// <summary>What a printed form needs besides the case: names of the center and department, the catalog's guide.</summary>
internal sealed record DocumentContext(
    Case Case,
    IReadOnlyList<CaseMaterial> Lines,
    string CenterName,
    string? DepartmentName,
    string ApplicantName,
    string ApplicantId,
    IReadOnlyList<MaterialView> CatalogMaterials,
    string? Basis,
    string? Contact,
    string? Location,
    string? Hours,
    string LookupUrl,
    DateTimeOffset PrintedAt);

/// <summary>
/// The printed forms of the acceptance chain, each with the case number and a QR code leading to the public lookup and
/// evaluation page: 一次性告知书, 受理通知书, 不予受理通知书, 补正通知书, 出件登记 (one case), 材料流转交接单 (one batch) and the
/// daily 出件登记簿.
/// </summary>
internal static class CaseDocuments
{
    public static readonly IReadOnlyList<string> Kinds = ["one-time-notice", "acceptance-notice", "rejection-notice", "correction-notice", "issuance-register"];

    private static string Date(DateOnly d) => d.ToString("yyyy年M月d日", CultureInfo.InvariantCulture);

    private static string Instant(DateTimeOffset t) => BusinessHours.Local(t).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    /// <summary>Null when the case is not in a state where the form exists.</summary>
    public static string? Unavailable(string kind, Case c) => kind switch
    {
        "one-time-notice" when c.Status != CaseStatus.Incomplete => "a one-time notice exists only while required materials are missing",
        "acceptance-notice" when c.AcceptedOn is null => "the case was not accepted",
        "rejection-notice" when c.Status != CaseStatus.NotAccepted => "the case was not refused (不予受理)",
        "correction-notice" when c.Status != CaseStatus.CorrectionRequested => "no correction is outstanding",
        "issuance-register" when c.IssuedAt is null => "the result was not issued",
        _ => null,
    };

    public static byte[] Write(string kind, DocumentContext x) => kind switch
    {
        "one-time-notice" => OneTimeNotice(x),
        "acceptance-notice" => AcceptanceNotice(x),
        "rejection-notice" => RejectionNotice(x),
        "correction-notice" => CorrectionNotice(x),
        "issuance-register" => IssuanceRecord(x),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown document kind."),
    };

    private static WordDocument Header(DocumentContext x, string title)
    {
        var c = x.Case;
        return new WordDocument()
            .Title(title)
            .Line($"办件编号：{c.Number}", bold: true)
            .Line($"申请人：{x.ApplicantName}　　证件号码：{x.ApplicantId}")
            .Line($"申请事项：{c.Title}{(c.ItemCode is null ? $"（{c.BundleCode}）" : $"（{c.ItemCode}）")}")
            .Line($"受理单位：{x.CenterName}{(x.DepartmentName is null ? string.Empty : "　承办部门：" + x.DepartmentName)}");
    }

    private static WordDocument Footer(WordDocument d, DocumentContext x)
    {
        if (x.Contact is not null || x.Location is not null)
        {
            d.Line($"办理地点：{x.Location ?? x.CenterName}　　咨询电话：{x.Contact ?? "—"}{(x.Hours is null ? string.Empty : "　　办公时间：" + x.Hours)}");
        }

        return d.Qr(x.LookupUrl, $"扫码查询办理进度、评价服务（好差评）：{x.LookupUrl}")
            .Line($"{x.CenterName}（盖章）", right: true)
            .Line(Date(DateOnly.FromDateTime(BusinessHours.Local(x.PrintedAt))), right: true);
    }

    private static byte[] OneTimeNotice(DocumentContext x)
    {
        var d = Header(x, "一次性告知书");
        var missing = x.Lines.Where(l => l.Required && !l.Satisfied).OrderBy(l => l.Position).ToList();
        d.Line($"您申请办理的“{x.Case.Title}”事项，经审查尚缺以下材料。现一次性告知如下，请补齐后再来办理：");
        d.Table(["序号", "材料名称", "要求", "备注"], missing.Select((l, i) => new[]
        {
            (i + 1).ToString(CultureInfo.InvariantCulture),
            l.Name,
            Requirement(x.CatalogMaterials.FirstOrDefault(m => m.Code == l.Code), l),
            l.RejectReason is null ? string.Empty : "不符合要求：" + l.RejectReason,
        }), [1, 5, 4, 3]);
        d.Line($"办理依据：{x.Basis ?? "《中华人民共和国行政许可法》第三十二条"}");
        d.Line("本告知书所列材料为办理该事项的全部所缺材料，窗口不再另行要求补充其他材料。");
        return Footer(d, x).ToBytes();
    }

    private static string Requirement(MaterialView? m, CaseMaterial line)
    {
        if (m is null)
        {
            return "原件";
        }

        var parts = new List<string> { m.Original ? "原件" : "复印件" };
        if (m.Copies > 0)
        {
            parts.Add($"{m.Copies.ToString(CultureInfo.InvariantCulture)}份");
        }

        if (line.LicenseAccepted)
        {
            parts.Add("可用电子证照");
        }

        if (!string.IsNullOrWhiteSpace(m.Note))
        {
            parts.Add(m.Note);
        }

        return string.Join("，", parts);
    }

    private static string Form(CaseMaterial l) => l.Form switch
    {
        MaterialForm.PaperOriginal => "纸质原件",
        MaterialForm.PaperCopy => "纸质复印件",
        MaterialForm.ElectronicLicense => "电子证照 " + l.LicenseReference,
        MaterialForm.Tolerated => $"容缺（承诺{(l.DueOn is { } due ? Date(due) : string.Empty)}前补交）",
        MaterialForm.Rejected => "不符合要求：" + l.RejectReason,
        _ => "未提交",
    };

    private static byte[] AcceptanceNotice(DocumentContext x)
    {
        var c = x.Case;
        var d = Header(x, "受理通知书");
        d.Line($"您于{Date(c.AcceptedOn!.Value)}提交的“{c.Title}”申请，材料齐全、符合法定形式，决定予以受理。");
        d.Line($"承诺办结时限：{c.PromisedDays.ToString(CultureInfo.InvariantCulture)}个工作日，承诺办结日期：{(c.Deadline is { } dl ? Date(dl) : "—")}（如需补正，补正期间不计入办理时限）。", bold: true);
        d.Heading("收取材料清单");
        d.Table(["序号", "材料名称", "提交方式"], x.Lines.Where(l => l.Form != MaterialForm.None).OrderBy(l => l.Position).Select((l, i) => new[] { (i + 1).ToString(CultureInfo.InvariantCulture), l.Name, Form(l) }), [1, 6, 5]);
        var tolerated = x.Lines.Where(l => l.Form == MaterialForm.Tolerated).ToList();
        if (tolerated.Count > 0)
        {
            d.Line("容缺受理承诺：" + string.Join("；", tolerated.Select(l => $"{l.Name}——{l.Promise}")));
        }

        d.Line("请凭本通知书办件编号查询办理进度、领取办理结果。");
        return Footer(d, x).ToBytes();
    }

    private static byte[] RejectionNotice(DocumentContext x)
    {
        var d = Header(x, "不予受理通知书");
        d.Line($"您提交的“{x.Case.Title}”申请，经审查，决定不予受理。");
        d.Line($"不予受理理由及依据：{x.Case.DecisionReason}", bold: true);
        d.Line("如对本决定不服，可自收到本通知书之日起六十日内依法申请行政复议，或者在六个月内依法提起行政诉讼。");
        return Footer(d, x).ToBytes();
    }

    private static byte[] CorrectionNotice(DocumentContext x)
    {
        var c = x.Case;
        var d = Header(x, "补正材料通知书");
        d.Line($"您申请的“{c.Title}”事项（受理日期{(c.AcceptedOn is { } a ? Date(a) : "—")}），经审查需补正以下内容：");
        d.Line(c.DecisionReason ?? string.Empty, bold: true);
        d.Line("请尽快补正。补正期间办理时限暂停计算，补正材料送达后恢复计算，办结日期相应顺延。");
        return Footer(d, x).ToBytes();
    }

    private static byte[] IssuanceRecord(DocumentContext x)
    {
        var c = x.Case;
        var d = Header(x, "出件登记");
        d.Table(["项目", "内容"],
        [
            ["办理结果", c.ResultNote ?? c.DecisionReason ?? "—"],
            ["结果就绪时间", c.ResultReadyAt is { } r ? Instant(r) : "—"],
            ["出件方式", c.IssueMethod == IssueMethod.Post ? "邮寄送达" : "窗口领取"],
            ["出件时间", c.IssuedAt is { } i ? Instant(i) : "—"],
            ["领取人签名", c.PickupSigner ?? "—"],
            ["快递公司 / 运单号", c.ExpressCompany is null ? "—" : $"{c.ExpressCompany} {c.TrackingNumber}"],
            ["投递状态", c.DeliveryStatus switch { DeliveryStatus.Posted => "已寄出", DeliveryStatus.Delivered => "已签收", _ => "—" }],
        ], [1, 3]);
        return Footer(d, x).ToBytes();
    }

    public sealed record BatchLine(string Number, string Title, string ApplicantName, string? AcceptedOn, string? Deadline);

    /// <summary>材料流转交接单: the batch, its cases, both signatures and times.</summary>
    public static byte[] HandoverSheet(HandoverBatch b, string centerName, string departmentName, IReadOnlyList<BatchLine> lines, string batchUrl)
    {
        var d = new WordDocument()
            .Title("材料流转交接单")
            .Line($"交接单号：{b.Number}", bold: true)
            .Line($"移交单位：{centerName}　　接收部门：{departmentName}")
            .Table(["序号", "办件编号", "事项", "申请人", "受理日期", "承诺办结"], lines.Select((l, i) => new[] { (i + 1).ToString(CultureInfo.InvariantCulture), l.Number, l.Title, l.ApplicantName, l.AcceptedOn ?? "—", l.Deadline ?? "—" }), [2, 5, 5, 3, 4, 4])
            .Line($"共 {lines.Count.ToString(CultureInfo.InvariantCulture)} 件。")
            .Line($"移交人（签字）：{b.SenderName}　　移交时间：{Instant(b.SentAt)}")
            .Line($"接收人（签字）：{b.ReceiverName ?? "＿＿＿＿＿＿"}　　接收时间：{(b.ReceivedAt is { } r ? Instant(r) : "＿＿＿＿＿＿")}")
            .Qr(batchUrl, $"扫码核对交接批次 {b.Number}：{batchUrl}");
        return d.ToBytes();
    }

    public sealed record RegisterLine(string Number, string Title, string? DepartmentName, string ApplicantName, string Method, string IssuedAt, string Detail);

    /// <summary>出件登记簿 of one day.</summary>
    public static byte[] IssuanceRegister(DateOnly day, string centerName, IReadOnlyList<RegisterLine> lines)
    {
        var d = new WordDocument()
            .Title("出件登记簿")
            .Line($"{centerName}　　日期：{Date(day)}")
            .Table(["序号", "办件编号", "事项", "部门", "申请人", "出件方式", "出件时间", "签收人/运单号"], lines.Select((l, i) => new[] { (i + 1).ToString(CultureInfo.InvariantCulture), l.Number, l.Title, l.DepartmentName ?? "—", l.ApplicantName, l.Method, l.IssuedAt, l.Detail }), [2, 5, 5, 4, 3, 3, 3, 5])
            .Line($"当日出件 {lines.Count.ToString(CultureInfo.InvariantCulture)} 件，其中窗口领取 {lines.Count(l => l.Method == "窗口领取").ToString(CultureInfo.InvariantCulture)} 件，邮寄 {lines.Count(l => l.Method == "邮寄送达").ToString(CultureInfo.InvariantCulture)} 件。");
        return d.ToBytes();
    }

    public static string MaskedId(string? id) => Masking.IdNumber(id);
}
