using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OneWindow.Guidance.Contracts;
using OneWindow.Guidance.Data;
using OneWindow.Guidance.Search;
using OneWindow.SharedKernel.Data;

namespace OneWindow.Guidance;

/// <summary>Smart guidance (智能导办): Chinese search over the catalog and the knowledge base, the guide console, and session records.</summary>
public static class GuidanceModule
{
    public const string Name = "guidance";

    public static IServiceCollection AddGuidanceModule(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<GuidanceDbContext>(Name);
        services.AddSingleton<SearchService>();
        services.AddSingleton<IGuidanceSearch>(sp => sp.GetRequiredService<SearchService>());
        services.AddScoped<IKnowledgeSeeder, Features.AddEntry.KnowledgeSeeder>();
        return services;
    }

    public static IEndpointRouteBuilder MapGuidanceModule(this IEndpointRouteBuilder endpoints)
    {
        Features.Search.Search.Map(endpoints);
        Features.AddEntry.AddEntry.Map(endpoints);
        Features.ListEntries.ListEntries.Map(endpoints);
        Features.RecordSession.RecordSession.Map(endpoints);
        Features.GetStatistics.GetStatistics.Map(endpoints);
        return endpoints;
    }
}
