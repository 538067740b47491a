import type { ConsentKit } from '../types';

/** The page's data layer array, created when the tag has not run yet (as gtag.js and GTM snippets do). */
export function dataLayer(name: string): unknown[] {
  const global = window as unknown as Record<string, unknown>;
  // Looked up at every push: a page that reassigns `dataLayer = [...]` later still gets our next push.
  return (global[name] = (global[name] as unknown[] | undefined) || []);
}

/**
 * A `gtag()` writing to the data layer `name`. gtag.js tells a command from a Tag Manager message by its type:
 * it expects the `arguments` object itself, exactly as its snippet pushes it
 * (`function gtag(){dataLayer.push(arguments);}`); an array would be read as a message, and the command lost.
 */
export function gtagFor(name: string): (...args: unknown[]) => void {
  return function gtag() {
    dataLayer(name).push(arguments);
  } as (...args: unknown[]) => void;
}

/**
 * The `consentkit_consent` message for Tag Manager triggers: every category and `category:service` with whether it
 * is granted now, and the granted ones as a comma-separated string. Flags for every id, never an array: GTM
 * merges arrays pushed under the same key element by element, so a shorter list would keep stale entries.
 *
 * @example
 * { event: 'consentkit_consent', consentkit_granted: 'necessary,analytics',
 *   consentkit_categories: { necessary: true, preferences: false, analytics: true, advertising: false, social: false } }
 */
export function consentMessage(consent: ConsentKit): Record<string, unknown> {
  const categories: Record<string, boolean> = {};
  for (const { id, services } of consent.getCategories()) {
    for (const key of [id, ...services.map((service) => `${id}:${service.id}`)]) categories[key] = consent.hasConsent(key);
  }
  return {
    event: 'consentkit_consent',
    consentkit_granted: Object.keys(categories).filter((key) => categories[key]).join(),
    consentkit_categories: categories,
  };
}
