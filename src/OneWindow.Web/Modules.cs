using System.Reflection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using OneWindow.Appointments;
using OneWindow.Assistance;
using OneWindow.Calendar;
using OneWindow.Cases;
using OneWindow.ContractLedger;
using OneWindow.Catalog;
using OneWindow.Evaluation;
using OneWindow.Guidance;
using OneWindow.Hotline;
using OneWindow.Identity;
using OneWindow.Licenses;
using OneWindow.Organization;
using OneWindow.Queue;
using OneWindow.SharedKernel.Realtime;
using OneWindow.Workforce;

namespace OneWindow.Web;

/// <summary>The explicit list of modules in this host. Add a module here and nowhere else.</summary>
public static class Modules
{
    public static readonly Assembly[] PageAssemblies =
    [
        typeof(OrganizationModule).Assembly,
        typeof(IdentityModule).Assembly,
        typeof(CalendarModule).Assembly,
        typeof(CatalogModule).Assembly,
        typeof(GuidanceModule).Assembly,
        typeof(QueueModule).Assembly,
        typeof(AppointmentsModule).Assembly,
        typeof(HotlineModule).Assembly,
        typeof(WorkforceModule).Assembly,
        typeof(ContractLedgerModule).Assembly,
        typeof(CasesModule).Assembly,
        typeof(EvaluationModule).Assembly,
        typeof(LicensesModule).Assembly,
        typeof(AssistanceModule).Assembly,
    ];

    public static IServiceCollection AddModules(this IServiceCollection services, IConfiguration configuration) =>
        services
            .AddHeadlessRealtime()
            .AddOrganizationModule(configuration)
            .AddIdentityModule(configuration)
            .AddCalendarModule(configuration)
            .AddCatalogModule(configuration)
            .AddGuidanceModule(configuration)
            .AddQueueModule(configuration)
            .AddAppointmentsModule(configuration)
            .AddHotlineModule(configuration)
            .AddWorkforceModule(configuration)
            .AddContractLedgerModule(configuration)
            .AddCasesModule(configuration)
            .AddEvaluationModule(configuration)
            .AddLicensesModule(configuration)
            .AddAssistanceModule(configuration);

    public static IEndpointRouteBuilder MapModules(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapOrganizationModule();
        endpoints.MapIdentityModule();
        endpoints.MapCalendarModule();
        endpoints.MapCatalogModule();
        endpoints.MapGuidanceModule();
        endpoints.MapQueueModule();
        endpoints.MapAppointmentsModule();
        endpoints.MapHotlineModule();
        endpoints.MapWorkforceModule();
        endpoints.MapContractLedgerModule();
        endpoints.MapCasesModule();
        endpoints.MapEvaluationModule();
        endpoints.MapLicensesModule();
        endpoints.MapAssistanceModule();
        return endpoints;
    }

    /// <summary>
    /// A host without SignalR (the command-line tool) still composes modules that push to displays, e.g. the hall
    /// directory the appointments seeder reads; there the pushes go nowhere. The web host registers its SignalR
    /// notifier after the modules, which takes precedence.
    /// </summary>
    private static IServiceCollection AddHeadlessRealtime(this IServiceCollection services)
    {
        services.TryAddSingleton<IRealtimeNotifier, NoDisplays>();
        return services;
    }

    private sealed class NoDisplays : IRealtimeNotifier
    {
        public Task ToHallAsync(string hallCode, string eventName, object payload, CancellationToken cancellationToken = default) => Task.CompletedTask;

        public Task ToWindowAsync(string hallCode, string windowCode, string eventName, object payload, CancellationToken cancellationToken = default) => Task.CompletedTask;
    }
}
