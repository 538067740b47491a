import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createConsent } from '../../src/consent';
import { googleConsentMode } from '../../src/integrations/google-consent-mode';
import { memoryStore } from '../../src/store/memory';
import { storedValue } from '../stored';

type Layer = unknown[];
const win = window as unknown as Record<string, Layer | undefined>;

/** The data layer as readable entries: gtag commands as `['consent', 'default', {...}]`, messages as they are. */
function entries(name = 'dataLayer'): unknown[] {
  return (win[name] ?? []).map((entry) => (isArguments(entry) ? ['gtag', ...Array.from(entry as ArrayLike<unknown>)] : entry));
}
const isArguments = (value: unknown) => Object.prototype.toString.call(value) === '[object Arguments]';

const DENIED = {
  ad_storage: 'denied',
  ad_user_data: 'denied',
  ad_personalization: 'denied',
  analytics_storage: 'denied',
  functionality_storage: 'denied',
  personalization_storage: 'denied',
  security_storage: 'granted',
};
const GRANTED = {
  ad_storage: 'granted',
  ad_user_data: 'granted',
  ad_personalization: 'granted',
  analytics_storage: 'granted',
  functionality_storage: 'granted',
  personalization_storage: 'granted',
  security_storage: 'granted',
};
const DEFAULT = ['gtag', 'consent', 'default', { ...DENIED, wait_for_update: 500 }];
const flags = (granted: string[]) =>
  Object.fromEntries(['necessary', 'preferences', 'analytics', 'advertising', 'social'].map((id) => [id, granted.includes(id)]));
const message = (granted: string[]) => ({
  event: 'consentkit_consent',
  consentkit_granted: granted.join(),
  consentkit_categories: flags(granted),
});

const storedChoice = (choices: Record<string, boolean>) => storedValue({ choices });

beforeEach(() => {
  vi.useFakeTimers({ now: Date.parse('2026-11-26T12:00:00Z'), toFake: ['Date'] });
  delete win.dataLayer;
  delete win.tagLayer;
});
afterEach(() => {
  vi.useRealTimers();
  delete (navigator as { globalPrivacyControl?: unknown }).globalPrivacyControl;
});

describe('googleConsentMode: first visit', () => {
  it('pushes only the default, as the arguments object gtag.js expects, and nothing until the visitor chooses', () => {
    googleConsentMode(createConsent({ store: memoryStore() }));
    expect(win.dataLayer).toHaveLength(1);
    expect(isArguments(win.dataLayer![0])).toBe(true);
    expect(entries()).toEqual([DEFAULT]);
  });

  it('pushes an update and the consentkit_consent message on every choice', () => {
    const consent = createConsent({ store: memoryStore() });
    googleConsentMode(consent);
    consent.acceptAll();
    consent.setConsent({ advertising: false });
    expect(entries()).toEqual([
      DEFAULT,
      ['gtag', 'consent', 'update', GRANTED],
      message(['necessary', 'preferences', 'analytics', 'advertising', 'social']),
      ['gtag', 'consent', 'update', { ...GRANTED, ad_storage: 'denied', ad_user_data: 'denied', ad_personalization: 'denied' }],
      message(['necessary', 'preferences', 'analytics', 'social']),
    ]);
  });

  it('pushes a denied update after reset()', () => {
    const consent = createConsent({ store: memoryStore() });
    googleConsentMode(consent);
    consent.acceptAll();
    consent.reset();
    expect(entries().slice(-2)).toEqual([['gtag', 'consent', 'update', DENIED], message(['necessary'])]);
  });

  it('keeps what the page pushed before, and pushes after it', () => {
    win.dataLayer = [{ event: 'early' }];
    googleConsentMode(createConsent({ store: memoryStore() }));
    expect(entries()).toEqual([{ event: 'early' }, DEFAULT]);
  });
});

describe('googleConsentMode: a page load with a stored choice', () => {
  it('pushes the default, then at once the update from the stored record, then the message', () => {
    googleConsentMode(createConsent({ store: memoryStore(storedChoice({ preferences: false, analytics: true, advertising: false, social: false })) }));
    expect(entries()).toEqual([
      DEFAULT,
      ['gtag', 'consent', 'update', { ...DENIED, analytics_storage: 'granted' }],
      message(['necessary', 'analytics']),
    ]);
  });

  it('a record from an older revision is no choice: the default only', () => {
    googleConsentMode(createConsent({ revision: 2, store: memoryStore(storedChoice({ analytics: true })) }));
    expect(entries()).toEqual([DEFAULT]);
  });
});

describe('googleConsentMode: the opt-out jurisdiction', () => {
  it('updates to what runs by default without a choice', () => {
    googleConsentMode(createConsent({ store: memoryStore(), jurisdiction: 'opt-out' }));
    expect(entries().slice(0, 2)).toEqual([DEFAULT, ['gtag', 'consent', 'update', GRANTED]]);
  });

  it('keeps the ad types denied when the browser sends GPC', () => {
    Object.defineProperty(navigator, 'globalPrivacyControl', { configurable: true, get: () => true });
    googleConsentMode(createConsent({ store: memoryStore(), jurisdiction: 'opt-out' }));
    expect(entries()[1]).toEqual(['gtag', 'consent', 'update', { ...GRANTED, ad_storage: 'denied', ad_user_data: 'denied', ad_personalization: 'denied' }]);
  });
});

