using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection.Extensions;
using OneWindow.Cases.Contracts;
using OneWindow.Testing;

namespace OneWindow.Evaluation.Tests.Integration;

/// <summary>A host without the Cases module's directory says so at start-up and fails loudly on an online rating instead of saying "not found".</summary>
[Trait("Category", "Integration")]
public sealed class CompositionTests
{
    [Fact]
    public async Task Without_a_case_directory_an_online_rating_is_a_server_error_naming_the_missing_module()
    {
        await using var app = new WithoutCases();
        var response = await app.CreateClient().PostJsonAsync("/api/v1/evaluations", new { channel = "online", caseNumber = "SJ1", phoneLast4 = "1234", grade = 5 });
        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Contains(app.Logs.Lines, l => l.StartsWith("Error", StringComparison.Ordinal) && l.Contains("the Cases module is missing", StringComparison.Ordinal));
        Assert.Contains("Add the Cases module to the host", app.Logs.All, StringComparison.Ordinal);
    }

    private sealed class WithoutCases : AppFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services => services.RemoveAll<ICaseDirectory>());
        }
    }
}
