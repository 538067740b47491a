// Social widgets: click-to-load placeholders, nothing sent to the provider (Chirp, on 127.0.0.2) before a click or
// a grant; "Load once" loads one widget for one page view; allowing loads them all; withdrawing puts the
// placeholders back without a reload. The provider's own cookie is third-party: the page cannot delete it.
import type { Page } from '@playwright/test';
import { banner, choose, embedReady, expect, pageRecord, requested, test } from './fixtures';
import { isSameDocument, markDocument, ONLY_THE_RECORD, pageChoices, placeholder, placeholders, saveSettings, settled, stored, toProviders } from './enforcement';

// `settled` (network idle) only where no widget loads: Playwright's idle tracking can wait forever on the request
// of a frame that was replaced while loading, which is how widgets are loaded.
const PLACEHOLDER_UI = /\/consentkit\/consentkit-placeholder\.js$/;
const WIDGETS = ['Like Caseloop on Chirp', 'Share this page on Chirp', 'Chirp post by @caseloop'];
const likeFrame = (page: Page) => page.frameLocator('iframe[title="Like Caseloop on Chirp"]');

test('a returning visitor who said no sees placeholders saying what loading sends, and nothing reaches Chirp', async ({ page, requests }) => {
  await page.goto('/social.html');
  await choose(page, 'Reject all');
  await page.reload();
  await embedReady(page);
  await expect(placeholders(page)).toHaveCount(3);
  for (const name of WIDGETS) {
    const group = placeholder(page, name);
    await expect(group).toContainText('Loading it sends your IP address and the address of this page to Chirp, which may set cookies.');
    await expect(group).toContainText('Cookies it may set: chirp_id.');
    await expect(group.getByRole('button', { name: 'Load once' })).toBeVisible();
    await expect(group.getByRole('button', { name: 'Allow social media' })).toBeVisible();
  }
  // The widgets themselves are in the page, unloaded and hidden behind their placeholders.
  await expect(page.locator('iframe[data-consent]')).toHaveCount(2);
  for (const frame of await page.locator('iframe[data-consent]').all()) {
    await expect(frame).toBeHidden();
    expect(await frame.getAttribute('src')).toBeNull();
  }
  await settled(page);
  expect(toProviders(requests)).toEqual([]);
  expect(requested(requests, PLACEHOLDER_UI)).toHaveLength(2); // lazily, once per page view
  expect(await stored(page)).toEqual(ONLY_THE_RECORD);
});

test('Load once loads that widget only, for this page view, and records nothing', async ({ page, requests }) => {
  await page.goto('/social.html');
  await choose(page, 'Reject all');
  await placeholder(page, 'Like Caseloop on Chirp').getByRole('button', { name: 'Load once' }).click();
  await expect(likeFrame(page).getByRole('button', { name: /Like/ })).toBeVisible();
  // Focus moves to what loaded: the button that had it is gone.
  await expect(page.locator('iframe[title="Like Caseloop on Chirp"]')).toBeFocused();
  await expect(placeholders(page)).toHaveCount(2);
  expect(toProviders(requests).map((url) => new URL(url).pathname)).toEqual(['/chirp/like']);
  expect((await stored(page)).cookies).toEqual(['chirp_id', 'ck_consent']);
  expect((await pageRecord(page))?.method).toBe('reject-all');

  const before = requests.length;
  await page.reload();
  // Every widget is blocked and drawn over by the time its placeholder shows: a request would have gone by then.
  await expect(placeholders(page)).toHaveCount(3);
  expect(toProviders(requests.slice(before))).toEqual([]);
});

test('Allow social media loads every widget, on later visits too; withdrawing puts the placeholders back without a reload', async ({ page, requests }) => {
  await page.goto('/social.html');
  await expect(banner(page)).toBeVisible();
  await placeholder(page, 'Chirp post by @caseloop').getByRole('button', { name: 'Allow social media' }).click();
  await expect(placeholders(page)).toHaveCount(0);
  await expect(likeFrame(page).getByRole('button', { name: /Like/ })).toBeVisible();
  await expect(page.frameLocator('iframe[title="Chirp post"]').getByText('rendered by Chirp')).toBeVisible();
  // The category, nothing else: Chirp follows it, and the rest is still off (no choice means no).
  expect(await pageChoices(page)).toEqual({ preferences: false, analytics: false, advertising: false, social: true });
  await expect
    .poll(() => toProviders(requests).map((url) => new URL(url).pathname).sort())
    .toEqual(['/chirp/embed.js', '/chirp/like', '/chirp/post', '/chirp/share']);

  const before = requests.length;
  await page.reload();
  await expect(likeFrame(page).getByRole('button', { name: /Like/ })).toBeVisible();
  await page.waitForLoadState('load');
  expect(requested(requests.slice(before), PLACEHOLDER_UI)).toEqual([]); // no blocked widget, no placeholder code

  await markDocument(page);
  const loaded = requests.length;
  await saveSettings(page, { social: false });
  await expect(placeholders(page)).toHaveCount(3);
  await expect(page.locator('iframe[title="Chirp post"]')).toHaveCount(0); // what the embed script drew is gone
  for (const frame of await page.locator('iframe[data-consent]').all()) expect(await frame.getAttribute('src')).toBeNull();
  expect(await isSameDocument(page)).toBe(true);
  expect(toProviders(requests.slice(loaded))).toEqual([]);
  // Chirp's cookie belongs to Chirp's site (partitioned under this one): no script on this page can delete it.
  // ConsentKit declares it and stops sending anything to Chirp; the visitor's browser settings can clear it.
  expect((await stored(page)).cookies).toEqual(['chirp_id', 'ck_consent']);
});

test('pages without widgets never load the placeholder code', async ({ page, requests }) => {
  await page.goto('/');
  await choose(page, 'Reject all');
  await page.goto('/privacy.html');
  await settled(page);
  expect(requested(requests, PLACEHOLDER_UI)).toEqual([]);
});
