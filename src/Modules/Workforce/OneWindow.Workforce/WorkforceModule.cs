using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OneWindow.SharedKernel.Data;
using OneWindow.Workforce.Data;

namespace OneWindow.Workforce;

/// <summary>人员与排班: posts, contract staff, AB posts, the monthly roster (CP-SAT), attendance, leave, duty, comp time and the vacancy ledger.</summary>
public static class WorkforceModule
{
    public const string Name = "workforce";

    public static IServiceCollection AddWorkforceModule(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<WorkforceDbContext>(Name);
        return services;
    }

    public static IEndpointRouteBuilder MapWorkforceModule(this IEndpointRouteBuilder endpoints)
    {
        return endpoints;
    }
}
