using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OneWindow.Catalog.Contracts;
using OneWindow.Catalog.Data;
using OneWindow.SharedKernel.Data;
using Quartz;

namespace OneWindow.Catalog;

/// <summary>The service catalog (事项库): items with versioned guides and material lists, and 一件事 bundles.</summary>
public static class CatalogModule
{
    public const string Name = "catalog";

    public static IServiceCollection AddCatalogModule(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<CatalogDbContext>(Name);
        services.AddScoped<CatalogReader>();
        services.AddScoped<ICatalog>(sp => sp.GetRequiredService<CatalogReader>());
        services.AddScoped<ICatalogSeeder, Features.SeedCatalog.SeedCatalog>();
        services.AddSingleton(PreReviewOptions.From(configuration));
        services.AddSingleton<PreReviewFiles>();
        services.AddQuartz(q =>
        {
            var key = Features.PurgePreReviews.PurgePreReviews.Job.Key;
            q.AddJob<Features.PurgePreReviews.PurgePreReviews.Job>(j => j.WithIdentity(key).StoreDurably());
            q.AddTrigger(t => t.ForJob(key).WithIdentity("catalog-purge-prereviews-trigger").WithCronSchedule("0 30 2 * * ?", c => c.InTimeZone(SharedKernel.Time.ChinaTime.Zone)));
        });
        return services;
    }

    public static IEndpointRouteBuilder MapCatalogModule(this IEndpointRouteBuilder endpoints)
    {
        Features.ListItems.ListItems.Map(endpoints);
        Features.GetItem.GetItem.Map(endpoints);
        Features.CreateItem.CreateItem.Map(endpoints);
        Features.ReviseItem.ReviseItem.Map(endpoints);
        Features.CreateBundle.CreateBundle.Map(endpoints);
        Features.GetBundle.GetBundle.Map(endpoints);
        Features.AssessMaterials.AssessMaterials.Map(endpoints);
        Features.SubmitPreReview.SubmitPreReview.Map(endpoints);
        Features.GetPreReview.GetPreReview.Map(endpoints);
        Features.ExchangeCatalog.ExportCatalog.Map(endpoints);
        Features.ExchangeCatalog.ImportCatalog.Map(endpoints);
        return endpoints;
    }
}
