using Microsoft.EntityFrameworkCore;
using OneWindow.Licenses.Domain;
using OneWindow.SharedKernel.Data;

namespace OneWindow.Licenses.Data;

/// <summary>Tables prefixed lc_.</summary>
internal sealed class LicensesDbContext(DbContextOptions<LicensesDbContext> options) : DbContext(options)
{
    public DbSet<License> Licenses => Set<License>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.UseInstantConventions(Database);

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<License>(b =>
        {
            b.ToTable("lc_licenses");
            b.Property(x => x.Number).HasMaxLength(64);
            b.Property(x => x.MaterialCode).HasMaxLength(64);
            b.Property(x => x.Name).HasMaxLength(100);
            b.Property(x => x.HolderKind).HasConversion<string>().HasMaxLength(16);
            b.Property(x => x.HolderNameEncrypted).HasMaxLength(400);
            b.Property(x => x.HolderNameMasked).HasMaxLength(200);
            b.Property(x => x.HolderIdEncrypted).HasMaxLength(200);
            b.Property(x => x.HolderIdIndex).HasMaxLength(100);
            b.Property(x => x.HolderIdMasked).HasMaxLength(32);
            b.Property(x => x.IssuedBy).HasMaxLength(100);
            b.Property(x => x.RevokedBy).HasMaxLength(100);
            b.Property(x => x.RevokeReason).HasMaxLength(200);
            b.Property(x => x.CreatedBy).HasMaxLength(100);
            b.Property(x => x.Revision).IsConcurrencyToken();
            b.HasIndex(x => x.Number).IsUnique();
            b.HasIndex(x => new { x.HolderIdIndex, x.MaterialCode });
        });
    }
}
