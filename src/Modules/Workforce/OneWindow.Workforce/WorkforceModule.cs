using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OneWindow.SharedKernel.Data;
using OneWindow.Workforce.Contracts;
using OneWindow.Workforce.Data;

namespace OneWindow.Workforce;

/// <summary>人员与排班: posts, contract staff, AB posts, the monthly roster (CP-SAT), attendance, leave, duty, comp time and the vacancy ledger.</summary>
public static class WorkforceModule
{
    public const string Name = "workforce";

    public static IServiceCollection AddWorkforceModule(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<WorkforceDbContext>(Name);
        services.AddSingleton(WorkforceOptions.From(configuration));
        services.AddScoped<WorkforceDesk>();
        services.AddScoped<CoverageBook>();
        services.AddScoped<CompTimeBook>();
        services.AddScoped<PlanBook>();
        services.AddScoped<RosterPlanner>();
        services.AddScoped<RosterGrids>();
        services.AddScoped<IVacancyLedger, VacancyLedger>();
        services.AddScoped<IWorkforceDirectory, WorkforceDirectory>();
        services.AddScoped<IWorkforceSeeder, WorkforceSeeder>();
        services.AddSingleton<TrainingFileStore>();
        return services;
    }

    public static IEndpointRouteBuilder MapWorkforceModule(this IEndpointRouteBuilder endpoints)
    {
        Features.ListPosts.ListPosts.Map(endpoints);
        Features.SavePost.SavePost.Map(endpoints);
        Features.SetHolders.SetHolders.Map(endpoints);
        Features.RemoveHolder.RemoveHolder.Map(endpoints);
        Features.ListStaff.ListStaff.Map(endpoints);
        Features.GetTurnover.GetTurnover.Map(endpoints);
        Features.SaveStaff.SaveStaff.Map(endpoints);
        Features.RevealStaff.RevealStaff.Map(endpoints);
        Features.RequestLeave.RequestLeave.Map(endpoints);
        Features.ListLeave.ListLeave.Map(endpoints);
        Features.DecideLeave.DecideLeave.Map(endpoints);
        Features.GetCompTime.GetCompTime.Map(endpoints);
        Features.RecordPunch.RecordPunch.Map(endpoints);
        Features.ImportPunches.ImportPunches.Map(endpoints);
        Features.GetAttendance.GetAttendance.Map(endpoints);
        Features.RecordDuty.RecordDuty.Map(endpoints);
        Features.GenerateRoster.GenerateRoster.Map(endpoints);
        Features.MyRoster.MyRoster.Map(endpoints);
        Features.ListRosters.ListRosters.Map(endpoints);
        Features.EditRosterCell.EditRosterCell.Map(endpoints);
        Features.PublishRoster.PublishRoster.Map(endpoints);
        Features.CopyRoster.CopyRoster.Map(endpoints);
        Features.ExportRoster.ExportRoster.Map(endpoints);
        Features.GetVacancies.GetVacancies.Map(endpoints);
        Features.SaveTrainingPlan.SaveTrainingPlan.Map(endpoints);
        Features.GetTrainingPlan.GetTrainingPlan.Map(endpoints);
        Features.SaveTrainingSession.SaveTrainingSession.Map(endpoints);
        Features.UploadTrainingMaterial.UploadTrainingMaterial.Map(endpoints);
        Features.MarkTrainingAttendance.MarkTrainingAttendance.Map(endpoints);
        Features.SaveScore.SaveScore.Map(endpoints);
        Features.ImportScores.ImportScores.Map(endpoints);
        Features.GetScorecard.GetScorecard.Map(endpoints);
        return endpoints;
    }
}