describe('googleConsentMode: options', () => {
  it('pushes per-region defaults, then the set commands, in that order, with the configured wait', () => {
    googleConsentMode(createConsent({ store: memoryStore() }), {
      waitForUpdate: 800,
      regions: [{ region: ['US-CA', 'US-VA'], granted: ['analytics', 'advertising'] }, { region: ['CH'] }],
      adsDataRedaction: true,
      urlPassthrough: false,
    });
    expect(entries()).toEqual([
      ['gtag', 'consent', 'default', { ...DENIED, wait_for_update: 800 }],
      [
        'gtag',
        'consent',
        'default',
        { ...DENIED, ad_storage: 'granted', ad_user_data: 'granted', ad_personalization: 'granted', analytics_storage: 'granted', region: ['US-CA', 'US-VA'], wait_for_update: 800 },
      ],
      ['gtag', 'consent', 'default', { ...DENIED, region: ['CH'], wait_for_update: 800 }],
      ['gtag', 'set', 'ads_data_redaction', true],
      ['gtag', 'set', 'url_passthrough', false],
      // A region default grants: ConsentKit's own answer follows at once (below).
      ['gtag', 'consent', 'update', DENIED],
      message(['necessary']),
    ]);
  });

  it("overrides a region default that grants with ConsentKit's answer for the page view; one that grants nothing needs no update", () => {
    // Opt-in here (the site's own region rule), whatever region Google reads from the IP: everything stays denied.
    googleConsentMode(createConsent({ store: memoryStore(), region: 'FR', jurisdiction: (region) => (region?.startsWith('US') ? 'opt-out' : 'opt-in') }), {
      regions: [{ region: ['US-CA'], granted: ['analytics'] }],
      consentEvent: false,
    });
    expect(entries().at(-1)).toEqual(['gtag', 'consent', 'update', DENIED]);
    (window as unknown as Record<string, unknown>).dataLayer = [];
    googleConsentMode(createConsent({ store: memoryStore() }), { regions: [{ region: ['CH'] }], consentEvent: false });
    expect(entries().map((entry) => (entry as unknown[])[2])).toEqual(['default', 'default']);
  });

  it('merges a mapping over the default; a type shared by categories needs all of them; security_storage stays granted', () => {
    const consent = createConsent({ store: memoryStore(), categories: { chat: { label: 'Chat' } } });
    googleConsentMode(consent, { mapping: { preferences: ['functionality_storage'], chat: ['functionality_storage', 'personalization_storage'], analytics: [] } });
    consent.setConsent({ preferences: true, analytics: true });
    expect(entries()[1]).toEqual(['gtag', 'consent', 'update', { ...DENIED }]);
    consent.setConsent({ chat: true });
    expect(entries()[3]).toEqual(['gtag', 'consent', 'update', { ...DENIED, functionality_storage: 'granted', personalization_storage: 'granted' }]);
  });

  it('maps a single service', () => {
    const consent = createConsent({ store: memoryStore(), categories: { advertising: { services: [{ id: 'adpartner' }, { id: 'other' }] } } });
    googleConsentMode(consent, { mapping: { advertising: [], 'advertising:adpartner': ['ad_storage'] }, consentEvent: false });
    consent.setConsent({ 'advertising:adpartner': true });
    expect(entries()).toEqual([DEFAULT, ['gtag', 'consent', 'update', { ...DENIED, ad_storage: 'granted' }]]);
  });

  it('writes to a renamed data layer, and can leave out the Tag Manager message', () => {
    const consent = createConsent({ store: memoryStore() });
    googleConsentMode(consent, { dataLayer: 'tagLayer', consentEvent: false });
    consent.rejectAll();
    expect(win.dataLayer).toBeUndefined();
    expect(entries('tagLayer')).toEqual([DEFAULT, ['gtag', 'consent', 'update', DENIED]]);
  });

  it('stops updating once unsubscribed', () => {
    const consent = createConsent({ store: memoryStore() });
    const stop = googleConsentMode(consent);
    stop();
    consent.acceptAll();
    expect(entries()).toEqual([DEFAULT]);
  });

  it('reports invalid options with their paths and still pushes the safe default', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    googleConsentMode(createConsent({ store: memoryStore() }), {
      waitForUpdate: -1,
      regions: [{ region: ['california'], granted: ['analytics'] }, { granted: ['advertising'] } as never],
      mapping: { analytics: ['analytics'] } as never,
      dataLayer: 'data layer',
      colour: 'red',
    } as never);
    const text = String(error.mock.calls[0]?.[0]);
    expect(text).toContain('googleConsentMode.waitForUpdate: expected a whole number of milliseconds from 0 to 10000');
    expect(text).toContain('googleConsentMode.regions[0].region[0]: expected an ISO 3166 code such as "US" or "US-CA"');
    expect(text).toContain('googleConsentMode.regions[1].region: expected at least one region code');
    expect(text).toContain('googleConsentMode.mapping.analytics[0]: expected one of ad_storage');
    expect(text).toContain('googleConsentMode.dataLayer: expected a JavaScript identifier');
    expect(text).toContain('googleConsentMode.colour: unknown option');
    // None of the bad options is used: above all, no region default grants anything.
    expect(entries()).toEqual([DEFAULT]);
  });

  it('never throws into the page, even with a broken instance', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const broken = { getConsent: () => { throw new Error('boom'); } } as never;
    expect(() => googleConsentMode(broken)).not.toThrow();
    expect(error).toHaveBeenCalledWith('[ConsentKit] Google Consent Mode failed:', expect.any(Error));
    expect(typeof googleConsentMode(broken)).toBe('function');
  });
});
