import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createConsent } from '../../src/consent';
import { decodeConsent, encodeConsent } from '../../src/record/codec';
import { memoryStore } from '../../src/store/memory';
import type { ConsentConfig } from '../../src/config/types';
import type { ConsentLogEvent } from '../../src/optout/types';
import { testStorage, testTransport } from './helpers';

function setup(config: ConsentConfig = {}, store = memoryStore()) {
  const storage = testStorage();
  const transport = testTransport();
  const consent = createConsent({ store, optOut: { transport, storage }, ...config });
  const logged: ConsentLogEvent[] = [];
  consent.on('logged', ({ event }) => logged.push(event));
  return { consent, store, storage, transport, logged };
}

beforeEach(() => {
  vi.useFakeTimers({ now: Date.parse('2026-11-26T12:00:00Z'), toFake: ['Date'] });
  history.replaceState(null, '', '/pricing?utm_source=mail#plans');
});
afterEach(() => vi.useRealTimers());

describe('optOutOfInterestBasedAds', () => {
  it('denies advertising and its services, keeps the banner due, and is remembered on the next page view', () => {
    const { consent, store } = setup({ categories: { advertising: { services: [{ id: 'adpartner' }] } } });
    consent.optOutOfInterestBasedAds({ source: 'link' });
    expect(consent.isOptedOutOfInterestBasedAds()).toBe(true);
    expect(consent.hasConsent('advertising')).toBe(false);
    expect(consent.hasConsent('advertising:adpartner')).toBe(false);
    expect(consent.getConsent()?.choices).toEqual({ advertising: false });
    expect(consent.needsConsent()).toBe(true); // the other categories are still unanswered
    const next = createConsent({ store, categories: { advertising: { services: [{ id: 'adpartner' }] } } });
    expect(next.isOptedOutOfInterestBasedAds()).toBe(true);
    expect(next.needsConsent()).toBe(true);
  });

  it('keeps the other answers and drops an advertising service allowed on its own', () => {
    const { consent } = setup({ categories: { advertising: { services: [{ id: 'adpartner' }] } } });
    consent.setConsent({ analytics: true, 'advertising:adpartner': true });
    expect(consent.isOptedOutOfInterestBasedAds()).toBe(false); // a service still serves interest-based ads
    consent.optOutOfInterestBasedAds();
    expect(consent.getConsent()?.choices).toEqual({ preferences: false, analytics: true, advertising: false, social: false });
    expect(consent.hasConsent('advertising:adpartner')).toBe(false);
    expect(consent.needsConsent()).toBe(false);
  });

  it('logs exactly one optout event with everything a collector needs, and no query string or fragment', () => {
    const { consent, logged } = setup();
    const optouts: string[] = [];
    consent.on('optout', ({ source }) => optouts.push(source));
    consent.optOutOfInterestBasedAds({ source: 'link' });
    consent.optOutOfInterestBasedAds({ source: 'link' }); // already opted out: nothing new
    expect(optouts).toEqual(['link']);
    expect(logged).toHaveLength(1);
    expect(logged[0]).toEqual({
      id: expect.stringMatching(/^[A-Za-z0-9_-]{21}$/),
      type: 'optout',
      consentId: consent.getConsent()!.id,
      at: '2026-11-26T12:00:00.000Z',
      revision: 1,
      source: 'link',
      method: 'custom',
      choices: { advertising: false },
      url: 'http://localhost:3000/pricing',
      dnt: null,
      gpc: null,
      sdkVersion: '0.0.0-test',
    });
    expect(consent.getPendingEvents()).toEqual(logged);
  });

  it('records the DNT value seen, and decides nothing with it', () => {
    Object.defineProperty(navigator, 'doNotTrack', { value: '1', configurable: true });
    try {
      const { consent, logged } = setup();
      consent.optOutOfInterestBasedAds();
      consent.optInToInterestBasedAds();
      expect(logged.map(({ type, dnt }) => [type, dnt])).toEqual([['optout', '1'], ['optin', '1']]);
      expect(consent.hasConsent('advertising')).toBe(true);
    } finally {
      delete (navigator as { doNotTrack?: unknown }).doNotTrack;
    }
  });

  it('an unknown source is logged as api', () => {
    const { consent, logged } = setup();
    consent.optOutOfInterestBasedAds({ source: 'footer' as never });
    expect(logged[0]).toMatchObject({ source: 'api', method: 'api' });
  });
});

