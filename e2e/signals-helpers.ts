// Helpers for the signal and tag tests: browser signals injected before any page script, and window.dataLayer
// read back in a form a test can compare.
import type { BrowserContext, Page } from '@playwright/test';
import { OPTIONAL_CATEGORIES } from './fixtures';

/** Makes the browser report `navigator.doNotTrack` (Chromium reports null unless the user turned it on). */
export const injectDnt = async (context: BrowserContext | Page, value: string): Promise<void> =>
  void await context.addInitScript((dnt) => Object.defineProperty(Navigator.prototype, 'doNotTrack', { configurable: true, get: () => dnt }), value);

/** Makes the browser send Global Privacy Control (`navigator.globalPrivacyControl === true`). */
export const injectGpc = async (context: BrowserContext | Page): Promise<void> =>
  void await context.addInitScript(() => Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { configurable: true, get: () => true }));

/** A gtag() command as `['consent', 'default', {...}]`, or a Tag Manager message as it was pushed. */
export type DataLayerEntry = unknown[] | Record<string, unknown>;

/** `window.dataLayer`, with gtag's `arguments` objects as arrays marked `gtag`, so a test sees what gtag.js would. */
export function dataLayer(page: Page): Promise<{ gtag?: unknown[]; message?: Record<string, unknown> }[]> {
  return page.evaluate(() =>
    ((window as unknown as { dataLayer?: unknown[] }).dataLayer ?? []).map((entry) =>
      Object.prototype.toString.call(entry) === '[object Arguments]'
        ? { gtag: Array.from(entry as ArrayLike<unknown>) }
        : { message: JSON.parse(JSON.stringify(entry)) as Record<string, unknown> },
    ),
  );
}

export const DENIED = {
  ad_storage: 'denied',
  ad_user_data: 'denied',
  ad_personalization: 'denied',
  analytics_storage: 'denied',
  functionality_storage: 'denied',
  personalization_storage: 'denied',
  security_storage: 'granted',
};

export const GRANTED = Object.fromEntries(Object.keys(DENIED).map((type) => [type, 'granted']));

/** `window.ConsentKit`'s answers for every optional category. */
export function granted(page: Page): Promise<Record<string, boolean>> {
  return page.evaluate((ids) => {
    const ck = (window as unknown as { ConsentKit: { hasConsent(id: string): boolean } }).ConsentKit;
    return Object.fromEntries(ids.map((id) => [id, ck.hasConsent(id)]));
  }, [...OPTIONAL_CATEGORIES]);
}
