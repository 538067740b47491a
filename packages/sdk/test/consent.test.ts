import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createConsent } from '../src/consent';
import { decodeConsent, encodeConsent } from '../src/record/codec';
import { memoryStore } from '../src/store/memory';
import type { RecordStore } from '../src/store/types';
import { storedValue } from './stored';

const OPTIONAL = ['preferences', 'analytics', 'advertising', 'social'];
const DAY = 86_400_000;

const clearCookies = () => {
  for (const cookie of document.cookie.split('; ').filter(Boolean)) {
    document.cookie = `${cookie.split('=')[0]}=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/`;
  }
};

beforeEach(() => {
  vi.useFakeTimers({ now: Date.parse('2026-11-26T12:00:00Z'), toFake: ['Date'] });
  clearCookies();
});
afterEach(() => vi.useRealTimers());

describe('createConsent: before any choice', () => {
  it('denies everything optional, grants necessary, and asks', () => {
    const consent = createConsent({ store: memoryStore() });
    expect(consent.getConsent()).toBeNull();
    expect(consent.needsConsent()).toBe(true);
    expect(consent.hasConsent('necessary')).toBe(true);
    for (const id of OPTIONAL) expect(consent.hasConsent(id)).toBe(false);
    expect(consent.hasConsent('unknown')).toBe(false);
  });

  it('lists built-ins first in their order, then site categories', () => {
    const consent = createConsent({
      store: memoryStore(),
      categories: { chat: { label: 'Chat' }, social: false, analytics: { services: [{ id: 'matomo' }] } },
    });
    const categories = consent.getCategories();
    expect(categories.map((c) => c.id)).toEqual(['necessary', 'preferences', 'analytics', 'advertising', 'chat']);
    expect(categories[0]).toMatchObject({ required: true, builtIn: true });
    expect(categories[4]).toMatchObject({ label: 'Chat', required: false, builtIn: false });
    expect(categories[2]?.services).toEqual([{ id: 'matomo', cookies: [], storage: [], indexedDB: [] }]);
  });

  it('writes nothing before a choice', () => {
    createConsent();
    expect(document.cookie).toBe('');
  });
});

describe('choices', () => {
  it('acceptAll grants every category and service and stores a record', () => {
    const store = memoryStore();
    const consent = createConsent({ store, categories: { advertising: { services: [{ id: 'adpartner' }] } } });
    consent.acceptAll();
    for (const id of [...OPTIONAL, 'advertising:adpartner']) expect(consent.hasConsent(id)).toBe(true);
    expect(consent.needsConsent()).toBe(false);
    const record = consent.getConsent()!;
    expect(record).toMatchObject({ method: 'accept-all', revision: 1, choices: { preferences: true, analytics: true, advertising: true, social: true } });
    expect(record.id).toMatch(/^[A-Za-z0-9_-]{21}$/);
    expect(record.createdAt).toBe('2026-11-26T12:00:00.000Z');
    expect(decodeConsent(store.read())).toEqual(record);
  });

  it('rejectAll denies every optional category', () => {
    const consent = createConsent({ store: memoryStore() });
    consent.rejectAll();
    for (const id of OPTIONAL) expect(consent.hasConsent(id)).toBe(false);
    expect(consent.getConsent()).toMatchObject({ method: 'reject-all', choices: { preferences: false, analytics: false, advertising: false, social: false } });
    expect(consent.needsConsent()).toBe(false);
  });

  it('setConsent changes only what it names, and services can differ from their category', () => {
    const consent = createConsent({ store: memoryStore(), categories: { advertising: { services: [{ id: 'adpartner' }, { id: 'other' }] } } });
    consent.setConsent({ analytics: true }, { method: 'custom' });
    expect(consent.getConsent()).toMatchObject({ method: 'custom', choices: { analytics: true, preferences: false } });
    consent.setConsent({ advertising: true, 'advertising:other': false });
    expect(consent.hasConsent('analytics')).toBe(true);
    expect(consent.hasConsent('advertising:adpartner')).toBe(true);
    expect(consent.hasConsent('advertising:other')).toBe(false);
    expect(consent.getConsent()?.method).toBe('api');
  });

  it('ignores unknown keys and non-boolean values with a warning', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const consent = createConsent({ store: memoryStore() });
    consent.setConsent({ necessary: false, bogus: true, analytics: 'yes' as never, social: true });
    expect(warn).toHaveBeenCalledTimes(3);
    expect(consent.hasConsent('necessary')).toBe(true);
    expect(consent.hasConsent('analytics')).toBe(false);
    expect(consent.hasConsent('social')).toBe(true);
  });

  it('records nothing, and logs no opt-out, when nothing it names is a choice', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const consent = createConsent({ store: memoryStore() });
    const events: string[] = [];
    for (const name of ['change', 'optout', 'logged'] as const) consent.on(name, () => events.push(name));
    consent.setConsent({ analytcs: true });
    consent.setConsent({ necessary: false, social: 'yes' as never });
    expect(consent.getConsent()).toBeNull();
    expect(consent.needsConsent()).toBe(true);
    expect(events).toEqual([]);
  });

  it('keeps the record id and creation time across changes, and records the signals seen', () => {
    const consent = createConsent({ store: memoryStore() });
    consent.rejectAll();
    const first = consent.getConsent()!;
    vi.setSystemTime(Date.parse('2026-11-27T08:00:00Z'));
    Object.defineProperty(navigator, 'globalPrivacyControl', { value: true, configurable: true });
    consent.acceptAll();
    delete (navigator as { globalPrivacyControl?: boolean }).globalPrivacyControl;
    expect(consent.getConsent()).toMatchObject({ id: first.id, createdAt: first.createdAt, updatedAt: '2026-11-27T08:00:00.000Z', signals: { gpc: true } });
  });

  it('reset forgets the choice and clears the store', () => {
    const store = memoryStore();
    const consent = createConsent({ store });
    consent.acceptAll();
    consent.reset();
    expect(consent.getConsent()).toBeNull();
    expect(consent.hasConsent('analytics')).toBe(false);
    expect(consent.needsConsent()).toBe(true);
    expect(store.read()).toBeUndefined();
  });
});