describe('optInToInterestBasedAds', () => {
  it('allows interest-based ads again and logs an optin', () => {
    const { consent, logged } = setup();
    const optins: string[] = [];
    consent.on('optin', ({ source }) => optins.push(source));
    consent.rejectAll();
    consent.optInToInterestBasedAds({ source: 'banner' });
    expect(consent.isOptedOutOfInterestBasedAds()).toBe(false);
    expect(consent.hasConsent('advertising')).toBe(true);
    expect(consent.hasConsent('analytics')).toBe(false);
    expect(optins).toEqual(['banner']);
    expect(logged.map(({ type, source }) => `${type}:${source}`)).toEqual(['optout:banner', 'optin:banner']);
    consent.optInToInterestBasedAds();
    expect(logged).toHaveLength(2); // already allowed: nothing new
  });
});

describe('every consent change is an event', () => {
  it('types choices by what they do to interest-based ads', () => {
    const { consent, logged } = setup();
    consent.acceptAll();
    consent.setConsent({ analytics: false });
    consent.setConsent({ advertising: false }, { method: 'custom' });
    consent.setConsent({ analytics: true });
    consent.acceptAll();
    consent.reset();
    expect(logged.map(({ type, source, method }) => `${type}:${source}:${method}`)).toEqual([
      'consent:banner:accept-all',
      'consent:api:api',
      'optout:banner:custom',
      'consent:api:api',
      'optin:banner:accept-all',
      'reset:api:accept-all',
    ]);
    expect(logged.at(-1)?.choices).toEqual({});
    expect(new Set(logged.map(({ consentId }) => consentId)).size).toBe(1);
  });

  it('Reject all on a first visit is an opt-out (the policy says so), Accept all a plain consent', () => {
    const first = setup();
    first.consent.rejectAll();
    expect(first.logged.map(({ type }) => type)).toEqual(['optout']);
    const second = setup();
    second.consent.acceptAll();
    expect(second.logged.map(({ type }) => type)).toEqual(['consent']);
  });

  it('takes the source from the options', () => {
    const { consent, logged } = setup();
    consent.acceptAll({ source: 'api' });
    expect(logged[0]).toMatchObject({ source: 'api', method: 'accept-all' });
  });

  it('reset with nothing stored logs nothing', () => {
    const { consent, logged } = setup();
    consent.reset();
    expect(logged).toEqual([]);
  });
});

describe('an opt-out outlives a new policy revision', () => {
  it('still opts out under the new revision until the visitor answers it, and answering keeps the record id', () => {
    const { consent, store } = setup({ revision: 1 });
    consent.optOutOfInterestBasedAds();
    const id = consent.getConsent()!.id;
    const next = setup({ revision: 2 }, store);
    expect(next.consent.getConsent()).toBeNull();
    expect(next.consent.isOptedOutOfInterestBasedAds()).toBe(true);
    expect(next.consent.hasConsent('advertising')).toBe(false);
    next.consent.acceptAll();
    expect(next.logged).toMatchObject([{ type: 'optin', consentId: id, revision: 2 }]);
  });

  it('reset() forgets it', () => {
    const { consent, store } = setup({ revision: 1 });
    consent.optOutOfInterestBasedAds();
    const next = setup({ revision: 2 }, store);
    next.consent.reset();
    expect(next.consent.isOptedOutOfInterestBasedAds()).toBe(false);
    expect(next.logged).toMatchObject([{ type: 'reset' }]);
  });
});

