using Microsoft.EntityFrameworkCore;
using OneWindow.SharedKernel.Data;

namespace OneWindow.Evaluation.Data;

/// <summary>Tables prefixed ev_.</summary>
internal sealed class EvaluationDbContext(DbContextOptions<EvaluationDbContext> options) : DbContext(options)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.UseInstantConventions(Database);

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
    }
}
