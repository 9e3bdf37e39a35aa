using System.Globalization;
using System.Runtime.CompilerServices;
using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using MiniExcelLibs.Attributes;
using OneWindow.Calendar.Contracts;
using OneWindow.Hotline.Data;
using OneWindow.Hotline.Domain;
using OneWindow.SharedKernel.Api;
using OneWindow.SharedKernel.PersonalData;
using OneWindow.SharedKernel.Security;
using List = OneWindow.Hotline.Features.ListWorkOrders.ListWorkOrders;

namespace OneWindow.Hotline.Features.ExportLedger;

/// <summary>
/// 台账导出: the orders a ledger search finds (the filters of <c>GET /work-orders</c>, the same unit scoping) as an XLSX
/// sheet with the ledger fields and Chinese headers. The caller's name, phone and address are masked as everywhere
/// else. At most <see cref="MaxRows"/> rows: a search that finds more is refused, to be narrowed.
/// </summary>
internal static class ExportLedger
{
    public const int MaxRows = 100_000;

    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public const string SheetName = "台账";

    public sealed record Workbook(byte[] Content, string FileName, int Rows);

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/api/v1/work-orders/export", async Task<Results<FileContentHttpResult, ProblemHttpResult>> ([AsParameters] List.Filter filter, ClaimsPrincipal user, HotlineDesk desk, CancellationToken ct) =>
            {
                var result = await HandleAsync(filter, user, desk, MaxRows, ct);
                return result.IsSuccess
                    ? TypedResults.File(result.Value!.Content, ContentType, result.Value.FileName)
                    : result.Error!.ToProblem();
            })
            .RequireAuthorization(Policies.HotlineUnit)
            .WithTags("Hotline");

    public static async Task<Result<Workbook>> HandleAsync(List.Filter filter, ClaimsPrincipal user, HotlineDesk desk, int maxRows, CancellationToken ct)
    {
        var built = await List.QueryAsync(filter, user, desk, ct);
        if (!built.IsSuccess)
        {
            return built.Error!;
        }

        var query = built.Value!.AsNoTracking();
        var total = await query.CountAsync(ct);
        if (total > maxRows)
        {
            return Error.Invalid("filter", $"{total} work orders match; an export holds at most {maxRows}. Narrow the dates or other filters.", "hotline.export_too_large");
        }

        var ordered = filter.Sort switch
        {
            "due" => query.OrderBy(o => o.DueAt).ThenBy(o => o.Id),
            "created-asc" => query.OrderBy(o => o.CreatedAt).ThenBy(o => o.Id),
            _ => query.OrderByDescending(o => o.CreatedAt).ThenByDescending(o => o.Id),
        };
        var categories = await desk.CategoriesAsync(ct);
        var units = (await desk.UnitsAsync(ct)).ToDictionary(u => u.Code, u => u.Name, StringComparer.Ordinal);
        var streets = (await desk.StreetsAsync(ct)).ToDictionary(c => c.Code, c => StreetName(c.Name), StringComparer.Ordinal);
        var now = desk.Now;
        var stream = new MemoryStream();
        await using (stream)
        {
            await MiniExcel.SaveAsAsync(stream, RowsAsync(ordered, desk, categories, units, streets, now, ct), sheetName: SheetName, cancellationToken: ct);
            var stamp = BusinessHours.Local(now).ToString("yyyyMMdd-HHmm", CultureInfo.InvariantCulture);
            return new Workbook(stream.ToArray(), $"12345台账-{stamp}.xlsx", total);
        }
    }

    /// <summary>"八角街道政务服务中心" → "八角街道": the street or town a center serves.</summary>
    public static string StreetName(string centerName) =>
        centerName.EndsWith("政务服务中心", StringComparison.Ordinal) && centerName.Length > 6 ? centerName[..^6] : centerName;

    public static string TypeName(OrderType type) => type switch
    {
        OrderType.Consultation => "咨询",
        OrderType.Help => "求助",
        OrderType.Complaint => "投诉",
        OrderType.Report => "举报",
        OrderType.Suggestion => "建议",
        _ => "表扬",
    };

    public static string ChannelName(OrderChannel channel) => channel switch
    {
        OrderChannel.Phone => "电话",
        OrderChannel.Web => "网站",
        OrderChannel.App => "移动端",
        OrderChannel.Letter => "信件",
        OrderChannel.Hall => "窗口",
        _ => "市级平台转办",
    };

    public static string StatusName(OrderStatus status) => status switch
    {
        OrderStatus.Registered => "待派单",
        OrderStatus.Dispatched => "待签收",
        OrderStatus.Accepted => "办理中",
        OrderStatus.ReturnRequested => "退单审核中",
        OrderStatus.Replied => "待回访",
        OrderStatus.Closed => "已办结",
        _ => "已合并",
    };

    public static string SatisfactionName(Satisfaction? satisfaction) => satisfaction switch
    {
        Satisfaction.Satisfied => "满意",
        Satisfaction.BasicallySatisfied => "基本满意",
        Satisfaction.Dissatisfied => "不满意",
        _ => string.Empty,
    };

    public static string SupervisionName(int level) => level switch
    {
        <= 0 => string.Empty,
        1 => "督办",
        2 => "重点督办",
        _ => "挂牌督办",
    };

    /// <summary>
    /// Late: an open order past its handling limit, or one replied (or closed without a reply) after it. Merged orders
    /// are carried by the order they repeat.
    /// </summary>
    public static bool IsOverdue(WorkOrder o, DateTimeOffset now) =>
        o.Status != OrderStatus.Merged && !o.ClosedAtIntake && (o.RepliedAt ?? (HotlineDesk.IsOpen(o.Status) ? now : o.ClosedAt ?? now)) > o.DueAt;

    private static async IAsyncEnumerable<LedgerRow> RowsAsync(
        IQueryable<WorkOrder> orders,
        HotlineDesk desk,
        CategoryTree.Snapshot categories,
        Dictionary<string, string> units,
        Dictionary<string, string> streets,
        DateTimeOffset now,
        [EnumeratorCancellation] CancellationToken ct)
    {
        await foreach (var o in orders.AsAsyncEnumerable().WithCancellation(ct))
        {
            var levels = categories.Ancestry(o.CategoryCode).Select(c => c.Name).Reverse().ToList();
            yield return new LedgerRow
            {
                Number = o.Number,
                CallerName = Masking.Name(desk.Decrypt(o.CallerNameEncrypted)),
                CallerPhone = Masking.Phone(desk.Decrypt(o.CallerPhoneEncrypted)),
                CallerAddress = Masking.Address(desk.Decrypt(o.CallerAddressEncrypted)),
                Content = o.Content,
                Category1 = levels.ElementAtOrDefault(0) ?? o.CategoryCode,
                Category2 = levels.ElementAtOrDefault(1) ?? string.Empty,
                Category3 = levels.ElementAtOrDefault(2) ?? string.Empty,
                Street = o.StreetCode is { } s ? streets.GetValueOrDefault(s, s) : string.Empty,
                Unit = o.UnitCode is { } u ? units.GetValueOrDefault(u, u) : string.Empty,
                Type = TypeName(o.Type),
                Channel = ChannelName(o.Channel),
                Status = StatusName(o.Status),
                CreatedAt = Time(o.CreatedAt),
                DueAt = Time(o.DueAt),
                RepliedAt = Time(o.RepliedAt),
                ClosedAt = Time(o.ClosedAt),
                Contacted = YesNo(o.CallbackContacted),
                Solved = YesNo(o.CallbackSolved),
                Satisfaction = SatisfactionName(o.CallbackSatisfaction),
                Supervision = SupervisionName(o.SupervisionLevel),
                Overdue = IsOverdue(o, now) ? "是" : "否",
            };
        }
    }

    private static string Time(DateTimeOffset? at) =>
        at is { } t ? BusinessHours.Local(t).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) : string.Empty;

    private static string YesNo(bool? value) => value switch
    {
        true => "是",
        false => "否",
        _ => string.Empty,
    };
}

