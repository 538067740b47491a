import type { UiModule } from './types';

declare global {
  interface Window {
    ConsentKitUI?: UiModule;
  }
}

/**
 * Loads consentkit-ui.js once, with the page's nonce so a strict CSP allows it. Resolves to the UI module,
 * or null when it cannot load (offline, blocked): the engine stays in force, everything optional denied.
 */
export function loadUi(src: string, nonce: string | undefined): Promise<UiModule | null> {
  return new Promise((resolve) => {
    if (window.ConsentKitUI) return resolve(window.ConsentKitUI);
    const script = document.createElement('script');
    script.src = src;
    script.async = true;
    if (nonce) script.nonce = nonce;
    script.onload = () => resolve(window.ConsentKitUI ?? null);
    script.onerror = () => {
      console.error(`[ConsentKit] could not load the consent banner from ${src}; everything optional stays denied.`);
      resolve(null);
    };
    document.head.appendChild(script);
  });
}
