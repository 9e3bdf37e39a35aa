using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using OneWindow.Appointments.Contracts;
using OneWindow.Appointments.Data;
using OneWindow.SharedKernel.Data;
using OneWindow.SharedKernel.Notifications;
using Quartz;

namespace OneWindow.Appointments;

/// <summary>预约: slots (by hand or from weekly templates on the center's calendar), booking, cancelling, check-in to the queue, no-shows and reminders.</summary>
public static class AppointmentsModule
{
    public const string Name = "appointments";

    /// <summary>China time of the nightly run (no-shows, slot generation): after the queue's reset at midnight.</summary>
    private static readonly TimeOnly DailyRunAt = new(0, 20);

    public static IServiceCollection AddAppointmentsModule(this IServiceCollection services, IConfiguration configuration)
    {
        var options = AppointmentsOptions.From(configuration);
        services.AddModuleDbContext<AppointmentsDbContext>(Name);
        services.AddSingleton(options);
        services.AddScoped<AppointmentDesk>();
        services.AddScoped<IAppointmentDirectory, AppointmentDirectory>();
        services.AddScoped<IAppointmentsSeeder, AppointmentsSeeder>();
        services.AddScoped<OneWindow.Queue.Contracts.IAppointmentCheckIn, KioskCheckIn>();

        // The stand-in until a deployment registers its SMS gateway.
        services.TryAddSingleton<INotificationSender, LogNotificationSender>();
        services.AddQuartz(q =>
        {
            var daily = Features.GenerateSlots.GenerateSlots.Job.Key;
            q.AddJob<Features.GenerateSlots.GenerateSlots.Job>(j => j.WithIdentity(daily).StoreDurably());
            q.AddTrigger(t => t.ForJob(daily).WithIdentity("appointments-daily-trigger")
                .WithCronSchedule($"0 {DailyRunAt.Minute} {DailyRunAt.Hour} * * ?", c => c.InTimeZone(ChinaTimeZone)));
            var reminders = Features.SendReminders.SendReminders.Job.Key;
            q.AddJob<Features.SendReminders.SendReminders.Job>(j => j.WithIdentity(reminders).StoreDurably());
            q.AddTrigger(t => t.ForJob(reminders).WithIdentity("appointments-reminders-trigger")
                .WithCronSchedule($"0 0 {options.ReminderHour} * * ?", c => c.InTimeZone(ChinaTimeZone)));
        });
        return services;
    }

    /// <summary>China Standard Time without depending on the host's time zone database.</summary>
    internal static readonly TimeZoneInfo ChinaTimeZone = TimeZoneInfo.CreateCustomTimeZone("China Standard Time (OneWindow appointments)", TimeSpan.FromHours(8), "China Standard Time", "China Standard Time");

    public static IEndpointRouteBuilder MapAppointmentsModule(this IEndpointRouteBuilder endpoints)
    {
        Features.CreateSlot.CreateSlot.Map(endpoints);
        Features.ListSlots.ListSlots.Map(endpoints);
        Features.GenerateSlots.GenerateSlots.Map(endpoints);
        Features.CreateTemplate.CreateTemplate.Map(endpoints);
        Features.ListTemplates.ListTemplates.Map(endpoints);
        Features.DeleteTemplate.DeleteTemplate.Map(endpoints);
        Features.BookAppointment.BookAppointment.Map(endpoints);
        Features.GetAppointment.GetAppointment.Map(endpoints);
        Features.CancelAppointment.CancelAppointment.Map(endpoints);
        Features.CheckIn.CheckIn.Map(endpoints);
        Features.ListAppointments.ListAppointments.Map(endpoints);
        return endpoints;
    }
}
