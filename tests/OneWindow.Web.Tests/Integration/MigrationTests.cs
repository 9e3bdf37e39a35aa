using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OneWindow.SharedKernel.Data;
using OneWindow.Testing;

namespace OneWindow.Web.Tests.Integration;

/// <summary>A model change without a migration on either stream fails here (scripts/add-migration.sh makes both).</summary>
public sealed class MigrationTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Every_module_model_matches_its_migrations(bool postgres)
    {
        using var app = new AppFactory(scenario: "none", postgres: postgres);
        await using var scope = app.Services.CreateAsyncScope();
        var modules = scope.ServiceProvider.GetServices<ModuleDatabase>().ToList();
        Assert.True(modules.Count >= 2);
        foreach (var module in modules)
        {
            var db = (DbContext)scope.ServiceProvider.GetRequiredService(module.ContextType);
            Assert.False(db.Database.HasPendingModelChanges(), $"{module.Module} on {(postgres ? "PostgreSQL" : "SQLite")} has model changes without a migration");
            Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        }
    }
}
