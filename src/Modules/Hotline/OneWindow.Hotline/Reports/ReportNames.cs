using OneWindow.Hotline.Domain;
using OneWindow.Organization.Contracts;

namespace OneWindow.Hotline.Reports;

/// <summary>The Chinese names a report prints: request types, channels, the place and its streets.</summary>
internal static class ReportNames
{
    public static string Type(OrderType type) => type switch
    {
        OrderType.Consultation => "咨询",
        OrderType.Help => "求助",
        OrderType.Complaint => "投诉",
        OrderType.Report => "举报",
        OrderType.Suggestion => "建议",
        _ => "表扬",
    };

    public static string Channel(OrderChannel channel) => channel switch
    {
        OrderChannel.Phone => "电话",
        OrderChannel.Web => "网站",
        OrderChannel.App => "APP",
        OrderChannel.Letter => "信件",
        OrderChannel.Hall => "大厅",
        _ => "市级平台转办",
    };

    public const string NoStreet = "未注明街道（乡镇）";

    /// <summary>八角街道政务服务中心 → 八角街道; 图克镇便民服务中心 → 图克镇.</summary>
    public static string Street(string name)
    {
        foreach (var suffix in new[] { "政务服务中心", "便民服务中心" })
        {
            if (name.Length > suffix.Length && name.EndsWith(suffix, StringComparison.Ordinal))
            {
                return name[..^suffix.Length];
            }
        }

        return name;
    }

    /// <summary>The place a report is about, from the root center: 北京市石景山区政务服务中心 → 石景山区; 乌审旗政务服务中心 → 乌审旗.</summary>
    public static string Place(IReadOnlyList<CenterName> centers)
    {
        if (centers.Count == 0)
        {
            return string.Empty;
        }

        var name = Street(centers[0].Name);
        var city = name.LastIndexOf('市');
        return city >= 0 && city < name.Length - 1 ? name[(city + 1)..] : name;
    }
}
