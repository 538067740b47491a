// Global Privacy Control, injected as a browser sets it: advertising is denied before the site's ad code asks,
// one gpc opt-out is logged across three page views, the notice says "Opt-out request honored", and an explicit
// opt-in afterwards is respected and logged.
import type { Page } from '@playwright/test';
import { banner, bannerButton, consentCookie, decodeConsent, embedReady, expect, requested, test } from './fixtures';
import { settled } from './enforcement';
import { collectorRows, consentId, optOutPanel, waitForRows } from './optout-helpers';
import { injectGpc } from './signals-helpers';

const notice = (page: Page) => page.locator('[data-consentkit-panel]').getByRole('region', { name: 'Opt-out request honored' });
/** Requests for AdPartner's ad tag (interest-based ads), the ad code ConsentKit runs only with consent. */
const AD_TAG = /\/adpartner\/ad\.js/;

test('GPC: advertising denied before any ad code runs, one gpc opt-out across three page views, the notice shown', async ({ page, context, request, requests }) => {
  // A visitor who had accepted everything, then turned GPC on.
  await page.goto('/ads.html');
  await bannerButton(page, 'Accept all').click();
  await expect(page.locator('[data-ad-slot]')).toHaveAttribute('data-ad-kind', 'interest-based');
  const id = await consentId(page);
  await injectGpc(context);

  for (const [view, path] of ['/ads.html', '/', '/ads.html'].entries()) {
    const adTagsBefore = requested(requests, AD_TAG).length;
    await page.goto(path);
    await embedReady(page);
    await page.waitForLoadState('load');
    // The accepted record still grants advertising, yet the ad tag is never even requested.
    expect(requested(requests, AD_TAG).length, `ad tag requests, page view ${view + 1}`).toBe(adTagsBefore);
    if (path === '/ads.html') await expect(page.locator('[data-ad-slot]')).not.toHaveAttribute('data-ad-kind', 'interest-based');
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

test('GPC on a first visit: notice shown, banner still asks, and an explicit opt-in after the notice is respected and logged', async ({ page, context, request, requests }) => {
  await injectGpc(context);
  await page.goto('/ads.html');
  await expect(notice(page)).toBeVisible();
  await expect(notice(page).getByRole('status')).toHaveText('Opt-out request honored');
  await expect(bannerButton(page, 'Accept all')).toBeVisible();

  // Accept all is not an opt-in to interest-based ads while GPC is honored: the ad tag is not loaded.
  await bannerButton(page, 'Accept all').click();
  await expect(banner(page)).toBeHidden();
  await settled(page);
  expect(requested(requests, AD_TAG)).toEqual([]);
  await expect(page.locator('[data-ad-slot]')).not.toHaveAttribute('data-ad-kind', 'interest-based');

  await notice(page).getByRole('button', { name: 'Details' }).click();
  const panel = optOutPanel(page);
  await expect(panel).toContainText('Opt-out request honored. You are opted out of interest-based ads on this site.');
  await panel.getByRole('button', { name: 'Allow interest-based ads' }).click();
  await expect(panel.getByRole('status')).toHaveText('Interest-based ads allowed');
  await expect(page.locator('[data-ad-slot]')).toHaveAttribute('data-ad-kind', 'interest-based');

  const id = await consentId(page);
  const rows = await waitForRows(request, id, 3);
  expect(rows.map(({ type, source }) => `${type}:${source}`)).toEqual(['optin:link', 'consent:banner', 'optout:gpc']);

  // The opt-in holds on later page views, with GPC still on, and nothing more is logged.
  await page.reload();
  await embedReady(page);
  await expect(page.locator('[data-ad-slot]')).toHaveAttribute('data-ad-kind', 'interest-based');
  await expect(notice(page)).toHaveCount(0);
  expect(await collectorRows(request, id)).toHaveLength(3);
});
