using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OneWindow.ContractLedger.Data;
using OneWindow.SharedKernel.Data;

namespace OneWindow.ContractLedger;

/// <summary>合同台账: the service contracts being performed, payment milestones, work errors and the monthly deductions.</summary>
public static class ContractLedgerModule
{
    public const string Name = "contractledger";

    public static IServiceCollection AddContractLedgerModule(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<ContractLedgerDbContext>(Name);
        return services;
    }

    public static IEndpointRouteBuilder MapContractLedgerModule(this IEndpointRouteBuilder endpoints)
    {
        return endpoints;
    }
}
