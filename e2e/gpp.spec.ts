// The IAB GPP CMP (US National section), as ad tags see it in a real browser: a stub they can call at once, the
// CMP loaded lazily, a string the IAB's own decoder reads, changes announced, and vendors in cross-origin frames
// answered through the __gppLocator frame.
import { GppModel } from '@iabgpp/cmpapi';
import type { Page } from '@playwright/test';
import { embedReady, expect, requested, test } from './fixtures';
import { html, serve } from './test-pages';

interface Ping {
  cmpStatus: string;
  signalStatus: string;
  gppString: string;
  applicableSections: number[];
}

const ping = (page: Page) =>
  page.evaluate(() => new Promise<Ping>((resolve) => (window as unknown as { __gpp: (c: string, cb: (p: Ping) => void) => void }).__gpp('ping', resolve)));
const field = (gppString: string, name: string) => new GppModel(gppString).getFieldValue('usnat', name);

// An ad tag placed right after the embed: it calls __gpp before the CMP can have loaded.
const AD_TAG = `<script>
  window.__early = [];
  __gpp('ping', function (p) { window.__early.push(p.cmpStatus + '/' + p.signalStatus); });
  __gpp('addEventListener', function (e) { window.__early.push(e.eventName); });
</script>`;

test('ad tags below the embed reach a stub at once; the CMP answers their queue, and every opt-out changes the string', async ({ page }) => {
  const requests: import('@playwright/test').Request[] = [];
  page.on('request', (request) => requests.push(request));
  await serve(page, {
    '/e2e/gpp.html': html(`<script src="/consentkit/consentkit.js" data-policy-url="/privacy.html" data-jurisdiction="opt-out" data-gpp></script>${AD_TAG}`),
  });
  await page.goto('/e2e/gpp.html');
  await embedReady(page);
  await expect.poll(async () => (await ping(page)).cmpStatus).toBe('loaded');
  // The stub answered ping as a stub; the CMP registered the queued listener and told it the signal is ready.
  expect(await page.evaluate(() => (window as unknown as { __early: string[] }).__early)).toEqual(['stub/not ready', 'listenerRegistered', 'cmpStatus', 'signalStatus']);
  expect(requested(requests, /consentkit\.gpp\.js/)).toHaveLength(1);

  const before = await ping(page);
  expect(before).toMatchObject({ signalStatus: 'ready', applicableSections: [7] });
  expect(new GppModel(before.gppString).getSectionIds()).toEqual([7]);
  for (const name of ['SaleOptOut', 'SharingOptOut', 'TargetedAdvertisingOptOut']) expect(field(before.gppString, name), name).toBe(2);

  await page.evaluate(() => (window as unknown as { ConsentKit: { optOutOfInterestBasedAds(o: object): void } }).ConsentKit.optOutOfInterestBasedAds({ source: 'api' }));
  const after = await ping(page);
  for (const name of ['SaleOptOut', 'SharingOptOut', 'TargetedAdvertisingOptOut']) expect(field(after.gppString, name), name).toBe(1);
  expect(await page.evaluate(() => (window as unknown as { __early: string[] }).__early.slice(4))).toEqual(['signalStatus', 'sectionChange', 'signalStatus']);
});

test('a vendor in a cross-origin frame finds the __gppLocator frame and gets its answers by postMessage', async ({ page, baseURL }) => {
  const vendor = `${baseURL!.replace('127.0.0.1', '127.0.0.2')}/e2e/gpp-vendor.html`;
  await serve(page, {
    '/e2e/gpp.html': html(
      '<script src="/consentkit/consentkit.js" data-policy-url="/privacy.html" data-jurisdiction="opt-out" data-gpp></script>',
      `<main><h1>Test page</h1><iframe title="Ad" src="${vendor}"></iframe></main>`,
    ),
    // The vendor looks for the locator up its ancestors, as the CMP API describes (again until found: the CMP
    // creates it when consentkit.gpp.js has loaded), and asks for one field.
    '/e2e/gpp-vendor.html': html(`<script>
      window.addEventListener('message', function (event) {
        var data = typeof event.data === 'string' ? JSON.parse(event.data) : event.data;
        if (data && data.__gppReturn) window.__reply = data.__gppReturn;
      });
      function locate() {
        for (var f = window; f; f = f === window.top ? null : f.parent) { try { if (f.frames['__gppLocator']) return f; } catch (e) {} }
      }
      var tries = 0;
      (function ask() {
        var cmp = locate();
        window.__found = !!cmp;
        if (cmp) cmp.postMessage({ __gppCall: { command: 'getField', parameter: 'usnat.TargetedAdvertisingOptOut', version: '1.1', callId: 'v1' } }, '*');
        else if (++tries < 100) setTimeout(ask, 20);
      })();
    </script>`),
  });
  await page.goto('/e2e/gpp.html');
  await embedReady(page);
  const frame = page.frames().find((candidate) => candidate.url() === vendor)!;
  expect(new URL(frame.url()).hostname).toBe('127.0.0.2');
  await expect.poll(() => frame.evaluate(() => (window as unknown as { __found: boolean }).__found)).toBe(true);
  await expect.poll(() => frame.evaluate(() => (window as unknown as { __reply?: unknown }).__reply)).toEqual({ returnValue: 2, success: true, callId: 'v1' });
});

test('the QA page shows the GPP string under the US profile, and no section elsewhere', async ({ page }) => {
  await page.goto('/qa.html?region=US-CA');
  await embedReady(page);
  const panel = page.locator('#qa-gpp');
  await expect(panel).toContainText('"applicableSections": [\n    7\n  ]');
  const gppString = JSON.parse((await panel.textContent())!).gppString as string;
  expect(field(gppString, 'TargetedAdvertisingOptOut')).toBe(2);

  await page.goto('/qa.html?region=FR');
  await embedReady(page);
  await expect(panel).toContainText('"gppString": "DBAA"');
  await expect(panel).toContainText('"usnat": null');
});
