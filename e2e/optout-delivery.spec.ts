// The event log survives what the network does: a failing or unreachable collector, going offline, a tab closed
// right after the click, two tabs at once. Every case ends with exactly one row per event in the collector.
import { embedReady, expect, test } from './fixtures';
import {
  NETWORK_ERRORS,
  acknowledgedSends,
  breakCollector,
  collectorRows,
  consentId,
  inPageOptOut,
  optOutFrom,
  optOutPanel,
  pendingEvents,
  waitForRows,
} from './optout-helpers';

// An array value goes in a [value, options] pair: Playwright reads [a, b, ...] as one.
test.use({ allowedConsoleErrors: [NETWORK_ERRORS, { scope: 'test' }] });

const optOutByApi = (page: import('@playwright/test').Page) =>
  page.evaluate(() => (window as unknown as { ConsentKit: { optOutOfInterestBasedAds(o: object): void } }).ConsentKit.optOutOfInterestBasedAds({ source: 'api' }));

for (const how of ['error', 'unreachable'] as const) {
  test(`a collector that is ${how === 'error' ? 'answering 500' : 'unreachable'}: the event survives a reload and arrives once when it is back`, async ({ page, context, request }) => {
    const sends = acknowledgedSends(context);
    const restore = await breakCollector(context, how);
    // The unload beacon is not routed through Playwright: without this, a reload's beacon would reach the
    // collector and this test would not see the retries do the work.
    await context.addInitScript(() => Object.defineProperty(Navigator.prototype, 'sendBeacon', { value: () => false }));
    await page.goto('/ads.html');
    await optOutFrom(inPageOptOut(page));
    const id = await consentId(page);
    const [event] = await pendingEvents(page);
    expect(event).toMatchObject({ type: 'optout', source: 'link' });
    // Tried and failed at least once: still queued, nothing stored.
    await expect.poll(() => page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('ck_ev:')))).toEqual([`ck_ev:${event!.id}`]);
    await page.reload();
    await embedReady(page);
    expect((await pendingEvents(page)).map(({ id: eventId }) => eventId)).toEqual([event!.id]);
    expect(await collectorRows(request, id)).toEqual([]);

    await restore();
    await page.reload();
    const rows = await waitForRows(request, id, 1);
    expect(rows[0]!.id).toBe(event!.id);
    await expect.poll(() => pendingEvents(page)).toEqual([]);
    expect(sends().filter((sent) => sent === event!.id)).toHaveLength(1);
  });
}

test('offline, then online: delivered once', async ({ page, context, request }) => {
  const sends = acknowledgedSends(context);
  await page.goto('/ads.html');
  await embedReady(page);
  await context.setOffline(true);
  await optOutByApi(page);
  const id = await consentId(page);
  const [event] = await pendingEvents(page);
  await context.setOffline(false);
  const rows = await waitForRows(request, id, 1);
  expect(rows[0]).toMatchObject({ id: event!.id, type: 'optout', source: 'api' });
  await expect.poll(() => pendingEvents(page)).toEqual([]);
  expect(sends().filter((sent) => sent === event!.id)).toHaveLength(1);
});

test('the tab closed right after the click: delivered by the beacon or on the next visit, once', async ({ context, request }) => {
  const page = await context.newPage();
  await page.goto('/ads.html');
  await inPageOptOut(page).click();
  await optOutPanel(page).getByRole('button', { name: 'Opt out of interest-based ads' }).click();
  const id = await consentId(page);
  await page.close({ runBeforeUnload: true });

  const next = await context.newPage();
  await next.goto('/');
  const rows = await waitForRows(request, id, 1);
  expect(rows[0]).toMatchObject({ type: 'optout', source: 'link' });
  await expect.poll(() => pendingEvents(next)).toEqual([]);
  expect(await collectorRows(request, id)).toHaveLength(1);
});

test('two tabs coming back online together send each event once', async ({ context, request }) => {
  const sends = acknowledgedSends(context);
  const [tabA, tabB] = [await context.newPage(), await context.newPage()];
  await tabA.goto('/qa.html');
  await tabB.goto('/ads.html');
  await Promise.all([embedReady(tabA), embedReady(tabB)]);
  await context.setOffline(true);
  await optOutByApi(tabA);
  await expect.poll(() => pendingEvents(tabB)).toHaveLength(1);
  await tabB.evaluate(() => (window as unknown as { ConsentKit: { setConsent(c: object): void } }).ConsentKit.setConsent({ analytics: true }));
  const events = await pendingEvents(tabB);
  expect(events).toHaveLength(2); // both tabs' events, in the storage they share
  await context.setOffline(false); // both tabs hear `online` and flush at once

  // Each tab read the cookie before the other wrote it, so the two events belong to two consent records.
  const ids = [...new Set(events.map(({ consentId: record }) => record))];
  const rows = (await Promise.all(ids.map((id) => waitForRows(request, id, events.filter((event) => event.consentId === id).length)))).flat();
  expect(rows.map(({ id: eventId }) => eventId).sort()).toEqual(events.map(({ id: eventId }) => eventId).sort());
  await expect.poll(() => Promise.all([pendingEvents(tabA), pendingEvents(tabB)])).toEqual([[], []]);
  for (const event of events) expect(sends().filter((sent) => sent === event.id), event.id).toHaveLength(1);
});
