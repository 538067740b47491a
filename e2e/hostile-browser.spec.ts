// Hostile browsers: storage that throws (private modes, blocked storage), cookies that throw or do nothing,
// missing APIs, and a site whose own listeners throw. In each: no uncaught error reaches the page (the fixture
// fails the test on any), nothing optional is granted before a choice, and the choice is kept wherever the
// browser allows it.
import type { Page } from '@playwright/test';
import { banner, bannerButton, COOKIE_NAME, consentCookie, embedReady, expect, OPTIONAL_CATEGORIES, preferences, test, ui } from './fixtures';
import { EMBED_TAG, grantedIds, ranScripts, serve, sitePage } from './test-pages';

type Ck = { hasConsent(id: string): boolean; needsConsent(): boolean; getConsent(): { method: string } | null };

/** Optional categories the engine grants right now. */

/** A first visit through to Accept all: nothing optional granted or run before the click, everything after. */
async function acceptOnFirstVisit(page: Page) {
  await serve(page, sitePage());
  await page.goto('/e2e/site.html');
  await embedReady(page);
  await expect(banner(page)).toBeVisible();
  expect(await grantedIds(page)).toEqual([]);
  expect(await ranScripts(page)).toEqual([]);
  await bannerButton(page, 'Accept all').click();
  await expect(banner(page)).toBeHidden();
  expect(await grantedIds(page)).toEqual([...OPTIONAL_CATEGORIES]);
  await expect.poll(() => ranScripts(page)).toEqual(['analytics', 'advertising']);
}

/** Withdraws everything from the footer's Cookie settings (enforcement then clears what analytics declared). */
async function withdraw(page: Page) {
  await page.getByRole('contentinfo').getByRole('button', { name: 'Cookie settings' }).click();
  await preferences(page).getByRole('button', { name: 'Reject all' }).click();
  await expect(preferences(page)).toBeHidden();
  expect(await grantedIds(page)).toEqual([]);
}

test('storage that throws on access (private mode, blocked site data) changes nothing: the choice is kept in the cookie', async ({ page, context }) => {
  await page.addInitScript(() => {
    for (const name of ['localStorage', 'sessionStorage']) {
      Object.defineProperty(window, name, { configurable: true, get: () => { throw new DOMException('The operation is insecure.', 'SecurityError'); } });
    }
  });
  await acceptOnFirstVisit(page);
  expect(await consentCookie(context)).toBeDefined();
  await page.reload();
  await embedReady(page);
  await expect(ui(page)).toHaveCount(0);
  expect(await grantedIds(page)).toEqual([...OPTIONAL_CATEGORIES]);
  await expect.poll(() => ranScripts(page)).toEqual(['analytics', 'advertising']);
  // Withdrawing clears the declared storage keys: storage that throws must not stop it.
  await withdraw(page);
  await page.reload();
  await embedReady(page);
  expect(await ranScripts(page)).toEqual([]);
});

for (const [name, breakCookies] of [
  [
    'cookies that throw (a sandboxed or opaque-origin document)',
    () =>
      Object.defineProperty(Document.prototype, 'cookie', {
        configurable: true,
        get: () => { throw new DOMException('Access is denied for this document.', 'SecurityError'); },
        set: () => { throw new DOMException('Access is denied for this document.', 'SecurityError'); },
      }),
  ],
  ['cookies disabled (document.cookie reads empty, writes are dropped)', () => Object.defineProperty(Document.prototype, 'cookie', { configurable: true, get: () => '', set: () => {} })],
] as const) {
  test(`${name}: the choice holds for the page view, and the banner asks again next time`, async ({ page, context }) => {
    await page.addInitScript(breakCookies);
    await acceptOnFirstVisit(page);
    // The visitor can still change their mind on this page (enforcement then deletes the declared cookies).
    await withdraw(page);
    expect(await page.evaluate(() => (window as unknown as { ConsentKit: Ck }).ConsentKit.getConsent()?.method)).toBe('reject-all');

    expect(await consentCookie(context)).toBeUndefined();
    await page.reload();
    await expect(banner(page)).toBeVisible();
    expect(await grantedIds(page)).toEqual([]);
    expect(await ranScripts(page)).toEqual([]);
  });
}

