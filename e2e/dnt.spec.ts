// Do Not Track is read and recorded, never used to decide anything, never treated as GPC: the same visit with
// navigator.doNotTrack = "1" and without it differs in the recorded value only.
import type { Browser } from '@playwright/test';
import { bannerButton, banner, decodeConsent, expect, test, type ConsentRecord } from './fixtures';
import { dataLayer, granted, injectDnt } from './signals-helpers';

interface Visit {
  requests: string[];
  errors: string[];
  bannerShown: boolean;
  before: Record<string, boolean>;
  after: Record<string, boolean>;
  record: ConsentRecord | null;
  dataLayer: unknown[];
  disclosure: unknown;
}

/** A first visit to the QA page in a fresh browser context: Accept all, then a reload. */
async function visit(browser: Browser, baseURL: string, dnt?: string): Promise<Visit> {
  const context = await browser.newContext({ baseURL });
  if (dnt !== undefined) await injectDnt(context, dnt);
  const page = await context.newPage();
  const requests: string[] = [];
  const errors: string[] = [];
  // The QA page's own panels poll /api/qa/ on a timer: how often depends on time, not on DNT.
  page.on('request', (request) => {
    const { pathname } = new URL(request.url());
    if (!pathname.startsWith('/api/qa/')) requests.push(pathname);
  });
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  await page.goto('/qa.html');
  await expect(banner(page)).toBeVisible();
  const before = await granted(page);
  await bannerButton(page, 'Accept all').click();
  await expect(banner(page)).toBeHidden();
  await page.reload();
  await page.waitForLoadState('networkidle');
  const result: Visit = {
    // What was requested, not in which order parallel requests happened to start, nor how often: whether the
    // event delivery module and the collector are fetched again after the reload depends on whether the
    // acknowledgement beat it, which is timing, not DNT.
    requests: [...new Set(requests)].sort(),
    errors,
    bannerShown: await banner(page).isVisible(),
    before,
    after: await granted(page),
    record: await decodeConsent((await context.cookies()).find((cookie) => cookie.name === 'ck_consent')?.value),
    dataLayer: (await dataLayer(page)).map((entry) => (entry.gtag?.[0] === 'js' ? 'gtag js' : entry)),
    disclosure: await page.evaluate(() => (window as unknown as { ConsentKit: { getDisclosure(): unknown } }).ConsentKit.getDisclosure()),
  };
  await context.close();
  return result;
}

test('DNT "1" changes nothing but the recorded value', async ({ browser, baseURL }) => {
  const plain = await visit(browser, baseURL!);
  const dnt = await visit(browser, baseURL!, '1');

  expect(dnt.record?.signals.dnt).toBe('1');
  expect(plain.record?.signals.dnt).toBeNull();
  // The same choice, asked the same way, with the same effect and the same requests.
  const comparable = ({ record, ...rest }: Visit) => ({
    ...rest,
    record: record && { ...record, id: 'id', createdAt: 't', updatedAt: 't', signals: { ...record.signals, dnt: 'x' } },
  });
  expect(comparable(dnt)).toEqual(comparable(plain));
  expect(dnt.errors).toEqual([]);
  expect(dnt.before).toEqual({ preferences: false, analytics: false, advertising: false, social: false });
  expect(dnt.after).toEqual({ preferences: true, analytics: true, advertising: true, social: true });
  // DNT is never taken for GPC.
  expect(dnt.record?.signals.gpc).toBeNull();
});

test('every DNT value a browser reports is recorded as it is', async ({ browser, baseURL }) => {
  for (const value of ['0', 'unspecified']) {
    expect((await visit(browser, baseURL!, value)).record?.signals.dnt, value).toBe(value);
  }
});
