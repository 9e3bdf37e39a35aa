using Microsoft.EntityFrameworkCore;
using OneWindow.Guidance.Domain;
using OneWindow.SharedKernel.Data;

namespace OneWindow.Guidance.Data;

internal sealed class GuidanceDbContext(DbContextOptions<GuidanceDbContext> options) : DbContext(options)
{
    public DbSet<KnowledgeEntry> Entries => Set<KnowledgeEntry>();

    public DbSet<GuidanceSession> Sessions => Set<GuidanceSession>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.UseInstantConventions(Database);

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<KnowledgeEntry>(b =>
        {
            b.ToTable("guide_entries");
            b.HasIndex(x => x.Code).IsUnique();
            b.Property(x => x.Code).HasMaxLength(64);
            b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(16);
            b.Property(x => x.Title).HasMaxLength(300);
            b.Property(x => x.Body).HasMaxLength(8000);
            b.Property(x => x.Post).HasMaxLength(100);
            b.Property(x => x.Owner).HasMaxLength(100);
            b.PrimitiveCollection(x => x.Tags);
            b.PrimitiveCollection(x => x.ItemCodes);
        });
        modelBuilder.Entity<GuidanceSession>(b =>
        {
            b.ToTable("guide_sessions");
            b.HasIndex(x => x.At);
            b.Property(x => x.Guide).HasMaxLength(100);
            b.Property(x => x.CenterCode).HasMaxLength(64);
            b.Property(x => x.Query).HasMaxLength(200);
            b.Property(x => x.Chosen).HasMaxLength(64);
            b.Property(x => x.Outcome).HasConversion<string>().HasMaxLength(16);
            b.PrimitiveCollection(x => x.Suggestions);
        });
    }
}
