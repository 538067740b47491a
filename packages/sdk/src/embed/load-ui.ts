import type { UiModule } from './types';

/**
 * Imports an ES module of the script-tag UI once per call site. A dynamic import from a classic script carries
 * that script's nonce (HTML spec, "fetch options" of the referencing script), so a strict CSP allows it, and the
 * browser fetches the chunks UI pieces share only once. Resolves to null when it cannot load (offline,
 * blocked): the engine stays in force, everything optional denied.
 */
export function loadModule<T>(src: string, what: string): Promise<T | null> {
  return import(/* @vite-ignore */ src).catch((error: unknown) => {
    console.error(`[ConsentKit] could not load ${what} from ${src}; everything optional stays denied.`, error);
    return null;
  });
}

/** Imports consentkit-ui.js, the banner and preferences dialog. */
export const loadUi = (src: string): Promise<UiModule | null> => loadModule<UiModule>(src, 'the consent banner');
