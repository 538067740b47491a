// Helpers for the enforcement tests: what reached the fake third parties, what the browser stores, and the
// footer's Cookie settings as a visitor uses them.
import type { Locator, Page, Request } from '@playwright/test';
import { categorySwitch, expect, OPTIONAL_CATEGORIES, preferences } from './fixtures';

/** The fake third parties (Chirp, AdPartner) live on this host, same port as the site. */
export const PROVIDER_HOST = '127.0.0.2';

/** URLs requested from the fake third parties, in order. */
export const toProviders = (requests: readonly Request[]): string[] =>
  requests.map((request) => request.url()).filter((url) => new URL(url).hostname === PROVIDER_HOST);

/** Everything the browser stores for the site and its third parties: cookies (any domain), web storage, IndexedDB. */
export async function stored(page: Page): Promise<{ cookies: string[]; local: string[]; session: string[]; indexedDB: string[] }> {
  const cookies = (await page.context().cookies()).map((cookie) => cookie.name).sort();
  const inPage = await page.evaluate(async () => ({
    // ck_ev:<id> keys are the consent event log's queue: strictly necessary, removed once the collector has them.
    local: Object.keys(localStorage).filter((key) => !key.startsWith('ck_ev:')).sort(),
    session: Object.keys(sessionStorage).sort(),
    indexedDB: (await indexedDB.databases()).map((database) => database.name ?? '').sort(),
  }));
  return { cookies, ...inPage };
}

export const NOTHING_STORED = { cookies: [], local: [], session: [], indexedDB: [] };
export const ONLY_THE_RECORD = { cookies: ['ck_consent'], local: [], session: [], indexedDB: [] };

/** Marks the current document, so a test can tell a reload (the mark is gone) from none. */
export async function markDocument(page: Page): Promise<void> {
  await page.evaluate(() => ((window as unknown as { __sameDocument: boolean }).__sameDocument = true));
}

export const isSameDocument = (page: Page): Promise<boolean> =>
  page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument === true);

/** Opens Cookie settings from the footer, sets the switches named (others stay), saves. */
export async function saveSettings(page: Page, choices: Partial<Record<(typeof OPTIONAL_CATEGORIES)[number], boolean>>): Promise<void> {
  await page.getByRole('contentinfo').getByRole('button', { name: 'Cookie settings' }).click();
  await expect(preferences(page)).toBeVisible();
  for (const [category, on] of Object.entries(choices)) {
    const toggle = categorySwitch(page, category as (typeof OPTIONAL_CATEGORIES)[number]);
    if ((await toggle.getAttribute('aria-checked')) !== String(on)) await toggle.click();
    await expect(toggle).toHaveAttribute('aria-checked', String(on));
  }
  await preferences(page).getByRole('button', { name: 'Save choices', exact: true }).click();
  await expect(preferences(page)).toBeHidden();
}

/** Click-to-load placeholders on the page. */
export const placeholders = (page: Page): Locator => page.locator('[data-consentkit-placeholder]');

/** The placeholder of the widget whose heading (its title) is `name`. */
export const placeholder = (page: Page, name: string): Locator => placeholders(page).getByRole('group', { name });

/** The `ck_consent` record's choices as the page's instance has them. */
export const pageChoices = (page: Page): Promise<Record<string, boolean> | undefined> =>
  page.evaluate(() => (window as unknown as { ConsentKit: { getConsent(): { choices: Record<string, boolean> } | null } }).ConsentKit.getConsent()?.choices);

/**
 * Waits until the page and whatever it started have loaded: no request in flight for 500 ms, counted from now.
 * Playwright's `networkidle` alone is not that after a click: it returns at once once the document has been idle,
 * and a check of what a click must not load would then run before the click could have loaded it.
 */
export async function settled(page: Page, quiet = 500): Promise<void> {
  await page.waitForLoadState('networkidle');
  // The requests seen starting; one that started before we listened only moves `last` as it ends.
  const inFlight = new Set<Request>();
  let last = Date.now();
  const started = (request: Request) => (inFlight.add(request), (last = Date.now()));
  const ended = (request: Request) => (inFlight.delete(request), (last = Date.now()));
  page.on('request', started);
  page.on('requestfinished', ended);
  page.on('requestfailed', ended);
  try {
    await expect.poll(() => inFlight.size == 0 && Date.now() - last >= quiet, { intervals: [100], timeout: 15_000 }).toBe(true);
  } finally {
    page.off('request', started);
    page.off('requestfinished', ended);
    page.off('requestfailed', ended);
  }
}
