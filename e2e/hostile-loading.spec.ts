// Hostile loading: the embed loaded twice, async, deferred or by a script, inside iframes (same-site,
// cross-site, sandbox-like), and a UI bundle that fails or arrives late. In each: no uncaught error reaches the
// page, nothing optional is granted before a choice, and the choice is kept wherever the browser allows.
import type { Page } from '@playwright/test';
import { banner, bannerButton, choose, consentCookie, decodeConsent, embedReady, expect, OPTIONAL_CATEGORIES, preferences, requested, test, ui, UI_BUNDLE } from './fixtures';
import { focusCoverage } from './a11y-helpers';
import { watchViolations } from './csp-helpers';
import { EMBED_TAG, grantedIds, html, ranScripts, serve, sitePage, STRICT_CSP } from './test-pages';

type Ck = { hasConsent(id: string): boolean; needsConsent(): boolean; rejectAll(): void };
const TAG = EMBED_TAG;
const ALL_SCRIPTS = ['analytics', 'advertising'];

test('a second copy injected by a tag manager after the choice changes nothing', async ({ page, requests }) => {
  // The copy says when it has run (a script's load event fires after it ran): the checks below are of a page
  // where it did, not of one where it has yet to.
  await serve(page, {
    '/e2e/late-copy.js':
      "var s = document.createElement('script'); s.src = '/consentkit/consentkit.js?copy=2'; s.dataset.revision = '7'; s.onload = function () { window.copyRan = true; }; document.head.appendChild(s);",
  });
  await page.goto('/');
  await choose(page, 'Reject all');
  const first = await page.evaluateHandle(() => (window as unknown as { ConsentKit: Ck }).ConsentKit);
  await page.addScriptTag({ url: '/e2e/late-copy.js' });
  await page.waitForFunction(() => (window as unknown as { copyRan?: boolean }).copyRan);
  expect(await page.evaluate((instance) => (window as unknown as { ConsentKit: Ck }).ConsentKit === instance, first)).toBe(true);
  expect(await page.evaluate(() => (window as unknown as { ConsentKit: Ck }).ConsentKit.needsConsent())).toBe(false);
  await expect(ui(page)).toHaveCount(1);
  await expect(banner(page)).toBeHidden();
  expect(requested(requests, UI_BUNDLE).filter((url) => url.endsWith('consentkit-ui.js'))).toHaveLength(1);
});

const LOADINGS: Record<string, string> = {
  async: TAG.replace('<script ', '<script async '),
  defer: TAG.replace('<script ', '<script defer '),
  'inserted by another script': '<script src="/e2e/insert.js"></script>',
};
// Code below a tag that may not have run yet talks to ConsentKit through the queue, which works in either order.
const QUEUED = '<script>(window.ConsentKit = window.ConsentKit || []).push(function (c) { window.__asks = c.needsConsent(); });</script>';
const asks = (page: Page) => page.evaluate(() => (window as unknown as { __asks?: boolean }).__asks);

for (const [how, embed] of Object.entries(LOADINGS)) {
  test(`loaded ${how}: reads its tag's settings, asks, runs queued calls, and keeps the choice`, async ({ page }) => {
    await serve(page, {
      ...sitePage(embed + QUEUED),
      '/e2e/insert.js': "var s = document.createElement('script'); s.src = '/consentkit/consentkit.js'; s.dataset.policyUrl = '/privacy.html'; document.head.appendChild(s);",
    });
    await page.goto('/e2e/site.html');
    await expect(banner(page)).toBeVisible();
    expect(await grantedIds(page)).toEqual([]);
    expect(await ranScripts(page)).toEqual([]);
    await expect(banner(page).getByRole('link', { name: 'Privacy policy' })).toHaveAttribute('href', '/privacy.html');
    expect(await asks(page)).toBe(true);
    await choose(page, 'Accept all');
    await expect.poll(() => ranScripts(page)).toEqual(ALL_SCRIPTS);
    await page.reload();
    await embedReady(page);
    await expect(ui(page)).toHaveCount(0);
    expect(await asks(page)).toBe(false);
    expect(await grantedIds(page)).toEqual([...OPTIONAL_CATEGORIES]);
    await expect.poll(() => ranScripts(page)).toEqual(ALL_SCRIPTS);
    // The footer's Cookie settings works, wherever the engine ran relative to the parser.
    await page.getByRole('button', { name: 'Cookie settings' }).click();
    await expect(preferences(page)).toBeVisible();
  });
}

