// How vendors in iframes reach `__gpp` (CMP API 1.1, "How can vendors that use iframes call the CMP API"): the
// page holds a hidden frame named `__gppLocator`, which tells them a CMP is there, and answers `__gppCall`
// messages with `__gppReturn` ones, as a string when the call came as one.
import type { GppFunction } from './api';

const LOCATOR = '__gppLocator';

/**
 * Adds the locator frame and answers calls from frames. Returns what stops it. A page that already has a locator
 * got it from a stub (the IAB's, a site's own), which also relays frames' calls to `__gpp`: answering them here
 * too would answer twice.
 */
export function serveFrames(call: GppFunction): () => void {
  if (window.frames[LOCATOR as never]) return () => {};
  let frame: HTMLIFrameElement | undefined;
  let stopped = false;
  const addLocator = () => {
    if (!document.body || frame || stopped) return;
    frame = document.createElement('iframe');
    frame.name = LOCATOR;
    frame.title = 'GPP locator';
    frame.hidden = true;
    frame.setAttribute('aria-hidden', 'true');
    document.body.appendChild(frame);
  };
  if (document.body) addLocator();
  else document.addEventListener('DOMContentLoaded', addLocator, { once: true });

  const onMessage = (message: MessageEvent) => {
    let data: unknown = message.data;
    const asText = typeof data == 'string';
    try {
      if (asText) data = JSON.parse(data as string);
    } catch {
      return; // another script's message
    }
    const request = (data as { __gppCall?: { command?: unknown; parameter?: unknown; version?: unknown; callId?: unknown } } | null)?.__gppCall;
    if (!request || typeof request != 'object' || !message.source) return;
    const source = message.source as WindowProxy;
    call(
      request.command as string,
      (returnValue: unknown, success: boolean) => {
        const reply = { __gppReturn: { returnValue, success, callId: request.callId } };
        try {
          source.postMessage(asText ? JSON.stringify(reply) : reply, '*');
        } catch {
          // The frame went away, or the answer cannot be cloned: nothing to tell.
        }
      },
      request.parameter,
      request.version as string,
    );
  };
  addEventListener('message', onMessage);
  // Stopped: no frame left for vendors to find with nobody answering, and none added later.
  return () => {
    stopped = true;
    removeEventListener('message', onMessage);
    frame?.remove();
  };
}
