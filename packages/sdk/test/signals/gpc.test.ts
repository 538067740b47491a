import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createConsent } from '../../src/consent';
import type { ConsentConfig } from '../../src/config/types';
import type { ConsentLogEvent } from '../../src/optout/types';
import { readGpc } from '../../src/signals/gpc';
import { memoryStore } from '../../src/store/memory';
import type { RecordStore } from '../../src/store/types';
import { testStorage, testTransport } from '../optout/helpers';

const setGpc = (value: unknown) => Object.defineProperty(navigator, 'globalPrivacyControl', { value, configurable: true });

/** One page view: a fresh instance over the same stored record, with its events and DOM events collected. */
async function pageView(store: RecordStore, config: ConsentConfig = {}) {
  const logged: ConsentLogEvent[] = [];
  const optouts: string[] = [];
  const domOptouts: string[] = [];
  const onDom = (event: Event) => domOptouts.push((event as CustomEvent).detail.source);
  addEventListener('consentkit:optout', onDom);
  const consent = createConsent({ store, optOut: { transport: testTransport(), storage: testStorage() }, ...config });
  // Listeners added right after createConsent, as the embed's queued calls are, still hear the GPC opt-out.
  consent.on('logged', ({ event }) => logged.push(event));
  consent.on('optout', ({ source }) => optouts.push(source));
  await Promise.resolve();
  removeEventListener('consentkit:optout', onDom);
  return { consent, logged, optouts, domOptouts };
}

beforeEach(() => vi.useFakeTimers({ now: Date.parse('2026-11-26T12:00:00Z'), toFake: ['Date'] }));
afterEach(() => {
  delete (navigator as { globalPrivacyControl?: unknown }).globalPrivacyControl;
  vi.useRealTimers();
});

describe('readGpc', () => {
  it('is true only for a strict true', () => {
    expect(readGpc({ globalPrivacyControl: true })).toBe(true);
    expect(readGpc({ globalPrivacyControl: false })).toBe(false);
    expect(readGpc({ globalPrivacyControl: 'true' })).toBeNull();
    expect(readGpc({})).toBeNull();
    expect(readGpc(undefined)).toBeNull();
  });
});

describe('Global Privacy Control, honored (the default)', () => {
  it('opts out before anything can read the instance, logs one gpc optout across three page views, and keeps asking', async () => {
    setGpc(true);
    const store = memoryStore();
    const views = [await pageView(store), await pageView(store), await pageView(store)];
    for (const { consent } of views) {
      expect(consent.gpcHonored).toBe(true);
      expect(consent.hasConsent('advertising')).toBe(false);
      expect(consent.isOptedOutOfInterestBasedAds()).toBe(true);
      expect(consent.needsConsent()).toBe(true);
    }
    expect(views.flatMap(({ logged }) => logged)).toMatchObject([{ type: 'optout', source: 'gpc', method: 'api', gpc: true, choices: { advertising: false } }]);
    expect(views[0]!.optouts).toEqual(['gpc']);
    expect(views[0]!.domOptouts).toEqual(['gpc']);
    expect(views[0]!.consent.getConsent()?.signals.gpc).toBe(true);
  });

  it('overrides an earlier Accept all made without the signal', async () => {
    const store = memoryStore();
    (await pageView(store)).consent.acceptAll();
    setGpc(true);
    const view = await pageView(store);
    expect(view.consent.hasConsent('advertising')).toBe(false);
    expect(view.consent.hasConsent('analytics')).toBe(true);
    expect(view.logged).toMatchObject([{ type: 'optout', source: 'gpc' }]);
  });

  it('Accept all under the signal is not an opt-in: advertising stays denied', async () => {
    setGpc(true);
    const store = memoryStore();
    const view = await pageView(store);
    view.consent.acceptAll();
    expect(view.consent.hasConsent('analytics')).toBe(true);
    expect(view.consent.hasConsent('advertising')).toBe(false);
    expect(view.logged.map(({ type }) => type)).toEqual(['optout', 'consent']);
  });

  it('respects and logs an explicit opt-in made after the notice, on later page views too', async () => {
    setGpc(true);
    const store = memoryStore();
    const first = await pageView(store);
    first.consent.optInToInterestBasedAds({ source: 'link' });
    expect(first.consent.hasConsent('advertising')).toBe(true);
    expect(first.logged.map(({ type, source }) => `${type}:${source}`)).toEqual(['optout:gpc', 'optin:link']);
    const second = await pageView(store);
    expect(second.consent.hasConsent('advertising')).toBe(true);
    expect(second.logged).toEqual([]);
    // The advertising switch turned on in the dialog is explicit too.
    second.consent.optOutOfInterestBasedAds();
    second.consent.setConsent({ advertising: true }, { method: 'custom' });
    expect((await pageView(store)).consent.hasConsent('advertising')).toBe(true);
  });

  it('is ignored when configured so, but still recorded', async () => {
    setGpc(true);
    const store = memoryStore();
    const view = await pageView(store, { gpc: 'ignore' });
    expect(view.consent.gpcHonored).toBe(false);
    expect(view.logged).toEqual([]);
    view.consent.acceptAll();
    expect(view.consent.hasConsent('advertising')).toBe(true);
    expect(view.logged[0]).toMatchObject({ type: 'consent', gpc: true });
  });

  it('does nothing without the signal, or with globalPrivacyControl false', async () => {
    for (const value of [undefined, false]) {
      setGpc(value);
      const view = await pageView(memoryStore());
      expect(view.consent.gpcHonored).toBe(false);
      expect(view.logged).toEqual([]);
      expect(view.consent.getConsent()).toBeNull();
    }
  });
});
