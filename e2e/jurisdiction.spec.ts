// Jurisdictions on the QA page (?region= goes to ConsentKit with the site's rule: US states opt out, the rest opt
// in). Opt-out runs the optional categories without a choice and shows a notice with "Opt out of interest-based
// ads" instead of the banner; GPC still opts the visitor out of interest-based ads.
import type { Locator, Page } from '@playwright/test';
import { banner, consentCookie, decodeConsent, embedReady, expect, pageRecord, requested, test, ui } from './fixtures';
import { dataLayer, DENIED, GRANTED, granted, injectGpc } from './signals-helpers';

const notice = (page: Page): Locator =>
  ui(page).getByRole('region', { name: 'Your privacy choices' }).filter({ has: page.getByRole('button', { name: 'OK', exact: true }) });
const ALL = { preferences: true, analytics: true, advertising: true, social: true };

test('opt-out (US-CA): everything optional runs without a choice, under a notice instead of the banner', async ({ page, context }) => {
  await page.goto('/qa.html?region=US-CA');
  await expect(notice(page)).toBeVisible();
  await expect(notice(page).getByRole('button')).toHaveText(['Opt out of interest-based ads', 'OK', 'Settings']);
  await expect(notice(page)).toContainText('you will still see generic ads');
  // Not the opt-in banner: nothing to accept, as it already runs.
  await expect(ui(page).getByRole('button', { name: 'Accept all' })).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { ConsentKit: { jurisdiction: string } }).ConsentKit.jurisdiction)).toBe('opt-out');
  expect(await granted(page)).toEqual(ALL);
  expect(await pageRecord(page)).toBeNull();
  // The site's analytics (a data-consent="analytics" script) ran without a choice and set its cookies; ConsentKit
  // itself stores nothing before the visitor acts; the Google tags hear that analytics runs.
  await expect.poll(async () => (await context.cookies()).map((cookie) => cookie.name).sort()).toEqual(['_cla_id', '_cla_ses']);
  expect(await consentCookie(context)).toBeUndefined();
  expect((await dataLayer(page)).slice(0, 2)).toEqual([
    { gtag: ['consent', 'default', { ...DENIED, wait_for_update: 500 }] },
    { gtag: ['consent', 'update', GRANTED] },
  ]);
  await expect(page.locator('#qa-jurisdiction')).toHaveText('Jurisdiction: opt-out (region US-CA)');
});

test('opt-out: one click opts out of interest-based ads, keeps the rest, and is remembered', async ({ page, context }) => {
  await page.goto('/qa.html?region=US-CA');
  await notice(page).getByRole('button', { name: 'Opt out of interest-based ads' }).click();
  await expect(notice(page)).toBeHidden();
  expect(await granted(page)).toEqual({ ...ALL, advertising: false });
  const record = await decodeConsent((await consentCookie(context))!.value);
  expect(record).toMatchObject({ method: 'custom', jurisdiction: 'opt-out', choices: { ...ALL, advertising: false } });
  expect((await dataLayer(page)).slice(-2)[0]).toEqual({ gtag: ['consent', 'update', { ...GRANTED, ad_storage: 'denied', ad_user_data: 'denied', ad_personalization: 'denied' }] });

  await page.reload();
  await embedReady(page);
  await page.waitForLoadState('networkidle');
  await expect(notice(page)).toHaveCount(0);
  expect(await granted(page)).toEqual({ ...ALL, advertising: false });
});

test('opt-out: OK keeps what runs, recorded as seen, and the notice does not come back', async ({ page }) => {
  await page.goto('/qa.html?region=US-VA');
  await notice(page).getByRole('button', { name: 'OK', exact: true }).click();
  await expect(notice(page)).toBeHidden();
  expect(await pageRecord(page)).toMatchObject({ method: 'notice', jurisdiction: 'opt-out', choices: ALL });
  await page.reload();
  await embedReady(page);
  await page.waitForLoadState('networkidle');
  await expect(notice(page)).toHaveCount(0);
});

test('opt-out still honors GPC: advertising is denied before any choice, and the notice says so', async ({ page }) => {
  await injectGpc(page);
  await page.goto('/qa.html?region=US-CA');
  await expect(notice(page)).toContainText('Opt-out request honored');
  await expect(notice(page).getByRole('button')).toHaveText(['OK', 'Settings']);
  expect(await granted(page)).toEqual({ ...ALL, advertising: false });
  // The notice says it; the opt-out panel's separate GPC notice (the opt-in pages' way) does not repeat it.
  await page.waitForLoadState('networkidle');
  await expect(page.locator('[data-consentkit-panel]')).toHaveCount(0);
  expect((await dataLayer(page))[1]).toEqual({ gtag: ['consent', 'update', { ...GRANTED, ad_storage: 'denied', ad_user_data: 'denied', ad_personalization: 'denied' }] });
});

test('opt-out, a visitor who answered the notice and then turns GPC on: opted out, and the panel says so', async ({ page }) => {
  await page.goto('/qa.html?region=US-VA');
  await notice(page).getByRole('button', { name: 'OK', exact: true }).click();
  await expect(notice(page)).toBeHidden();
  await injectGpc(page);
  await page.reload();
  await embedReady(page);
  // No notice comes back for an answered visitor, so the opt-out panel's own notice is the one that tells them.
  const honored = page.locator('[data-consentkit-panel]').getByRole('region', { name: 'Opt-out request honored' });
  await expect(honored).toBeVisible();
  await expect(notice(page)).toHaveCount(0);
  expect(await granted(page)).toEqual({ ...ALL, advertising: false });
});

test('opt-in (DE, or no region): the banner asks and nothing optional runs', async ({ page, context, requests }) => {
  for (const path of ['/qa.html?region=DE', '/qa.html']) {
    await page.goto(path);
    await expect(banner(page)).toBeVisible();
    expect(await granted(page)).toEqual({ preferences: false, analytics: false, advertising: false, social: false });
  }
  await page.waitForLoadState('networkidle');
  expect(requested(requests, /\/analytics\.js$/)).toEqual([]);
  expect(await context.cookies()).toEqual([]);
});

test('a choice made under opt-out is not consent where opt-in applies: the banner asks again', async ({ page }) => {
  await page.goto('/qa.html?region=US-CA');
  await notice(page).getByRole('button', { name: 'OK', exact: true }).click();
  await expect(notice(page)).toBeHidden();
  await page.goto('/qa.html?region=DE');
  await expect(banner(page)).toBeVisible();
  expect(await granted(page)).toEqual({ preferences: false, analytics: false, advertising: false, social: false });
  expect(await pageRecord(page)).toBeNull();
});
