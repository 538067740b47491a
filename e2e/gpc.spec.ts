// Global Privacy Control, injected as a browser sets it: advertising is denied before the site's ad code asks,
// one gpc opt-out is logged across three page views, the notice says "Opt-out request honored", and an explicit
// opt-in afterwards is respected and logged.
import type { BrowserContext, Page } from '@playwright/test';
import { bannerButton, consentCookie, decodeConsent, embedReady, expect, test } from './fixtures';
import { collectorRows, consentId, optOutPanel, waitForRows } from './optout-helpers';

const sendGpc = (context: BrowserContext) =>
  context.addInitScript(() => Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { get: () => true, configurable: true }));

const notice = (page: Page) => page.locator('[data-consentkit-panel]').getByRole('region', { name: 'Opt-out request honored' });
const adKindAtStart = (page: Page) => page.evaluate(() => (window as unknown as { __adKindAtStart: string }).__adKindAtStart);

test('GPC: advertising denied before any ad code runs, one gpc opt-out across three page views, the notice shown', async ({ page, context, request }) => {
  // A visitor who had accepted everything, then turned GPC on.
  await page.goto('/ads.html');
  await bannerButton(page, 'Accept all').click();
  await expect(page.locator('[data-ad-slot]')).toHaveAttribute('data-ad-kind', 'interest');
  const id = await consentId(page);
  await sendGpc(context);

  for (const [view, path] of ['/ads.html', '/', '/ads.html'].entries()) {
    await page.goto(path);
    await embedReady(page);
    if (path === '/ads.html') {
      expect(await adKindAtStart(page), `the ad code's first answer, page view ${view + 1}`).toBe('generic');
      await expect(page.locator('[data-ad-slot]')).toHaveAttribute('data-ad-kind', 'generic');
    }
    if (view === 0) {
      // The page view that honored the signal shows the notice, announced as a status message.
      await expect(notice(page)).toBeVisible();
      await expect(notice(page).getByRole('status')).toHaveText('Opt-out request honored');
    } else {
      await expect(notice(page)).toHaveCount(0);
    }
  }
  const rows = await waitForRows(request, id, 2);
  expect(rows.filter(({ source }) => source === 'gpc')).toHaveLength(1);
  expect(rows[0]).toMatchObject({ type: 'optout', source: 'gpc', gpc: true, choices: { preferences: true, analytics: true, advertising: false, social: true } });
  const record = await decodeConsent((await consentCookie(context))!.value);
  expect(record?.choices.advertising).toBe(false);
  expect(record?.choices.analytics).toBe(true);
});

test('GPC on a first visit: notice shown, banner still asks, and an explicit opt-in after the notice is respected and logged', async ({ page, context, request }) => {
  await sendGpc(context);
  await page.goto('/ads.html');
  await expect(notice(page)).toBeVisible();
  await expect(notice(page).getByRole('status')).toHaveText('Opt-out request honored');
  await expect(bannerButton(page, 'Accept all')).toBeVisible();
  expect(await adKindAtStart(page)).toBe('generic');

  // Accept all is not an opt-in to interest-based ads while GPC is honored.
  await bannerButton(page, 'Accept all').click();
  await expect(page.locator('[data-ad-slot]')).toHaveAttribute('data-ad-kind', 'generic');

  await notice(page).getByRole('button', { name: 'Details' }).click();
  const panel = optOutPanel(page);
  await expect(panel).toContainText('Opt-out request honored. You are opted out of interest-based ads on this site.');
  await panel.getByRole('button', { name: 'Allow interest-based ads' }).click();
  await expect(panel.getByRole('status')).toHaveText('Interest-based ads allowed');
  await expect(page.locator('[data-ad-slot]')).toHaveAttribute('data-ad-kind', 'interest');

  const id = await consentId(page);
  const rows = await waitForRows(request, id, 3);
  expect(rows.map(({ type, source }) => `${type}:${source}`)).toEqual(['optin:link', 'consent:banner', 'optout:gpc']);

  // The opt-in holds on later page views, with GPC still on, and nothing more is logged.
  await page.reload();
  await embedReady(page);
  expect(await adKindAtStart(page)).toBe('interest');
  await expect(notice(page)).toHaveCount(0);
  expect(await collectorRows(request, id)).toHaveLength(3);
});