describe('the stored record', () => {
  const stored = storedValue;

  it('is read at creation: a returning visitor is not asked again', () => {
    const consent = createConsent({ store: memoryStore(stored()) });
    expect(consent.needsConsent()).toBe(false);
    expect(consent.hasConsent('analytics')).toBe(true);
    expect(consent.hasConsent('advertising')).toBe(false);
  });

  // hasConsent sits on hot paths (every tag decision, every script a page guards): it must not re-read or
  // re-decode the stored value per call. `pnpm bench:has-consent` reports how many calls per second that gives.
  it('answers hasConsent from memory: the store is read once, at creation', () => {
    const store = memoryStore(stored());
    const read = vi.spyOn(store, 'read');
    const consent = createConsent({ store });
    for (let call = 0; call < 100; call += 1) consent.hasConsent(call % 2 ? 'analytics' : 'advertising');
    expect(read).toHaveBeenCalledTimes(1);
    expect(consent.hasConsent('analytics')).toBe(true);
  });

  it('from an older revision counts as no consent and asks again', () => {
    const consent = createConsent({ revision: 2, store: memoryStore(stored()) });
    expect(consent.getConsent()).toBeNull();
    expect(consent.hasConsent('analytics')).toBe(false);
    expect(consent.needsConsent()).toBe(true);
    consent.rejectAll();
    expect(consent.getConsent()).toMatchObject({ id: 'V1StGXR8_Z5jdHi6B-myT', revision: 2 });
  });

  it('from an older revision is offered as the previous choice, as it was, until the visitor chooses again', () => {
    const old = stored({ choices: { preferences: false, analytics: true, advertising: false, social: false, 'social:likes': true } });
    const consent = createConsent({ revision: 2, store: memoryStore(old) });
    expect(consent.getPreviousConsent()).toEqual(decodeConsent(old));
    // Never upgraded silently: nothing it granted is in force.
    expect(consent.hasConsent('analytics')).toBe(false);
    expect(consent.hasConsent('social:likes')).toBe(false);
    consent.setConsent({ analytics: true }, { method: 'custom' });
    expect(consent.getPreviousConsent()).toBeNull();
    // The new choice starts from nothing, not from the stale record: social:likes was not carried over.
    expect(consent.getConsent()?.choices).toEqual({ preferences: false, analytics: true, advertising: false, social: false });
  });

  it('in force is not a previous choice; nothing stored means none', () => {
    expect(createConsent({ store: memoryStore(stored()) }).getPreviousConsent()).toBeNull();
    expect(createConsent({ store: memoryStore() }).getPreviousConsent()).toBeNull();
  });

  it('past its lifetime is offered as the previous choice too, and reset() forgets it', () => {
    const monthAgo = new Date(Date.now() - 31 * DAY).toISOString();
    const consent = createConsent({ store: memoryStore(stored({ createdAt: monthAgo, updatedAt: monthAgo })), cookie: { expiresAfterDays: 30 } });
    expect(consent.getPreviousConsent()?.choices.analytics).toBe(true);
    consent.reset();
    expect(consent.getPreviousConsent()).toBeNull();
  });

  it('is written with the lifetime of what it grants: a refusal may be kept shorter', () => {
    const writes: number[] = [];
    const store = { ...memoryStore(), write: (_: string, days: number) => void writes.push(days) };
    const consent = createConsent({ store, cookie: { expiresAfterDays: 395, refusalExpiresAfterDays: 90 } });
    consent.acceptAll();
    consent.rejectAll();
    consent.setConsent({ social: true });
    expect(writes).toEqual([395, 90, 395]);
    const defaults: number[] = [];
    createConsent({ store: { ...memoryStore(), write: (_, days) => void defaults.push(days) } }).rejectAll();
    expect(defaults).toEqual([182]);
  });

  it('expires after expiresAfterDays, and a refusal after refusalExpiresAfterDays', () => {
    const monthAgo = new Date(Date.now() - 31 * DAY).toISOString();
    const granted = stored({ createdAt: monthAgo, updatedAt: monthAgo });
    expect(createConsent({ store: memoryStore(granted) }).needsConsent()).toBe(false);
    expect(createConsent({ store: memoryStore(granted), cookie: { expiresAfterDays: 30 } }).hasConsent('analytics')).toBe(false);
    expect(createConsent({ store: memoryStore(granted), cookie: { expiresAfterDays: 30 } }).needsConsent()).toBe(true);
    const noneGranted = { preferences: false, analytics: false, advertising: false, social: false };
    const refused = stored({ createdAt: monthAgo, updatedAt: monthAgo, choices: noneGranted });
    expect(createConsent({ store: memoryStore(refused), cookie: { expiresAfterDays: 60 } }).needsConsent()).toBe(false);
    expect(createConsent({ store: memoryStore(refused), cookie: { expiresAfterDays: 60, refusalExpiresAfterDays: 30 } }).needsConsent()).toBe(true);
  });

  it('asks again when the site adds a category, keeping the answered ones', () => {
    const consent = createConsent({ store: memoryStore(stored()), categories: { chat: { label: 'Chat' } } });
    expect(consent.needsConsent()).toBe(true);
    expect(consent.hasConsent('analytics')).toBe(true);
    expect(consent.hasConsent('chat')).toBe(false);
  });

  it.each(['garbage', '1.x.1.2.3.4.5.6', '', '%E0%A4%A'])('treats a bad stored value %s as no consent', (value) => {
    const consent = createConsent({ store: memoryStore(value) });
    expect(consent.getConsent()).toBeNull();
    expect(consent.needsConsent()).toBe(true);
  });

  it('survives a store that throws', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const broken: RecordStore = { read: () => { throw new Error('blocked'); }, write: () => { throw new Error('blocked'); }, clear: () => {} };
    const consent = createConsent({ store: broken });
    expect(consent.needsConsent()).toBe(true);
    expect(() => consent.acceptAll()).not.toThrow();
    expect(error).toHaveBeenCalled();
  });

  // Bug: a store whose write threw aborted the choice half way: the record changed but no event was emitted, so
  // the banner stayed open and listeners (enforcement, the site) never heard of the choice.
  it('keeps a choice for the page and emits it when the store cannot write or clear', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const fail = () => { throw new Error('blocked'); };
    const consent = createConsent({ store: { read: () => undefined, write: fail, clear: fail } });
    const changes: unknown[] = [];
    consent.on('change', ({ record }) => changes.push(record?.method ?? null));
    consent.acceptAll();
    expect(consent.hasConsent('analytics')).toBe(true);
    consent.reset();
    expect(consent.hasConsent('analytics')).toBe(false);
    expect(changes).toEqual(['accept-all', null]);
    expect(error).toHaveBeenCalledWith('[ConsentKit] could not store the choice; it holds for this page only:', expect.any(Error));
  });

  it('uses a first-party cookie by default: ck_consent, readable by the next instance', () => {
    createConsent().acceptAll();
    expect(document.cookie).toMatch(/^ck_consent=1\./);
    expect(createConsent().hasConsent('social')).toBe(true);
    createConsent({ cookie: { name: 'other' } }).rejectAll();
    expect(document.cookie).toContain('other=1.');
  });
});

