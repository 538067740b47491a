// Advertising: a generic creative from the site for everyone; AdPartner's tag (on 127.0.0.2) runs only with consent,
// sets its cookie and storage and shows an interest-based creative. Its code cannot be unloaded, so withdrawing
// reloads the page (reloadOnWithdrawal: ['advertising'] in the site's config) after deleting what it stored.
import type { Page } from '@playwright/test';
import { choose, expect, requested, test } from './fixtures';
import { isSameDocument, markDocument, ONLY_THE_RECORD, saveSettings, settled, stored, toProviders } from './enforcement';

const slot = (page: Page) => page.getByRole('complementary', { name: 'Advertisement' });

test('without consent the ad is generic, served by the site, and nothing reaches the ad partner', async ({ page, requests }) => {
  await page.goto('/ads.html');
  await choose(page, 'Reject all');
  await page.reload();
  await settled(page);
  await expect(slot(page).getByRole('img')).toHaveAttribute('alt', /Caseloop Academy/);
  expect(requested(requests, /^\/ads\/generic\.svg$/).length).toBeGreaterThan(0);
  expect(toProviders(requests)).toEqual([]);
  expect(await stored(page)).toEqual(ONLY_THE_RECORD);
});

test('with consent AdPartner shows an interest-based ad and stores its id; withdrawing deletes it and reloads', async ({ page, requests }) => {
  await page.goto('/ads.html');
  await choose(page, 'Accept all');
  await expect(slot(page).getByRole('img')).toHaveAttribute('alt', /Chosen for your interest/);
  await expect(slot(page)).toHaveAttribute('data-ad-kind', 'interest-based');
  await expect.poll(() => toProviders(requests).map((url) => new URL(url).pathname)).toEqual(['/adpartner/ad.js', '/adpartner/creative.svg']);
  const withAds = await stored(page);
  expect(withAds.cookies).toContain('_adp_uid');
  expect(withAds.local).toContain('adp_segments');

  await markDocument(page);
  const before = requests.length;
  const reloaded = page.waitForEvent('load');
  await saveSettings(page, { advertising: false });
  await reloaded;
  expect(await isSameDocument(page)).toBe(false);
  await settled(page);
  await expect(slot(page).getByRole('img')).toHaveAttribute('alt', /Caseloop Academy/);
  expect(toProviders(requests.slice(before))).toEqual([]);
  const after = await stored(page);
  expect(after.cookies).not.toContain('_adp_uid');
  expect(after.local).not.toContain('adp_segments');
  // Analytics is still allowed: withdrawing one category leaves the others alone.
  expect(after.cookies).toContain('_cla_id');
});

test('withdrawing another category on the ads page does not reload it', async ({ page }) => {
  await page.goto('/ads.html');
  await choose(page, 'Accept all');
  await expect(slot(page)).toHaveAttribute('data-ad-kind', 'interest-based');
  await markDocument(page);
  await saveSettings(page, { analytics: false });
  await expect.poll(async () => (await stored(page)).cookies).not.toContain('_cla_id');
  expect(await isSameDocument(page)).toBe(true);
  await expect(slot(page)).toHaveAttribute('data-ad-kind', 'interest-based');
});
