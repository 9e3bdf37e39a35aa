using Microsoft.EntityFrameworkCore;
using OneWindow.SharedKernel.Data;
using OneWindow.Workforce.Domain;

namespace OneWindow.Workforce.Data;

/// <summary>Tables prefixed wf_.</summary>
internal sealed class WorkforceDbContext(DbContextOptions<WorkforceDbContext> options) : DbContext(options)
{
    public DbSet<Post> Posts => Set<Post>();

    public DbSet<Staff> Staff => Set<Staff>();

    public DbSet<PostHolder> Holders => Set<PostHolder>();

    public DbSet<Leave> Leaves => Set<Leave>();

    public DbSet<Punch> Punches => Set<Punch>();

    public DbSet<Duty> Duties => Set<Duty>();

    public DbSet<Roster> Rosters => Set<Roster>();

    public DbSet<RosterEntry> RosterEntries => Set<RosterEntry>();

    public DbSet<RosterShift> RosterShifts => Set<RosterShift>();

    public DbSet<RosterCompDay> RosterCompDays => Set<RosterCompDay>();

    public DbSet<RosterShortfall> RosterShortfalls => Set<RosterShortfall>();

    public DbSet<TrainingPlan> TrainingPlans => Set<TrainingPlan>();

    public DbSet<TrainingPlanItem> TrainingPlanItems => Set<TrainingPlanItem>();

    public DbSet<TrainingSession> TrainingSessions => Set<TrainingSession>();

    public DbSet<TrainingMaterial> TrainingMaterials => Set<TrainingMaterial>();

    public DbSet<TrainingAttendance> TrainingAttendance => Set<TrainingAttendance>();

    public DbSet<AssessmentScore> AssessmentScores => Set<AssessmentScore>();