describe('a config with more services than a stored choice can hold', () => {
  // 4 categories of 40 services with 30-character ids: categories alone fit, every service set on its own does not.
  const categories = Object.fromEntries(
    ['crm', 'chat', 'ads', 'maps'].map((id) => [id, { label: id, services: Array.from({ length: 40 }, (_, n) => ({ id: `service-${n}`.padEnd(30, 'x'), label: `${n}` })) }]),
  );
  const config = { categories };

  it('warns at creation; a choice too long to store keeps each category as one, denied where any of its services was', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const store = memoryStore();
    const consent = createConsent({ ...config, store });
    expect(String(warn.mock.calls[0]?.[0])).toContain('can outgrow a stored choice');
    consent.acceptAll();
    const service = (id: string, n: number) => `${id}:${`service-${n}`.padEnd(30, 'x')}`;
    // Every service set on its own: in crm one of them denied, all the others allowed.
    const each = Object.fromEntries(Object.keys(categories).flatMap((id) => categories[id]!.services.map((_, n) => [service(id, n), !(id === 'crm' && n === 7)])));
    consent.setConsent(each);
    expect(String(error.mock.calls[0]?.[0])).toContain('each category is stored as one');
    expect(consent.getConsent()?.choices).toEqual({ preferences: true, analytics: true, advertising: true, social: true, crm: false, chat: true, ads: true, maps: true });
    expect(consent.hasConsent(service('crm', 0))).toBe(false);
    expect(consent.hasConsent(service('chat', 3))).toBe(true);
    // What is in force is what was stored: the next page view reads the same.
    expect(createConsent({ ...config, store }).getConsent()).toEqual(consent.getConsent());
  });

  it('stores nothing, and clears the older choice, when the categories alone are too long', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const many = { categories: Object.fromEntries(Array.from({ length: 120 }, (_, n) => [`c${n}`.padEnd(32, 'x'), { label: `${n}` }])) };
    const store = memoryStore(storedValue());
    const consent = createConsent({ ...many, store });
    consent.acceptAll();
    expect(String(error.mock.calls.at(-1)?.[1])).toContain('over 4000 characters');
    expect(consent.hasConsent('c0'.padEnd(32, 'x'))).toBe(true); // for this page view
    expect(store.read()).toBeUndefined();
    expect(createConsent({ ...many, store }).needsConsent()).toBe(true);
  });

  it('does not warn when every choice fits', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    createConsent({ categories: { crm: { label: 'CRM', services: [{ id: 'hubspot', label: 'HubSpot' }] } } });
    expect(warn).not.toHaveBeenCalled();
  });
});

