using Microsoft.EntityFrameworkCore;
using OneWindow.Hotline.Domain;
using OneWindow.SharedKernel.Data;

namespace OneWindow.Hotline.Data;

internal sealed class HotlineDbContext(DbContextOptions<HotlineDbContext> options) : DbContext(options)
{
    public DbSet<WorkOrder> Orders => Set<WorkOrder>();

    public DbSet<WorkOrderEvent> Events => Set<WorkOrderEvent>();

    public DbSet<WorkOrderFile> Files => Set<WorkOrderFile>();

    public DbSet<Verification> Verifications => Set<Verification>();

    public DbSet<OrderCounter> Counters => Set<OrderCounter>();

    public DbSet<Category> Categories => Set<Category>();

    public DbSet<TimeLimit> Limits => Set<TimeLimit>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.UseInstantConventions(Database);

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<WorkOrder>(b =>
        {
            b.ToTable("hl_orders");
            b.Property(x => x.Number).HasMaxLength(20);
            b.Property(x => x.Type).HasConversion<string>().HasMaxLength(16);
            b.Property(x => x.Channel).HasConversion<string>().HasMaxLength(16);
            b.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
            b.Property(x => x.StatusBeforeReturn).HasConversion<string>().HasMaxLength(20);
            b.Property(x => x.Extension).HasConversion<string>().HasMaxLength(12);
            b.Property(x => x.CallbackSatisfaction).HasConversion<string>().HasMaxLength(20);
            b.Property(x => x.CallerNameEncrypted).HasMaxLength(500);
            b.Property(x => x.CallerPhoneEncrypted).HasMaxLength(500);
            b.Property(x => x.CallerPhoneIndex).HasMaxLength(64);
            b.Property(x => x.CallerAddressEncrypted).HasMaxLength(1000);
            b.Property(x => x.CategoryCode).HasMaxLength(64);
            b.Property(x => x.TopCategoryCode).HasMaxLength(64);
            b.Property(x => x.StreetCode).HasMaxLength(64);
            b.Property(x => x.Content).HasMaxLength(4000);
            b.Property(x => x.UnitCode).HasMaxLength(64);
            b.Property(x => x.LimitCode).HasMaxLength(32);
            b.Property(x => x.CreatedBy).HasMaxLength(100);
            b.Property(x => x.ReplyContent).HasMaxLength(4000);
            b.Property(x => x.KnowledgeCode).HasMaxLength(64);
            b.Property(x => x.IdempotencyKey).HasMaxLength(100);
            b.Property(x => x.Revision).IsConcurrencyToken();
            b.HasIndex(x => x.Number).IsUnique();
            b.HasIndex(x => x.IdempotencyKey).IsUnique().HasFilter("\"IdempotencyKey\" IS NOT NULL");
            b.HasIndex(x => x.CreatedAt);
            b.HasIndex(x => new { x.Status, x.DueAt });
            b.HasIndex(x => new { x.UnitCode, x.Status, x.DueAt });
            b.HasIndex(x => new { x.CallerPhoneIndex, x.CreatedAt });
            b.HasIndex(x => new { x.OnLedger, x.NextFollowUpOn }).HasFilter("\"OnLedger\"");
            b.HasIndex(x => new { x.SupervisionLevel, x.Status }).HasFilter("\"SupervisionLevel\" > 0");

            // The assessment reads only this index: callbacks of a period grouped by unit.
            b.HasIndex(x => new { x.CallbackAt, x.UnitCode, x.CallbackValid, x.CallbackContacted, x.CallbackSolved, x.CallbackSatisfaction })
                .HasFilter("\"CallbackAt\" IS NOT NULL")
                .HasDatabaseName("ix_hl_orders_assessment");
        });
        modelBuilder.Entity<WorkOrderEvent>(b =>
        {
            b.ToTable("hl_events");
            b.Property(x => x.Actor).HasMaxLength(100);
            b.Property(x => x.Action).HasMaxLength(32);
            b.Property(x => x.Detail).HasMaxLength(4000);
            b.HasIndex(x => new { x.OrderId, x.At });
        });
        modelBuilder.Entity<WorkOrderFile>(b =>
        {
            b.ToTable("hl_files");
            b.Property(x => x.FileName).HasMaxLength(200);
            b.Property(x => x.ContentType).HasMaxLength(100);
            b.Property(x => x.StoredAs).HasMaxLength(300);
            b.Property(x => x.By).HasMaxLength(100);
            b.HasIndex(x => x.OrderId);
        });
        modelBuilder.Entity<Verification>(b =>
        {
            b.ToTable("hl_verifications");
            b.Property(x => x.By).HasMaxLength(100);
            b.Property(x => x.Findings).HasMaxLength(4000);
            b.Property(x => x.Location).HasMaxLength(300);
            b.HasIndex(x => x.OrderId);
        });
        modelBuilder.Entity<OrderCounter>(b =>
        {
            b.ToTable("hl_counters");
            b.HasKey(x => x.Day);
        });
        modelBuilder.Entity<Category>(b =>
        {
            b.ToTable("hl_categories");
            b.HasKey(x => x.Code);
            b.Property(x => x.Code).HasMaxLength(64);
            b.Property(x => x.Name).HasMaxLength(100);
            b.Property(x => x.ParentCode).HasMaxLength(64);
            b.Property(x => x.UnitCode).HasMaxLength(64);
            b.Property(x => x.LimitCode).HasMaxLength(32);
        });
        modelBuilder.Entity<TimeLimit>(b =>
        {
            b.ToTable("hl_limits");
            b.HasKey(x => x.Code);
            b.Property(x => x.Code).HasMaxLength(32);
            b.Property(x => x.Name).HasMaxLength(100);
            b.Property(x => x.ResponseUnit).HasConversion<string>().HasMaxLength(16);
            b.Property(x => x.HandleUnit).HasConversion<string>().HasMaxLength(16);
        });
    }
}
