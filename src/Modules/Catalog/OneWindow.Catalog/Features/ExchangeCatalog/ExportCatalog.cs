using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OneWindow.Catalog.Contracts;
using OneWindow.SharedKernel.Security;

namespace OneWindow.Catalog.Features.ExchangeCatalog;

/// <summary>The whole catalog as in force today, as an XLSX workbook that <see cref="ImportCatalog"/> reads back.</summary>
internal static class ExportCatalog
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/api/v1/catalog/export.xlsx", async (ICatalog catalog, TimeProvider clock, CancellationToken ct) =>
            {
                var stream = new MemoryStream();
                CatalogWorkbook.Write(stream, await catalog.ItemsAsync(null, ct), await catalog.BundlesAsync(null, ct));
                stream.Position = 0;
                var stamp = clock.GetUtcNow().ToOffset(TimeSpan.FromHours(8)).ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture);
                return Results.File(stream, ContentType, $"事项库-{stamp}.xlsx");
            })
            .RequireAuthorization(Policies.Staff)
            .WithTags("Catalog");
}
