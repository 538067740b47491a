// The QA page: live record, decoded cookie, per-category controls, actions and an event log.
import type { Locator, Page } from '@playwright/test';
import { allChoices, banner, consentCookie, decodeConsent, expect, OPTIONAL_CATEGORIES, pageRecord, preferences, test, type ConsentRecord } from './fixtures';

const controls = (page: Page): Locator => page.getByRole('region', { name: 'Controls' });
const action = (page: Page, name: string): Locator => controls(page).getByRole('button', { name, exact: true });
const checkbox = (page: Page, id: string): Locator => controls(page).getByRole('checkbox', { name: id, exact: true });
const log = (page: Page): Locator => page.getByRole('list', { name: 'Events' }).getByRole('listitem');
const shown = async (page: Page, id: string): Promise<unknown> => JSON.parse((await page.locator(`#${id}`).textContent()) ?? 'null');

async function open(page: Page): Promise<void> {
  await page.goto('/qa.html');
  await expect(page.locator('#qa-status')).toContainText('no choice recorded');
}

test('starts with no record, unchecked categories and a log holding only consentkit:ready', async ({ page }) => {
  await open(page);
  expect(await shown(page, 'qa-record')).toBeNull();
  await expect(page.locator('#qa-cookie-raw')).toHaveText('(none)');
  for (const id of OPTIONAL_CATEGORIES) await expect(checkbox(page, id)).not.toBeChecked();
  await expect(log(page)).toHaveText([/consentkit:ready version=\d+\.\d+\.\d+$/]);
  await expect(banner(page)).toBeVisible();
});

test('a category checkbox sets that category through the API', async ({ page, context }) => {
  await open(page);
  await checkbox(page, 'analytics').check();
  await expect(log(page).filter({ hasText: 'consentkit:change' })).toHaveCount(1);
  await expect(log(page).filter({ hasText: 'consentkit:consent' })).toHaveCount(1);
  await expect(log(page).first().locator('time')).toHaveText(/^\d\d:\d\d:\d\d\.\d{3}$/);

  const record = (await pageRecord(page))!;
  expect(record).toMatchObject({ method: 'api', choices: { analytics: true } });
  expect(await shown(page, 'qa-record')).toEqual(record);
  const cookie = (await consentCookie(context))!;
  await expect(page.locator('#qa-cookie-raw')).toHaveText(cookie.value);
  // The server decoded the same cookie into the same record.
  await expect.poll(() => shown(page, 'qa-cookie-decoded')).toEqual(record);
  expect(await decodeConsent(cookie.value)).toEqual(record);

  await checkbox(page, 'analytics').uncheck();
  await expect(log(page).filter({ hasText: 'consentkit:change' })).toHaveCount(2);
  expect((await pageRecord(page))!.choices.analytics).toBe(false);
});

test('Accept all, Reject all and Reset drive the record, the checkboxes and the log', async ({ page, context }) => {
  await open(page);
  await action(page, 'Accept all').click();
  for (const id of OPTIONAL_CATEGORIES) await expect(checkbox(page, id)).toBeChecked();
  expect(await pageRecord(page)).toMatchObject({ method: 'accept-all', choices: allChoices(true) });
  await expect(page.locator('#qa-record')).toContainText('"accept-all"');

  await action(page, 'Reject all').click();
  for (const id of OPTIONAL_CATEGORIES) await expect(checkbox(page, id)).not.toBeChecked();
  expect(await pageRecord(page)).toMatchObject({ method: 'reject-all', choices: allChoices(false) });
  await expect.poll(async () => ((await shown(page, 'qa-cookie-decoded')) as ConsentRecord | null)?.method).toBe('reject-all');

  await action(page, 'Reset').click();
  await expect(page.locator('#qa-record')).toHaveText('null');
  await expect(page.locator('#qa-cookie-raw')).toHaveText('(none)');
  await expect.poll(() => shown(page, 'qa-cookie-decoded')).toBeNull();
  expect(await consentCookie(context)).toBeUndefined();
  for (const id of OPTIONAL_CATEGORIES) await expect(checkbox(page, id)).not.toBeChecked();
  await expect(log(page).filter({ hasText: 'consentkit:change' }).last()).toContainText('record=null');
  // consent (first choice) + change, change, change (reset)
  await expect(log(page).filter({ hasText: /consentkit:(consent|change) / })).toHaveCount(4);
  // Reject all is an opt-out of interest-based ads: its own event, and the log's record of it for the collector,
  // made through the API (the banner's own button says banner: see below).
  await expect(log(page).filter({ hasText: 'consentkit:optout' })).toHaveText([/method=reject-all source=api$/]);
  await expect(log(page).filter({ hasText: /consentkit:logged optout source=api id=/ })).toHaveCount(1);

  // After a reset the visitor is asked again.
  await page.reload();
  await expect(banner(page)).toBeVisible();
});

test('Open settings opens the preferences dialog', async ({ page }) => {
  await open(page);
  await action(page, 'Open settings').click();
  await expect(preferences(page)).toBeVisible();
});

test('a choice made in the banner shows up live', async ({ page }) => {
  await open(page);
  await banner(page).getByRole('button', { name: 'Reject all', exact: true }).click();
  await expect(page.locator('#qa-record')).toContainText('"reject-all"');
  await expect(log(page).filter({ hasText: /consentkit:(consent|change) method=reject-all/ })).toHaveCount(2);
  await expect(log(page).filter({ hasText: 'consentkit:optout' })).toHaveText([/method=reject-all source=banner$/]);
  // Delivered to the collector: the log shows the acknowledgement too.
  await expect(log(page).filter({ hasText: /consentkit:delivered optout source=banner id=/ })).toHaveCount(1);
});

test('services have their own boxes, and the ads line says what the ad partner may do', async ({ page }) => {
  await open(page);
  await checkbox(page, 'advertising:adpartner').check();
  expect((await pageRecord(page))!.choices).toMatchObject({ advertising: false, 'advertising:adpartner': true });
  await expect(checkbox(page, 'advertising')).not.toBeChecked();
  // A service allowed on its own is no opt-out, and gets interest-based ads.
  await expect(page.locator('#qa-optout-state')).toHaveText('not allowed; AdPartner allowed');

  await action(page, 'Accept all').click();
  await expect(checkbox(page, 'advertising:adpartner')).toBeChecked();
  await checkbox(page, 'advertising:adpartner').uncheck();
  await expect(checkbox(page, 'advertising')).toBeChecked();
  await expect(page.locator('#qa-optout-state')).toHaveText('allowed; AdPartner not allowed');
});

test("the collector's rows stay in view after a reset, its own event included", async ({ page }) => {
  await open(page);
  await action(page, 'Accept all').click();
  const { id } = (await pageRecord(page))!;
  await expect(page.locator('#qa-collected')).toContainText('"type": "consent"');
  await action(page, 'Reset').click();
  await expect(page.locator('#qa-collected-id')).toHaveText(id);
  await expect(page.locator('#qa-collected')).toContainText('"type": "reset"');
  await expect(page.locator('#qa-collected')).toContainText('"type": "consent"');
});

test('a ?region= that is not a region code is ignored, and the page says so', async ({ page }) => {
  await page.goto(`/qa.html?region=US-${'X'.repeat(70)}`);
  await expect(page.locator('#qa-jurisdiction')).toHaveText(/^Jurisdiction: opt-in \(no region given\); \?region=US-X+ ignored/);
  // The site's config is still in force (an invalid one would log an error, which fails any test here).
  await expect(page.locator('#qa-status')).toContainText('no choice recorded');
});
