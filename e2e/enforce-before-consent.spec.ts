// Before any choice, and after Reject all, nothing optional runs or is stored, on any page: no request reaches the
// fake third parties, no cookie but the consent record, no web storage key, no IndexedDB database.
import { banner, choose, expect, requested, test } from './fixtures';
import { NOTHING_STORED, ONLY_THE_RECORD, settled, stored, toProviders } from './enforcement';

for (const path of ['/', '/social.html', '/ads.html', '/privacy.html', '/qa.html', '/app/']) {
  test(`${path}: nothing optional before a choice or after Reject all`, async ({ page, requests }) => {
    await page.goto(path);
    await expect(banner(page)).toBeVisible();
    await settled(page);
    expect(toProviders(requests), 'requests to third parties before a choice').toEqual([]);
    expect(requested(requests, /\/analytics\.js$/)).toEqual([]);
    expect(await stored(page)).toEqual(NOTHING_STORED);

    await choose(page, 'Reject all');
    await settled(page);
    expect(await stored(page)).toEqual(ONLY_THE_RECORD);

    await page.reload();
    await settled(page);
    expect(toProviders(requests), 'requests to third parties after Reject all').toEqual([]);
    expect(requested(requests, /\/analytics\.js$/)).toEqual([]);
    expect(await stored(page)).toEqual(ONLY_THE_RECORD);
  });
}
