using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OneWindow.Cases.Data;
using OneWindow.SharedKernel.Data;

namespace OneWindow.Cases;

/// <summary>办件: the acceptance chain 一窗受理 → 材料流转 → 授权审批 → 统一出件, 帮办代办, 跨域通办 and electronic licenses.</summary>
public static class CasesModule
{
    public const string Name = "cases";

    public static IServiceCollection AddCasesModule(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<CasesDbContext>(Name);
        return services;
    }

    public static IEndpointRouteBuilder MapCasesModule(this IEndpointRouteBuilder endpoints)
    {
        return endpoints;
    }
}
