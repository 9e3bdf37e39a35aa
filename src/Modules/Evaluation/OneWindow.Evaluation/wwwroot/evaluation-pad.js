// The evaluation pad's live link: joins its window's group on /hubs/hall and hands "ticket-completed" to the page.
// Rejoins after every reconnect; keeps trying every 5 seconds after the automatic attempts give up.

function loadSignalR() {
    if (window.signalR) {
        return Promise.resolve();
    }
    return new Promise((resolve, reject) => {
        const script = document.createElement('script');
        script.src = new URL('_content/OneWindow.Queue/lib/signalr/signalr.min.js', document.baseURI).href;
        script.onload = () => resolve();
        script.onerror = () => reject(new Error('signalr client failed to load'));
        document.head.appendChild(script);
    });
}

export async function connect(hallCode, windowCode, dotnet) {
    await loadSignalR();
    const connection = new signalR.HubConnectionBuilder()
        .withUrl(new URL('hubs/hall', document.baseURI).href)
        .withAutomaticReconnect([0, 1000, 2000, 5000, 10000, 10000, 30000])
        .configureLogging(signalR.LogLevel.Warning)
        .build();
    const state = { stopped: false };
    const setStatus = s => { document.documentElement.dataset.padLink = s; dotnet.invokeMethodAsync('OnLinkChanged', s).catch(() => {}); };
    connection.on('ticket-completed', payload => dotnet.invokeMethodAsync('OnTicketCompleted', payload.ticketId, payload.number).catch(() => {}));
    connection.onreconnecting(() => setStatus('reconnecting'));
    connection.onreconnected(async () => { await connection.invoke('JoinWindow', hallCode, windowCode); setStatus('connected'); });
    connection.onclose(() => { if (!state.stopped) { setStatus('disconnected'); setTimeout(() => start(), 5000); } });
    async function start() {
        try {
            await connection.start();
            await connection.invoke('JoinWindow', hallCode, windowCode);
            setStatus('connected');
        } catch {
            setStatus('disconnected');
            if (!state.stopped) { setTimeout(() => start(), 5000); }
        }
    }
    await start();
    return { dispose: async () => { state.stopped = true; await connection.stop(); } };
}
