using Microsoft.EntityFrameworkCore;
using OneWindow.Catalog.Domain;
using OneWindow.SharedKernel.Data;

namespace OneWindow.Catalog.Data;

internal sealed class CatalogDbContext(DbContextOptions<CatalogDbContext> options) : DbContext(options)
{
    public DbSet<MaterialKind> Materials => Set<MaterialKind>();

    public DbSet<ServiceItem> Items => Set<ServiceItem>();

    public DbSet<ItemVersion> Versions => Set<ItemVersion>();

    public DbSet<Bundle> Bundles => Set<Bundle>();

    public DbSet<PreReviewSubmission> PreReviews => Set<PreReviewSubmission>();

    public DbSet<PreReviewFile> PreReviewFiles => Set<PreReviewFile>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.UseInstantConventions(Database);

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<PreReviewSubmission>(b =>
        {
            b.ToTable("catalog_prereviews");
            b.Property(x => x.Code).HasMaxLength(16);
            b.Property(x => x.ItemCode).HasMaxLength(64);
            b.Property(x => x.BundleCode).HasMaxLength(64);
            b.Property(x => x.Title).HasMaxLength(200);
            b.HasIndex(x => x.Code).IsUnique();
            b.HasIndex(x => x.ExpiresAt);
            b.HasMany(x => x.Files).WithOne().HasForeignKey(f => f.SubmissionId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<PreReviewFile>(b =>
        {
            b.ToTable("catalog_prereview_files");
            b.Property(x => x.MaterialCode).HasMaxLength(64);
            b.Property(x => x.MaterialName).HasMaxLength(200);
            b.Property(x => x.FileName).HasMaxLength(200);
            b.Property(x => x.ContentType).HasMaxLength(64);
            b.Property(x => x.StoredPath).HasMaxLength(200);
            b.Property(x => x.Sha256).HasMaxLength(64);
        });
        modelBuilder.Entity<MaterialKind>(b =>
        {
            b.ToTable("catalog_materials");
            b.HasKey(x => x.Code);
            b.Property(x => x.Code).HasMaxLength(64);
            b.Property(x => x.Name).HasMaxLength(200);
        });
        modelBuilder.Entity<ServiceItem>(b =>
        {
            b.ToTable("catalog_items");
            b.HasIndex(x => x.Code).IsUnique();
            b.Property(x => x.Code).HasMaxLength(64);
            b.HasMany(x => x.Versions).WithOne().HasForeignKey(x => x.ItemId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<ItemVersion>(b =>
        {
            b.ToTable("catalog_item_versions");
            b.HasIndex(x => new { x.ItemId, x.Version }).IsUnique();
            b.HasIndex(x => new { x.ItemId, x.EffectiveFrom }).IsUnique();
            b.Property(x => x.Name).HasMaxLength(200);
            b.Property(x => x.Type).HasConversion<string>().HasMaxLength(32);
            b.Property(x => x.Level).HasConversion<string>().HasMaxLength(16);
            b.Property(x => x.DepartmentCode).HasMaxLength(64);
            b.Property(x => x.Category).HasMaxLength(64);
            b.Property(x => x.Scope).HasMaxLength(16);
            foreach (var text in new[] { nameof(ItemVersion.DeadlineNote), nameof(ItemVersion.Basis), nameof(ItemVersion.ImplementingBody), nameof(ItemVersion.Conditions), nameof(ItemVersion.Audience), nameof(ItemVersion.ResultName), nameof(ItemVersion.Fees), nameof(ItemVersion.Process), nameof(ItemVersion.ReviewStandard), nameof(ItemVersion.Location), nameof(ItemVersion.Hours), nameof(ItemVersion.Contact), nameof(ItemVersion.Supervision) })
            {
                b.Property(text).HasMaxLength(2000);
            }

            b.HasMany(x => x.Materials).WithOne().HasForeignKey(x => x.VersionId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<MaterialLine>(b =>
        {
            b.ToTable("catalog_material_lines");
            b.Property(x => x.MaterialCode).HasMaxLength(64);
            b.Property(x => x.Name).HasMaxLength(200);
            b.Property(x => x.Source).HasMaxLength(50);
            b.Property(x => x.Note).HasMaxLength(500);
            b.Property(x => x.SampleUrl).HasMaxLength(500);
            b.HasIndex(x => x.MaterialCode);
        });
        modelBuilder.Entity<Bundle>(b =>
        {
            b.ToTable("catalog_bundles");
            b.HasIndex(x => x.Code).IsUnique();
            b.Property(x => x.Code).HasMaxLength(64);
            b.Property(x => x.Name).HasMaxLength(200);
            b.Property(x => x.Description).HasMaxLength(2000);
            b.Property(x => x.LeadDepartmentCode).HasMaxLength(64);
            b.HasMany(x => x.Items).WithOne().HasForeignKey(x => x.BundleId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<BundleItem>(b =>
        {
            b.ToTable("catalog_bundle_items");
            b.HasKey(x => new { x.BundleId, x.Position });
            b.Property(x => x.ItemCode).HasMaxLength(64);
        });
    }
}
