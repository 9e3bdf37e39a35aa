using Microsoft.EntityFrameworkCore;
using OneWindow.Appointments.Domain;
using OneWindow.SharedKernel.Data;

namespace OneWindow.Appointments.Data;

internal sealed class AppointmentsDbContext(DbContextOptions<AppointmentsDbContext> options) : DbContext(options)
{
    public DbSet<Slot> Slots => Set<Slot>();

    public DbSet<Appointment> Appointments => Set<Appointment>();

    public DbSet<SlotTemplate> Templates => Set<SlotTemplate>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.UseInstantConventions(Database);

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Slot>(b =>
        {
            // The database refuses an overbooked slot even if a future code path forgets the conditional UPDATE.
            b.ToTable("appt_slots", t => t.HasCheckConstraint("ck_appt_slots_booked", "\"Booked\" >= 0 AND \"Booked\" <= \"Capacity\""));
            b.Property(x => x.HallCode).HasMaxLength(64);
            b.Property(x => x.Category).HasMaxLength(64);
            b.Property(x => x.Label).HasMaxLength(20);
            b.Property(x => x.CreatedBy).HasMaxLength(100);
            b.HasIndex(x => new { x.HallCode, x.Date, x.Category });

            // Two generations racing (the job on two nodes, or the job and a clerk) cannot make one template slot twice.
            b.HasIndex(x => new { x.TemplateId, x.Date, x.Start }).IsUnique().HasFilter("\"TemplateId\" IS NOT NULL AND NOT \"Cancelled\"").HasDatabaseName("ix_appt_slots_template_slot");
        });
        modelBuilder.Entity<Appointment>(b =>
        {
            b.ToTable("appt_appointments");
            b.Property(x => x.Code).HasMaxLength(AppointmentCode.Length);
            b.Property(x => x.HallCode).HasMaxLength(64);
            b.Property(x => x.Category).HasMaxLength(64);
            b.Property(x => x.NameEncrypted).HasMaxLength(500);
            b.Property(x => x.PhoneEncrypted).HasMaxLength(500);
            b.Property(x => x.PhoneIndex).HasMaxLength(64);
            b.Property(x => x.Status).HasConversion<string>().HasMaxLength(24);
            b.Property(x => x.BookedBy).HasMaxLength(100);
            b.Property(x => x.Revision).IsConcurrencyToken();
            b.Ignore(x => x.IsLive);
            b.HasIndex(x => x.Code).IsUnique();
            b.HasIndex(x => new { x.PhoneIndex, x.Status, x.Date });
            b.HasIndex(x => new { x.HallCode, x.Date });
            b.HasIndex(x => new { x.Date, x.Status });

            // One live booking per person and slot, even when the same person submits twice at once.
            b.HasIndex(x => new { x.SlotId, x.PhoneIndex }).IsUnique().HasFilter("\"Status\" IN ('Booked', 'CheckedIn')").HasDatabaseName("ix_appt_appointments_live_per_slot");
        });
        modelBuilder.Entity<SlotTemplate>(b =>
        {
            b.ToTable("appt_templates");
            b.Property(x => x.HallCode).HasMaxLength(64);
            b.Property(x => x.Category).HasMaxLength(64);
            b.Property(x => x.Days).HasConversion<string>().HasMaxLength(16);
            b.Property(x => x.Label).HasMaxLength(20);
            b.HasIndex(x => new { x.HallCode, x.Active });
        });
    }
}
