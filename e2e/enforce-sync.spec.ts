// A choice made in one tab is enforced in the site's other open tabs: their instance takes the new record (a
// `change` event with external: true), loads what is now granted and removes what is now denied, with no reload
// unless a script that ran must be stopped (reloadOnWithdrawal).
import type { Page, Request } from '@playwright/test';
import { banner, bannerButton, domEvents, embedReady, expect, pageRecord, recordDomEvents, test } from './fixtures';
import { isSameDocument, markDocument, placeholders, saveSettings, toProviders } from './enforcement';
import { consentId, waitForRows } from './optout-helpers';

const likeFrame = (page: Page) => page.frameLocator('iframe[title="Like Caseloop on Chirp"]');
const from = (page: Page, requests: readonly Request[]) => requests.filter((request) => request.frame().page() === page);

async function open(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await embedReady(page);
  await recordDomEvents(page);
  await markDocument(page);
}

for (const transport of ['BroadcastChannel', 'the storage event'] as const) {
  test(`a choice in one tab is enforced in the other, through ${transport}`, async ({ context, requests }) => {
    if (transport === 'the storage event') {
      // Browsers without BroadcastChannel (Safari before 15.4) sync through localStorage's storage event.
      await context.addInitScript(() => delete (window as { BroadcastChannel?: unknown }).BroadcastChannel);
    }
    const first = await context.newPage();
    const second = await context.newPage();
    await open(first, '/');
    await open(second, '/social.html');
    await expect(placeholders(second)).toHaveCount(3);
    if (transport === 'the storage event') expect(await first.evaluate(() => typeof BroadcastChannel)).toBe('undefined');

    await bannerButton(first, 'Accept all').click();
    // The other tab: banner gone, widgets and analytics loaded, same record, no reload.
    await expect(likeFrame(second).getByRole('button', { name: /Like/ })).toBeVisible();
    await expect(placeholders(second)).toHaveCount(0);
    await expect(banner(second)).toBeHidden();
    await expect(second.locator('html')).toHaveAttribute('data-analytics', 'recorded');
    expect(await pageRecord(second)).toEqual(await pageRecord(first));
    // Its first choice (consent), from another tab (change, external).
    expect((await domEvents(second)).map(({ type, detail }) => `${type}:${detail.external}`)).toEqual(['consentkit:consent:undefined', 'consentkit:change:true']);
    expect(from(second, requests).some((request) => request.url().endsWith('/analytics.js'))).toBe(true);
    expect(await isSameDocument(second)).toBe(true);

    // And back: withdrawing in the second tab puts the first one's page right too.
    await first.goto('/social.html');
    await embedReady(first);
    await recordDomEvents(first);
    await markDocument(first);
    await expect(likeFrame(first).getByRole('button', { name: /Like/ })).toBeVisible();
    const before = requests.length;
    await saveSettings(second, { social: false });
    await expect(placeholders(first)).toHaveCount(3);
    expect(await first.locator('iframe[data-consent]').evaluateAll((frames) => frames.map((frame) => frame.getAttribute('src')))).toEqual([null, null]);
    expect((await domEvents(first)).map(({ type, detail }) => `${type}:${detail.external}:${detail.changed?.join(',')}`)).toEqual([
      'consentkit:change:true:social,social:chirp',
    ]);
    expect(await isSameDocument(first)).toBe(true);
    expect(toProviders(requests.slice(before))).toEqual([]);
    expect((await pageRecord(first))?.choices.social).toBe(false);
  });
}

test("an opt-out in one tab reloads the other tab whose ad tag ran (reloadOnWithdrawal), logged once, by the tab it was made in", async ({ context, request }) => {
  const first = await context.newPage();
  const second = await context.newPage();
  await open(first, '/ads.html');
  await bannerButton(first, 'Accept all').click();
  await open(second, '/ads.html');
  await expect(second.locator('[data-ad-slot]')).toHaveAttribute('data-ad-kind', 'interest-based');
  const id = await consentId(first);

  await Promise.all([
    second.waitForEvent('load'),
    first.waitForEvent('load'),
    first.evaluate(() => (window as unknown as { ConsentKit: { optOutOfInterestBasedAds(o: object): void } }).ConsentKit.optOutOfInterestBasedAds({ source: 'api' })),
  ]);
  await expect(second.locator('[data-ad-slot]')).not.toHaveAttribute('data-ad-kind', 'interest-based');
  expect(await isSameDocument(second)).toBe(false);
  const rows = await waitForRows(request, id, 2);
  expect(rows.map(({ type, source }) => `${type}:${source}`).sort()).toEqual(['consent:banner', 'optout:api']);
});
