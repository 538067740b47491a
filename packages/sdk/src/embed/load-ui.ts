import type { UiModule } from './types';

/**
 * Imports consentkit-ui.js (an ES module) once. A dynamic import from a classic script carries that script's
 * nonce (HTML spec, "fetch options" of the referencing script), so a strict CSP allows it, and the browser
 * fetches the chunks it shares with other UI pieces only once. Resolves to null when it cannot load
 * (offline, blocked): the engine stays in force, everything optional denied.
 */
export function loadUi(src: string): Promise<UiModule | null> {
  return import(/* @vite-ignore */ src).catch((error: unknown) => {
    console.error(`[ConsentKit] could not load the consent banner from ${src}; everything optional stays denied.`, error);
    return null;
  });
}
