// Analytics: the site's own analytics script runs only with consent, sets first-party cookies, records page views
// in localStorage and queues hits in IndexedDB; withdrawing deletes all of it at once, without a reload.
import { choose, expect, requested, test } from './fixtures';
import { isSameDocument, markDocument, ONLY_THE_RECORD, saveSettings, settled, stored, toProviders } from './enforcement';

test('granting analytics runs the script; withdrawing deletes its cookies, storage and database without a reload', async ({ page, requests }) => {
  await page.goto('/');
  await choose(page, 'Reject all');
  await saveSettings(page, { analytics: true });
  // Activated at once, in this page view: no reload needed.
  await expect(page.locator('html')).toHaveAttribute('data-analytics', 'recorded');
  expect(requested(requests, /\/analytics\.js$/)).toHaveLength(1);
  expect(await stored(page)).toEqual({ cookies: ['_cla_id', '_cla_ses', 'ck_consent'], local: ['cla_pageviews'], session: [], indexedDB: ['caseloop-analytics'] });

  // Every page runs it now, and the page views add up.
  await page.goto('/privacy.html');
  await expect(page.locator('html')).toHaveAttribute('data-analytics', 'recorded');
  expect(JSON.parse((await page.evaluate(() => localStorage.getItem('cla_pageviews')))!)).toHaveLength(2);
  expect(toProviders(requests)).toEqual([]); // first-party analytics: nothing goes to a third party

  await markDocument(page);
  await saveSettings(page, { analytics: false });
  await expect.poll(() => stored(page)).toEqual(ONLY_THE_RECORD);
  expect(await isSameDocument(page)).toBe(true);

  const before = requests.length;
  await page.reload();
  await settled(page);
  expect(requested(requests.slice(before), /\/analytics\.js$/)).toEqual([]);
  expect(await stored(page)).toEqual(ONLY_THE_RECORD);
});

test('cookies left behind are deleted on the next page view of a visitor who said no', async ({ page, context }) => {
  await page.goto('/');
  await choose(page, 'Reject all');
  // As if an unguarded tag (or an older visit) had set them.
  await context.addCookies([
    { name: '_cla_id', value: 'x', domain: '127.0.0.1', path: '/' },
    { name: '_cla_ses', value: 'x', domain: '127.0.0.1', path: '/privacy.html' },
    { name: 'unrelated', value: 'x', domain: '127.0.0.1', path: '/' },
  ]);
  await page.evaluate(() => localStorage.setItem('cla_pageviews', '[]'));
  await page.goto('/privacy.html');
  await settled(page);
  expect(await stored(page)).toEqual({ cookies: ['ck_consent', 'unrelated'], local: [], session: [], indexedDB: [] });
});
