using System.Net;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using OneWindow.Testing;

namespace OneWindow.Web.Tests.Integration;

[Trait("Category", "Integration")]
public sealed class RealtimeTests
{
    [Fact]
    public async Task A_hall_announcement_made_on_node_A_reaches_a_display_connected_to_node_B()
    {
        var database = AppFactory.CreatePostgresDatabase();
        try
        {
            var shared = new Dictionary<string, string?>
            {
                ["OneWindow:Redis"] = TestEnvironment.Redis,
                ["OneWindow:Security:Sm4Key"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(16)),
                ["OneWindow:Security:IndexKey"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
                ["OneWindow:Auth:SigningKey"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(64)),
            };
            using var nodeA = new AppFactory(postgres: true, postgresDatabase: database, settings: shared);
            var admin = await nodeA.ClientForAsync();
            using var nodeB = new AppFactory(postgres: true, postgresDatabase: database, settings: shared);
            _ = nodeB.Server;

            var received = new TaskCompletionSource<JsonElement>(TaskCreationOptions.RunContinuationsAsynchronously);
            await using var display = new HubConnectionBuilder()
                .WithUrl(new Uri(nodeB.Server.BaseAddress, "/hubs/hall"), o =>
                {
                    o.HttpMessageHandlerFactory = _ => nodeB.Server.CreateHandler();
                    o.Transports = HttpTransportType.LongPolling;
                })
                .Build();
            display.On<JsonElement>("announcement", message => received.TrySetResult(message));
            await display.StartAsync();
            await display.InvokeAsync("JoinHall", "sjs-hall");

            await (await admin.PostJsonAsync("/api/v1/halls/sjs-hall/announcements", new { text = "系统维护，请稍候" })).ExpectAsync(HttpStatusCode.Accepted);

            var message = await received.Task.WaitAsync(TimeSpan.FromSeconds(15));
            Assert.Equal("系统维护，请稍候", message.GetProperty("text").GetString());
            Assert.Equal("sjs-hall", message.GetProperty("hallCode").GetString());

            var tokenFromA = admin.DefaultRequestHeaders.Authorization!.Parameter;
            var clientB = nodeB.CreateClient();
            clientB.DefaultRequestHeaders.Authorization = new("Bearer", tokenFromA);
            await (await clientB.GetAsync("/api/v1/halls")).ExpectAsync(HttpStatusCode.OK);
        }
        finally
        {
            AppFactory.DropPostgresDatabase(database);
        }
    }
}
