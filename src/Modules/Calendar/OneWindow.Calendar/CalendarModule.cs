using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OneWindow.Calendar.Contracts;
using OneWindow.Calendar.Data;
using OneWindow.SharedKernel.Data;

namespace OneWindow.Calendar;

/// <summary>Official holidays with adjusted working days, center exceptions, hall business hours, and the deadline engine (working days and working hours).</summary>
public static class CalendarModule
{
    public const string Name = "calendar";

    public static IServiceCollection AddCalendarModule(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<CalendarDbContext>(Name);
        services.AddSingleton<CalendarProvider>();
        services.AddSingleton<ICalendarProvider>(sp => sp.GetRequiredService<CalendarProvider>());
        services.AddScoped<IReferenceDataSeeder, OfficialHolidays>();
        services.AddScoped<IDeadlineQuery, Features.GetDeadline.DeadlineQuery>();
        services.AddSingleton<OfficeHours>();
        services.AddSingleton<BusinessHoursProvider>();
        services.AddSingleton<IBusinessHoursProvider>(sp => sp.GetRequiredService<BusinessHoursProvider>());
        services.AddScoped<IBusinessHoursSeeder, HoursSeeder>();
        return services;
    }

    public static IEndpointRouteBuilder MapCalendarModule(this IEndpointRouteBuilder endpoints)
    {
        Features.GetDay.GetDay.Map(endpoints);
        Features.GetDeadline.GetDeadline.Map(endpoints);
        Features.ListYears.ListYears.Map(endpoints);
        Features.AddYear.AddYear.Map(endpoints);
        Features.DeleteYear.DeleteYear.Map(endpoints);
        Features.AddOverride.AddOverride.Map(endpoints);
        Features.ListOverrides.ListOverrides.Map(endpoints);
        Features.AddSchedule.AddSchedule.Map(endpoints);
        Features.ListSchedules.ListSchedules.Map(endpoints);
        Features.GetHallHours.GetHallHours.Map(endpoints);
        Features.GetServing.GetServing.Map(endpoints);
        Features.GetWorkingDeadline.GetWorkingDeadline.Map(endpoints);
        return endpoints;
    }
}
