/**
 * Connects this page to the site's other tabs and windows (same origin) under `name`: returns `announce`, which
 * sends an encoded record ('' for none) to all of them, and calls `receive` with theirs. BroadcastChannel where it
 * exists (every current browser); else the `storage` event, which fires in the other tabs when a localStorage
 * key changes: the value is written and removed at once, so nothing stays stored. Never throws. `signal` aborted:
 * disconnected (the instance was destroyed).
 */
export function connectTabs(name: string, receive: (value: string) => void, signal?: AbortSignal): (value: string) => void {
  try {
    if (typeof BroadcastChannel === 'function') {
      const channel = new BroadcastChannel(name);
      signal?.addEventListener('abort', () => channel.close());
      channel.onmessage = ({ data }) => typeof data === 'string' && receive(data);
      // Node (tests, server rendering) must not stay alive for a channel nobody closes.
      (channel as { unref?(): void }).unref?.();
      return (value) => channel.postMessage(value);
    }
    addEventListener('storage', ({ key, newValue }) => key === name && newValue !== null && receive(newValue), { signal });
    return (value) => {
      try {
        localStorage.setItem(name, value);
        localStorage.removeItem(name);
      } catch {
        // Storage blocked: other tabs catch up on their next page view.
      }
    };
  } catch {
    return () => {};
  }
}
