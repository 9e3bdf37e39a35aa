using Microsoft.EntityFrameworkCore;
using OneWindow.SharedKernel.Data;

namespace OneWindow.ContractLedger.Data;

/// <summary>Tables prefixed ct_.</summary>
internal sealed class ContractLedgerDbContext(DbContextOptions<ContractLedgerDbContext> options) : DbContext(options)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.UseInstantConventions(Database);

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
    }
}
