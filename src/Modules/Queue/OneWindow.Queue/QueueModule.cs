using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OneWindow.Queue.Contracts;
using OneWindow.Queue.Data;
using OneWindow.SharedKernel.Data;
using Quartz;

namespace OneWindow.Queue;

/// <summary>排队叫号: tickets, windows calling, the hall display and kiosk, wait estimates, statistics and the tidal-window advisor.</summary>
public static class QueueModule
{
    public const string Name = "queue";

    public static IServiceCollection AddQueueModule(this IServiceCollection services, IConfiguration configuration)
    {
        var options = QueueOptions.From(configuration);
        services.AddModuleDbContext<QueueDbContext>(Name);
        services.AddSingleton(options);
        services.AddSingleton<ServiceTimes>();
        services.AddSingleton<HallLayouts>();
        services.AddScoped<QueueDesk>();
        services.AddScoped<ITicketIssuer, TicketIssuer>();
        services.AddScoped<ITicketDirectory, TicketDirectory>();
        services.AddScoped<IQueueHistorySeeder, Demo.QueueHistorySeeder>();
        services.AddScoped<IQueueStatistics, Features.GetQueueStatistics.QueueStatistics>();
        services.AddQuartz(q =>
        {
            var key = Features.ExpireTickets.ExpireTickets.Job.Key;
            q.AddJob<Features.ExpireTickets.ExpireTickets.Job>(j => j.WithIdentity(key).StoreDurably());
            q.AddTrigger(t => t.ForJob(key).WithIdentity("queue-daily-reset-trigger")
                .WithCronSchedule($"0 {options.DailyResetAt.Minute} {options.DailyResetAt.Hour} * * ?", c => c.InTimeZone(ChinaTimeZone)));
        });
        return services;
    }

    /// <summary>China Standard Time without depending on the host's time zone database.</summary>
    internal static readonly TimeZoneInfo ChinaTimeZone = TimeZoneInfo.CreateCustomTimeZone("China Standard Time (OneWindow)", TimeSpan.FromHours(8), "China Standard Time", "China Standard Time");

    public static IEndpointRouteBuilder MapQueueModule(this IEndpointRouteBuilder endpoints)
    {
        Features.IssueTicket.IssueTicket.Map(endpoints);
        Features.CallNext.CallNext.Map(endpoints);
        Features.CallTicket.CallTicket.Map(endpoints);
        Features.RecallTicket.RecallTicket.Map(endpoints);
        Features.AdvanceTicket.AdvanceTicket.Map(endpoints);
        Features.TransferTicket.TransferTicket.Map(endpoints);
        Features.GetBoard.GetBoard.Map(endpoints);
        Features.GetTicket.GetTicket.Map(endpoints);
        Features.GetWindowDesk.GetWindowDesk.Map(endpoints);
        Features.GetQueueStatistics.GetQueueStatistics.Map(endpoints);
        Features.GetStaffing.GetStaffing.Map(endpoints);
        Features.GetQueueAlerts.GetQueueAlerts.Map(endpoints);
        Features.ComputeErlang.ComputeErlang.Map(endpoints);
        return endpoints;
    }
}
