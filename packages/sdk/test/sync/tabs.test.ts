import { afterEach, describe, expect, it, vi } from 'vitest';
import { createConsent } from '../../src/consent';
import { encodeConsent } from '../../src/record/codec';
import { memoryStore } from '../../src/store/memory';
import { connectTabs } from '../../src/sync/tabs';
import type { ChangeEventDetail } from '../../src/types';

let channel = 0;
/** A channel name no other test uses: every instance in this file shares one (Node's) BroadcastChannel space. */
const unique = () => `test-${++channel}`;

afterEach(() => vi.unstubAllGlobals());

describe('connectTabs', () => {
  it('sends to every other page on the same name, not to itself nor to other names', async () => {
    const name = unique();
    const heard: string[] = [];
    const announce = connectTabs(name, (value) => heard.push(`self:${value}`));
    connectTabs(name, (value) => heard.push(`other:${value}`));
    connectTabs(unique(), (value) => heard.push(`elsewhere:${value}`));
    announce('1.abc');
    announce('');
    await vi.waitFor(() => expect(heard).toEqual(['other:1.abc', 'other:']));
  });

  it('falls back to the storage event, leaving nothing stored', () => {
    vi.stubGlobal('BroadcastChannel', undefined);
    const name = unique();
    const heard: string[] = [];
    const announce = connectTabs(name, (value) => heard.push(value));
    const setItem = vi.spyOn(Storage.prototype, 'setItem');
    announce('1.abc');
    expect(setItem).toHaveBeenCalledWith(name, '1.abc');
    expect(localStorage.getItem(name)).toBeNull();
    // What another tab's write looks like here; a removal (newValue null) and other keys are ignored.
    dispatchEvent(new StorageEvent('storage', { key: name, newValue: '1.def' }));
    dispatchEvent(new StorageEvent('storage', { key: name, newValue: null }));
    dispatchEvent(new StorageEvent('storage', { key: 'other', newValue: 'x' }));
    expect(heard).toEqual(['1.def']);
  });

  it('never throws, when storage is blocked either', () => {
    vi.stubGlobal('BroadcastChannel', undefined);
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    expect(() => connectTabs(unique(), () => {})('x')).not.toThrow();
  });
});

