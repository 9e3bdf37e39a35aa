using Microsoft.EntityFrameworkCore;
using OneWindow.Assistance.Domain;
using OneWindow.SharedKernel.Data;

namespace OneWindow.Assistance.Data;

/// <summary>Tables prefixed as_.</summary>
internal sealed class AssistanceDbContext(DbContextOptions<AssistanceDbContext> options) : DbContext(options)
{
    public DbSet<HelpRecord> Helps => Set<HelpRecord>();

    public DbSet<ProxyCase> Proxies => Set<ProxyCase>();

    public DbSet<ProxyMaterial> ProxyMaterials => Set<ProxyMaterial>();

    public DbSet<CrossRegionDossier> Dossiers => Set<CrossRegionDossier>();

    public DbSet<CrossRegionItem> CrossItems => Set<CrossRegionItem>();

    public DbSet<AssistanceEvent> Events => Set<AssistanceEvent>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.UseInstantConventions(Database);

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<HelpRecord>(b =>
        {
            b.ToTable("as_help_records");
            b.Property(x => x.Number).HasMaxLength(32);
            b.Property(x => x.CenterCode).HasMaxLength(64);
            b.Property(x => x.HallCode).HasMaxLength(64);
            b.Property(x => x.StaffUserName).HasMaxLength(100);
            b.Property(x => x.VisitorNameEncrypted).HasMaxLength(400);
            b.Property(x => x.VisitorPhoneEncrypted).HasMaxLength(400);
            b.Property(x => x.Group).HasConversion<string>().HasMaxLength(24);
            b.Property(x => x.TicketNumber).HasMaxLength(32);
            b.Property(x => x.ItemCode).HasMaxLength(64);
            b.Property(x => x.ItemName).HasMaxLength(200);
            b.Property(x => x.WindowCode).HasMaxLength(64);
            b.Property(x => x.Outcome).HasMaxLength(1000);
            b.Property(x => x.IdempotencyKey).HasMaxLength(100);
            b.Property(x => x.Revision).IsConcurrencyToken();
            b.HasIndex(x => x.Number).IsUnique();
            b.HasIndex(x => x.IdempotencyKey).IsUnique();
            b.HasIndex(x => new { x.CenterCode, x.StartedAt });
        });
        modelBuilder.Entity<ProxyCase>(b =>
        {
            b.ToTable("as_proxy_cases");
            b.Property(x => x.Number).HasMaxLength(32);
            b.Property(x => x.CenterCode).HasMaxLength(64);
            b.Property(x => x.ApplicantKind).HasConversion<string>().HasMaxLength(16);
            b.Property(x => x.ApplicantNameEncrypted).HasMaxLength(600);
            b.Property(x => x.ApplicantIdEncrypted).HasMaxLength(400);
            b.Property(x => x.ApplicantIdIndex).HasMaxLength(128);
            b.Property(x => x.ApplicantPhoneEncrypted).HasMaxLength(400);
            b.Property(x => x.ItemCode).HasMaxLength(64);
            b.Property(x => x.ItemName).HasMaxLength(200);
            b.Property(x => x.ProxyStaff).HasMaxLength(100);
            b.Property(x => x.Status).HasConversion<string>().HasMaxLength(24);
            b.Property(x => x.ApplicantSignatureEncrypted).HasMaxLength(400);
            b.Property(x => x.StaffSignature).HasMaxLength(100);
            b.Property(x => x.CaseNumber).HasMaxLength(64);
            b.Property(x => x.ResultNote).HasMaxLength(1000);
            b.Property(x => x.ReturnSignatureEncrypted).HasMaxLength(400);
            b.Property(x => x.CancelReason).HasMaxLength(500);
            b.Property(x => x.IdempotencyKey).HasMaxLength(100);
            b.Property(x => x.Revision).IsConcurrencyToken();
            b.HasIndex(x => x.Number).IsUnique();
            b.HasIndex(x => x.IdempotencyKey).IsUnique();
            b.HasIndex(x => x.ApplicantIdIndex);
            b.HasIndex(x => new { x.CenterCode, x.CreatedAt });
            b.HasMany(x => x.Materials).WithOne().HasForeignKey(m => m.ProxyId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<ProxyMaterial>(b =>
        {
            b.ToTable("as_proxy_materials");
            b.Property(x => x.Code).HasMaxLength(64);
            b.Property(x => x.Name).HasMaxLength(200);
            b.HasIndex(x => new { x.ProxyId, x.Seq }).IsUnique();
        });
        modelBuilder.Entity<CrossRegionDossier>(b =>
        {
            b.ToTable("as_cross_region_dossiers");
            b.Property(x => x.Number).HasMaxLength(32);
            b.Property(x => x.CenterCode).HasMaxLength(64);
            b.Property(x => x.Direction).HasConversion<string>().HasMaxLength(16);
            b.Property(x => x.Scope).HasConversion<string>().HasMaxLength(24);
            b.Property(x => x.CounterpartRegion).HasMaxLength(100);
            b.Property(x => x.CounterpartDepartment).HasMaxLength(200);
            b.Property(x => x.ItemCode).HasMaxLength(64);
            b.Property(x => x.ItemName).HasMaxLength(200);
            b.Property(x => x.ApplicantNameEncrypted).HasMaxLength(600);
            b.Property(x => x.ApplicantPhoneEncrypted).HasMaxLength(400);
            b.Property(x => x.CaseNumber).HasMaxLength(64);
            b.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
            b.Property(x => x.AcceptedBy).HasMaxLength(100);
            b.Property(x => x.ForwardMode).HasConversion<string>().HasMaxLength(16);
            b.Property(x => x.ExpressCompany).HasMaxLength(100);
            b.Property(x => x.TrackingNumber).HasMaxLength(64);
            b.Property(x => x.TransmissionReference).HasMaxLength(100);
            b.Property(x => x.ReceivedBy).HasMaxLength(100);
            b.Property(x => x.Result).HasConversion<string>().HasMaxLength(16);
            b.Property(x => x.ResultNote).HasMaxLength(1000);
            b.Property(x => x.ResultDocument).HasMaxLength(200);
            b.Property(x => x.ReturnMode).HasConversion<string>().HasMaxLength(16);
            b.Property(x => x.ReturnTracking).HasMaxLength(64);
            b.Property(x => x.CancelReason).HasMaxLength(500);
            b.Property(x => x.IdempotencyKey).HasMaxLength(100);
            b.Property(x => x.Revision).IsConcurrencyToken();
            b.HasIndex(x => x.Number).IsUnique();
            b.HasIndex(x => x.IdempotencyKey).IsUnique();
            b.HasIndex(x => new { x.CenterCode, x.AcceptedAt });
        });
        modelBuilder.Entity<CrossRegionItem>(b =>
        {
            b.ToTable("as_cross_region_items");
            b.HasKey(x => new { x.ItemCode, x.Scope });
            b.Property(x => x.ItemCode).HasMaxLength(64);
            b.Property(x => x.Scope).HasConversion<string>().HasMaxLength(24);
            b.Property(x => x.Note).HasMaxLength(200);
        });
        modelBuilder.Entity<AssistanceEvent>(b =>
        {
            b.ToTable("as_events");
            b.Property(x => x.Actor).HasMaxLength(100);
            b.Property(x => x.Action).HasMaxLength(40);
            b.Property(x => x.Detail).HasMaxLength(500);
            b.HasIndex(x => new { x.RecordId, x.At });
        });
    }
}
