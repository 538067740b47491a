// Blocked scripts in a real browser: document order (with parallel downloads), attributes and nonce kept under a
// nonce-only CSP, and elements inserted after load (by other scripts, single-page apps) handled as they come.
import type { Page, Route } from '@playwright/test';
import { banner, choose, embedReady, expect, requested, test } from './fixtures';
import { placeholder, saveSettings, toProviders } from './enforcement';

const NONCE = 'r4nd0m';
const CSP = `default-src 'self'; script-src 'nonce-${NONCE}'; style-src 'self'; img-src 'self'; object-src 'none'; base-uri 'none'`;
const order = (page: Page) => page.evaluate(() => (window as unknown as { __order: string[] }).__order);

test.describe('under a nonce-only CSP', () => {
  // The one blocked script that has no nonce must be refused by the browser, not run by ConsentKit.
  test.use({ allowedConsoleErrors: [/Executing inline script violates the following Content Security Policy directive/] });

  test('blocked scripts run in document order once granted, with their nonce and attributes', async ({ page, requests }) => {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const script = (name: string) => `window.__order.push(${JSON.stringify(name)});`;
    const serve = (body: string) => (route: Route) => route.fulfill({ contentType: 'text/javascript', body });
    await page.route('**/e2e/slow.js', async (route) => {
      await held; // downloaded last, but must still run first
      await route.fulfill({ contentType: 'text/javascript', body: script('slow') });
    });
    await page.route('**/e2e/middle.js', serve(script('middle')));
    await page.route('**/e2e/after.js', serve(script('after')));
    await page.route('**/e2e/async.js', serve(script('async')));
    await page.route('**/e2e/scripts.html', (route) =>
      route.fulfill({
        contentType: 'text/html',
        headers: { 'content-security-policy': CSP },
        body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Scripts</title>
          <script nonce="${NONCE}">window.__order = [];</script>
          <script nonce="${NONCE}" src="/consentkit/consentkit.js"></script>
          </head><body><main><h1>Scripts</h1>
          <script type="text/plain" data-consent="analytics" nonce="${NONCE}" src="/e2e/slow.js"></script>
          <script type="text/plain" data-consent="analytics" nonce="${NONCE}" src="/e2e/middle.js"></script>
          <script type="text/plain" data-consent="analytics" nonce="${NONCE}">${script('inline')}</script>
          <script type="text/plain" data-consent="analytics" nonce="${NONCE}" src="/e2e/after.js" defer crossorigin="anonymous" data-site="kept"></script>
          <script type="text/plain" data-consent="analytics" nonce="${NONCE}" src="/e2e/async.js" async></script>
          <script type="text/plain" data-consent="analytics">${script('injected without a nonce')}</script>
          </main></body></html>`,
      }),
    );
    await page.goto('/e2e/scripts.html');
    await expect(banner(page)).toBeVisible();
    expect(requested(requests, /^\/e2e\/\w+\.js$/)).toEqual([]);

    await choose(page, 'Accept all');
    // Consecutive external scripts are fetched in parallel, yet nothing that must follow slow.js has run. (Those
    // after an inline script are fetched once it ran: inserted earlier they could run before it.)
    await expect.poll(() => requested(requests, /^\/e2e\/(slow|middle)\.js$/).length).toBe(2);
    await expect.poll(() => order(page)).toEqual(['async']);
    expect(requested(requests, /^\/e2e\/after\.js$/)).toEqual([]);
    release();
    await expect.poll(() => order(page)).toEqual(['async', 'slow', 'middle', 'inline', 'after']);

    const after = page.locator('script[src="/e2e/after.js"]');
    await expect(after).toHaveAttribute('data-site', 'kept');
    await expect(after).toHaveAttribute('crossorigin', 'anonymous');
    await expect(after).toHaveAttribute('defer', '');
    await expect(after).toHaveAttribute('data-consent-state', 'loaded');
    expect(await after.evaluate((element) => (element as HTMLScriptElement).nonce)).toBe(NONCE);
    expect(await after.evaluate((element) => (element as HTMLScriptElement).type)).toBe('');
  });
});

test('elements inserted after load are blocked, and run or load as soon as they are granted', async ({ page, requests }) => {
  await page.route('**/e2e/late.js', (route) =>
    route.fulfill({ contentType: 'text/javascript', body: 'window.__late = (window.__late || 0) + 1;' }),
  );
  const insert = (html: string) =>
    page.evaluate((markup) => {
      const holder = document.createElement('div');
      holder.innerHTML = markup; // an app rendering markup, as single-page apps do
      document.querySelector('main')!.append(holder);
    }, html);
  const late = () => page.evaluate(() => (window as unknown as { __late?: number }).__late ?? 0);

  await page.goto('/');
  await choose(page, 'Reject all');
  await embedReady(page);
  await insert('<script type="text/plain" data-consent="analytics" src="/e2e/late.js"></script>');
  await insert('<iframe data-consent="social:chirp" data-src="%PROVIDER%/chirp/like" title="Late Like button"></iframe>'.replace('%PROVIDER%', 'http://127.0.0.2:' + new URL(page.url()).port));
  // The late widget gets its placeholder; neither loads.
  await expect(placeholder(page, 'Late Like button')).toBeVisible();
  expect(requested(requests, /^\/e2e\/late\.js$/)).toEqual([]);
  expect(toProviders(requests)).toEqual([]);

  await saveSettings(page, { analytics: true });
  await expect.poll(late).toBe(1);
  await insert('<script type="text/plain" data-consent="analytics" src="/e2e/late.js"></script>');
  await expect.poll(late).toBe(2);

  await placeholder(page, 'Late Like button').getByRole('button', { name: 'Load once' }).click();
  await expect(page.frameLocator('iframe[title="Late Like button"]').getByRole('button', { name: /Like/ })).toBeVisible();
  expect(toProviders(requests).map((url) => new URL(url).pathname)).toEqual(['/chirp/like']);
});
