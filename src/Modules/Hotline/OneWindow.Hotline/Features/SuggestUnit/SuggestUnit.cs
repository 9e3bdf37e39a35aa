using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OneWindow.Hotline.Data;
using OneWindow.Organization.Contracts;
using OneWindow.SharedKernel.Api;
using OneWindow.SharedKernel.Security;

namespace OneWindow.Hotline.Features.SuggestUnit;

/// <summary>派单建议: the unit the category's rule names (or the street's own unit for street matters), and the limits that will apply.</summary>
internal static class SuggestUnit
{
    public sealed record Suggestion(string? UnitCode, string? UnitName, string Reason, string LimitCode, string LimitName, bool Urgent);

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/api/v1/work-orders/suggest-unit", async (string? categoryCode, string? streetCode, HotlineDesk desk, CancellationToken ct) =>
                (await HandleAsync(categoryCode, streetCode, desk, ct)).ToOk())
            .RequireAuthorization(Policies.HotlineAgent)
            .WithTags("Hotline");

    public static async Task<Result<Suggestion>> HandleAsync(string? categoryCode, string? streetCode, HotlineDesk desk, CancellationToken ct)
    {
        var categories = await desk.CategoriesAsync(ct);
        if (categoryCode is null || !categories.IsLeaf(categoryCode))
        {
            return Error.Invalid("categoryCode", $"'{categoryCode}' is not a leaf category", "hotline.unknown_category");
        }

        var (unit, toStreet) = categories.EffectiveDispatch(categoryCode);
        var chosen = await ResolveAsync(unit, toStreet, streetCode, desk, ct);
        var limit = categories.EffectiveLimit(categoryCode)!;
        var reason = chosen is null
            ? "分类未配置承办单位，请人工选择"
            : toStreet && chosen.CenterCode == streetCode ? "属地街道（乡镇）承办" : "按分类规则派往主管部门";
        return new Suggestion(chosen?.Code, chosen?.Name, reason, limit.Code, limit.Name, limit.Urgent);
    }

    /// <summary>The street's unit when the rule says so and the order names a street with a unit; else the named unit.</summary>
    internal static async Task<UnitSummary?> ResolveAsync(string? unit, bool toStreet, string? streetCode, HotlineDesk desk, CancellationToken ct)
    {
        var units = await desk.UnitsAsync(ct);
        if (toStreet && streetCode is not null && units.FirstOrDefault(u => u.CenterCode == streetCode) is { } street)
        {
            return street;
        }

        return units.FirstOrDefault(u => u.Code == unit);
    }
}
