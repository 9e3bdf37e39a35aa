using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OneWindow.Licenses.Contracts;
using OneWindow.Licenses.Data;
using OneWindow.SharedKernel.Data;

namespace OneWindow.Licenses;

/// <summary>电子证照: the license service windows consult instead of paper — a local registry by default, or an external service.</summary>
public static class LicensesModule
{
    public const string Name = "licenses";

    public static IServiceCollection AddLicensesModule(this IServiceCollection services, IConfiguration configuration)
    {
        var options = LicensesOptions.From(configuration);
        services.AddModuleDbContext<LicensesDbContext>(Name);
        services.AddSingleton(options);
        services.AddScoped<LicenseDesk>();
        services.AddScoped<ILicenseSeeder, LicenseSeeder>();
        if (options.IsRemote)
        {
            services.AddHttpClient<ILicenseRegistry, RemoteLicenseRegistry>(http =>
            {
                http.BaseAddress = options.BaseUrl;
                http.Timeout = TimeSpan.FromSeconds(options.TimeoutSeconds);
                if (!string.IsNullOrEmpty(options.AppKey))
                {
                    http.DefaultRequestHeaders.Add("X-App-Key", options.AppKey);
                }
            });
        }
        else
        {
            services.AddScoped<ILicenseRegistry, LocalLicenseRegistry>();
        }

        return services;
    }

    public static IEndpointRouteBuilder MapLicensesModule(this IEndpointRouteBuilder endpoints)
    {
        Features.SearchLicenses.SearchLicenses.Map(endpoints);
        Features.GetLicense.GetLicense.Map(endpoints);
        Features.IssueLicense.IssueLicense.Map(endpoints);
        Features.RevokeLicense.RevokeLicense.Map(endpoints);
        return endpoints;
    }
}
