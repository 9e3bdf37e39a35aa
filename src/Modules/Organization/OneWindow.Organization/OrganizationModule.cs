using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OneWindow.Organization.Contracts;
using OneWindow.Organization.Data;
using OneWindow.SharedKernel.Data;

namespace OneWindow.Organization;

/// <summary>Centers, halls, windows, categories, stationed departments and hotline handling units.</summary>
public static class OrganizationModule
{
    public const string Name = "organization";

    public static IServiceCollection AddOrganizationModule(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<OrganizationDbContext>(Name);
        services.AddScoped<IDataScope, DataScope>();
        services.AddScoped<IOrganizationDirectory, OrganizationDirectory>();
        services.AddScoped<IHallDirectory, HallDirectory>();
        services.AddScoped<IOrganizationSeeder, Features.SeedOrganization.SeedOrganization>();
        return services;
    }

    public static IEndpointRouteBuilder MapOrganizationModule(this IEndpointRouteBuilder endpoints)
    {
        Features.ListCenters.ListCenters.Map(endpoints);
        Features.CreateCenter.CreateCenter.Map(endpoints);
        Features.ListHalls.ListHalls.Map(endpoints);
        Features.CreateHall.CreateHall.Map(endpoints);
        Features.ListWindows.ListWindows.Map(endpoints);
        Features.CreateWindow.CreateWindow.Map(endpoints);
        Features.ListCategories.ListCategories.Map(endpoints);
        Features.CreateCategory.CreateCategory.Map(endpoints);
        Features.ListDepartments.ListDepartments.Map(endpoints);
        Features.CreateDepartment.CreateDepartment.Map(endpoints);
        Features.ListUnits.ListUnits.Map(endpoints);
        Features.CreateUnit.CreateUnit.Map(endpoints);
        Features.AnnounceToHall.AnnounceToHall.Map(endpoints);
        Features.SwitchWindow.SwitchWindow.Map(endpoints);
        return endpoints;
    }
}
