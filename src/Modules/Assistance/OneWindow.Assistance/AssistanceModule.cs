using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OneWindow.Assistance.Contracts;
using OneWindow.Assistance.Data;
using OneWindow.SharedKernel.Data;

namespace OneWindow.Assistance;

/// <summary>帮办代办 and 跨域通办: escort records with the green channel, full proxies with a signed material hand-over, cross-region dossiers (收受分离) and their statistics.</summary>
public static class AssistanceModule
{
    public const string Name = "assistance";

    public static IServiceCollection AddAssistanceModule(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<AssistanceDbContext>(Name);
        services.AddSingleton(AssistanceOptions.From(configuration));
        services.AddScoped<AssistanceDesk>();
        services.AddScoped<IAssistanceSeeder, AssistanceSeeder>();
        return services;
    }

    public static IEndpointRouteBuilder MapAssistanceModule(this IEndpointRouteBuilder endpoints)
    {
        Features.RecordHelp.RecordHelp.Map(endpoints);
        Features.FinishHelp.FinishHelp.Map(endpoints);
        Features.ListHelps.ListHelps.Map(endpoints);
        Features.CreateProxy.CreateProxy.Map(endpoints);
        Features.AdvanceProxy.AdvanceProxy.Map(endpoints);
        Features.ListProxies.ListProxies.Map(endpoints);
        Features.GetHandoverDocument.GetHandoverDocument.Map(endpoints);
        Features.CreateDossier.CreateDossier.Map(endpoints);
        Features.AdvanceDossier.AdvanceDossier.Map(endpoints);
        Features.ListDossiers.ListDossiers.Map(endpoints);
        Features.GetStatistics.GetStatistics.Map(endpoints);
        return endpoints;
    }
}
