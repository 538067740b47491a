// The script-tag bundle (consentkit-ui.js). The engine's embed (packages/sdk/src/embed) loads it only when the
// banner must show, then calls window.ConsentKitUI.mountBanner(instance, options).
import { mountBanner } from './mount';

declare global {
  interface Window {
    /** Set by consentkit-ui.js once loaded. */
    ConsentKitUI?: { mountBanner: typeof mountBanner };
  }
}

window.ConsentKitUI = { mountBanner };
