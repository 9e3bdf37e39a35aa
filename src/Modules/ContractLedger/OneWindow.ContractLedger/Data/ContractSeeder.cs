using Microsoft.EntityFrameworkCore;
using OneWindow.ContractLedger.Contracts;
using OneWindow.ContractLedger.Features.CreateContract;
using OneWindow.Organization.Contracts;

namespace OneWindow.ContractLedger.Data;

/// <summary>Scenario contracts, validated like <c>POST /api/v1/contracts</c>; a code already there is left alone.</summary>
internal sealed class ContractSeeder(ContractDesk desk, IOrganizationDirectory directory) : IContractSeeder
{
    public async Task SeedAsync(IReadOnlyList<ContractInput> contracts, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(contracts);
        foreach (var input in contracts)
        {
            var validated = await CreateContract.ValidateAsync(input, directory, CenterScope.Everything, cancellationToken);
            if (!validated.IsSuccess)
            {
                throw new InvalidOperationException($"Scenario contract '{input.Code}' is invalid: {validated.Error!.Describe()}");
            }

            var contract = validated.Value!;
            if (await desk.Db.Contracts.AnyAsync(c => c.Code == contract.Code, cancellationToken))
            {
                continue;
            }

            contract.CreatedAt = desk.Now;
            contract.CreatedBy = "system:scenario";
            desk.Db.Contracts.Add(contract);
        }

        await desk.Db.SaveChangesAsync(cancellationToken);
    }
}
