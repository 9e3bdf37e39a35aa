using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OneWindow.Hotline.Contracts;
using OneWindow.Hotline.Data;
using OneWindow.SharedKernel.Data;
using Quartz;

namespace OneWindow.Hotline;

/// <summary>12345 接诉即办: work orders from intake to callback, dispatch rules and time limits, supervision, the ledger, three-rate assessment and the hotline's reports.</summary>
public static class HotlineModule
{
    public const string Name = "hotline";

    public static IServiceCollection AddHotlineModule(this IServiceCollection services, IConfiguration configuration)
    {
        var options = HotlineOptions.From(configuration);
        services.AddModuleDbContext<HotlineDbContext>(Name);
        services.AddSingleton(options);
        services.AddSingleton<CategoryTree>();
        services.AddSingleton<OrganizationCache>();
        services.AddSingleton<FileStore>();
        services.AddScoped<HotlineDesk>();
        services.AddScoped<Demo.HotlineHistory>();
        services.AddScoped<IHotlineSeeder, HotlineSeeder>();
        services.AddScoped<IHotlineFigures, Features.GetAssessment.HotlineFigures>();
        services.AddQuartz(q =>
        {
            var key = Features.FlagOverdue.FlagOverdue.Job.Key;
            q.AddJob<Features.FlagOverdue.FlagOverdue.Job>(j => j.WithIdentity(key).StoreDurably());
            q.AddTrigger(t => t.ForJob(key).WithIdentity("hotline-flag-overdue-trigger").WithCronSchedule("0 */15 * * * ?"));
        });
        return services;
    }

    public static IEndpointRouteBuilder MapHotlineModule(this IEndpointRouteBuilder endpoints)
    {
        Features.ListCategories.ListCategories.Map(endpoints);
        Features.SuggestUnit.SuggestUnit.Map(endpoints);
        Features.CreateWorkOrder.CreateWorkOrder.Map(endpoints);
        Features.CallerHistory.CallerHistory.Map(endpoints);
        Features.GetAssessment.GetAssessment.Map(endpoints);
        Features.GetSummary.GetSummary.Map(endpoints);
        Features.GetSummaryDocument.GetSummaryDocument.Map(endpoints);
        Features.GetHotTopics.GetHotTopics.Map(endpoints);
        Features.GetAssessmentTrend.GetAssessmentTrend.Map(endpoints);
        Features.GetSupervisionBoard.GetSupervisionBoard.Map(endpoints);
        Features.ExportLedger.ExportLedger.Map(endpoints);
        Features.ListWorkOrders.ListWorkOrders.Map(endpoints);
        Features.GetWorkOrder.GetWorkOrder.Map(endpoints);
        Features.DispatchWorkOrder.DispatchWorkOrder.Map(endpoints);
        Features.AcceptWorkOrder.AcceptWorkOrder.Map(endpoints);
        Features.ReplyWorkOrder.ReplyWorkOrder.Map(endpoints);
        Features.RecordCallback.RecordCallback.Map(endpoints);
        Features.SuperviseWorkOrder.SuperviseWorkOrder.Map(endpoints);
        Features.ReturnWorkOrder.ReturnWorkOrder.Map(endpoints);
        Features.ExtendWorkOrder.ExtendWorkOrder.Map(endpoints);
        Features.ReopenWorkOrder.ReopenWorkOrder.Map(endpoints);
        Features.LedgerWorkOrder.LedgerWorkOrder.Map(endpoints);
        Features.MergeWorkOrder.MergeWorkOrder.Map(endpoints);
        Features.AttachFiles.AttachFiles.Map(endpoints);
        Features.VerifyOnSite.VerifyOnSite.Map(endpoints);
        Features.RevealCaller.RevealCaller.Map(endpoints);
        return endpoints;
    }
}
