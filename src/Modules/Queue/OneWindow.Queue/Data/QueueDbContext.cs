using Microsoft.EntityFrameworkCore;
using OneWindow.Queue.Domain;
using OneWindow.SharedKernel.Data;

namespace OneWindow.Queue.Data;

internal sealed class QueueDbContext(DbContextOptions<QueueDbContext> options) : DbContext(options)
{
    public DbSet<Ticket> Tickets => Set<Ticket>();

    public DbSet<NumberCounter> Counters => Set<NumberCounter>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.UseInstantConventions(Database);

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Ticket>(b =>
        {
            b.ToTable("queue_tickets");
            b.Property(x => x.HallCode).HasMaxLength(64);
            b.Property(x => x.Category).HasMaxLength(64);
            b.Property(x => x.Prefix).HasMaxLength(8);
            b.Property(x => x.DisplayNumber).HasMaxLength(16);
            b.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
            b.Property(x => x.Priority).HasConversion<string>().HasMaxLength(16);
            b.Property(x => x.WindowCode).HasMaxLength(32);
            b.Property(x => x.TargetWindow).HasMaxLength(32);
            b.Property(x => x.CalledBy).HasMaxLength(100);
            b.Property(x => x.IdempotencyKey).HasMaxLength(100);
            b.Property(x => x.AppointmentCode).HasMaxLength(16);
            b.Property(x => x.Revision).IsConcurrencyToken();
            // A line in calling order: call-next reads the first few rows of a range, never sorts the whole line.
            b.HasIndex(x => new { x.HallCode, x.ServiceDay, x.Status, x.Category, x.Priority, x.IssuedAt });
            b.HasIndex(x => new { x.HallCode, x.ServiceDay, x.Status, x.SlotStart });
            b.HasIndex(x => new { x.HallCode, x.ServiceDay, x.Status, x.TargetWindow });
            b.HasIndex(x => new { x.HallCode, x.Category, x.EndedAt });
            b.HasIndex(x => new { x.HallCode, x.IssuedAt });

            // A retry with the same Idempotency-Key finds the first ticket (NULL keys never collide).
            b.HasIndex(x => new { x.HallCode, x.IdempotencyKey }).IsUnique();

            // No number is issued twice in a day; a transfer reuses its number on a new row.
            b.HasIndex(x => new { x.HallCode, x.ServiceDay, x.Prefix, x.Number }).IsUnique().HasFilter("\"TransferredFromId\" IS NULL").HasDatabaseName("ix_queue_tickets_number");

            // A window holds at most one visitor at a time, even when two requests race at it.
            b.HasIndex(x => new { x.HallCode, x.WindowCode }).IsUnique().HasFilter("\"Status\" IN ('Called', 'Serving')").HasDatabaseName("ix_queue_tickets_active_window");
        });
        modelBuilder.Entity<NumberCounter>(b =>
        {
            b.ToTable("queue_counters");
            b.HasKey(x => new { x.HallCode, x.ServiceDay, x.Prefix });
            b.Property(x => x.HallCode).HasMaxLength(64);
            b.Property(x => x.Prefix).HasMaxLength(8);
        });
    }
}
