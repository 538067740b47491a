import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createConsent } from '../../src/consent';
import { defaultChoices, resolveJurisdiction } from '../../src/jurisdiction/jurisdiction';
import { decodeConsent } from '../../src/record/codec';
import type { ConsentRecord } from '../../src/record/types';
import { memoryStore } from '../../src/store/memory';
import { storedValue } from '../stored';

const OPTIONAL = ['preferences', 'analytics', 'advertising', 'social'];
const usOptOut = (region: string | undefined) => (region?.startsWith('US-') ? 'opt-out' : 'opt-in') as 'opt-in' | 'opt-out';

const setGpc = (value: unknown) =>
  Object.defineProperty(navigator, 'globalPrivacyControl', { configurable: true, get: () => value });

const ALL_GRANTED = { preferences: true, analytics: true, advertising: true, social: true };
const stored = (overrides: Partial<ConsentRecord> = {}) => storedValue({ choices: ALL_GRANTED, method: 'accept-all', ...overrides });

beforeEach(() => vi.useFakeTimers({ now: Date.parse('2026-11-26T12:00:00Z'), toFake: ['Date'] }));
afterEach(() => {
  vi.useRealTimers();
  delete (navigator as { globalPrivacyControl?: unknown }).globalPrivacyControl;
});

describe('resolveJurisdiction', () => {
  it('is opt-in unless told otherwise', () => {
    expect(resolveJurisdiction(undefined, undefined)).toBe('opt-in');
    expect(resolveJurisdiction(undefined, 'US-CA')).toBe('opt-in');
    expect(resolveJurisdiction('opt-out', 'DE')).toBe('opt-out');
  });

  it('asks a function with the region the site passed', () => {
    expect(resolveJurisdiction(usOptOut, 'US-CA')).toBe('opt-out');
    expect(resolveJurisdiction(usOptOut, 'FR')).toBe('opt-in');
    expect(resolveJurisdiction(usOptOut, undefined)).toBe('opt-in');
  });

  it('falls back to opt-in, with an error, when the function throws or answers nonsense', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(resolveJurisdiction(() => { throw new Error('no geo'); }, 'US-CA')).toBe('opt-in');
    expect(resolveJurisdiction((() => 'optout') as never, 'US-CA')).toBe('opt-in');
    expect(error).toHaveBeenCalledTimes(2);
    expect(error.mock.calls[0]).toEqual([expect.stringContaining(`jurisdiction("US-CA") must return 'opt-in' or 'opt-out'`), new Error('no geo')]);
    expect(error.mock.calls[1]?.[1]).toBe('optout');
  });
});

describe('defaultChoices', () => {
  it('is nothing under opt-in, whatever was stored before', () => {
    expect(defaultChoices('opt-in', OPTIONAL, null, false)).toEqual({});
  });

  it('grants every optional category under opt-out', () => {
    expect(defaultChoices('opt-out', OPTIONAL, null, false)).toEqual({ preferences: true, analytics: true, advertising: true, social: true });
  });

  it('keeps the refusals of a record that no longer applies: an opt-out never lapses into a grant', () => {
    const previous = decodeConsent(stored({ choices: { analytics: true, advertising: false, 'social:likes': false } }))!;
    expect(defaultChoices('opt-out', OPTIONAL, previous, false)).toEqual({
      preferences: true,
      analytics: true,
      advertising: false,
      social: true,
      'social:likes': false,
    });
  });

  it('denies advertising when a Global Privacy Control signal is honored, and only then', () => {
    expect(defaultChoices('opt-out', OPTIONAL, null, true).advertising).toBe(false);
    expect(defaultChoices('opt-out', OPTIONAL, null, true).analytics).toBe(true);
    expect(defaultChoices('opt-out', OPTIONAL, null, false).advertising).toBe(true);
  });
});

