// A first visit: the banner asks, and nothing optional is stored or fetched before the visitor answers.
import { focusCoverage } from './a11y-helpers';
import { banner, bannerButton, consentCookie, embedReady, expect, pageRecord, requested, storageKeys, test, ui, UI_BUNDLE } from './fixtures';

for (const path of ['/', '/privacy.html', '/qa.html']) {
  test(`${path} shows the banner and stores nothing`, async ({ page, context, requests, baseURL }) => {
    await page.goto(path);
    await expect(banner(page)).toBeVisible();
    for (const name of ['Accept all', 'Reject all', 'Settings'] as const) {
      await expect(bannerButton(page, name)).toBeVisible();
    }
    expect(await context.cookies()).toEqual([]);
    expect(await storageKeys(page)).toEqual({ local: [], session: [] });
    expect(await pageRecord(page)).toBeNull();
    // The UI is fetched once, lazily (and the cookie declaration's chunks where the page has one: its code and the
    // category texts it shares with the dialogs), and nothing is requested from any other origin.
    await page.waitForLoadState('networkidle');
    expect(requested(requests, UI_BUNDLE).map((url) => new URL(url).pathname).sort()).toEqual(
      path === '/privacy.html'
        ? ['/consentkit/consentkit-dialog-texts.js', '/consentkit/consentkit-policy.js', '/consentkit/consentkit-ui.js']
        : ['/consentkit/consentkit-ui.js'],
    );
    const origins = new Set(requests.map((request) => new URL(request.url()).origin));
    expect([...origins]).toEqual([new URL(baseURL!).origin]);
  });
}

test('the policy link is the one from the script tag', async ({ page }) => {
  await page.goto('/');
  await embedReady(page);
  expect(await page.evaluate(() => (window as unknown as { ConsentKit: { policyUrl?: string } }).ConsentKit.policyUrl)).toBe('/privacy.html');
});

test('Accept all and Reject all are the same size and weight', async ({ page }) => {
  await page.goto('/');
  const accept = bannerButton(page, 'Accept all');
  const reject = bannerButton(page, 'Reject all');
  const settings = bannerButton(page, 'Settings');
  await expect(accept).toBeVisible();
  const [acceptBox, rejectBox, settingsBox] = await Promise.all([accept.boundingBox(), reject.boundingBox(), settings.boundingBox()]);
  expect(rejectBox!.width).toBeCloseTo(acceptBox!.width, 0);
  expect(rejectBox!.height).toBeCloseTo(acceptBox!.height, 0);
  expect(settingsBox!.height).toBeCloseTo(acceptBox!.height, 0);
  const style = (element: Element) => {
    const computed = getComputedStyle(element);
    return { fontSize: computed.fontSize, fontWeight: computed.fontWeight };
  };
  expect(await reject.evaluate(style)).toEqual(await accept.evaluate(style));
});

test('browsing on without choosing stores nothing and asks again', async ({ page, context }) => {
  await page.goto('/');
  await expect(banner(page)).toBeVisible();
  await page.mouse.wheel(0, 2000);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Privacy' }).click();
  await expect(page).toHaveURL(/\/privacy\.html$/);
  await expect(banner(page)).toBeVisible();
  expect(await consentCookie(context)).toBeUndefined();
  expect(await storageKeys(page)).toEqual({ local: [], session: [] });
});

test('the privacy policy states how DNT is handled and links the industry opt-outs', async ({ page }) => {
  await page.goto('/privacy.html');
  // The policy's own text (its paragraphs), apart from the cookie declaration ConsentKit renders into it.
  const text = page.locator('article > p');
  await expect(text.getByText('This site does not respond to Do Not Track (DNT) signals.')).toBeVisible();
  await expect(text.getByRole('link', { name: /Network Advertising Initiative/ })).toHaveAttribute('href', 'https://optout.networkadvertising.org/');
  await expect(text.getByRole('link', { name: /Digital Advertising Alliance/ })).toHaveAttribute('href', 'https://optout.aboutads.info/');
});

// WCAG 2.2 SC 2.4.11: the page keeps room for the banner (padding and scroll padding as tall as what it covers), so
// the browser scrolls each focused page control clear of it. Regression test for the fixed banner that covered the
// footer links (Privacy policy, Cookie settings) of every example page.
const LAYOUTS = [
  { name: 'the bottom bar on a desktop', path: '/', viewport: { width: 1280, height: 720 } },
  { name: 'the bottom bar at 320 CSS px', path: '/', viewport: { width: 320, height: 640 } },
  { name: 'the corner box', path: '/qa.html?layout=box', viewport: { width: 1280, height: 720 } },
  { name: 'the corner box at 320 CSS px, in German', path: '/qa.html?layout=box&lang=de', viewport: { width: 320, height: 640 } },
  { name: 'the opt-out notice (US-CA) at 320 CSS px', path: '/qa.html?region=US-CA', viewport: { width: 320, height: 640 } },
  // Short viewports: 400% zoom of a landscape screen, a landscape phone, a small phone in German.
  { name: 'the bottom bar at 320 by 256 CSS px', path: '/', viewport: { width: 320, height: 256 } },
  { name: 'the bottom bar at 427 by 240 CSS px', path: '/qa.html', viewport: { width: 427, height: 240 } },
  { name: 'the bottom bar at 320 by 480 CSS px, in German', path: '/qa.html?lang=de', viewport: { width: 320, height: 480 } },
  { name: 'the opt-out notice (US-CA) at 320 by 256 CSS px', path: '/qa.html?region=US-CA', viewport: { width: 320, height: 256 } },
  { name: 'the corner box at 640 by 400 CSS px, in French', path: '/qa.html?layout=box&lang=fr', viewport: { width: 640, height: 400 } },
];
for (const { name, path, viewport } of LAYOUTS) {
  test(`while ${name} shows, keyboard focus on the page is never hidden behind it (WCAG 2.4.11)`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await page.goto(path);
    await expect(ui(page).getByRole('region')).toBeVisible();
    const { seen, hidden } = await focusCoverage(page);
    expect(seen.length, 'page controls reached by Tab').toBeGreaterThan(5);
    expect(seen.join('\n'), 'the footer was reached').toContain('Cookie settings');
    expect(hidden, 'focused page controls entirely covered by the banner').toEqual([]);
  });
}

test('the page gets its own spacing back once the visitor has chosen', async ({ page }) => {
  await page.goto('/');
  await expect(banner(page)).toBeVisible();
  const spacing = () =>
    page.evaluate(() => {
      const style = document.documentElement.style;
      return [style.paddingBottom, style.scrollPaddingBottom];
    });
  const height = await banner(page).evaluate((element) => Math.round(element.getBoundingClientRect().height));
  // Written by a ResizeObserver in the frame after the banner renders (reserve.ts): polled.
  await expect.poll(async () => (await spacing()).map((value) => Math.round(parseFloat(value!)))).toEqual([height, height]);
  await bannerButton(page, 'Reject all').click();
  await expect(banner(page)).toBeHidden();
  expect(await spacing()).toEqual(['', '']);
});
