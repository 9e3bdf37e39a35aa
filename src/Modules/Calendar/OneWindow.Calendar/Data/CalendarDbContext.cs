using Microsoft.EntityFrameworkCore;
using OneWindow.Calendar.Domain;
using OneWindow.SharedKernel.Data;

namespace OneWindow.Calendar.Data;

internal sealed class CalendarDbContext(DbContextOptions<CalendarDbContext> options) : DbContext(options)
{
    public DbSet<HolidayYear> Years => Set<HolidayYear>();

    public DbSet<HolidayDate> Dates => Set<HolidayDate>();

    public DbSet<CenterOverride> Overrides => Set<CenterOverride>();

    public DbSet<HallSchedule> Schedules => Set<HallSchedule>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.UseInstantConventions(Database);

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<HolidayYear>(b =>
        {
            b.ToTable("cal_years");
            b.HasKey(x => x.Year);
            b.Property(x => x.Year).ValueGeneratedNever();
            b.Property(x => x.Source).HasMaxLength(300);
            b.HasMany(x => x.Dates).WithOne().HasForeignKey(x => x.Year).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<HolidayDate>(b =>
        {
            b.ToTable("cal_dates");
            b.HasIndex(x => x.Date).IsUnique();
            b.Property(x => x.Holiday).HasMaxLength(50);
        });
        modelBuilder.Entity<CenterOverride>(b =>
        {
            b.ToTable("cal_center_overrides");
            b.HasIndex(x => new { x.CenterCode, x.Date }).IsUnique();
            b.Property(x => x.CenterCode).HasMaxLength(64);
            b.Property(x => x.Reason).HasMaxLength(200);
        });
        modelBuilder.Entity<HallSchedule>(b =>
        {
            b.ToTable("cal_hall_schedules");
            b.HasIndex(x => new { x.HallCode, x.EffectiveFrom }).IsUnique();
            b.Property(x => x.HallCode).HasMaxLength(64);
            b.Property(x => x.Note).HasMaxLength(200);
            b.HasMany(x => x.Periods).WithOne().HasForeignKey(x => x.ScheduleId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<SchedulePeriod>(b =>
        {
            b.ToTable("cal_hall_periods");
            b.Property(x => x.Days).HasConversion<string>().HasMaxLength(16);
            b.Property(x => x.Label).HasMaxLength(20);
        });
    }
}
