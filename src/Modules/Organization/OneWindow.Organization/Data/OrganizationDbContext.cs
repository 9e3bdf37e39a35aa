using Microsoft.EntityFrameworkCore;
using OneWindow.Organization.Domain;
using OneWindow.SharedKernel.Data;

namespace OneWindow.Organization.Data;

internal sealed class OrganizationDbContext(DbContextOptions<OrganizationDbContext> options) : DbContext(options)
{
    public DbSet<Center> Centers => Set<Center>();

    public DbSet<Hall> Halls => Set<Hall>();

    public DbSet<ServiceCategory> Categories => Set<ServiceCategory>();

    public DbSet<Window> Windows => Set<Window>();

    public DbSet<Department> Departments => Set<Department>();

    public DbSet<OrgUnit> Units => Set<OrgUnit>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.UseInstantConventions(Database);
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(32);
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Center>(b =>
        {
            b.ToTable("org_centers");
            b.HasIndex(x => x.Code).IsUnique();
            b.HasIndex(x => x.Path);
            b.Property(x => x.Code).HasMaxLength(64);
            b.Property(x => x.Name).HasMaxLength(100);
            b.Property(x => x.Path).HasMaxLength(400);
            b.Property(x => x.Address).HasMaxLength(200);
            b.HasOne<Center>().WithMany().HasForeignKey(x => x.ParentId).OnDelete(DeleteBehavior.Restrict);
        });
        modelBuilder.Entity<Hall>(b =>
        {
            b.ToTable("org_halls");
            b.HasIndex(x => x.Code).IsUnique();
            b.Property(x => x.Code).HasMaxLength(64);
            b.Property(x => x.Name).HasMaxLength(100);
            b.Property(x => x.Address).HasMaxLength(200);
            b.HasOne(x => x.Center).WithMany().HasForeignKey(x => x.CenterId).OnDelete(DeleteBehavior.Restrict);
            b.HasMany(x => x.Categories).WithOne().HasForeignKey(x => x.HallId);
            b.HasMany(x => x.Windows).WithOne(x => x.Hall).HasForeignKey(x => x.HallId);
        });
        modelBuilder.Entity<ServiceCategory>(b =>
        {
            b.ToTable("org_categories");
            b.HasIndex(x => new { x.HallId, x.Code }).IsUnique();
            b.Property(x => x.Code).HasMaxLength(64);
            b.Property(x => x.Name).HasMaxLength(100);
            b.Property(x => x.TicketPrefix).HasMaxLength(4);
        });
        modelBuilder.Entity<Window>(b =>
        {
            b.ToTable("org_windows");
            b.HasIndex(x => new { x.HallId, x.Code }).IsUnique();
            b.Property(x => x.Code).HasMaxLength(64);
            b.Property(x => x.Name).HasMaxLength(100);
        });
        modelBuilder.Entity<Department>(b =>
        {
            b.ToTable("org_departments");
            b.HasIndex(x => x.Code).IsUnique();
            b.Property(x => x.Code).HasMaxLength(64);
            b.Property(x => x.Name).HasMaxLength(100);
            b.HasMany(x => x.Halls).WithMany().UsingEntity("org_department_halls");
        });
        modelBuilder.Entity<OrgUnit>(b =>
        {
            b.ToTable("org_units");
            b.HasIndex(x => x.Code).IsUnique();
            b.Property(x => x.Code).HasMaxLength(64);
            b.Property(x => x.Name).HasMaxLength(100);
            b.HasOne<Center>().WithMany().HasForeignKey(x => x.CenterId).OnDelete(DeleteBehavior.Restrict);
        });
    }
}