describe('events', () => {
  it('emits consent once on the first choice and change on every choice, with what changed', () => {
    const consent = createConsent({ store: memoryStore() });
    const firsts: unknown[] = [];
    const changes: { changed: readonly string[]; previous: unknown }[] = [];
    consent.on('consent', (detail) => firsts.push(detail.record));
    consent.on('change', (detail) => changes.push(detail));
    consent.setConsent({ analytics: true });
    consent.setConsent({ analytics: true, social: true });
    consent.rejectAll();
    expect(firsts).toHaveLength(1);
    expect(changes.map((c) => c.changed)).toEqual([['analytics'], ['social'], ['analytics', 'social']]);
    expect(changes[0]?.previous).toBeNull();
  });

  it('dispatches consentkit:consent and consentkit:change on window, unless domEvents is false', () => {
    const seen: string[] = [];
    const listener = (event: Event) => seen.push(`${event.type}:${(event as CustomEvent).detail.record?.method}`);
    window.addEventListener('consentkit:change', listener);
    window.addEventListener('consentkit:consent', listener);
    createConsent({ store: memoryStore() }).acceptAll();
    createConsent({ store: memoryStore(), domEvents: false }).acceptAll();
    window.removeEventListener('consentkit:change', listener);
    window.removeEventListener('consentkit:consent', listener);
    expect(seen).toEqual(['consentkit:consent:accept-all', 'consentkit:change:accept-all']);
  });

  it('unsubscribes, and a throwing listener does not stop the others or the caller', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const consent = createConsent({ store: memoryStore() });
    const calls: string[] = [];
    consent.on('change', () => { throw new Error('site bug'); });
    const off = consent.on('change', () => calls.push('second'));
    expect(() => consent.acceptAll()).not.toThrow();
    off();
    consent.rejectAll();
    expect(calls).toEqual(['second']);
    expect(error).toHaveBeenCalledWith('[ConsentKit] a listener threw:', expect.any(Error));
  });

  it('instances are independent', () => {
    const a = createConsent({ store: memoryStore() });
    const b = createConsent({ store: memoryStore() });
    a.acceptAll();
    expect(b.hasConsent('analytics')).toBe(false);
  });
});

