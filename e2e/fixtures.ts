// Shared fixtures and helpers for the browser tests.
// Every test fails on an uncaught page error or a console error (unless the test allows that message), and
// every request the test's pages make is recorded, so a test can prove what was (not) downloaded.
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { test as base, expect, type BrowserContext, type Cookie, type Locator, type Page, type Request } from '@playwright/test';
import type { ConsentRecord } from '../packages/sdk/src/record/types';

export { expect };
export type { ConsentRecord };

export const COOKIE_NAME = 'ck_consent';
/** The optional built-in categories, as stored in `record.choices`. */
export const OPTIONAL_CATEGORIES = ['preferences', 'analytics', 'advertising', 'social'] as const;
/** Switch names in the preferences dialog, by category id. */
export const SWITCH_NAMES: Record<(typeof OPTIONAL_CATEGORIES)[number], string> = {
  preferences: 'Preferences (HTML5 storage)',
  analytics: 'Analytics',
  advertising: 'Interest-based advertising',
  social: 'Social media',
};
/** The lazily loaded UI bundle; a returning visitor must never request it. */
// Any piece of UI code: consentkit-ui.js and the chunks it shares (not consentkit.js, the engine).
export const UI_BUNDLE = /\/consentkit\/consentkit-[\w-]+\.js(\?|$)/;

interface Fixtures {
  /** Console errors matching one of these are expected by the test and do not fail it. @default [] */
  allowedConsoleErrors: RegExp[];
  /** Uncaught page errors matching one of these are the test's own (a site bug it simulates). @default [] */
  allowedPageErrors: RegExp[];
  /** Every request made by the test's pages, in order. */
  requests: Request[];
  /** Collects page errors and console errors; fails the test if there were any. Automatic. */
  failOnErrors: void;
}

export const test = base.extend<Fixtures>({
  allowedConsoleErrors: [[], { option: true }],
  allowedPageErrors: [[], { option: true }],

  requests: async ({ context }, use) => {
    const requests: Request[] = [];
    context.on('request', (request) => requests.push(request));
    await use(requests);
  },

  failOnErrors: [
    async ({ context, allowedConsoleErrors, allowedPageErrors }, use) => {
      const errors: string[] = [];
      context.on('weberror', (error) => {
        if (!allowedPageErrors.some((pattern) => pattern.test(error.error().message))) errors.push(`page error: ${error.error().stack ?? error.error().message}`);
      });
      context.on('console', (message) => {
        if (message.type() !== 'error') return;
        const text = message.text();
        if (allowedConsoleErrors.some((pattern) => pattern.test(text))) return;
        const { url, lineNumber } = message.location();
        errors.push(`console error: ${text}${url ? ` (${url}:${lineNumber})` : ''}`);
      });
      await use();
      expect(errors, 'the page logged errors').toEqual([]);
    },
    { auto: true },
  ],
});

/** The UI's host element; locators inside it pierce its open shadow root. */
export const ui = (page: Page): Locator => page.locator('[data-consentkit-ui]');

/** The first-layer banner (a region holding Accept all / Reject all / Settings). */
export const banner = (page: Page): Locator =>
  ui(page)
    .getByRole('region')
    .filter({ has: page.getByRole('button', { name: 'Settings', exact: true }) });

export const bannerButton = (page: Page, name: 'Accept all' | 'Reject all' | 'Settings'): Locator =>
  banner(page).getByRole('button', { name, exact: true });

/** The preferences dialog. */
export const preferences = (page: Page): Locator => page.getByRole('dialog', { name: 'Privacy settings' });

export const categorySwitch = (page: Page, category: keyof typeof SWITCH_NAMES): Locator =>
  preferences(page).getByRole('switch', { name: SWITCH_NAMES[category] });

/** The `ck_consent` cookie of the context, if any. */
export async function consentCookie(context: BrowserContext): Promise<Cookie | undefined> {
  return (await context.cookies()).find((cookie) => cookie.name === COOKIE_NAME);
}

/** Keys in the page's localStorage and sessionStorage. */
export async function storageKeys(page: Page): Promise<{ local: string[]; session: string[] }> {
  return page.evaluate(() => ({ local: Object.keys(localStorage), session: Object.keys(sessionStorage) }));
}

/** `window.ConsentKit.getConsent()` in the page (the script-tag embed). */
export async function pageRecord(page: Page): Promise<ConsentRecord | null> {
  return page.evaluate(() => (window as unknown as { ConsentKit: { getConsent(): ConsentRecord | null } }).ConsentKit.getConsent());
}

/** Waits for the embed to have replaced its queue with the instance. */
export async function embedReady(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const ck = (window as unknown as { ConsentKit?: unknown }).ConsentKit;
    return !!ck && !Array.isArray(ck) && typeof (ck as { getConsent?: unknown }).getConsent === 'function';
  });
}

type Decode = (value: unknown, now?: number) => ConsentRecord | null;
let decoder: Promise<Decode> | undefined;

/**
 * The engine's own `decodeConsent`, run in Node from the built ESM file (the code sites import, and the
 * sources need the build's version stamp). `npm test` builds before running Playwright.
 */
export function decodeConsent(value: unknown): Promise<ConsentRecord | null> {
  decoder ??= (async () => {
    const file = fileURLToPath(new URL('../packages/sdk/dist/index.js', import.meta.url));
    if (!existsSync(file)) throw new Error(`${file} is missing: run pnpm run build first`);
    const engine = (await import(pathToFileURL(file).href)) as { decodeConsent: Decode };
    return engine.decodeConsent;
  })();
  return decoder.then((decode) => decode(value));
}

/** URLs requested so far whose path matches `pattern`. */
export const requested = (requests: readonly Request[], pattern: RegExp): string[] =>
  requests.map((request) => request.url()).filter((url) => pattern.test(new URL(url).pathname + new URL(url).search));

/** Records the page's `consentkit:*` DOM events (detail included) from now on, in `window.__ckEvents`. */
export async function recordDomEvents(page: Page): Promise<void> {
  await page.evaluate(() => {
    const events: { type: string; detail: unknown }[] = [];
    (window as unknown as { __ckEvents: typeof events }).__ckEvents = events;
    for (const type of ['consentkit:consent', 'consentkit:change']) {
      window.addEventListener(type, (event) => events.push({ type, detail: (event as CustomEvent).detail }));
    }
  });
}

export interface RecordedEvent {
  type: string;
  detail: { record: ConsentRecord | null; previous?: ConsentRecord | null; changed?: string[]; external?: boolean };
}

export async function domEvents(page: Page): Promise<RecordedEvent[]> {
  return page.evaluate(() => (window as unknown as { __ckEvents: RecordedEvent[] }).__ckEvents);
}

/** Every optional category set to `granted`, as `record.choices` should show after Accept all / Reject all. */
export const allChoices = (granted: boolean): Record<string, boolean> =>
  Object.fromEntries(OPTIONAL_CATEGORIES.map((id) => [id, granted]));

/** Makes a choice in the banner and waits until the cookie is written and the banner is gone. */
export async function choose(page: Page, button: 'Accept all' | 'Reject all'): Promise<ConsentRecord> {
  await bannerButton(page, button).click();
  await expect(banner(page)).toBeHidden();
  const cookie = await consentCookie(page.context());
  expect(cookie, 'the consent cookie after the choice').toBeDefined();
  const record = await decodeConsent(cookie!.value);
  expect(record, `decodeConsent(${JSON.stringify(cookie!.value)})`).not.toBeNull();
  return record!;
}
