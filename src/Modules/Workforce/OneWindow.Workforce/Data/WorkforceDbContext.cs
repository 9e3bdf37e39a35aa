using Microsoft.EntityFrameworkCore;
using OneWindow.SharedKernel.Data;

namespace OneWindow.Workforce.Data;

/// <summary>Tables prefixed wf_.</summary>
internal sealed class WorkforceDbContext(DbContextOptions<WorkforceDbContext> options) : DbContext(options)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.UseInstantConventions(Database);

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
    }
}
