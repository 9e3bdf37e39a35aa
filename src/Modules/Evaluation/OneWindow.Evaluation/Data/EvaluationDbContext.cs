using Microsoft.EntityFrameworkCore;
using OneWindow.Evaluation.Domain;
using OneWindow.SharedKernel.Data;

namespace OneWindow.Evaluation.Data;

/// <summary>Tables prefixed ev_.</summary>
internal sealed class EvaluationDbContext(DbContextOptions<EvaluationDbContext> options) : DbContext(options)
{
    public DbSet<Rating> Ratings => Set<Rating>();

    public DbSet<RectificationTask> Tasks => Set<RectificationTask>();

    public DbSet<TaskEvent> Events => Set<TaskEvent>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.UseInstantConventions(Database);

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Rating>(b =>
        {
            b.ToTable("ev_ratings");
            b.Property(x => x.Channel).HasConversion<string>().HasMaxLength(10);
            b.Property(x => x.Tags).HasMaxLength(500);
            b.Property(x => x.Comment).HasMaxLength(1000);
            b.Property(x => x.TicketNumber).HasMaxLength(20);
            b.Property(x => x.CaseNumber).HasMaxLength(40);
            b.Property(x => x.HallCode).HasMaxLength(64);
            b.Property(x => x.WindowCode).HasMaxLength(64);
            b.Property(x => x.ClerkUserName).HasMaxLength(100);
            b.Property(x => x.DepartmentCode).HasMaxLength(64);
            b.Property(x => x.CenterCode).HasMaxLength(64);
            b.Ignore(x => x.IsBad);
            b.Ignore(x => x.TagList);

            // One rating per ticket and per case: the database decides between two at once.
            b.HasIndex(x => x.TicketId).IsUnique().HasFilter("\"TicketId\" IS NOT NULL");
            b.HasIndex(x => x.CaseNumber).IsUnique().HasFilter("\"CaseNumber\" IS NOT NULL");
            b.HasIndex(x => new { x.Day, x.CenterCode });
        });
        modelBuilder.Entity<RectificationTask>(b =>
        {
            b.ToTable("ev_tasks");
            b.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
            b.Property(x => x.StatusBeforeAppeal).HasConversion<string>().HasMaxLength(16);
            b.Property(x => x.Channel).HasConversion<string>().HasMaxLength(10);
            b.Property(x => x.ClerkUserName).HasMaxLength(100);
            b.Property(x => x.DepartmentCode).HasMaxLength(64);
            b.Property(x => x.CenterCode).HasMaxLength(64);
            b.Property(x => x.HallCode).HasMaxLength(64);
            b.Property(x => x.WindowCode).HasMaxLength(64);
            b.Property(x => x.Subject).HasMaxLength(40);
            b.Property(x => x.Findings).HasMaxLength(2000);
            b.Property(x => x.Measures).HasMaxLength(2000);
            b.Property(x => x.CallbackView).HasMaxLength(2000);
            b.Property(x => x.AppealReason).HasMaxLength(2000);
            b.Property(x => x.AppealEvidence).HasMaxLength(4000);
            b.Property(x => x.AppealDecision).HasMaxLength(2000);
            b.Property(x => x.Revision).IsConcurrencyToken();
            b.HasIndex(x => x.RatingId).IsUnique();
            b.HasIndex(x => new { x.Status, x.DueOn });
            b.HasIndex(x => x.CreatedAt);
        });
        modelBuilder.Entity<TaskEvent>(b =>
        {
            b.ToTable("ev_task_events");
            b.Property(x => x.Actor).HasMaxLength(100);
            b.Property(x => x.Action).HasMaxLength(32);
            b.Property(x => x.Detail).HasMaxLength(4000);
            b.HasIndex(x => new { x.TaskId, x.At });
        });
    }
}
