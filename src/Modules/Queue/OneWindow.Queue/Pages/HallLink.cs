using Microsoft.JSInterop;

namespace OneWindow.Queue.Pages;

/// <summary>
/// A page's live link to its hall through the SignalR hub (in the browser, so the Redis backplane reaches it from any
/// node). Events arrive as (name, JSON); "resync" follows every (re)connection so the page reloads what it missed.
/// </summary>
internal sealed class HallLink : IAsyncDisposable
{
    private readonly Func<string, string, Task> _onEvent;
    private readonly Func<string, Task>? _onStatus;
    private DotNetObjectReference<HallLink>? _self;
    private IJSObjectReference? _module;
    private IJSObjectReference? _connection;

    private HallLink(Func<string, string, Task> onEvent, Func<string, Task>? onStatus)
    {
        _onEvent = onEvent;
        _onStatus = onStatus;
    }

    public string Status { get; private set; } = "connecting";

    public IJSObjectReference? Module => _module;

    public static async Task<HallLink> ConnectAsync(IJSRuntime js, string hallCode, Func<string, string, Task> onEvent, Func<string, Task>? onStatus = null)
    {
        var link = new HallLink(onEvent, onStatus);
        link._self = DotNetObjectReference.Create(link);
        link._module = await js.InvokeAsync<IJSObjectReference>("import", "./_content/OneWindow.Queue/queue-live.js");
        link._connection = await link._module.InvokeAsync<IJSObjectReference>("connect", hallCode, link._self);
        return link;
    }

    [JSInvokable]
    public Task OnHallEvent(string name, string json) => _onEvent(name, json);

    [JSInvokable]
    public Task OnLinkChanged(string status)
    {
        Status = status;
        return _onStatus?.Invoke(status) ?? Task.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (_connection is not null)
            {
                await _connection.InvokeVoidAsync("dispose");
                await _connection.DisposeAsync();
            }

            if (_module is not null)
            {
                await _module.DisposeAsync();
            }
        }
        catch (JSDisconnectedException)
        {
            // The browser is gone; its connection went with it.
        }

        _self?.Dispose();
    }
}