describe('invalid config', () => {
  it('logs one error listing every problem and falls back to the safest behaviour', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    document.cookie = `ck_consent=${encodeConsent({ id: 'V1StGXR8_Z5jdHi6B-myT', revision: 1, createdAt: '2026-11-01T00:00:00.000Z', updatedAt: '2026-11-01T00:00:00.000Z', choices: { analytics: true }, method: 'custom', signals: { dnt: null, gpc: null }, sdkVersion: '0.1.0' })}; path=/`;
    const consent = createConsent({ revision: 'two', categories: { analytics: { label: 3 } } } as never);
    expect(error).toHaveBeenCalledTimes(1);
    const message = String(error.mock.calls[0]?.[0]);
    expect(message).toContain('revision: expected a whole number from 0');
    expect(message).toContain('categories.analytics.label: expected a string');
    expect(consent.hasConsent('analytics')).toBe(false);
    expect(consent.needsConsent()).toBe(true);
    expect(consent.getCategories().map((c) => c.id)).toEqual(['necessary', 'preferences', 'analytics', 'advertising', 'social']);
  });

  it.each([null, 'string', 42, [], Symbol('x')])('never throws for %s', (config) => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(() => createConsent(config as never).acceptAll()).not.toThrow();
  });
});

describe('storage(category)', () => {
  afterEach(() => localStorage.clear());

  it('writes only with consent for the category, and stops at once on withdrawal', () => {
    const consent = createConsent({ store: memoryStore() });
    const prefs = consent.storage('preferences');
    expect(prefs.setItem('volume', '0.8')).toBe(false);
    expect(localStorage.length).toBe(0);
    consent.setConsent({ preferences: true });
    expect(prefs.setItem('volume', '0.8')).toBe(true);
    expect(prefs.getItem('volume')).toBe('0.8');
    consent.setConsent({ preferences: false });
    expect(prefs.setItem('volume', '0.2')).toBe(false);
    expect(prefs.getItem('volume')).toBeNull();
  });

  it('takes category:service ids and sessionStorage, and falls back to localStorage for anything else', () => {
    const consent = createConsent({ store: memoryStore(), categories: { social: { services: [{ id: 'chirp' }] } } });
    consent.setConsent({ social: true, 'social:chirp': false });
    expect(consent.storage('social:chirp').setItem('a', '1')).toBe(false);
    expect(consent.storage('social', 'session').setItem('b', '1')).toBe(true);
    expect(sessionStorage.getItem('b')).toBe('1');
    expect(consent.storage('social', 'disk' as never).setItem('c', '1')).toBe(true);
    expect(localStorage.getItem('c')).toBe('1');
    sessionStorage.clear();
  });

  it('a necessary key is always allowed; an unknown category never', () => {
    const consent = createConsent({ store: memoryStore() });
    expect(consent.storage('necessary').setItem('cart', '1')).toBe(true);
    expect(consent.storage('nonsense').setItem('x', '1')).toBe(false);
  });
});

describe('methods passed on by themselves', () => {
  it('work without `this`, as the banner passes them (rejectAll, acceptAll, hasConsent, getConsent)', () => {
    const { rejectAll, acceptAll, hasConsent, getConsent } = createConsent({ store: memoryStore() });
    rejectAll();
    expect(getConsent()?.method).toBe('reject-all');
    acceptAll.call(undefined);
    expect(hasConsent('analytics')).toBe(true);
  });
});
