using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
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
        return services;
    }

    public static IEndpointRouteBuilder MapEvaluationModule(this IEndpointRouteBuilder endpoints)
    {
        return endpoints;
    }
}
