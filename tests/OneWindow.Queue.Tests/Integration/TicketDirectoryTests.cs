using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using OneWindow.Queue.Contracts;
using OneWindow.SharedKernel.Realtime;
using OneWindow.Testing;

namespace OneWindow.Queue.Tests.Integration;

/// <summary>ITicketDirectory for other modules (the evaluation pad), and the push to the window when its visitor is done.</summary>
[Trait("Category", "Integration")]
public sealed class TicketDirectoryTests(TicketDirectoryTests.RecordingApp app) : IClassFixture<TicketDirectoryTests.RecordingApp>
{
    [Fact]
    public async Task A_completed_ticket_is_found_with_its_window_clerk_center_and_completion_time_and_its_window_is_told()
    {
        var admin = await app.ClientForAsync("pm.zhang");
        var hall = await HallBuilder.CreateAsync(await app.ClientForAsync(), 1, ("personal", "B"));
        var issued = await HallBuilder.IssueAsync(app.CreateClient(), hall, "personal");
        var id = issued.GetProperty("id").GetGuid();
        await (await admin.PostJsonAsync($"/api/v1/tickets/{id}/call", new { window = "01" })).ExpectAsync(HttpStatusCode.OK);

        await using (var scope = app.Services.CreateAsyncScope())
        {
            var called = await scope.ServiceProvider.GetRequiredService<ITicketDirectory>().FindAsync(id);
            Assert.Equal(("called", (DateTimeOffset?)null), (called!.Status, called.CompletedAt));
        }

        Assert.DoesNotContain(app.Pushes, p => p.Event == "ticket-completed" && p.Group == $"window:{hall}:01");
        await (await admin.PostAsync($"/api/v1/tickets/{id}/complete", null)).ExpectAsync(HttpStatusCode.OK);

        await using (var scope = app.Services.CreateAsyncScope())
        {
            var directory = scope.ServiceProvider.GetRequiredService<ITicketDirectory>();
            var done = await directory.FindAsync(id);
            Assert.NotNull(done);
            Assert.Equal(("B001", hall, "sjs", "01", "pm.zhang", "completed"), (done.Number, done.HallCode, done.CenterCode, done.WindowCode, done.ClerkUserName, done.Status));
            Assert.NotNull(done.CompletedAt);
            Assert.Equal(id, (await directory.FindTodayAsync(hall, "b001"))?.Id);
            Assert.Null(await directory.FindTodayAsync(hall, "B002"));
            Assert.Null(await directory.FindAsync(Guid.NewGuid()));
        }

        var push = Assert.Single(app.Pushes, p => p.Event == "ticket-completed" && p.Group == $"window:{hall}:01");
        Assert.Contains(id.ToString(), System.Text.Json.JsonSerializer.Serialize(push.Payload), StringComparison.Ordinal);
    }

    /// <summary>The demo with every push to displays and windows recorded.</summary>
    public sealed class RecordingApp : AppFactory, IRealtimeNotifier
    {
        public ConcurrentBag<(string Group, string Event, object Payload)> Pushes { get; } = [];

        public Task ToHallAsync(string hallCode, string eventName, object payload, CancellationToken cancellationToken = default)
        {
            Pushes.Add((RealtimeGroups.Hall(hallCode), eventName, payload));
            return Task.CompletedTask;
        }

        public Task ToWindowAsync(string hallCode, string windowCode, string eventName, object payload, CancellationToken cancellationToken = default)
        {
            Pushes.Add((RealtimeGroups.Window(hallCode, windowCode), eventName, payload));
            return Task.CompletedTask;
        }

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services => services.Replace(ServiceDescriptor.Singleton<IRealtimeNotifier>(this)));
        }
    }
}
