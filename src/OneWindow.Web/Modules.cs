using System.Reflection;
using OneWindow.Calendar;
using OneWindow.Catalog;
using OneWindow.Guidance;
using OneWindow.Identity;
using OneWindow.Organization;
using OneWindow.Queue;

namespace OneWindow.Web;

/// <summary>The explicit list of modules in this host. Add a module here and nowhere else.</summary>
public static class Modules
{
    public static readonly Assembly[] PageAssemblies =
    [
        typeof(OrganizationModule).Assembly,
        typeof(IdentityModule).Assembly,
        typeof(CalendarModule).Assembly,
        typeof(CatalogModule).Assembly,
        typeof(GuidanceModule).Assembly,
        typeof(QueueModule).Assembly,
    ];

    public static IServiceCollection AddModules(this IServiceCollection services, IConfiguration configuration) =>
        services
            .AddOrganizationModule(configuration)
            .AddIdentityModule(configuration)
            .AddCalendarModule(configuration)
            .AddCatalogModule(configuration)
            .AddGuidanceModule(configuration)
            .AddQueueModule(configuration);

    public static IEndpointRouteBuilder MapModules(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapOrganizationModule();
        endpoints.MapIdentityModule();
        endpoints.MapCalendarModule();
        endpoints.MapCatalogModule();
        endpoints.MapGuidanceModule();
        endpoints.MapQueueModule();
        return endpoints;
    }
}
