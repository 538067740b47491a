// The npm example (/app/) bundles the engine and the banner itself and behaves like the script tag.
import { allChoices, banner, choose, expect, preferences, requested, storageKeys, test, UI_BUNDLE } from './fixtures';
import { saveSettings, stored } from './enforcement';

test('/app/ asks, records a refusal, and remembers it', async ({ page, context, requests }) => {
  await page.goto('/app/');
  await expect(banner(page)).toBeVisible();
  expect(await context.cookies()).toEqual([]);
  expect(await storageKeys(page)).toEqual({ local: [], session: [] });
  const status = page.locator('#consent-status');
  await expect(status).toHaveText(/No choice yet/);
  // Everything comes from the app's own bundle: the script-tag files are never requested.
  expect(requested(requests, /^\/consentkit\//)).toEqual([]);

  const record = await choose(page, 'Reject all');
  expect(record).toMatchObject({ method: 'reject-all', choices: allChoices(false), revision: 1 });
  await expect(status).toHaveText('Granted: necessary');

  await page.reload();
  await expect(status).toHaveText('Granted: necessary');
  await expect(banner(page)).toBeHidden();
});

test('/app/ Accept all updates the status line', async ({ page }) => {
  await page.goto('/app/');
  const record = await choose(page, 'Accept all');
  expect(record).toMatchObject({ method: 'accept-all', choices: allChoices(true) });
  await expect(page.locator('#consent-status')).toHaveText('Granted: necessary, preferences, analytics, advertising, social');
});

test('/app/ Cookie settings reopens the dialog', async ({ page }) => {
  await page.goto('/app/');
  await choose(page, 'Reject all');
  await page.getByRole('contentinfo').getByRole('button', { name: 'Cookie settings' }).click();
  await expect(preferences(page)).toBeVisible();
});

test('a choice made in the npm app is honoured by the script-tag pages', async ({ page, requests }) => {
  await page.goto('/app/');
  await choose(page, 'Accept all');
  const before = requests.length;
  await page.goto('/');
  await page.waitForLoadState('networkidle');
  expect(await page.evaluate(() => (window as unknown as { ConsentKit: { getConsent(): { method: string } | null } }).ConsentKit.getConsent()?.method)).toBe('accept-all');
  await expect(banner(page)).toHaveCount(0);
  expect(requested(requests.slice(before), UI_BUNDLE)).toEqual([]);
});

test("a withdrawal made in the npm app deletes what the site's script-tag pages stored for it", async ({ page }) => {
  await page.goto('/');
  await choose(page, 'Accept all');
  await expect(page.locator('html')).toHaveAttribute('data-analytics', 'recorded');
  await expect.poll(() => stored(page)).toMatchObject({
    cookies: expect.arrayContaining(['_cla_id', '_cla_ses']),
    local: expect.arrayContaining(['cla_pageviews']),
    indexedDB: expect.arrayContaining(['caseloop-analytics']),
  });
  await page.goto('/app/');
  await saveSettings(page, { analytics: false });
  const after = await stored(page);
  expect(after.cookies).not.toContain('_cla_id');
  expect(after.cookies).not.toContain('_cla_ses');
  expect(after.local).not.toContain('cla_pageviews');
  expect(after.indexedDB).not.toContain('caseloop-analytics');
});