/// <summary>One line of the ledger sheet; the column names are the sheet's Chinese headers.</summary>
internal sealed class LedgerRow
{
    [ExcelColumn(Name = "工单编号", Width = 18)]
    public string Number { get; init; } = string.Empty;

    [ExcelColumn(Name = "来电人", Width = 10)]
    public string CallerName { get; init; } = string.Empty;

    [ExcelColumn(Name = "联系电话", Width = 14)]
    public string CallerPhone { get; init; } = string.Empty;

    [ExcelColumn(Name = "地址", Width = 24)]
    public string CallerAddress { get; init; } = string.Empty;

    [ExcelColumn(Name = "诉求内容", Width = 48)]
    public string Content { get; init; } = string.Empty;

    [ExcelColumn(Name = "一级分类", Width = 14)]
    public string Category1 { get; init; } = string.Empty;

    [ExcelColumn(Name = "二级分类", Width = 14)]
    public string Category2 { get; init; } = string.Empty;

    [ExcelColumn(Name = "三级分类", Width = 14)]
    public string Category3 { get; init; } = string.Empty;

    [ExcelColumn(Name = "街道（乡镇）", Width = 12)]
    public string Street { get; init; } = string.Empty;

    [ExcelColumn(Name = "承办单位", Width = 18)]
    public string Unit { get; init; } = string.Empty;

    [ExcelColumn(Name = "诉求类型", Width = 8)]
    public string Type { get; init; } = string.Empty;

    [ExcelColumn(Name = "来源渠道", Width = 10)]
    public string Channel { get; init; } = string.Empty;

    [ExcelColumn(Name = "办理状态", Width = 10)]
    public string Status { get; init; } = string.Empty;

    [ExcelColumn(Name = "受理时间", Width = 17)]
    public string CreatedAt { get; init; } = string.Empty;

    [ExcelColumn(Name = "办理时限", Width = 17)]
    public string DueAt { get; init; } = string.Empty;

    [ExcelColumn(Name = "回复时间", Width = 17)]
    public string RepliedAt { get; init; } = string.Empty;

    [ExcelColumn(Name = "办结时间", Width = 17)]
    public string ClosedAt { get; init; } = string.Empty;

    [ExcelColumn(Name = "是否联系", Width = 8)]
    public string Contacted { get; init; } = string.Empty;

    [ExcelColumn(Name = "是否解决", Width = 8)]
    public string Solved { get; init; } = string.Empty;

    [ExcelColumn(Name = "满意度", Width = 10)]
    public string Satisfaction { get; init; } = string.Empty;

    [ExcelColumn(Name = "督办级别", Width = 10)]
    public string Supervision { get; init; } = string.Empty;

    [ExcelColumn(Name = "是否超期", Width = 8)]
    public string Overdue { get; init; } = string.Empty;
}
