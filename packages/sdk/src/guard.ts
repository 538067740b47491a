import { gatedStorage } from './enforce/storage';
import type { ConsentKit } from './types';

/**
 * The SDK never throws into the host page: every method of `api` is wrapped so that it reports its error and
 * returns a safe value (functions that subscribe give back a no-op, `storage` a storage that refuses, questions
 * the safest answer: consent not given, the banner due).
 */
export function guardMethods(api: ConsentKit): void {
  for (const [name, method] of Object.entries(api)) {
    if (typeof method !== 'function') continue;
    (api as unknown as Record<string, unknown>)[name] = (...args: unknown[]) => {
      try {
        return method(...args);
      } catch (error) {
        console.error(`[ConsentKit] ${name} failed:`, error);
        return name === 'on' || name === 'renderPlaceholders'
          ? () => {}
          : name === 'storage'
            ? gatedStorage(() => false, 'local')
            : name === 'needsConsent' ? true : name === 'hasConsent' ? false : name === 'getPendingEvents' ? [] : undefined;
      }
    };
  }
}
