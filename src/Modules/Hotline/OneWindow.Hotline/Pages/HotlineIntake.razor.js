// Keyboard of the agent console: Enter registers, Alt+D registers and dispatches, Esc clears the form.
// Enter inside a picker (autocomplete, select) and Enter while a popup list is open keep their own meaning;
// Shift+Enter is a new line in the content; Enter confirming an IME composition is never a submit.
export function listen(root, dotnet) {
    const handler = (e) => {
        const popupOpen = document.querySelector('.mud-popover-open .mud-list') !== null;
        if (e.key === 'Escape') {
            if (popupOpen) {
                return;
            }
            e.preventDefault();
            dotnet.invokeMethodAsync('OnShortcut', 'clear');
            return;
        }
        if (e.altKey && (e.code === 'KeyD' || e.key === 'd' || e.key === 'D')) {
            e.preventDefault();
            dotnet.invokeMethodAsync('OnShortcut', 'dispatch');
            return;
        }
        if (e.key === 'Enter' && !e.shiftKey && !e.isComposing && !popupOpen) {
            const target = e.target;
            if (!(target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement)) {
                return;
            }
            if (target.closest('[data-enter="native"]')) {
                return;
            }
            e.preventDefault();
            dotnet.invokeMethodAsync('OnShortcut', 'register');
        }
    };
    root.addEventListener('keydown', handler);
    return {
        dispose: () => root.removeEventListener('keydown', handler),
    };
}

export function focus(selector) {
    const element = document.querySelector(selector);
    if (element) {
        element.focus();
    }
}
