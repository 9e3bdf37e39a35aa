using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OneWindow.Guidance.Contracts;
using OneWindow.Guidance.Data;
using OneWindow.Guidance.Search;
using OneWindow.SharedKernel.Data;

namespace OneWindow.Guidance;

/// <summary>Smart guidance (智能导办): Chinese search over the catalog and the knowledge base, the guide console, and session records.</summary>
public static class GuidanceModule
{
    public const string Name = "guidance";

    public static IServiceCollection AddGuidanceModule(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<GuidanceDbContext>(Name);
        services.AddSingleton<SearchService>();
        services.AddSingleton<IGuidanceSearch>(sp => sp.GetRequiredService<SearchService>());
        services.AddScoped<IKnowledgeSeeder, Features.AddEntry.KnowledgeSeeder>();
        AddChatClient(services, configuration);
        return services;
    }

    /// <summary>
    /// An OpenAI-compatible chat endpoint for written answers, only when Guidance:Ai:Endpoint is set (off by default).
    /// Guidance:Ai:Model names the model; the key comes from Guidance:Ai:ApiKey (environment or a secrets file).
    /// </summary>
    private static void AddChatClient(IServiceCollection services, IConfiguration configuration)
    {
        var endpoint = configuration["Guidance:Ai:Endpoint"];
        if (string.IsNullOrWhiteSpace(endpoint))
        {
            return;
        }

        var model = configuration["Guidance:Ai:Model"] ?? throw new InvalidOperationException("Guidance:Ai:Model is required with Guidance:Ai:Endpoint.");
        var key = configuration["Guidance:Ai:ApiKey"] ?? "none";
        services.AddSingleton<IChatClient>(_ => new OpenAI.Chat.ChatClient(model, new System.ClientModel.ApiKeyCredential(key), new OpenAI.OpenAIClientOptions { Endpoint = new Uri(endpoint) }).AsIChatClient());
    }

    public static IEndpointRouteBuilder MapGuidanceModule(this IEndpointRouteBuilder endpoints)
    {
        Features.Search.Search.Map(endpoints);
        Features.AddEntry.AddEntry.Map(endpoints);
        Features.ListEntries.ListEntries.Map(endpoints);
        Features.RecordSession.RecordSession.Map(endpoints);
        Features.GetStatistics.GetStatistics.Map(endpoints);
        Features.Answer.Answer.Map(endpoints);
        return endpoints;
    }
}
