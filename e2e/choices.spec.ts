// The visitor's choice, from the banner and from the settings dialog, ends up in the cookie and in events.
import {
  allChoices,
  banner,
  bannerButton,
  categorySwitch,
  choose,
  consentCookie,
  domEvents,
  embedReady,
  expect,
  OPTIONAL_CATEGORIES,
  pageRecord,
  preferences,
  recordDomEvents,
  storageKeys,
  test,
} from './fixtures';
import { pendingEvents } from './optout-helpers';

test('Reject all stores a refusal of every optional category', async ({ page, context }) => {
  await page.goto('/');
  await embedReady(page);
  await recordDomEvents(page);
  const record = await choose(page, 'Reject all');
  expect(record.choices).toEqual(allChoices(false));
  expect(record.method).toBe('reject-all');
  expect(record.revision).toBe(1);
  expect(await pageRecord(page)).toEqual(record);

  const cookies = await context.cookies();
  expect(cookies.map((cookie) => cookie.name)).toEqual(['ck_consent']);
  expect(cookies[0]).toMatchObject({ path: '/', sameSite: 'Lax', httpOnly: false });
  // Reject all is an opt-out, logged through an outbox in localStorage until the collector acknowledges it;
  // once delivered, nothing at all is left in web storage.
  await expect.poll(() => pendingEvents(page)).toEqual([]);
  expect(await storageKeys(page)).toEqual({ local: [], session: [] });

  const events = await domEvents(page);
  expect(events.map((event) => event.type).sort()).toEqual(['consentkit:change', 'consentkit:consent']);
  for (const event of events) expect(event.detail.record).toEqual(record);
});

test('Accept all grants every optional category', async ({ page }) => {
  await page.goto('/');
  const record = await choose(page, 'Accept all');
  expect(record.choices).toEqual(allChoices(true));
  expect(record.method).toBe('accept-all');
  expect(await pageRecord(page)).toEqual(record);
});

test('Settings opens the dialog with nothing pre-ticked', async ({ page, context }) => {
  await page.goto('/');
  await bannerButton(page, 'Settings').click();
  const dialog = preferences(page);
  await expect(dialog).toBeVisible();
  await expect(dialog.getByText('Always on', { exact: true })).toBeVisible();
  for (const category of OPTIONAL_CATEGORIES) {
    await expect(categorySwitch(page, category)).toHaveAttribute('aria-checked', 'false');
  }
  for (const name of ['Save choices', 'Accept all', 'Reject all']) {
    await expect(dialog.getByRole('button', { name, exact: true })).toBeVisible();
  }
  expect(await consentCookie(context)).toBeUndefined();
});

test('choices saved from the dialog are stored as custom', async ({ page }) => {
  await page.goto('/');
  await bannerButton(page, 'Settings').click();
  await categorySwitch(page, 'analytics').click();
  await expect(categorySwitch(page, 'analytics')).toHaveAttribute('aria-checked', 'true');
  await preferences(page).getByRole('button', { name: 'Save choices' }).click();
  await expect(preferences(page)).toBeHidden();
  await expect(banner(page)).toBeHidden();
  const record = await pageRecord(page);
  expect(record?.method).toBe('custom');
  expect(record?.choices).toEqual({ ...allChoices(false), analytics: true });
});

test('the footer "Cookie settings" link reopens the choice and a saved change fires consentkit:change', async ({ page }) => {
  await page.goto('/');
  const first = await choose(page, 'Reject all');
  await recordDomEvents(page);

  await page.getByRole('contentinfo').getByRole('button', { name: 'Cookie settings' }).click();
  const dialog = preferences(page);
  await expect(dialog).toBeVisible();
  await expect(categorySwitch(page, 'advertising')).toHaveAttribute('aria-checked', 'false');
  await categorySwitch(page, 'advertising').click();
  await dialog.getByRole('button', { name: 'Save choices' }).click();
  await expect(dialog).toBeHidden();

  const record = await pageRecord(page);
  expect(record).toMatchObject({ id: first.id, createdAt: first.createdAt, method: 'custom' });
  expect(record!.choices).toEqual({ ...allChoices(false), advertising: true });

  // A change after the first choice is a `change`, not a new `consent`.
  const events = await domEvents(page);
  expect(events.map((event) => event.type)).toEqual(['consentkit:change']);
  expect(events[0]!.detail.record).toEqual(record);
  expect(events[0]!.detail.previous).toEqual(first);
  expect(events[0]!.detail.changed).toContain('advertising');
  expect(events[0]!.detail.external).toBe(false);
});

test('withdrawing is as easy as granting: Reject all in the dialog undoes Accept all', async ({ page }) => {
  await page.goto('/privacy.html');
  await choose(page, 'Accept all');
  await page.getByRole('contentinfo').getByRole('button', { name: 'Cookie settings' }).click();
  for (const category of OPTIONAL_CATEGORIES) {
    await expect(categorySwitch(page, category)).toHaveAttribute('aria-checked', 'true');
  }
  await preferences(page).getByRole('button', { name: 'Reject all', exact: true }).click();
  await expect(preferences(page)).toBeHidden();
  const record = await pageRecord(page);
  expect(record).toMatchObject({ method: 'reject-all', choices: allChoices(false) });
});
