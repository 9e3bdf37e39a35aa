using System.Globalization;
using Microsoft.Extensions.Localization;
using MudBlazor;
using OneWindow.Calendar.Contracts;
using OneWindow.SharedKernel.Api;

namespace OneWindow.Hotline.Pages;

/// <summary>What the hotline pages show about an order: labels, colours, times in China, time left and errors in words.</summary>
internal static class OrderText
{
    public static readonly string[] Types = ["consultation", "help", "complaint", "report", "suggestion", "praise"];

    private static readonly string[] CenterSuffixes = ["政务服务中心", "便民服务中心", "服务中心"];

    public static readonly string[] Channels = ["phone", "web", "app", "letter", "hall", "city-platform"];

    /// <summary>Keys of the error codes the pages put in words; any other code shows the use case's own message.</summary>
    private static readonly HashSet<string> KnownCodes = new(StringComparer.Ordinal)
    {
        "hotline.invalid_transition", "hotline.concurrent_change", "hotline.not_your_unit", "hotline.order_not_found",
        "hotline.extension_pending", "hotline.no_extension_pending", "hotline.not_reopenable", "hotline.already_on_ledger",
        "hotline.not_on_ledger", "hotline.merge_target_merged", "hotline.different_callers", "hotline.unknown_unit",
    };

    public static string Status(IStringLocalizer t, string status) => t["OrderStatus_" + status];

    public static string Type(IStringLocalizer t, string type) => t["OrderType_" + type];

    public static string Channel(IStringLocalizer t, string channel) => t["OrderChannel_" + channel];

    /// <summary>The history action in words; an action the pages do not know yet shows as its code.</summary>
    public static string Action(IStringLocalizer t, string action)
    {
        var text = t["OrderAction_" + action];
        return text.ResourceNotFound ? action : text.Value;
    }

    /// <summary>The history detail, with the wire type of a "created" line in words.</summary>
    public static string? Detail(IStringLocalizer t, string action, string? detail)
    {
        if (action != "created" || detail is null)
        {
            return detail;
        }

        var cut = detail.IndexOf(" / ", StringComparison.Ordinal);
        return cut > 0 && Types.Contains(detail[..cut]) ? Type(t, detail[..cut]) + detail[cut..] : detail;
    }

    /// <summary>"八宝山街道政务服务中心" → "八宝山街道": the street or town a center serves.</summary>
    public static string StreetLabel(string centerName)
    {
        foreach (var suffix in CenterSuffixes)
        {
            if (centerName.Length > suffix.Length && centerName.EndsWith(suffix, StringComparison.Ordinal))
            {
                return centerName[..^suffix.Length];
            }
        }

        return centerName;
    }

    public static Color StatusColor(string status) => status switch
    {
        "registered" => Color.Default,
        "dispatched" => Color.Info,
        "accepted" => Color.Primary,
        "return-requested" => Color.Warning,
        "replied" => Color.Secondary,
        "closed" => Color.Success,
        _ => Color.Dark,
    };

    public static string Supervision(IStringLocalizer t, int level) => t["OrderSupervision_" + Math.Clamp(level, 0, 3).ToString(CultureInfo.InvariantCulture)];

    /// <summary>An instant as a person in China reads it.</summary>
    public static string Local(DateTimeOffset at) => BusinessHours.Local(at).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    public static string LocalDate(DateTimeOffset at) => BusinessHours.Local(at).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>"2天3小时" / "5小时20分" / "12分".</summary>
    public static string Span(IStringLocalizer t, TimeSpan span)
    {
        var minutes = (long)Math.Ceiling(Math.Abs(span.TotalMinutes));
        var days = minutes / (24 * 60);
        var hours = minutes / 60 % 24;
        var rest = minutes % 60;
        return days > 0
            ? string.Format(CultureInfo.CurrentCulture, t["OrderSpanDays"], days, hours)
            : hours > 0
                ? string.Format(CultureInfo.CurrentCulture, t["OrderSpanHours"], hours, rest)
                : string.Format(CultureInfo.CurrentCulture, t["OrderSpanMinutes"], rest);
    }

    /// <summary>Red when past, amber within a day, otherwise calm.</summary>
    public static Color ClockColor(DateTimeOffset due, DateTimeOffset now) =>
        due < now ? Color.Error : due - now < TimeSpan.FromHours(24) ? Color.Warning : Color.Success;

    public static string ClockText(IStringLocalizer t, DateTimeOffset due, DateTimeOffset now) =>
        due < now
            ? string.Format(CultureInfo.CurrentCulture, t["OrderOverdueBy"], Span(t, now - due))
            : string.Format(CultureInfo.CurrentCulture, t["OrderTimeLeft"], Span(t, due - now));

    /// <summary>A use case's refusal in words for the page's message.</summary>
    public static string Problem(IStringLocalizer t, Error error)
    {
        if (error.Fields is { Count: > 0 })
        {
            return t["OrderFixFields"];
        }

        return KnownCodes.Contains(error.Code) ? t["OrderError_" + error.Code.Replace("hotline.", string.Empty, StringComparison.Ordinal)] + "（" + error.Message + "）" : error.Message;
    }

    /// <summary>The field errors of a refusal, in words, keyed by the field names the use case used.</summary>
    public static Dictionary<string, string> FieldErrors(IStringLocalizer t, Error? error)
    {
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (field, messages) in error?.Fields ?? new Dictionary<string, string[]>())
        {
            errors[field] = string.Join("；", messages.Select(m => FieldMessage(t, field, m)));
        }

        return errors;
    }

    private static string FieldMessage(IStringLocalizer t, string field, string message)
    {
        if (field == "categoryCode")
        {
            return t["OrderErrCategory"];
        }

        if (message.StartsWith("is required", StringComparison.Ordinal))
        {
            return t["OrderErrRequired"];
        }

        if (message.StartsWith("must be at most", StringComparison.Ordinal))
        {
            var digits = new string(message.Where(char.IsAsciiDigit).ToArray());
            return string.Format(CultureInfo.CurrentCulture, t["OrderErrTooLong"], digits);
        }

        if (field is "caller.phone" or "phone")
        {
            return t["OrderErrPhone"];
        }

        return message;
    }
}