    public DbSet<AssessmentScoreHistory> AssessmentScoreHistory => Set<AssessmentScoreHistory>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.UseInstantConventions(Database);

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Post>(b =>
        {
            b.ToTable("wf_posts", t => t.HasCheckConstraint("ck_wf_posts_headcount", "\"Headcount\" >= 1"));
            b.Property(x => x.Code).HasMaxLength(64);
            b.Property(x => x.Name).HasMaxLength(100);
            b.Property(x => x.Type).HasMaxLength(32);
            b.Property(x => x.CenterCode).HasMaxLength(64);
            b.PrimitiveCollection(x => x.Skills);
            b.HasIndex(x => x.Code).IsUnique();
            b.HasIndex(x => x.CenterCode);
        });
        modelBuilder.Entity<Staff>(b =>
        {
            b.ToTable("wf_staff");
            b.Property(x => x.Code).HasMaxLength(32);
            b.Property(x => x.DisplayName).HasMaxLength(50);
            b.Property(x => x.CenterCode).HasMaxLength(64);
            b.Property(x => x.IdNumberEncrypted).HasMaxLength(200);
            b.Property(x => x.IdNumberIndex).HasMaxLength(64);
            b.Property(x => x.IdNumberMasked).HasMaxLength(18);
            b.Property(x => x.PhoneEncrypted).HasMaxLength(200);
            b.Property(x => x.PhoneMasked).HasMaxLength(11);
            b.Property(x => x.UniformSize).HasMaxLength(16);
            b.Property(x => x.UserName).HasMaxLength(100);
            b.Property(x => x.Revision).IsConcurrencyToken();
            b.PrimitiveCollection(x => x.Skills);
            b.PrimitiveCollection(x => x.Certificates);
            b.HasIndex(x => x.Code).IsUnique();
            b.HasIndex(x => x.IdNumberIndex).IsUnique();
            b.HasIndex(x => x.UserName).IsUnique().HasFilter("\"UserName\" IS NOT NULL");
            b.HasIndex(x => x.CenterCode);
        });
        modelBuilder.Entity<PostHolder>(b =>
        {
            b.ToTable("wf_post_holders");
            b.Property(x => x.Role).HasConversion<string>().HasMaxLength(1);
            b.HasIndex(x => new { x.PostId, x.StaffId }).IsUnique();

            // One A post and one B post per person, even when two managers assign at once.
            b.HasIndex(x => new { x.StaffId, x.Role }).IsUnique();
            b.HasOne<Post>().WithMany().HasForeignKey(x => x.PostId).OnDelete(DeleteBehavior.Cascade);
            b.HasOne<Staff>().WithMany().HasForeignKey(x => x.StaffId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<Leave>(b =>
        {
            b.ToTable("wf_leaves", t => t.HasCheckConstraint("ck_wf_leaves_range", "\"To\" >= \"From\""));
            b.Property(x => x.Type).HasConversion<string>().HasMaxLength(16);
            b.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
            b.Property(x => x.Reason).HasMaxLength(500);
            b.Property(x => x.RequestedBy).HasMaxLength(100);
            b.Property(x => x.DecidedBy).HasMaxLength(100);
            b.Property(x => x.DecisionNote).HasMaxLength(500);
            b.Property(x => x.Revision).IsConcurrencyToken();
            b.Ignore(x => x.Counts);
            b.Ignore(x => x.LastDay);
            b.Ignore(x => x.Units);
            b.HasIndex(x => new { x.StaffId, x.From });
            b.HasIndex(x => new { x.Status, x.From });
            b.HasOne<Staff>().WithMany().HasForeignKey(x => x.StaffId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<Punch>(b =>
        {
            b.ToTable("wf_punches", t => t.HasCheckConstraint("ck_wf_punches_order", "\"ClockIn\" IS NULL OR \"ClockOut\" IS NULL OR \"ClockOut\" >= \"ClockIn\""));
            b.Property(x => x.Source).HasMaxLength(16);
            b.Property(x => x.UpdatedBy).HasMaxLength(100);
            b.HasIndex(x => new { x.StaffId, x.Date }).IsUnique();
            b.HasIndex(x => x.Date);
            b.HasOne<Staff>().WithMany().HasForeignKey(x => x.StaffId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<Duty>(b =>
        {
            b.ToTable("wf_duties");
            b.Property(x => x.Kind).HasMaxLength(50);
            b.Property(x => x.Note).HasMaxLength(500);
            b.Property(x => x.RecordedBy).HasMaxLength(100);
            b.HasIndex(x => x.Date);
            b.HasOne<Staff>().WithMany().HasForeignKey(x => x.StaffId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<Roster>(b =>
        {
            b.ToTable("wf_rosters");
            b.Property(x => x.CenterCode).HasMaxLength(64);
            b.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
            b.Property(x => x.SolverStatus).HasMaxLength(32);
            b.Property(x => x.CreatedBy).HasMaxLength(100);
            b.Property(x => x.PublishedBy).HasMaxLength(100);
            b.Property(x => x.Revision).IsConcurrencyToken();
            b.HasIndex(x => new { x.CenterCode, x.Year, x.Month, x.Version }).IsUnique();
            b.HasIndex(x => new { x.Year, x.Month, x.Status });
        });
        modelBuilder.Entity<RosterEntry>(b =>
        {
            b.ToTable("wf_roster_entries");
            b.Property(x => x.PostCode).HasMaxLength(64);
            b.Property(x => x.Coverage).HasConversion<string>().HasMaxLength(16);
            b.HasIndex(x => new { x.RosterId, x.Date, x.PostCode });
            b.HasIndex(x => new { x.RosterId, x.StaffId, x.Date }).IsUnique();
            b.HasOne<Roster>().WithMany().HasForeignKey(x => x.RosterId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<RosterShift>(b =>
        {
            b.ToTable("wf_roster_shifts");
            b.Property(x => x.ShiftCode).HasMaxLength(32);
            b.Property(x => x.CenterCode).HasMaxLength(64);
            b.Property(x => x.Label).HasMaxLength(32);
            b.HasIndex(x => new { x.RosterId, x.Date });
            b.HasIndex(x => new { x.RosterId, x.StaffId, x.Date, x.ShiftCode }).IsUnique();
            b.HasOne<Roster>().WithMany().HasForeignKey(x => x.RosterId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<RosterCompDay>(b =>
        {
            b.ToTable("wf_roster_comp_days");
            b.HasIndex(x => new { x.RosterId, x.StaffId, x.Date }).IsUnique();
            b.HasOne<Roster>().WithMany().HasForeignKey(x => x.RosterId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<RosterShortfall>(b =>
        {
            b.ToTable("wf_roster_shortfalls");
            b.Property(x => x.Code).HasMaxLength(64);
            b.Property(x => x.CenterCode).HasMaxLength(64);
            b.HasIndex(x => new { x.RosterId, x.Date });
            b.HasOne<Roster>().WithMany().HasForeignKey(x => x.RosterId).OnDelete(DeleteBehavior.Cascade);
        });

        TrainingModel.Configure(modelBuilder);
    }
}
