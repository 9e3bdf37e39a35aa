// Live hall events for the kiosk, the hall display, the window console and the visitor's phone: one SignalR
// connection per page to /hubs/hall (Redis carries events between nodes), rejoined after every reconnect, and a
// speech queue so that one announcement never cuts off another.

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

const events = ['ticket-called', 'queue-changed', 'window-changed', 'hall-announcement'];

export async function connect(hallCode, dotnet) {
    await loadSignalR();
    const connection = new signalR.HubConnectionBuilder()
        .withUrl(new URL('hubs/hall', document.baseURI).href)
        .withAutomaticReconnect([0, 1000, 2000, 5000, 10000, 10000, 30000])
        .configureLogging(signalR.LogLevel.Warning)
        .build();
    const state = { connection, stopped: false };
    const setStatus = s => { document.documentElement.dataset.hallLink = s; dotnet.invokeMethodAsync('OnLinkChanged', s).catch(() => {}); };
    for (const name of events) {
        connection.on(name, payload => dotnet.invokeMethodAsync('OnHallEvent', name, JSON.stringify(payload)).catch(() => {}));
    }
    connection.onreconnecting(() => setStatus('reconnecting'));
    connection.onreconnected(async () => { await connection.invoke('JoinHall', hallCode); setStatus('connected'); dotnet.invokeMethodAsync('OnHallEvent', 'resync', '{}').catch(() => {}); });
    // After the automatic attempts give up, keep trying every 5 seconds: a display must come back by itself.
    connection.onclose(() => { if (!state.stopped) { setStatus('disconnected'); setTimeout(() => start(), 5000); } });
    async function start() {
        try {
            await connection.start();
            await connection.invoke('JoinHall', hallCode);
            setStatus('connected');
            dotnet.invokeMethodAsync('OnHallEvent', 'resync', '{}').catch(() => {});
        } catch {
            setStatus('disconnected');
            if (!state.stopped) { setTimeout(() => start(), 5000); }
        }
    }
    await start();
    return {
        dispose: async () => { state.stopped = true; await connection.stop(); }
    };
}

// --- Voice -------------------------------------------------------------------------------------------------------
const speech = { queue: [], busy: false, enabled: false };
window.owAnnouncements = window.owAnnouncements || [];

export function enableVoice() {
    speech.enabled = true;
    // A silent utterance inside the click unlocks speech on browsers that require a user gesture.
    if ('speechSynthesis' in window) {
        const unlock = new SpeechSynthesisUtterance(' ');
        unlock.volume = 0;
        window.speechSynthesis.speak(unlock);
    }
    return true;
}

export function announce(text, times) {
    for (let i = 0; i < (times || 2); i++) {
        speech.queue.push(text);
    }
    next();
}

function next() {
    if (speech.busy || speech.queue.length === 0) {
        return;
    }
    const text = speech.queue.shift();
    speech.busy = true;
    window.owAnnouncements.push({ text, at: new Date().toISOString() });
    const done = () => { speech.busy = false; setTimeout(next, 400); };
    if (!speech.enabled || !('speechSynthesis' in window)) {
        // No voice (not enabled, or no engine): keep the order and the pace so the log matches what would be said.
        setTimeout(done, 50);
        return;
    }
    const utterance = new SpeechSynthesisUtterance(text);
    utterance.lang = 'zh-CN';
    utterance.rate = 0.9;
    const voice = window.speechSynthesis.getVoices().find(v => v.lang && v.lang.toLowerCase().startsWith('zh'));
    if (voice) { utterance.voice = voice; }
    let finished = false;
    const finish = () => { if (!finished) { finished = true; done(); } };
    utterance.onend = finish;
    utterance.onerror = finish;
    // Some engines never fire onend; do not let one stuck utterance silence the hall.
    setTimeout(finish, 8000 + text.length * 400);
    window.speechSynthesis.speak(utterance);
}

// --- Keyboard shortcuts of the window console ------------------------------------------------------------------
export function listenKeys(dotnet) {
    const handler = e => {
        if (/^F([1-9])$/.test(e.key)) {
            e.preventDefault();
            dotnet.invokeMethodAsync('OnShortcut', e.key).catch(() => {});
        }
    };
    window.addEventListener('keydown', handler);
    return { dispose: () => window.removeEventListener('keydown', handler) };
}

export function printTicket() {
    window.print();
}
