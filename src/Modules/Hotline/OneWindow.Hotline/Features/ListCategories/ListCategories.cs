using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OneWindow.Hotline.Data;
using OneWindow.SharedKernel.Security;

namespace OneWindow.Hotline.Features.ListCategories;

/// <summary>The 3-level category tree (api.md) and the time-limit rules it refers to.</summary>
internal static class ListCategories
{
    public sealed record LimitView(string Code, string Name, int ResponseAmount, string ResponseUnit, int HandleAmount, string HandleUnit, bool Urgent);

    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/work-orders/categories", async (HotlineDesk desk, CancellationToken ct) => TypedResults.Ok((await desk.CategoriesAsync(ct)).Roots))
            .RequireAuthorization(Policies.Staff)
            .WithTags("Hotline");
        app.MapGet("/api/v1/work-orders/limits", async (HotlineDesk desk, CancellationToken ct) => TypedResults.Ok(
                (await desk.CategoriesAsync(ct)).Limits.OrderBy(l => l.Code, StringComparer.Ordinal)
                    .Select(l => new LimitView(l.Code, l.Name, l.ResponseAmount, HotlineDesk.Wire(l.ResponseUnit), l.HandleAmount, HotlineDesk.Wire(l.HandleUnit), l.Urgent)).ToList()))
            .RequireAuthorization(Policies.Staff)
            .WithTags("Hotline");
    }
}
