// The QA page shows, live, what the browser stores for the site and what reached the fake third parties.
import type { Page } from '@playwright/test';
import { choose, expect, test } from './fixtures';
import { placeholder } from './enforcement';

const list = (page: Page, name: string) => page.getByRole('list', { name, exact: true }).getByRole('listitem');
const checkbox = (page: Page, id: string) => page.getByRole('region', { name: 'Controls' }).getByRole('checkbox', { name: id, exact: true });

test('lists cookies, storage keys and databases as they come and go', async ({ page }) => {
  await page.goto('/qa.html');
  await expect(list(page, 'Cookies')).toHaveText(['(none)']);
  await expect(list(page, 'localStorage keys')).toHaveText(['(none)']);
  await checkbox(page, 'analytics').check();
  await expect(list(page, 'Cookies')).toHaveText([/^_cla_id=/, /^_cla_ses=/, /^ck_consent=/]);
  await expect(list(page, 'localStorage keys')).toHaveText(['cla_pageviews']);
  await expect(list(page, 'IndexedDB databases')).toHaveText(['caseloop-analytics']);
  await checkbox(page, 'analytics').uncheck();
  await expect(list(page, 'Cookies')).toHaveText([/^ck_consent=/]);
  await expect(list(page, 'localStorage keys')).toHaveText(['(none)']);
  await expect(list(page, 'IndexedDB databases')).toHaveText(['(none)']);
});

test('lists the requests the fake third parties received, with the cookies they carried', async ({ page, baseURL }) => {
  await page.goto('/social.html');
  await choose(page, 'Reject all');
  await placeholder(page, 'Like Caseloop on Chirp').getByRole('button', { name: 'Load once' }).click();
  await expect(page.frameLocator('iframe[title="Like Caseloop on Chirp"]').getByRole('button', { name: /Like/ })).toBeVisible();
  await page.goto('/qa.html');
  // Other tests share the server: look for this visit's request, not for a count.
  const request = list(page, 'Third-party requests').filter({ hasText: '/chirp/like?url=%2Fsocial.html' }).first();
  await expect(request).toContainText('GET http://127.0.0.2:');
  // The event log's clock (local time, to the millisecond), so the two read side by side in any time zone.
  await expect(request).toHaveText(/^\d\d:\d\d:\d\d\.\d{3} GET /);

  // Clear hides what came so far (the server keeps one log for every browser, and tests running alongside add to
  // it): this visit's request goes, and the next one shows.
  const seen = (await request.textContent())!;
  await page.getByRole('button', { name: 'Clear (hide the requests so far)' }).click();
  await expect(list(page, 'Third-party requests').filter({ hasText: seen })).toHaveCount(0);
  // A request of this test's own, made from this page (no navigation, which would forget the Clear).
  const mark = `clear-check-${Date.now()}`;
  await page.evaluate((url) => fetch(url, { mode: 'no-cors' }), `${baseURL!.replace('127.0.0.1', '127.0.0.2')}/chirp/like?url=${mark}`);
  await expect(list(page, 'Third-party requests').filter({ hasText: mark })).toHaveCount(1);
  await expect(list(page, 'Third-party requests').filter({ hasText: seen })).toHaveCount(0);
});
