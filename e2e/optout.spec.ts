// The interest-based ads opt-out as a visitor and the site's collector see it: one click from the footer, the
// banner or the API gives exactly one row in the collector; the ad slot turns generic; opting back in is logged.
import { banner, bannerButton, embedReady, expect, preferences, requested, test } from './fixtures';
import {
  collectorRows,
  consentId,
  footerOptOut,
  inPageOptOut,
  optOutFrom,
  optOutOnPanel,
  optOutPanel,
  pendingEvents,
  waitForRows,
} from './optout-helpers';

test('the footer link opts out in one click: one row in the collector, the ad slot turns generic', async ({ page, request, requests }) => {
  await page.goto('/ads.html');
  await bannerButton(page, 'Accept all').click();
  const slot = page.locator('[data-ad-slot]');
  await expect(slot).toHaveAttribute('data-ad-kind', 'interest-based'); // AdPartner's tag ran
  const id = await consentId(page);
  await waitForRows(request, id, 1); // the Accept all

  await footerOptOut(page).click();
  const panel = optOutPanel(page);
  await expect(panel).toContainText('you will still see generic ads');
  await expect(panel.getByRole('link', { name: /NAI/ })).toHaveAttribute('href', 'https://optout.networkadvertising.org/');
  await expect(panel.getByRole('link', { name: /DAA/ })).toHaveAttribute('href', 'https://optout.aboutads.info/');
  // One click. The ad tag already ran on this page, so the site reloads it to stop it (reloadOnWithdrawal).
  await Promise.all([page.waitForEvent('load'), panel.getByRole('button', { name: 'Opt out of interest-based ads' }).click()]);
  await expect(slot).not.toHaveAttribute('data-ad-kind', 'interest-based');
  await expect(slot.getByRole('img')).toHaveAttribute('alt', /Caseloop Academy/); // the generic creative
  // The reloaded page opens the panel again: the visitor sees the opt-out in force, not just a reload.
  await expect(panel).toBeVisible();
  await expect(panel).toContainText('You are opted out of interest-based ads');
  await expect(panel.getByRole('button', { name: 'Allow interest-based ads' })).toBeVisible();
  await panel.getByRole('button', { name: 'Close' }).click();
  await expect(panel).toBeHidden();

  const rows = await waitForRows(request, id, 2);
  expect(rows[0]).toMatchObject({ type: 'optout', source: 'link', consentId: id, choices: { preferences: true, analytics: true, advertising: false, social: true } });
  expect(rows[0]!.url).toMatch(/\/ads\.html$/);
  // With the hash of the panel's text: the page reloads only once the opt-out is queued with it.
  expect(rows[0]!.notice).toMatch(/^[0-9a-f]{64}$/);
  // Everything is delivered (by the page that unloaded, or resent by the next one when the reload beat the
  // acknowledgement; the collector keys rows by id), and nothing else was logged: still the consent and the opt-out.
  await expect.poll(() => pendingEvents(page)).toEqual([]);
  expect(await collectorRows(request, id)).toHaveLength(2);
  const panelLoads = requested(requests, /consentkit-optout\.js/).length;
  await page.reload();
  await expect(slot).not.toHaveAttribute('data-ad-kind', 'interest-based');
  // Confirmed once, not on every reload: this page view does not even load the panel.
  await page.waitForLoadState('networkidle');
  expect(requested(requests, /consentkit-optout\.js/)).toHaveLength(panelLoads);
  await expect(page.locator('[data-consentkit-panel]')).toHaveCount(0);
  // A page view under the opt-out logs nothing new.
  await expect.poll(() => pendingEvents(page)).toEqual([]);
  expect(await collectorRows(request, id)).toHaveLength(2);
});

test('an opt-out before answering the banner is remembered, and the banner still asks', async ({ page, request }) => {
  await page.goto('/privacy.html');
  await expect(banner(page)).toBeVisible();
  await optOutFrom(inPageOptOut(page));
  await page.keyboard.press('Escape');
  await expect(inPageOptOut(page)).toBeFocused(); // focus returns to what opened the panel
  const id = await consentId(page);
  expect(await waitForRows(request, id, 1)).toMatchObject([{ type: 'optout', source: 'link', choices: { advertising: false } }]);
  await page.reload();
  await expect(banner(page)).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { ConsentKit: { isOptedOutOfInterestBasedAds(): boolean } }).ConsentKit.isOptedOutOfInterestBasedAds())).toBe(true);
});

test('Reject all in the banner is one opt-out row, with source banner', async ({ page, request }) => {
  await page.goto('/');
  await bannerButton(page, 'Reject all').click();
  await expect(banner(page)).toBeHidden();
  const id = await consentId(page);
  expect(await waitForRows(request, id, 1)).toMatchObject([{ type: 'optout', source: 'banner', method: 'reject-all' }]);
});

test('the preferences dialog opens the same opt-out: one row, with source banner', async ({ page, request }) => {
  await page.goto('/');
  await bannerButton(page, 'Settings').click();
  await preferences(page).getByRole('button', { name: 'Opt out of interest-based ads' }).click();
  await expect(preferences(page)).toBeHidden();
  await optOutOnPanel(page);
  const id = await consentId(page);
  expect(await waitForRows(request, id, 1)).toMatchObject([{ type: 'optout', source: 'banner', method: 'custom' }]);
  await expect(banner(page)).toBeVisible(); // the other categories are still unanswered
});

test('the API opts out: one row, with source api', async ({ page, request }) => {
  await page.goto('/qa.html');
  await embedReady(page);
  await page.getByRole('button', { name: 'Opt out of interest-based ads (API)' }).click();
  const id = await consentId(page);
  expect(await waitForRows(request, id, 1)).toMatchObject([{ type: 'optout', source: 'api', method: 'api' }]);
  // The QA page shows the collector's rows for this browser.
  await page.getByRole('button', { name: 'Refresh' }).click();
  await expect(page.locator('#qa-collected')).toContainText('"source": "api"');
  await expect(page.locator('#qa-optout-state')).toHaveText('opted out');
});

test('opting back in is respected and logged', async ({ page, request }) => {
  await page.goto('/ads.html');
  await optOutFrom(inPageOptOut(page));
  const panel = optOutPanel(page);
  await panel.getByRole('button', { name: 'Allow interest-based ads' }).click();
  await expect(panel.getByRole('status')).toHaveText('Interest-based ads allowed');
  await expect(page.locator('[data-ad-slot]')).toHaveAttribute('data-ad-kind', 'interest-based');
  const id = await consentId(page);
  const rows = await waitForRows(request, id, 2);
  expect(rows.map(({ type, source }) => `${type}:${source}`)).toEqual(['optin:link', 'optout:link']);
  expect(await collectorRows(request, id)).toHaveLength(2);
});