describe('two instances on one store, as two tabs on one cookie', () => {
  // Each pair needs its own cookie name, hence its own channel.
  const tabs = (extra: { revision?: number } = {}) => {
    const store = memoryStore();
    const cookie = { name: unique().replace(/-/g, '_') };
    const first = createConsent({ store, cookie, sync: true });
    const second = createConsent({ store, cookie, sync: true, ...extra });
    const changes: ChangeEventDetail[] = [];
    second.on('change', (detail) => changes.push(detail));
    return { store, first, second, changes, channel: `consentkit:${cookie.name}` };
  };

  it('a choice in one is taken by the other, as an external change, without writing it again', async () => {
    const { store, first, second, changes } = tabs();
    const write = vi.spyOn(store, 'write');
    first.setConsent({ analytics: true });
    await vi.waitFor(() => expect(second.hasConsent('analytics')).toBe(true));
    expect(second.getConsent()).toEqual(first.getConsent());
    expect(changes).toEqual([expect.objectContaining({ external: true, changed: ['analytics'], previous: null })]);
    expect(write).toHaveBeenCalledTimes(1);

    first.reset();
    await vi.waitFor(() => expect(second.getConsent()).toBeNull());
    expect(changes[1]).toMatchObject({ external: true, record: null });
    expect(second.needsConsent()).toBe(true);
  });

  it('ignores a record it already has, and an older one: two tabs choosing at once end on the newest', async () => {
    const { first, second, changes, channel } = tabs();
    const firstChanges: ChangeEventDetail[] = [];
    first.on('change', (detail) => firstChanges.push(detail));
    vi.useFakeTimers({ now: Date.parse('2026-11-26T12:00:00Z'), toFake: ['Date'] });
    first.acceptAll();
    const older = first.getConsent()!;
    await vi.waitFor(() => expect(changes).toHaveLength(1));
    vi.setSystemTime(Date.parse('2026-11-26T12:00:10Z'));
    second.rejectAll();
    await vi.waitFor(() => expect(first.getConsent()?.method).toBe('reject-all'));
    vi.useRealTimers();
    const other = connectTabs(channel, () => {});
    other(encodeConsent(older)); // late, older
    other(encodeConsent(first.getConsent()!)); // the same again
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(first.getConsent()?.method).toBe('reject-all');
    expect(firstChanges.map(({ external, record }) => `${external}:${record?.method}`)).toEqual(['false:accept-all', 'true:reject-all']);
  });

  it('two choices in the same second end, in both tabs, on the one the store holds (the last written)', async () => {
    const { store, first, second } = tabs();
    vi.useFakeTimers({ now: Date.parse('2026-11-26T12:00:00.100Z'), toFake: ['Date'] });
    first.acceptAll();
    vi.setSystemTime(Date.parse('2026-11-26T12:00:00.900Z'));
    second.rejectAll(); // before either tab has heard of the other's choice
    vi.useRealTimers();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(first.getConsent()?.updatedAt).toBe(second.getConsent()?.updatedAt);
    expect(first.getConsent()?.method).toBe('reject-all');
    expect(second.getConsent()?.method).toBe('reject-all');
    expect(store.read()).toBe(encodeConsent(second.getConsent()!));
  });

  it('a page restored from the back/forward cache rereads the store; one that throws is reported and the choice kept', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    let fail = false;
    const inner = memoryStore();
    const store = { ...inner, read: () => (fail ? (() => { throw new Error('blocked'); })() : inner.read()) };
    const consent = createConsent({ store, cookie: { name: unique().replace(/-/g, '_') }, sync: true });
    consent.acceptAll();
    const restored = () => window.dispatchEvent(Object.assign(new Event('pageshow'), { persisted: true }));
    fail = true;
    expect(restored).not.toThrow();
    expect(error).toHaveBeenCalledWith('[ConsentKit] could not read the stored choice:', expect.any(Error));
    expect(consent.hasConsent('analytics')).toBe(true); // a failed read is not "no choice"
    // Readable again, and emptied meanwhile (another tab reset): the restored page follows.
    fail = false;
    inner.clear();
    restored();
    expect(consent.getConsent()).toBeNull();
  });

  it('ignores a value that does not decode: junk on the channel cannot undo an opt-out', async () => {
    const { first, second, changes, channel } = tabs();
    first.rejectAll();
    await vi.waitFor(() => expect(second.isOptedOutOfInterestBasedAds()).toBe(true));
    const other = connectTabs(channel, () => {});
    other('not-a-record');
    other('ck1.tampered');
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(second.isOptedOutOfInterestBasedAds()).toBe(true);
    expect(second.getConsent()?.method).toBe('reject-all');
    expect(changes).toHaveLength(1);
  });

  it('takes a record of another revision as no consent, as a reload would', async () => {
    const { first, second, changes } = tabs({ revision: 2 });
    first.acceptAll();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(second.getConsent()).toBeNull();
    expect(changes).toEqual([]);
  });

  it('is off with a custom store unless asked, and on by default with the cookie store', async () => {
    const store = memoryStore();
    const first = createConsent({ store });
    const second = createConsent({ store });
    first.acceptAll();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(second.hasConsent('analytics')).toBe(false);

    const a = createConsent({ cookie: { name: 'sync_default' } });
    const b = createConsent({ cookie: { name: 'sync_default' } });
    a.acceptAll();
    await vi.waitFor(() => expect(b.hasConsent('analytics')).toBe(true));
    document.cookie = 'sync_default=; max-age=0; path=/';
  });
});
