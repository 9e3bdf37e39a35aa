using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OneWindow.SharedKernel.Data;
using OneWindow.Testing;

namespace OneWindow.Architecture.Tests;

/// <summary>The module rules of docs/adr/0001: only Contracts cross a module boundary; one DbContext per module.</summary>
public sealed class ModuleTests
{
    private static readonly Assembly[] ModuleAssemblies = OneWindow.Web.Modules.PageAssemblies;

    public static TheoryData<string> ModuleNames => new(ModuleAssemblies.Select(a => a.GetName().Name!));

    [Theory]
    [MemberData(nameof(ModuleNames))]
    public void A_module_uses_only_the_contracts_of_other_modules(string module)
    {
        var others = ModuleAssemblies.Select(a => a.GetName().Name!).Where(n => n != module).ToHashSet();
        var offending = ReferencedTypes(module).Where(t => others.Contains(t.Assembly) && !t.Namespace.Contains(".Contracts", StringComparison.Ordinal)).ToList();
        Assert.True(offending.Count == 0, $"{module} uses internals of other modules: {string.Join(", ", offending.Select(t => $"{t.Namespace}.{t.Name}"))}");
    }

    [Theory]
    [MemberData(nameof(ModuleNames))]
    public void A_module_exposes_only_contracts_its_registration_and_its_pages(string module)
    {
        var assembly = ModuleAssemblies.Single(a => a.GetName().Name == module);
        var exposed = assembly.GetExportedTypes()
            .Where(t => !t.Namespace!.Contains(".Contracts", StringComparison.Ordinal))
            .Where(t => !(t.Name.EndsWith("Module", StringComparison.Ordinal) && t.IsAbstract && t.IsSealed))
            .Where(t => !(t.Namespace!.EndsWith(".Pages", StringComparison.Ordinal) && (t.Name == "_Imports" || typeof(Microsoft.AspNetCore.Components.IComponent).IsAssignableFrom(t))))
            .Select(t => t.FullName)
            .ToList();
        Assert.True(exposed.Count == 0, $"{module} exposes: {string.Join(", ", exposed)}");
    }

    [Fact]
    public void The_shared_kernel_and_the_modules_never_depend_on_the_host()
    {
        foreach (var assembly in ModuleAssemblies.Append(typeof(DatabaseSettings).Assembly))
        {
            var references = assembly.GetReferencedAssemblies().Select(a => a.Name).ToList();
            Assert.DoesNotContain("OneWindow.Web", references);
            Assert.DoesNotContain("onewindow", references);
        }

        var kernelReferences = typeof(DatabaseSettings).Assembly.GetReferencedAssemblies().Select(a => a.Name).ToList();
        Assert.All(ModuleAssemblies, m => Assert.DoesNotContain(m.GetName().Name, kernelReferences));
    }

    [Fact]
    public void Each_module_has_one_db_context_and_its_own_table_prefix()
    {
        foreach (var assembly in ModuleAssemblies)
        {
            var contexts = assembly.GetTypes().Where(t => typeof(DbContext).IsAssignableFrom(t) && !t.IsAbstract).ToList();
            Assert.True(contexts.Count == 1, $"{assembly.GetName().Name} has {contexts.Count} DbContexts");
        }

        using var app = new AppFactory(scenario: "none", postgres: false);
        using var scope = app.Services.CreateScope();
        var prefixes = new Dictionary<string, string>();
        foreach (var module in scope.ServiceProvider.GetServices<ModuleDatabase>())
        {
            var db = (DbContext)scope.ServiceProvider.GetRequiredService(module.ContextType);
            var tables = db.Model.GetEntityTypes().Select(e => e.GetTableName()!).Distinct().ToList();
            var prefix = tables[0].Split('_')[0] + "_";
            Assert.All(tables, t => Assert.StartsWith(prefix, t, StringComparison.Ordinal));
            Assert.False(prefixes.ContainsKey(prefix), $"{module.Module} and {prefixes.GetValueOrDefault(prefix)} share the table prefix {prefix}");
            prefixes[prefix] = module.Module;
        }
    }

    private static List<(string Assembly, string Namespace, string Name)> ReferencedTypes(string assemblyName)
    {
        var path = ModuleAssemblies.Single(a => a.GetName().Name == assemblyName).Location;
        using var stream = File.OpenRead(path);
        using var pe = new PEReader(stream);
        var reader = pe.GetMetadataReader();
        var result = new List<(string, string, string)>();
        foreach (var handle in reader.TypeReferences)
        {
            var type = reader.GetTypeReference(handle);
            var scope = type.ResolutionScope;
            while (scope.Kind == HandleKind.TypeReference)
            {
                var outer = reader.GetTypeReference((TypeReferenceHandle)scope);
                type = outer;
                scope = outer.ResolutionScope;
            }

            if (scope.Kind == HandleKind.AssemblyReference)
            {
                var assembly = reader.GetAssemblyReference((AssemblyReferenceHandle)scope);
                result.Add((reader.GetString(assembly.Name), reader.GetString(type.Namespace), reader.GetString(type.Name)));
            }
        }

        return result;
    }
}
