using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OneWindow.Evaluation.Contracts;
using OneWindow.Evaluation.Data;
using OneWindow.SharedKernel.Data;

namespace OneWindow.Evaluation;

/// <summary>好差评: on-site and online evaluations, rectification of 差评, appeals and rankings.</summary>
public static class EvaluationModule
{
    public const string Name = "evaluation";

    public static IServiceCollection AddEvaluationModule(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<EvaluationDbContext>(Name);
        services.AddSingleton(EvaluationOptions.From(configuration));
        services.AddScoped<EvaluationDesk>();
        services.AddScoped<Features.GetRanking.EvaluationFiguresQuery>();
        services.AddScoped<IEvaluationFigures>(sp => sp.GetRequiredService<Features.GetRanking.EvaluationFiguresQuery>());
        services.AddScoped<IEvaluationSeeder, Demo.EvaluationHistory>();
        return services;
    }

    public static IEndpointRouteBuilder MapEvaluationModule(this IEndpointRouteBuilder endpoints)
    {
        // Online ratings need the Cases module; say so at start-up rather than on the first visitor's rating.
        if (endpoints.ServiceProvider.GetService<IServiceProviderIsService>()?.IsService(typeof(Cases.Contracts.ICaseDirectory)) == false)
        {
            endpoints.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(EvaluationModule))
                .LogError("No ICaseDirectory is registered (the Cases module is missing): online evaluation (一事一评) will fail until it is added.");
        }

        Features.SubmitEvaluation.SubmitEvaluation.Map(endpoints);
        Features.GetTags.GetTags.Map(endpoints);
        Features.ListTasks.ListTasks.Map(endpoints);
        Features.ActOnTask.ActOnTask.Map(endpoints);
        Features.GetRanking.GetRanking.Map(endpoints);
        return endpoints;
    }
}