describe('an instance under the opt-out jurisdiction', () => {
  it('runs every optional category without a choice, and still asks (the notice is due)', () => {
    const consent = createConsent({ store: memoryStore(), jurisdiction: usOptOut, region: 'US-CA' });
    expect(consent.jurisdiction).toBe('opt-out');
    expect(consent.getConsent()).toBeNull();
    for (const id of OPTIONAL) expect(consent.hasConsent(id)).toBe(true);
    expect(consent.needsConsent()).toBe(true);
  });

  it('grants services with their category by default', () => {
    const consent = createConsent({ store: memoryStore(), jurisdiction: 'opt-out', categories: { advertising: { services: [{ id: 'adpartner' }] } } });
    expect(consent.hasConsent('advertising:adpartner')).toBe(true);
  });

  it('denies advertising (and its services) before any choice when GPC is on', () => {
    setGpc(true);
    const consent = createConsent({ store: memoryStore(), jurisdiction: 'opt-out', categories: { advertising: { services: [{ id: 'adpartner' }] } } });
    expect(consent.hasConsent('advertising')).toBe(false);
    expect(consent.hasConsent('advertising:adpartner')).toBe(false);
    expect(consent.hasConsent('analytics')).toBe(true);
  });

  it('with gpc: ignore, a GPC signal leaves advertising on by default, and the disclosure says it is not honored', () => {
    setGpc(true);
    const consent = createConsent({ store: memoryStore(), jurisdiction: 'opt-out', gpc: 'ignore' });
    expect(consent.gpcHonored).toBe(false);
    expect(consent.hasConsent('advertising')).toBe(true);
    expect(consent.getDisclosure().signals.gpc.honored).toBe(false);
    expect(createConsent({ store: memoryStore(), jurisdiction: 'opt-out' }).getDisclosure().signals.gpc.honored).toBe(true);
  });

  it('opting out of one category keeps the others running and records the choice as made under opt-out', () => {
    const store = memoryStore();
    const consent = createConsent({ store, jurisdiction: 'opt-out' });
    const changes: (readonly string[])[] = [];
    consent.on('change', ({ changed }) => changes.push(changed));
    consent.setConsent({ advertising: false }, { method: 'custom' });
    expect(consent.hasConsent('advertising')).toBe(false);
    expect(consent.hasConsent('analytics')).toBe(true);
    expect(changes).toEqual([['advertising']]);
    expect(decodeConsent(store.read())).toMatchObject({
      method: 'custom',
      jurisdiction: 'opt-out',
      choices: { preferences: true, analytics: true, advertising: false, social: true },
    });
  });

  it('closing the notice keeps the defaults in force, as method notice, and stops asking', () => {
    setGpc(true);
    const consent = createConsent({ store: memoryStore(), jurisdiction: 'opt-out' });
    const changes: (readonly string[])[] = [];
    consent.on('change', ({ changed }) => changes.push(changed));
    consent.setConsent({}, { method: 'notice' });
    expect(consent.getConsent()).toMatchObject({ method: 'notice', choices: { analytics: true, advertising: false }, signals: { gpc: true } });
    expect(consent.needsConsent()).toBe(false);
    expect(changes).toEqual([[]]); // nothing changed: what ran keeps running
  });

  it('honours a stored opt-in choice: an explicit refusal stays a refusal', () => {
    const refused = stored({ method: 'reject-all', choices: { preferences: false, analytics: false, advertising: false, social: false } });
    const consent = createConsent({ store: memoryStore(refused), jurisdiction: 'opt-out' });
    for (const id of OPTIONAL) expect(consent.hasConsent(id)).toBe(false);
    expect(consent.needsConsent()).toBe(false);
  });

  it('keeps a refusal from an older revision while asking again', () => {
    const consent = createConsent({
      revision: 2,
      jurisdiction: 'opt-out',
      store: memoryStore(stored({ method: 'custom', choices: { preferences: true, analytics: true, advertising: false, social: true } })),
    });
    expect(consent.needsConsent()).toBe(true);
    expect(consent.hasConsent('advertising')).toBe(false);
    expect(consent.hasConsent('analytics')).toBe(true);
  });
});

describe('an opt-out record on an opt-in page view (the visitor travelled, or the site changed its rules)', () => {
  const fromOptOut = stored({ method: 'notice', jurisdiction: 'opt-out' });

  it('is not consent: everything optional is denied and the banner shows', () => {
    const consent = createConsent({ store: memoryStore(fromOptOut), jurisdiction: usOptOut, region: 'DE' });
    expect(consent.jurisdiction).toBe('opt-in');
    expect(consent.getConsent()).toBeNull();
    for (const id of OPTIONAL) expect(consent.hasConsent(id)).toBe(false);
    expect(consent.needsConsent()).toBe(true);
  });

  it('is not offered as the previous choice either: its grants were defaults, not the visitor’s', () => {
    expect(createConsent({ store: memoryStore(fromOptOut) }).getPreviousConsent()).toBeNull();
  });

  it('still applies back under opt-out', () => {
    const consent = createConsent({ store: memoryStore(fromOptOut), jurisdiction: usOptOut, region: 'US-VA' });
    expect(consent.getConsent()).toMatchObject({ method: 'notice', jurisdiction: 'opt-out' });
    expect(consent.needsConsent()).toBe(false);
  });

  it('is replaced by an opt-in record once the visitor chooses, keeping the record id', () => {
    const store = memoryStore(fromOptOut);
    createConsent({ store }).rejectAll();
    const record = decodeConsent(store.read())!;
    expect(record.id).toBe('V1StGXR8_Z5jdHi6B-myT');
    expect(record).not.toHaveProperty('jurisdiction');
  });
});

describe('config', () => {
  it('rejects a jurisdiction that is not opt-in, opt-out or a function, and an overlong region', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const consent = createConsent({ jurisdiction: 'opt_out' as never, region: 'x'.repeat(65), store: memoryStore() });
    const message = String(error.mock.calls[0]?.[0]);
    expect(message).toContain(`jurisdiction: expected 'opt-in', 'opt-out' or a function of the region`);
    expect(message).toContain('region: expected a string of at most 64 characters');
    expect(consent.jurisdiction).toBe('opt-in');
  });
});
