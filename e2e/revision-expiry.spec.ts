// A new policy revision and an expired choice both ask again, showing the previous choices as they were and
// granting nothing from them until the visitor answers.
import type { Page } from '@playwright/test';
import { banner, bannerButton, choose, consentCookie, decodeConsent, embedReady, expect, pageRecord, preferences, test } from './fixtures';
import { granted } from './signals-helpers';
import { html, serve } from './test-pages';

const DAY = 86_400_000;

async function chooseAnalyticsOnly(page: Page): Promise<void> {
  await bannerButton(page, 'Settings').click();
  await preferences(page).getByRole('switch', { name: 'Analytics' }).click();
  await preferences(page).getByRole('button', { name: 'Save choices' }).click();
  await expect(preferences(page)).toBeHidden();
}

test('a new revision asks again, with the previous choices shown as they were, never upgraded silently', async ({ page, context }) => {
  await page.goto('/');
  await chooseAnalyticsOnly(page);
  await serve(page, { '/e2e/revision-2.html': html('<script src="/consentkit/consentkit.js" data-revision="2"></script>') });
  await page.goto('/e2e/revision-2.html');
  await expect(banner(page)).toBeVisible();
  expect(await granted(page)).toEqual({ preferences: false, analytics: false, advertising: false, social: false });
  expect(await page.evaluate(() => (window as unknown as { ConsentKit: { getPreviousConsent(): { revision: number } } }).ConsentKit.getPreviousConsent().revision)).toBe(1);

  await bannerButton(page, 'Settings').click();
  await expect(preferences(page).getByRole('switch', { name: 'Analytics' })).toHaveAttribute('aria-checked', 'true');
  for (const name of ['Preferences (HTML5 storage)', 'Interest-based advertising', 'Social media']) {
    await expect(preferences(page).getByRole('switch', { name })).toHaveAttribute('aria-checked', 'false');
  }
  await preferences(page).getByRole('button', { name: 'Save choices' }).click();
  await expect(preferences(page)).toBeHidden();
  const record = await decodeConsent((await consentCookie(context))!.value);
  expect(record).toMatchObject({ revision: 2, method: 'custom', choices: { analytics: true, advertising: false } });
});

test('choices expire: after expiresAfterDays the visitor is asked again, a refusal after its shorter lifetime', async ({ page, context }) => {
  const script = '<script src="/consentkit/consentkit.js" data-revision="1"></script>';
  await serve(page, {
    '/e2e/expiry.js': 'window.ConsentKitConfig = { cookie: { expiresAfterDays: 30, refusalExpiresAfterDays: 7 } };',
    '/e2e/expiry.html': html(`<script src="/e2e/expiry.js"></script>${script}`),
  });
  const now = Date.now();
  await page.clock.install({ time: now });
  await page.goto('/e2e/expiry.html');
  const refused = await choose(page, 'Reject all');
  // The browser keeps the cookie as long as the choice is valid: a refusal 7 days.
  const cookie = (await consentCookie(context))!;
  expect(cookie.expires * 1000 - now).toBeGreaterThan(6.9 * DAY);
  expect(cookie.expires * 1000 - now).toBeLessThan(7.1 * DAY);

  // Eight days on (the cookie is still there, as if the site had shortened the lifetime): asked again.
  await page.clock.setSystemTime(now + 8 * DAY);
  await page.reload();
  await embedReady(page);
  await expect(banner(page)).toBeVisible();
  expect(await pageRecord(page)).toBeNull();
  expect(refused.method).toBe('reject-all');

  // (Read from the page: its clock is eight days ahead of this test's.)
  await bannerButton(page, 'Accept all').click();
  await expect(banner(page)).toBeHidden();
  expect(await pageRecord(page)).toMatchObject({ id: refused.id, method: 'accept-all' });
  await page.clock.setSystemTime(now + 8 * DAY + 29 * DAY);
  await page.reload();
  await embedReady(page);
  await expect(banner(page)).toHaveCount(0);
  await page.clock.setSystemTime(now + 8 * DAY + 31 * DAY);
  await page.reload();
  await embedReady(page);
  await expect(banner(page)).toBeVisible();
});