test('inside a same-site iframe: the banner shows in the frame and the choice is kept for the site', async ({ page, context }) => {
  await serve(page, {
    '/e2e/outer.html': html('', '<main><h1>Outer</h1><iframe title="Embedded page" src="/e2e/inner.html" width="800" height="500"></iframe></main>'),
    ...sitePage(TAG, '/e2e/inner.html'),
  });
  await page.goto('/e2e/outer.html');
  const frame = page.frameLocator('iframe');
  await frame.locator('[data-consentkit-ui]').getByRole('button', { name: 'Reject all' }).click();
  await expect(frame.locator('[data-consentkit-ui]').getByRole('region')).toBeHidden();
  expect(await ranScripts(page.frames()[1]!)).toEqual([]);
  expect(await decodeConsent((await consentCookie(context))?.value)).toMatchObject({ method: 'reject-all' });
  await page.goto('/e2e/inner.html');
  await embedReady(page);
  await expect(ui(page)).toHaveCount(0);
});

test('inside a cross-site iframe: the choice holds in the frame, and is kept as far as the browser allows', async ({ page, context, baseURL }) => {
  const thirdParty = baseURL!.replace('127.0.0.1', '127.0.0.2');
  // The other site is this server under another loopback address (another site, so its cookies are third-party).
  await page.route(`${thirdParty}/**`, async (route) => route.fulfill({ response: await route.fetch({ url: route.request().url().replace(thirdParty, baseURL!) }) }));
  await serve(page, { '/e2e/outer.html': html('', `<main><h1>Outer</h1><iframe title="Widget" src="${thirdParty}/e2e/inner.html"></iframe></main>`), ...sitePage(TAG, '/e2e/inner.html') });
  await page.goto('/e2e/outer.html');
  const frame = page.frames().find((candidate) => candidate.url().startsWith(thirdParty))!;
  await embedReady(frame as unknown as Page);
  expect(await grantedIds(frame)).toEqual([]);
  expect(await ranScripts(frame)).toEqual([]);
  await page.frameLocator('iframe').locator('[data-consentkit-ui]').getByRole('button', { name: 'Accept all' }).click();
  expect(await grantedIds(frame)).toEqual([...OPTIONAL_CATEGORIES]);
  await expect.poll(() => ranScripts(frame)).toEqual(ALL_SCRIPTS);
  // SameSite=Lax cookies cannot be set from a cross-site frame in Chromium: whatever the browser kept decides.
  const kept = (await context.cookies(thirdParty)).some((cookie) => cookie.name === 'ck_consent');
  await page.reload();
  const again = page.frames().find((candidate) => candidate.url().startsWith(thirdParty))!;
  await embedReady(again as unknown as Page);
  expect(await grantedIds(again)).toEqual(kept ? [...OPTIONAL_CATEGORIES] : []);
  if (!kept) expect(await ranScripts(again)).toEqual([]);
});

