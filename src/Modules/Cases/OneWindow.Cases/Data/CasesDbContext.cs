using Microsoft.EntityFrameworkCore;
using OneWindow.SharedKernel.Data;

namespace OneWindow.Cases.Data;

/// <summary>Tables prefixed cs_.</summary>
internal sealed class CasesDbContext(DbContextOptions<CasesDbContext> options) : DbContext(options)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.UseInstantConventions(Database);

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
    }
}
