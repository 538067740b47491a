// The opt-out's event log in hostile browsers (what optout-delivery.spec.ts leaves out): web storage that throws
// or is full, no sendBeacon at all, and `ck_ev:` keys that hold someone else's garbage. The event is delivered
// while the page lives, once; nothing but a valid event is ever sent.
import { embedReady, expect, test } from './fixtures';
import { COLLECTOR, NETWORK_ERRORS, acknowledgedSends, breakCollector, collectorRows, consentId, inPageOptOut, optOutFrom, pendingEvents, waitForRows } from './optout-helpers';

test.use({ allowedConsoleErrors: [NETWORK_ERRORS, { scope: 'test' }] });

const BREAK_STORAGE = {
  'localStorage that throws on access (blocked site data)': () =>
    Object.defineProperty(window, 'localStorage', { configurable: true, get: () => { throw new DOMException('The operation is insecure.', 'SecurityError'); } }),
  'localStorage that is full': () => {
    Storage.prototype.setItem = () => { throw new DOMException('The quota has been exceeded.', 'QuotaExceededError'); };
  },
};

for (const [name, breakStorage] of Object.entries(BREAK_STORAGE)) {
  test(`${name}, no sendBeacon, a failing collector: the opt-out is delivered from memory while the page lives, once`, async ({ page, context, request }) => {
    const sends = acknowledgedSends(context);
    await context.addInitScript(breakStorage);
    await context.addInitScript(() => delete (Navigator.prototype as unknown as Record<string, unknown>).sendBeacon);
    const restore = await breakCollector(context, 'error');
    await page.goto('/ads.html');
    await optOutFrom(inPageOptOut(page));
    const id = await consentId(page);
    const [event] = await pendingEvents(page);
    expect(event).toMatchObject({ type: 'optout', source: 'link' });
    expect(await page.evaluate(() => typeof navigator.sendBeacon)).toBe('undefined');
    // Held in memory only: nothing under ck_ev (blocked or full), nothing at the collector yet.
    expect(await page.evaluate(() => { try { return Object.keys(localStorage).filter((key) => key.startsWith('ck_ev:')); } catch { return []; } })).toEqual([]);
    expect(await collectorRows(request, id)).toEqual([]);

    await restore(); // the retry with backoff delivers it, no reload, no new event
    const rows = await waitForRows(request, id, 1);
    expect(rows[0]!.id).toBe(event!.id);
    await expect.poll(() => pendingEvents(page)).toEqual([]);
    expect(sends().filter((sent) => sent === event!.id)).toHaveLength(1);
  });
}

test('ck_ev keys holding garbage, an edited event and prototype-pollution keys: no error, only the valid event is sent', async ({ page, context, request }) => {
  const valid = {
    id: 'EarlierVisit_0000000001',
    type: 'optout',
    consentId: 'EarlierRecord_000000001',
    at: '2026-11-26T10:00:00.000Z',
    revision: 1,
    source: 'link',
    method: 'custom',
    choices: { advertising: false },
    url: 'http://127.0.0.1/ads.html',
    dnt: null,
    gpc: null,
    sdkVersion: '0.1.0',
  };
  const stored: Record<string, string> = {
    [`ck_ev:${valid.id}`]: JSON.stringify({ tab: 'closed-tab', event: valid }),
    'ck_ev:EditedEvent_00000000001': JSON.stringify({ tab: 'x', event: { ...valid, id: 'EditedEvent_00000000001', type: '<img src=x onerror=alert(1)>' } }),
    'ck_ev:PollutedEvent_000000001': `{"tab":"x","event":{"__proto__":{"polluted":true},${JSON.stringify({ ...valid, id: 'PollutedEvent_000000001' }).slice(1)}}}`,
    'ck_ev:PollutedWrap_0000000001': `{"__proto__":{"tab":"x","event":${JSON.stringify({ ...valid, id: 'PollutedWrap_0000000001' })}}}`,
    'ck_ev:NotJson_00000000000001': '{"tab":"x","event":{"id":"NotJson_00000000000001"',
    'ck_ev:Null_0000000000000001': 'null',
  };
  const posted: string[] = [];
  context.on('request', (req) => {
    if (req.method() === 'POST' && new URL(req.url()).pathname === COLLECTOR) posted.push(...(req.postDataJSON() as { events: { id: string }[] }).events.map(({ id }) => id));
  });
  const sends = acknowledgedSends(context);
  await page.addInitScript((entries) => {
    if (sessionStorage.getItem('seeded')) return;
    sessionStorage.setItem('seeded', '1');
    for (const [key, value] of Object.entries(entries)) localStorage.setItem(key, value);
  }, stored);
  await page.goto('/ads.html');
  await embedReady(page);
  // The earlier visit's event is delivered by this page view; the others are never sent, and stay where they were.
  await waitForRows(request, valid.consentId, 1);
  await expect.poll(() => sends()).toEqual([valid.id]);
  // The acknowledgement reaches the test before the page has read it and removed the event.
  await expect.poll(() => page.evaluate((key) => localStorage.getItem(key), `ck_ev:${valid.id}`)).toBeNull();
  await page.reload(); // and a second page view sends nothing either
  await embedReady(page);
  expect(posted).toEqual([valid.id]);
  expect(await page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('ck_ev:')).sort())).toEqual(
    Object.keys(stored).filter((key) => key !== `ck_ev:${valid.id}`).sort(),
  );
  expect(await page.evaluate(() => (Object.prototype as unknown as Record<string, unknown>).polluted)).toBeUndefined();
});
