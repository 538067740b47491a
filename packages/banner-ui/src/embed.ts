// The script-tag UI (consentkit-ui.js), an ES module. The engine's embed (packages/sdk/src/embed) imports it only
// when the banner must show or preferences are opened, then calls mountBanner(instance, options).
export { mountBanner } from './mount';

/**
 * The cookie declaration for a `[data-consentkit-policy]` element. Its code is a chunk of its own
 * (consentkit-policy.js), imported here on first use: most pages have no declaration, and the banner stays one file.
 */
export const mountPolicy = (...args: Parameters<typeof import('./policy/mount').mountPolicy>) =>
  // The category texts it imports are a chunk of their own: fetched at once with it, not after it.
  Promise.all([import('./policy/policy'), import('./dialog-texts')]).then(([{ mountPolicy }]) => mountPolicy(...args));
