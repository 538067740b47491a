// @vitest-environment node
// Node 20 has no `navigator`. A page-like environment without it (Node with window and addEventListener stubbed,
// as scripts/bench-optout.mjs runs 1,000 visitors) must still log and deliver, not throw inside the event log.
import { afterEach, expect, it, vi } from 'vitest';
import { createConsent } from '../../src/consent';
import { memoryStore } from '../../src/store/memory';
import type { ConsentLogEvent } from '../../src/optout/types';
import { testStorage } from './helpers';

afterEach(() => vi.unstubAllGlobals());

it("does not throw where a server stubs window without events: there is no page to deliver from", () => {
  vi.stubGlobal('window', {});
  const consent = createConsent({ store: memoryStore(), domEvents: false, optOut: { endpoint: '/api/consent-log' } });
  expect(() => consent.optOutOfInterestBasedAds({ source: 'api' })).not.toThrow();
  expect(consent.isOptedOutOfInterestBasedAds()).toBe(true);
});

it('logs and delivers an opt-out where navigator is missing', async () => {
  vi.stubGlobal('navigator', undefined);
  vi.stubGlobal('window', globalThis);
  vi.stubGlobal('addEventListener', () => {});
  const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
  const sent: ConsentLogEvent[] = [];
  const consent = createConsent({
    store: memoryStore(),
    domEvents: false,
    optOut: { storage: testStorage(), transport: { send: async (events) => (sent.push(...events), events.map(({ id }) => id)) } },
  });
  const delivered = new Promise((resolve) => consent.on('delivered', resolve));
  consent.optOutOfInterestBasedAds({ source: 'api' });
  await delivered;
  expect(sent.map(({ type, source }) => [type, source])).toEqual([['optout', 'api']]);
  expect(consent.getPendingEvents()).toEqual([]);
  expect(errors).not.toHaveBeenCalled();
});

it('does not deliver from a runtime with events but no window (Deno, a worker): there is no page', async () => {
  vi.stubGlobal('addEventListener', () => {});
  const { createConsentWith } = await import('../../src/consent');
  const load = vi.fn(() => new Promise<never>(() => {}));
  const consent = createConsentWith({ store: memoryStore(), domEvents: false, optOut: { endpoint: '/api/consent-log' } }, load);
  consent.optOutOfInterestBasedAds({ source: 'api' });
  await new Promise((resolve) => setTimeout(resolve, 5));
  expect(load).not.toHaveBeenCalled();
  expect(consent.isOptedOutOfInterestBasedAds()).toBe(true);
});