test.describe('when the UI cannot load', () => {
  test.use({ allowedConsoleErrors: [/\[ConsentKit\] could not load the consent banner|Failed to load resource|blocked by CORS policy/] });

  // What a sandboxed iframe without allow-same-origin gets: cookies and storage throw, and the module import of
  // the UI fails (a null origin fails CORS). Emulated in a same-site frame, as Chromium refuses a null-origin
  // document anything from a loopback server (Local Network Access) before the embed could even load.
  test('an iframe where cookies and storage throw and the UI is refused still lets the visitor choose', async ({ page, context }) => {
    await page.addInitScript(() => {
      if (window === window.top) return;
      const denied = () => { throw new DOMException('The document is sandboxed and lacks the allow-same-origin flag.', 'SecurityError'); };
      Object.defineProperty(Document.prototype, 'cookie', { configurable: true, get: denied, set: denied });
      for (const name of ['localStorage', 'sessionStorage']) Object.defineProperty(window, name, { configurable: true, get: denied });
    });
    await page.route(UI_BUNDLE, (route) => route.abort('accessdenied'));
    await serve(page, {
      '/e2e/outer.html': html('', '<main><h1>Outer</h1><iframe title="Sandboxed" src="/e2e/inner.html" width="800" height="500"></iframe></main>'),
      ...sitePage(TAG, '/e2e/inner.html'),
    });
    await page.goto('/e2e/outer.html');
    const fallback = page.frameLocator('iframe').locator('[data-consentkit-fallback]');
    await fallback.getByRole('button', { name: 'Reject all' }).click();
    await expect(fallback).toHaveCount(0);
    const frame = page.frames().find((candidate) => candidate.url().endsWith('/e2e/inner.html'))!;
    expect(await frame.evaluate(() => (window as unknown as { ConsentKit: { getConsent(): { method: string } } }).ConsentKit.getConsent().method)).toBe('reject-all');
    expect(await grantedIds(frame)).toEqual([]);
    expect(await ranScripts(frame)).toEqual([]);
    expect(await consentCookie(context)).toBeUndefined();
  });

  test('the plain fallback asks, records a refusal, and lets a returning visitor withdraw or accept', async ({ page, context, requests }) => {
    await page.route(UI_BUNDLE, (route) => route.abort('failed'));
    await serve(page, sitePage());
    await page.goto('/e2e/site.html');
    const fallback = page.locator('[data-consentkit-fallback]');
    await expect(fallback.getByRole('region', { name: 'Your privacy choices' })).toBeVisible();
    await expect(fallback.getByRole('link', { name: 'Privacy policy' })).toHaveAttribute('href', '/privacy.html');
    expect(await grantedIds(page)).toEqual([]);
    expect(await ranScripts(page)).toEqual([]);
    await fallback.getByRole('button', { name: 'Reject all' }).click();
    await expect(fallback).toHaveCount(0);
    expect(await ranScripts(page)).toEqual([]);
    expect(await decodeConsent((await consentCookie(context))?.value)).toMatchObject({ method: 'reject-all' });

    // Returning, still without the UI: nothing shows until the visitor asks; then the fallback lets them change.
    await page.reload();
    await embedReady(page);
    await expect(fallback).toHaveCount(0);
    await page.getByRole('contentinfo').getByRole('button', { name: 'Cookie settings' }).click();
    // Focus moves to the choice, not onto an answer: a second Enter records nothing.
    await expect(fallback.getByRole('region', { name: 'Your privacy choices' })).toBeFocused();
    await page.keyboard.press('Enter');
    expect((await decodeConsent((await consentCookie(context))?.value))?.method).toBe('reject-all');
    await fallback.getByRole('button', { name: 'Accept all' }).click();
    expect(await grantedIds(page)).toEqual([...OPTIONAL_CATEGORIES]);
    await expect.poll(() => ranScripts(page)).toEqual(ALL_SCRIPTS);
    expect(await decodeConsent((await consentCookie(context))?.value)).toMatchObject({ method: 'accept-all' });

    // The UI is back (a network blip): the next request for the settings loads it.
    await page.unroute(UI_BUNDLE);
    const before = requested(requests, UI_BUNDLE).length;
    await page.getByRole('contentinfo').getByRole('button', { name: 'Cookie settings' }).click();
    await expect(preferences(page)).toBeVisible();
    expect(requested(requests, UI_BUNDLE).length).toBeGreaterThan(before);
  });

  test('the fallback never hides the focused page control, at a phone\'s width either (WCAG 2.4.11)', async ({ page }) => {
    await page.route(UI_BUNDLE, (route) => route.abort('failed'));
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto('/');
    await expect(page.locator('[data-consentkit-fallback]').getByRole('region', { name: 'Your privacy choices' })).toBeVisible();
    const { seen, hidden } = await focusCoverage(page, '[data-consentkit-fallback]');
    expect(seen.join('\n'), 'the footer was reached').toContain('Cookie settings');
    expect(hidden, 'focused page controls entirely covered by the fallback').toEqual([]);
  });
});