test('a browser without BroadcastChannel, sendBeacon or constructable stylesheets still shows, records and keeps the choice', async ({ page, context }) => {
  await page.addInitScript(() => {
    const scope = window as unknown as Record<string, unknown>;
    delete scope.BroadcastChannel;
    delete (Navigator.prototype as unknown as Record<string, unknown>).sendBeacon;
    // Safari before 16.4: no adoptedStyleSheets, the UI falls back to a <style> element.
    delete (ShadowRoot.prototype as unknown as Record<string, unknown>).adoptedStyleSheets;
    delete (Document.prototype as unknown as Record<string, unknown>).adoptedStyleSheets;
  });
  await acceptOnFirstVisit(page);
  expect(await page.evaluate(() => typeof BroadcastChannel)).toBe('undefined');
  const cookie = await consentCookie(context);
  expect(cookie?.name).toBe(COOKIE_NAME);
  await page.reload();
  await embedReady(page);
  expect(await grantedIds(page)).toEqual([...OPTIONAL_CATEGORIES]);
  await expect.poll(() => ranScripts(page)).toEqual(['analytics', 'advertising']);
  await page.getByRole('contentinfo').getByRole('button', { name: 'Cookie settings' }).click();
  await expect(preferences(page)).toBeVisible();
  // Styled all the same, through the fallback <style>.
  expect(await preferences(page).evaluate((dialog) => getComputedStyle(dialog).position)).toBe('fixed');
});

test.describe('a site listener that throws', () => {
  test.use({
    // One pattern: Playwright reads a two-item array option as [value, options].
    allowedConsoleErrors: [/\[ConsentKit\] (a listener threw: Error: site bug in an API listener|a queued call threw: Error: site bug in a queued call)/],
    // Thrown by the site's own DOM listener: the browser reports it to the page, as it should; ConsentKit goes on.
    allowedPageErrors: [/site bug in a DOM listener/],
  });

  test('does not stop the other listeners, the UI or the choice', async ({ page, context }) => {
    await serve(page, {
      ...sitePage(`<script src="/e2e/listeners.js"></script>${EMBED_TAG}`),
      '/e2e/listeners.js': [
        'window.__heard = [];',
        'window.ConsentKit = window.ConsentKit || [];',
        "ConsentKit.push(function () { throw new Error('site bug in a queued call'); });",
        "ConsentKit.push(['on', 'consent', function () { throw new Error('site bug in an API listener'); }]);",
        "ConsentKit.push(['on', 'change', function () { throw new Error('site bug in an API listener'); }]);",
        "ConsentKit.push(['on', 'change', function (detail) { window.__heard.push('api:' + detail.record.method); }]);",
        "window.addEventListener('consentkit:change', function () { throw new Error('site bug in a DOM listener'); });",
        "window.addEventListener('consentkit:change', function (event) { window.__heard.push('dom:' + event.detail.record.method); });",
      ].join('\n'),
    });
    await page.goto('/e2e/site.html');
    await bannerButton(page, 'Accept all').click();
    // The UI's own listener ran (the banner closed), enforcement's did (the optional scripts ran), and so did the
    // site's other listeners.
    await expect(banner(page)).toBeHidden();
    await expect.poll(() => ranScripts(page)).toEqual(['analytics', 'advertising']);
    expect(await page.evaluate(() => (window as unknown as { __heard: string[] }).__heard)).toEqual(['api:accept-all', 'dom:accept-all']);
    expect(await consentCookie(context)).toBeDefined();
    expect(await grantedIds(page)).toEqual([...OPTIONAL_CATEGORIES]);
  });
});
