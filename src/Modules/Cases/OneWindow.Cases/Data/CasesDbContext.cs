using Microsoft.EntityFrameworkCore;
using OneWindow.Cases.Domain;
using OneWindow.SharedKernel.Data;

namespace OneWindow.Cases.Data;

/// <summary>Tables prefixed cs_.</summary>
internal sealed class CasesDbContext(DbContextOptions<CasesDbContext> options) : DbContext(options)
{
    public DbSet<Case> Cases => Set<Case>();

    public DbSet<CaseMaterial> Materials => Set<CaseMaterial>();

    public DbSet<CaseEvent> Events => Set<CaseEvent>();

    public DbSet<CaseCounter> Counters => Set<CaseCounter>();

    public DbSet<HandoverBatch> Batches => Set<HandoverBatch>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.UseInstantConventions(Database);

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Case>(b =>
        {
            b.ToTable("cs_cases");
            b.Property(x => x.Number).HasMaxLength(20);
            b.Property(x => x.CenterCode).HasMaxLength(64);
            b.Property(x => x.HallCode).HasMaxLength(64);
            b.Property(x => x.WindowCode).HasMaxLength(64);
            b.Property(x => x.TicketNumber).HasMaxLength(20);
            b.Property(x => x.ClerkUserName).HasMaxLength(100);
            b.Property(x => x.ItemCode).HasMaxLength(64);
            b.Property(x => x.BundleCode).HasMaxLength(64);
            b.Property(x => x.Title).HasMaxLength(200);
            b.Property(x => x.DepartmentCode).HasMaxLength(64);
            b.Property(x => x.Channel).HasConversion<string>().HasMaxLength(20);
            b.Property(x => x.Status).HasConversion<string>().HasMaxLength(24);
            b.Property(x => x.ApplicantKind).HasConversion<string>().HasMaxLength(12);
            b.Property(x => x.ApplicantNameEncrypted).HasMaxLength(500);
            b.Property(x => x.ApplicantIdType).HasMaxLength(20);
            b.Property(x => x.ApplicantIdEncrypted).HasMaxLength(500);
            b.Property(x => x.ApplicantIdIndex).HasMaxLength(64);
            b.Property(x => x.ApplicantPhoneEncrypted).HasMaxLength(500);
            b.Property(x => x.ApplicantPhoneIndex).HasMaxLength(64);
            b.Property(x => x.ApplicantAddressEncrypted).HasMaxLength(1000);
            b.Property(x => x.LegalRepresentativeEncrypted).HasMaxLength(500);
            b.Property(x => x.ContactNameEncrypted).HasMaxLength(500);
            b.Property(x => x.CreatedBy).HasMaxLength(100);
            b.Property(x => x.Warning).HasConversion<string>().HasMaxLength(8);
            b.Property(x => x.DecisionReason).HasMaxLength(1000);
            b.Property(x => x.ResultNote).HasMaxLength(1000);
            b.Property(x => x.IssueMethod).HasConversion<string>().HasMaxLength(8);
            b.Property(x => x.PickupSigner).HasMaxLength(100);
            b.Property(x => x.ExpressCompany).HasMaxLength(50);
            b.Property(x => x.TrackingNumber).HasMaxLength(50);
            b.Property(x => x.DeliveryStatus).HasConversion<string>().HasMaxLength(12);
            b.Property(x => x.IdempotencyKey).HasMaxLength(100);
            b.Property(x => x.Revision).IsConcurrencyToken();
            b.HasIndex(x => x.Number).IsUnique();
            b.HasIndex(x => x.IdempotencyKey).IsUnique().HasFilter("\"IdempotencyKey\" IS NOT NULL");

            // The list is newest first under every filter, so each filter has an index that ends in CreatedAt: the
            // first page is read off the index without sorting the matches (and the capped count walks at most
            // 10,001 entries). (Status, Deadline) finds the overdue; (Warning, CreatedAt) the daily job's flags.
            b.HasIndex(x => x.CreatedAt);
            b.HasIndex(x => new { x.Status, x.CreatedAt });
            b.HasIndex(x => new { x.CenterCode, x.Status, x.CreatedAt });
            b.HasIndex(x => new { x.CenterCode, x.CreatedAt });
            b.HasIndex(x => new { x.DepartmentCode, x.Status, x.CreatedAt });
            b.HasIndex(x => new { x.DepartmentCode, x.CreatedAt });
            b.HasIndex(x => new { x.ItemCode, x.CreatedAt });
            b.HasIndex(x => new { x.Warning, x.CreatedAt });
            b.HasIndex(x => new { x.Status, x.Deadline });
            b.HasIndex(x => new { x.HandoverBatchId });
            b.HasIndex(x => new { x.IssuedAt, x.IssueMethod, x.DepartmentCode }).HasFilter("\"IssuedAt\" IS NOT NULL");
            b.HasIndex(x => x.ApplicantIdIndex);
        });
        modelBuilder.Entity<CaseMaterial>(b =>
        {
            b.ToTable("cs_materials");
            b.Property(x => x.Code).HasMaxLength(64);
            b.Property(x => x.Name).HasMaxLength(200);
            b.Property(x => x.Form).HasConversion<string>().HasMaxLength(20);
            b.Property(x => x.LicenseReference).HasMaxLength(100);
            b.Property(x => x.Promise).HasMaxLength(500);
            b.Property(x => x.RejectReason).HasMaxLength(500);
            b.HasIndex(x => new { x.CaseId, x.Position }).IsUnique();
        });
        modelBuilder.Entity<CaseEvent>(b =>
        {
            b.ToTable("cs_events");
            b.Property(x => x.Action).HasMaxLength(40);
            b.Property(x => x.Actor).HasMaxLength(100);
            b.Property(x => x.Detail).HasMaxLength(2000);
            b.HasIndex(x => new { x.CaseId, x.At });
        });
        modelBuilder.Entity<CaseCounter>(b =>
        {
            b.ToTable("cs_counters");
            b.HasKey(x => x.Day);
        });
        modelBuilder.Entity<HandoverBatch>(b =>
        {
            b.ToTable("cs_handover_batches");
            b.Property(x => x.Number).HasMaxLength(24);
            b.Property(x => x.CenterCode).HasMaxLength(64);
            b.Property(x => x.DepartmentCode).HasMaxLength(64);
            b.Property(x => x.SenderName).HasMaxLength(100);
            b.Property(x => x.SentBy).HasMaxLength(100);
            b.Property(x => x.ReceiverName).HasMaxLength(100);
            b.Property(x => x.ReceivedBy).HasMaxLength(100);
            b.Property(x => x.Revision).IsConcurrencyToken();
            b.HasIndex(x => x.Number).IsUnique();
            b.HasIndex(x => new { x.CenterCode, x.SentAt });
            b.HasIndex(x => new { x.DepartmentCode, x.ReceivedAt });
        });
    }
}