test.describe('when the UI cannot load, under a strict CSP', () => {
  test.use({ allowedConsoleErrors: [/\[ConsentKit\] could not load the consent banner|Failed to load resource/] });

  test('the fallback is styled and works without a single violation', async ({ page }) => {
    await page.route(UI_BUNDLE, (route) => route.abort('failed'));
    const files = sitePage();
    await serve(page, { ...files, '/e2e/site.html': { body: files['/e2e/site.html']!, headers: { 'content-security-policy': STRICT_CSP } } });
    const violations = await watchViolations(page);
    await page.goto('/e2e/site.html');
    const region = page.locator('[data-consentkit-fallback]').getByRole('region', { name: 'Your privacy choices' });
    await expect(region).toBeVisible();
    // Its adopted stylesheet applies: a bordered bar, and buttons at least 44px tall.
    expect(await region.evaluate((element) => getComputedStyle(element).borderBottomWidth)).toBe('2px');
    expect(await region.getByRole('button', { name: 'Accept all' }).evaluate((element) => getComputedStyle(element).minHeight)).toBe('44px');
    await region.getByRole('button', { name: 'Accept all' }).click();
    await expect.poll(() => ranScripts(page)).toEqual(ALL_SCRIPTS);
    expect(violations).toEqual([]);
  });
});

test.describe('when the UI arrives late', () => {
  /** Holds every UI request until the returned function is called. */
  async function holdUi(page: Page): Promise<() => void> {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    await page.route(UI_BUNDLE, async (route) => {
      await gate;
      await route.continue();
    });
    return release;
  }

  test('a settings click made while it loads opens the settings once it arrives', async ({ page }) => {
    const release = await holdUi(page);
    await serve(page, sitePage());
    await page.goto('/e2e/site.html');
    await embedReady(page);
    expect(await grantedIds(page)).toEqual([]);
    expect(await ranScripts(page)).toEqual([]);
    await expect(ui(page)).toHaveCount(0);
    await page.getByRole('contentinfo').getByRole('button', { name: 'Cookie settings' }).click();
    release();
    await expect(preferences(page)).toBeVisible();
    await expect(ui(page)).toHaveCount(1);
    await expect(page.locator('[data-consentkit-fallback]')).toHaveCount(0);
    await preferences(page).getByRole('button', { name: 'Close' }).click();
    await expect(banner(page)).toBeVisible();
  });

  test('a choice made through the API while it loads is not asked again when it arrives', async ({ page, context }) => {
    const release = await holdUi(page);
    await serve(page, sitePage());
    await page.goto('/e2e/site.html');
    await embedReady(page);
    await page.evaluate(() => (window as unknown as { ConsentKit: Ck }).ConsentKit.rejectAll());
    release();
    await expect(ui(page)).toHaveCount(1);
    await page.waitForLoadState('networkidle');
    await expect(banner(page)).toBeHidden();
    await expect(bannerButton(page, 'Accept all')).toHaveCount(0);
    expect(await decodeConsent((await consentCookie(context))?.value)).toMatchObject({ method: 'reject-all' });
  });
});
