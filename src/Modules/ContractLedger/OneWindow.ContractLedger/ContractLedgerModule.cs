using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OneWindow.ContractLedger.Contracts;
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
        services.AddSingleton(ContractLedgerOptions.From(configuration));
        services.AddSingleton<EvidenceStore>();
        services.AddScoped<ContractDesk>();
        services.AddScoped<IContractSeeder, ContractSeeder>();
        return services;
    }

    public static IEndpointRouteBuilder MapContractLedgerModule(this IEndpointRouteBuilder endpoints)
    {
        Features.ListContracts.ListContracts.Map(endpoints);
        Features.CreateContract.CreateContract.Map(endpoints);
        Features.GetContract.GetContract.Map(endpoints);
        Features.UpdateDeductionRules.UpdateDeductionRules.Map(endpoints);
        Features.GetDeductions.GetDeductions.Map(endpoints);
        Features.SettleMilestone.SettleMilestone.Map(endpoints);
        Features.RecordError.RecordError.Map(endpoints);
        Features.ListErrors.ListErrors.Map(endpoints);
        Features.DecideError.DecideError.Map(endpoints);
        Features.AttachEvidence.AttachEvidence.Map(endpoints);
        return endpoints;
    }
}
