using Microsoft.EntityFrameworkCore;
using OneWindow.ContractLedger.Domain;
using OneWindow.SharedKernel.Data;

namespace OneWindow.ContractLedger.Data;

/// <summary>Tables prefixed ct_.</summary>
internal sealed class ContractLedgerDbContext(DbContextOptions<ContractLedgerDbContext> options) : DbContext(options)
{
    public DbSet<ServiceContract> Contracts => Set<ServiceContract>();

    public DbSet<Milestone> Milestones => Set<Milestone>();

    public DbSet<ErrorRecord> Errors => Set<ErrorRecord>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.UseInstantConventions(Database);

        // Money to the fen, percentages to 1/10000 of a percent; SQLite keeps decimals as text, exactly.
        configurationBuilder.Properties<decimal>().HavePrecision(18, 4);
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<ServiceContract>(b =>
        {
            b.ToTable("ct_contracts");
            b.Property(x => x.Code).HasMaxLength(64);
            b.Property(x => x.Name).HasMaxLength(200);
            b.Property(x => x.Amount).HasPrecision(18, 2);
            b.Property(x => x.VacancyStandard).HasPrecision(18, 2);
            b.Property(x => x.VacancyStandardBasis).HasMaxLength(500);
            foreach (var party in new[] { nameof(ServiceContract.BureauName), nameof(ServiceContract.ContractorName) })
            {
                b.Property(party).HasMaxLength(200);
            }

            foreach (var text in new[] { nameof(ServiceContract.BureauContact), nameof(ServiceContract.BureauPhone), nameof(ServiceContract.ContractorContact), nameof(ServiceContract.ContractorPhone) })
            {
                b.Property(text).HasMaxLength(100);
            }

            b.Property(x => x.BureauAddress).HasMaxLength(300);
            b.Property(x => x.ContractorAddress).HasMaxLength(300);
            b.Property(x => x.CalendarCenter).HasMaxLength(64);
            b.Property(x => x.CreatedBy).HasMaxLength(100);
            b.Property(x => x.Revision).IsConcurrencyToken();
            b.HasIndex(x => x.Code).IsUnique();
            b.HasMany(x => x.Milestones).WithOne().HasForeignKey(m => m.ContractId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<Milestone>(b =>
        {
            b.ToTable("ct_milestones");
            b.Property(x => x.Name).HasMaxLength(200);
            b.Property(x => x.Amount).HasPrecision(18, 2);
            b.Property(x => x.Rule).HasConversion<string>().HasMaxLength(32);
            b.Property(x => x.Condition).HasMaxLength(200);
            b.Property(x => x.ConditionMetBy).HasMaxLength(100);
            b.Property(x => x.PaidBy).HasMaxLength(100);
            b.Property(x => x.Revision).IsConcurrencyToken();
            b.HasIndex(x => new { x.ContractId, x.Seq }).IsUnique();
        });
        modelBuilder.Entity<ErrorRecord>(b =>
        {
            b.ToTable("ct_error_records");
            b.Property(x => x.Severity).HasConversion<string>().HasMaxLength(24);
            b.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
            b.Property(x => x.CenterCode).HasMaxLength(64);
            b.Property(x => x.Description).HasMaxLength(2000);
            b.Property(x => x.Evidence).HasMaxLength(2000);
            b.Property(x => x.FileName).HasMaxLength(200);
            b.Property(x => x.FileType).HasMaxLength(64);
            b.Property(x => x.StoredAs).HasMaxLength(200);
            b.Property(x => x.RecordedBy).HasMaxLength(100);
            b.Property(x => x.DecidedBy).HasMaxLength(100);
            b.Property(x => x.DecisionNote).HasMaxLength(500);
            b.Property(x => x.Revision).IsConcurrencyToken();
            b.HasOne<ServiceContract>().WithMany().HasForeignKey(x => x.ContractId).OnDelete(DeleteBehavior.Cascade);
            b.HasIndex(x => new { x.ContractId, x.Date });
        });
    }
}