describe('delivery from createConsent', () => {
  it('delivers logged events through the transport and announces them', async () => {
    const { consent, transport } = setup();
    const delivered: string[] = [];
    consent.on('delivered', ({ event }) => delivered.push(event.id));
    consent.optOutOfInterestBasedAds();
    const [event] = consent.getPendingEvents();
    await vi.waitFor(() => expect(delivered).toEqual([event!.id]));
    expect(transport.batches).toEqual([[event!.id]]);
    expect(consent.getPendingEvents()).toEqual([]);
  });

  it('without an endpoint or transport stores nothing but still announces events', () => {
    const consent = createConsent({ store: memoryStore() });
    const logged: string[] = [];
    consent.on('logged', ({ event }) => logged.push(event.type));
    localStorage.clear();
    consent.rejectAll();
    expect(logged).toEqual(['optout']);
    expect(consent.getPendingEvents()).toHaveLength(1);
    expect(Object.keys(localStorage)).toEqual([]);
  });

  it('delivers events left by an earlier page view as soon as it starts', async () => {
    const storage = testStorage();
    const failing = testTransport(() => Promise.reject(new Error('offline')));
    const store = memoryStore();
    createConsent({ store, optOut: { transport: failing, storage } }).optOutOfInterestBasedAds();
    await vi.waitFor(() => expect(failing.batches).toHaveLength(1));
    const transport = testTransport();
    const reloaded = createConsent({ store, optOut: { transport, storage } });
    await vi.waitFor(() => expect(transport.batches).toHaveLength(1));
    expect(transport.batches[0]).toEqual(failing.batches[0]);
    await vi.waitFor(() => expect(reloaded.getPendingEvents()).toEqual([]));
  });

  it("beacons this page's undelivered events on pagehide, and keeps them queued", async () => {
    const storage = testStorage();
    const transport = testTransport(() => new Promise(() => {})); // never answers
    const other = createConsent({ store: memoryStore(), optOut: { transport: testTransport(() => new Promise(() => {})), storage } });
    other.rejectAll(); // another tab's event: not ours to beacon
    const consent = createConsent({ store: memoryStore(), optOut: { transport, storage } });
    await vi.waitFor(() => expect(transport.batches).toHaveLength(1)); // the other tab's event, in flight
    consent.optOutOfInterestBasedAds({ source: 'link' });
    const mine = consent.getPendingEvents().find(({ source }) => source === 'link')!;
    dispatchEvent(new Event('pagehide'));
    expect(transport.beacons.at(-1)).toEqual([mine.id]);
    expect(consent.getPendingEvents().map(({ id }) => id)).toContain(mine.id);
  });
});

describe('the tab lock', () => {
  it('is taken once, at the first event, and never released while the page lives', () => {
    const request = vi.fn((_name: string, _task: () => Promise<void>) => new Promise<void>(() => {}));
    vi.stubGlobal('navigator', { ...navigator, locks: { request } });
    try {
      const { consent } = setup();
      expect(request).not.toHaveBeenCalled(); // a page that logs nothing stays eligible for the back/forward cache
      consent.rejectAll();
      consent.acceptAll();
      expect(request).toHaveBeenCalledTimes(1);
      expect(request.mock.calls[0]![0]).toMatch(/^consentkit-tab:\w+$/);
    } finally {
      vi.unstubAllGlobals();
    }
  });
});

describe('config', () => {
  it('rejects a bad optOut config with every problem, and a bad gpc value', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    createConsent({ optOut: { endpoint: 'javascript:alert(1)', batchSize: 0, transport: {} as never, extra: 1 } as never, gpc: 'yes' as never });
    const message = error.mock.calls[0]![0] as string;
    for (const problem of [
      'optOut.endpoint: expected an http, https or relative URL',
      'optOut.batchSize: expected a whole number from 1 to 100',
      'optOut.transport: expected an object with send()',
      'optOut.extra: unknown option',
      "gpc: expected 'honor' or 'ignore'",
    ]) {
      expect(message).toContain(problem);
    }
  });

  it('a record written by optOut decodes on a server', () => {
    const { consent, store } = setup();
    consent.optOutOfInterestBasedAds();
    expect(decodeConsent(store.read())).toEqual(consent.getConsent());
    expect(encodeConsent(consent.getConsent()!)).toBe(store.read());
  });
});
