using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using OneWindow.SharedKernel.Data;

namespace OneWindow.Migrations.Postgres;

/// <summary>Lets `dotnet ef` build each module context on Postgres without starting the web host.</summary>
internal static class DesignTime
{
    public static DbContextOptions<T> Options<T>(string module) where T : DbContext
    {
        var builder = new DbContextOptionsBuilder<T>();
        new DatabaseSettings { Provider = DatabaseProvider.Postgres, ConnectionString = "Host=127.0.0.1;Database=design_time", DataDirectory = "." }.Configure(builder, module);
        return builder.Options;
    }
}

internal sealed class OrganizationFactory : IDesignTimeDbContextFactory<OneWindow.Organization.Data.OrganizationDbContext>
{
    public OneWindow.Organization.Data.OrganizationDbContext CreateDbContext(string[] args) =>
        new(DesignTime.Options<OneWindow.Organization.Data.OrganizationDbContext>(OneWindow.Organization.OrganizationModule.Name));
}

internal sealed class IdentityFactory : IDesignTimeDbContextFactory<OneWindow.Identity.Data.IdentityDbContext>
{
    public OneWindow.Identity.Data.IdentityDbContext CreateDbContext(string[] args) =>
        new(DesignTime.Options<OneWindow.Identity.Data.IdentityDbContext>(OneWindow.Identity.IdentityModule.Name));
}

internal sealed class CalendarFactory : IDesignTimeDbContextFactory<OneWindow.Calendar.Data.CalendarDbContext>
{
    public OneWindow.Calendar.Data.CalendarDbContext CreateDbContext(string[] args) =>
        new(DesignTime.Options<OneWindow.Calendar.Data.CalendarDbContext>(OneWindow.Calendar.CalendarModule.Name));
}

internal sealed class CatalogFactory : IDesignTimeDbContextFactory<OneWindow.Catalog.Data.CatalogDbContext>
{
    public OneWindow.Catalog.Data.CatalogDbContext CreateDbContext(string[] args) =>
        new(DesignTime.Options<OneWindow.Catalog.Data.CatalogDbContext>(OneWindow.Catalog.CatalogModule.Name));
}

internal sealed class GuidanceFactory : IDesignTimeDbContextFactory<OneWindow.Guidance.Data.GuidanceDbContext>
{
    public OneWindow.Guidance.Data.GuidanceDbContext CreateDbContext(string[] args) =>
        new(DesignTime.Options<OneWindow.Guidance.Data.GuidanceDbContext>(OneWindow.Guidance.GuidanceModule.Name));
}

internal sealed class QueueFactory : IDesignTimeDbContextFactory<OneWindow.Queue.Data.QueueDbContext>
{
    public OneWindow.Queue.Data.QueueDbContext CreateDbContext(string[] args) =>
        new(DesignTime.Options<OneWindow.Queue.Data.QueueDbContext>(OneWindow.Queue.QueueModule.Name));
}

internal sealed class AppointmentsFactory : IDesignTimeDbContextFactory<OneWindow.Appointments.Data.AppointmentsDbContext>
{
    public OneWindow.Appointments.Data.AppointmentsDbContext CreateDbContext(string[] args) =>
        new(DesignTime.Options<OneWindow.Appointments.Data.AppointmentsDbContext>(OneWindow.Appointments.AppointmentsModule.Name));
}

internal sealed class HotlineFactory : IDesignTimeDbContextFactory<OneWindow.Hotline.Data.HotlineDbContext>
{
    public OneWindow.Hotline.Data.HotlineDbContext CreateDbContext(string[] args) =>
        new(DesignTime.Options<OneWindow.Hotline.Data.HotlineDbContext>(OneWindow.Hotline.HotlineModule.Name));
}

internal sealed class WorkforceFactory : IDesignTimeDbContextFactory<OneWindow.Workforce.Data.WorkforceDbContext>
{
    public OneWindow.Workforce.Data.WorkforceDbContext CreateDbContext(string[] args) =>
        new(DesignTime.Options<OneWindow.Workforce.Data.WorkforceDbContext>(OneWindow.Workforce.WorkforceModule.Name));
}

internal sealed class ContractLedgerFactory : IDesignTimeDbContextFactory<OneWindow.ContractLedger.Data.ContractLedgerDbContext>
{
    public OneWindow.ContractLedger.Data.ContractLedgerDbContext CreateDbContext(string[] args) =>
        new(DesignTime.Options<OneWindow.ContractLedger.Data.ContractLedgerDbContext>(OneWindow.ContractLedger.ContractLedgerModule.Name));
}

internal sealed class CasesFactory : IDesignTimeDbContextFactory<OneWindow.Cases.Data.CasesDbContext>
{
    public OneWindow.Cases.Data.CasesDbContext CreateDbContext(string[] args) =>
        new(DesignTime.Options<OneWindow.Cases.Data.CasesDbContext>(OneWindow.Cases.CasesModule.Name));
}

internal sealed class EvaluationFactory : IDesignTimeDbContextFactory<OneWindow.Evaluation.Data.EvaluationDbContext>
{
    public OneWindow.Evaluation.Data.EvaluationDbContext CreateDbContext(string[] args) =>
        new(DesignTime.Options<OneWindow.Evaluation.Data.EvaluationDbContext>(OneWindow.Evaluation.EvaluationModule.Name));
}

internal sealed class LicensesFactory : IDesignTimeDbContextFactory<OneWindow.Licenses.Data.LicensesDbContext>
{
    public OneWindow.Licenses.Data.LicensesDbContext CreateDbContext(string[] args) =>
        new(DesignTime.Options<OneWindow.Licenses.Data.LicensesDbContext>(OneWindow.Licenses.LicensesModule.Name));
}

internal sealed class AssistanceFactory : IDesignTimeDbContextFactory<OneWindow.Assistance.Data.AssistanceDbContext>
{
    public OneWindow.Assistance.Data.AssistanceDbContext CreateDbContext(string[] args) =>
        new(DesignTime.Options<OneWindow.Assistance.Data.AssistanceDbContext>(OneWindow.Assistance.AssistanceModule.Name));
}
