using Microsoft.AspNetCore.SignalR;
using OneWindow.SharedKernel.Realtime;

namespace OneWindow.Web.Realtime;

/// <summary>
/// Displays, kiosks and staff screens join a hall (and a window) group. Joining is public: the board of a hall is
/// shown on a screen in the hall anyway; anything that changes state goes through the authorized HTTP API.
/// </summary>
internal sealed class HallHub : Hub
{
    public const string Path = "/hubs/hall";

    public Task JoinHall(string hallCode) => Groups.AddToGroupAsync(Context.ConnectionId, RealtimeGroups.Hall(hallCode));

    public Task LeaveHall(string hallCode) => Groups.RemoveFromGroupAsync(Context.ConnectionId, RealtimeGroups.Hall(hallCode));

    public Task JoinWindow(string hallCode, string windowCode) =>
        Groups.AddToGroupAsync(Context.ConnectionId, RealtimeGroups.Window(hallCode, windowCode));
}

/// <summary>Sends through the hub context, so the Redis backplane (when configured) carries it to every node.</summary>
internal sealed class SignalRNotifier(IHubContext<HallHub> hub) : IRealtimeNotifier
{
    public Task ToHallAsync(string hallCode, string eventName, object payload, CancellationToken cancellationToken = default) =>
        hub.Clients.Group(RealtimeGroups.Hall(hallCode)).SendAsync(eventName, payload, cancellationToken);

    public Task ToWindowAsync(string hallCode, string windowCode, string eventName, object payload, CancellationToken cancellationToken = default) =>
        hub.Clients.Group(RealtimeGroups.Window(hallCode, windowCode)).SendAsync(eventName, payload, cancellationToken);
}
