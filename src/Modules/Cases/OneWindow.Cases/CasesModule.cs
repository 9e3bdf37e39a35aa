using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OneWindow.Cases.Contracts;
using OneWindow.Cases.Data;
using OneWindow.SharedKernel.Data;
using Quartz;

namespace OneWindow.Cases;

/// <summary>办件: the acceptance chain 一窗受理 → 材料流转 → 授权审批 → 统一出件, 帮办代办, 跨域通办 and electronic licenses.</summary>
public static class CasesModule
{
    public const string Name = "cases";

    public static IServiceCollection AddCasesModule(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<CasesDbContext>(Name);
        services.AddSingleton(CasesOptions.From(configuration));
        services.AddSingleton<Documents.PdfConverter>();
        services.AddScoped<CaseDesk>();
        services.AddScoped<ICaseDirectory, CaseDirectory>();
        services.AddScoped<ICaseHistorySeeder, Demo.CaseHistory>();
        services.AddQuartz(q =>
        {
            var key = Features.FlagDeadlines.FlagDeadlines.Job.Key;
            q.AddJob<Features.FlagDeadlines.FlagDeadlines.Job>(j => j.WithIdentity(key).StoreDurably());
            q.AddTrigger(t => t.ForJob(key).WithIdentity("cases-flag-deadlines-evening").WithCronSchedule("0 0 17 * * ?", c => c.InTimeZone(OneWindow.SharedKernel.Time.ChinaTime.Zone)));
            q.AddTrigger(t => t.ForJob(key).WithIdentity("cases-flag-deadlines-morning").WithCronSchedule("0 0 7 * * ?", c => c.InTimeZone(OneWindow.SharedKernel.Time.ChinaTime.Zone)));
        });
        return services;
    }

    public static IEndpointRouteBuilder MapCasesModule(this IEndpointRouteBuilder endpoints)
    {
        Features.ListCases.ListCases.Map(endpoints);
        Features.Handover.Handover.Map(endpoints);
        Features.FlagDeadlines.FlagDeadlines.Map(endpoints);
        Features.CreateCase.CreateCase.Map(endpoints);
        Features.GetCase.GetCase.Map(endpoints);
        Features.AddMaterials.AddMaterials.Map(endpoints);
        Features.AcceptCase.AcceptCase.Map(endpoints);
        Features.CloseCase.CloseCase.Map(endpoints);
        Features.ReviewCase.ReviewCase.Map(endpoints);
        Features.IssueCase.IssueCase.Map(endpoints);
        Features.RevealApplicant.RevealApplicant.Map(endpoints);
        Features.GetDocument.GetDocument.Map(endpoints);
        Features.IssuanceRegister.IssuanceRegister.Map(endpoints);
        Features.LookupCase.LookupCase.Map(endpoints);
        Features.Supervision.Supervision.Map(endpoints);
        return endpoints;
    }
}
