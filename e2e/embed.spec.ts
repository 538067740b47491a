// The script-tag contract beyond the example site: a bare tag, config from window.ConsentKitConfig, calls
// queued before the embed loads, a new policy revision, and a tag pasted twice. The test pages are served by
// the test itself (page.route), so the example site keeps only real pages.
import { banner, bannerButton, choose, COOKIE_NAME, decodeConsent, embedReady, expect, preferences, requested, test, UI_BUNDLE } from './fixtures';
import { html, serve } from './test-pages';
import { focusCoverage, tabTo } from './a11y-helpers';

test('a bare script tag shows the default banner, and a floating button reopens the choice', async ({ page, context }) => {
  await serve(page, { '/e2e/bare.html': html('<script src="/consentkit/consentkit.js"></script>') });
  await page.goto('/e2e/bare.html');
  await expect(banner(page)).toBeVisible();
  const reopen = page.locator('[data-consentkit-reopen]').getByRole('button', { name: 'Privacy settings' });
  await expect(reopen).toBeHidden();

  const record = await choose(page, 'Reject all');
  expect(record.revision).toBe(1);
  expect((await context.cookies()).map((cookie) => cookie.name)).toEqual([COOKIE_NAME]);
  await reopen.click();
  await expect(preferences(page)).toBeVisible();
});

test('the floating reopen button never hides the focused page control (WCAG 2.4.11)', async ({ page }) => {
  // A long page of short, left-aligned links: Tab scrolls each into view at the bottom edge, where the button is.
  const links = Array.from({ length: 40 }, (_, index) => `<p><a href="#l${index}">L${index}</a></p>`).join('');
  await serve(page, { '/e2e/long.html': html('<script src="/consentkit/consentkit.js"></script>', `<main>${links}</main>`) });
  await page.setViewportSize({ width: 800, height: 400 });
  await page.goto('/e2e/long.html');
  await choose(page, 'Reject all');
  await page.reload(); // a returning visitor, with focus at the start of the page
  const reopen = page.locator('[data-consentkit-reopen]').getByRole('button', { name: 'Privacy settings' });
  await expect(reopen).toBeVisible();
  const { seen, hidden } = await focusCoverage(page, '[data-consentkit-reopen]');
  expect(seen.length, 'page controls reached by Tab').toBeGreaterThanOrEqual(40);
  expect(hidden, 'focused page controls entirely covered by the reopen button').toEqual([]);
  // Focus moves on to the button itself: it is there, visible, and works.
  await tabTo(page, reopen);
  await expect(reopen).toHaveCSS('opacity', '1');
  await page.keyboard.press('Enter');
  await expect(preferences(page)).toBeVisible();
});

test('window.ConsentKitConfig configures the revision and the cookie name', async ({ page, context }) => {
  await serve(page, {
    '/e2e/config.html': html('<script src="/e2e/config.js"></script><script src="/consentkit/consentkit.js"></script>'),
    '/e2e/config.js': "window.ConsentKitConfig = { revision: 3, cookie: { name: 'site_consent' }, policyUrl: '/privacy.html' };",
  });
  await page.goto('/e2e/config.html');
  await bannerButton(page, 'Accept all').click();
  await expect(banner(page)).toBeHidden();
  const cookies = await context.cookies();
  expect(cookies.map((cookie) => cookie.name)).toEqual(['site_consent']);
  expect(await decodeConsent(cookies[0]!.value)).toMatchObject({ revision: 3, method: 'accept-all' });
});

test('calls queued before the embed loads are replayed in order', async ({ page }) => {
  await serve(page, {
    '/e2e/queue.html': html('<script src="/e2e/queue.js"></script><script src="/consentkit/consentkit.js"></script>'),
    '/e2e/queue.js': [
      'window.ConsentKit = window.ConsentKit || [];',
      'window.__calls = [];',
      "ConsentKit.push(['on', 'change', function (detail) { window.__calls.push('change:' + detail.record.method); }]);",
      "ConsentKit.push(function (ck) { window.__calls.push('ready:' + ck.needsConsent()); });",
    ].join('\n'),
  });
  await page.goto('/e2e/queue.html');
  await embedReady(page);
  await choose(page, 'Reject all');
  expect(await page.evaluate(() => (window as unknown as { __calls: string[] }).__calls)).toEqual(['ready:true', 'change:reject-all']);
  // After load, push runs at once.
  await page.evaluate(() => (window as unknown as { ConsentKit: { push(call: unknown): void } }).ConsentKit.push(['acceptAll']));
  expect(await page.evaluate(() => (window as unknown as { __calls: string[] }).__calls)).toEqual(['ready:true', 'change:reject-all', 'change:accept-all']);
});

test('a new policy revision asks again', async ({ page }) => {
  await page.goto('/');
  await choose(page, 'Accept all');
  await serve(page, {
    '/e2e/revision-2.html': html('<script src="/consentkit/consentkit.js" data-policy-url="/privacy.html" data-revision="2"></script>'),
  });
  await page.goto('/e2e/revision-2.html');
  await embedReady(page);
  await expect(banner(page)).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { ConsentKit: { needsConsent(): boolean } }).ConsentKit.needsConsent())).toBe(true);
  const record = await choose(page, 'Reject all');
  expect(record).toMatchObject({ revision: 2, method: 'reject-all' });
});

test('a tag pasted twice makes one instance and one banner', async ({ page, requests }) => {
  const tag = '<script src="/consentkit/consentkit.js" data-revision="1"></script>';
  await serve(page, { '/e2e/twice.html': html(tag + tag) });
  await page.goto('/e2e/twice.html');
  await expect(banner(page)).toBeVisible();
  await page.waitForLoadState('networkidle');
  await expect(page.locator('[data-consentkit-ui]')).toHaveCount(1);
  expect(requested(requests, UI_BUNDLE)).toHaveLength(1);
});

test("consentkit.js opens with V8's compile hint, so Chromium compiles it while it streams in", async ({ request }) => {
  // The magic comment only works on the file's first line; the minifier must not drop it or put anything before it.
  const body = await (await request.get('/consentkit/consentkit.js')).text();
  expect(body.slice(0, body.indexOf('\n'))).toBe('//# allFunctionsCalledOnLoad');
});
