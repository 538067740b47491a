import { createHash } from 'node:crypto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createConsent } from '../../src/consent';
import { noticeHash } from '../../src/optout/notice';
import type { ConsentLogEvent } from '../../src/optout/types';
import { isLogEvent } from '../../src/optout/valid';
import { memoryStore } from '../../src/store/memory';
import { testStorage } from './helpers';

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');
const BANNER = '\n  We use cookies\u00a0and   local storage.\n\tÜber uns — مرحبا  Accept all Reject all Settings  ';
const WORDS = 'We use cookies and local storage. Über uns — مرحبا Accept all Reject all Settings';

// A transport that never answers: events stay queued, so the queue's storage shows what was logged.
function setup() {
  const storage = testStorage();
  const transport = { send: () => new Promise<readonly string[]>(() => {}) };
  const consent = createConsent({ store: memoryStore(), optOut: { transport, storage } });
  const logged: ConsentLogEvent[] = [];
  consent.on('logged', ({ event }) => logged.push(event));
  const stored = () => [...storage.map.values()].map((entry) => (JSON.parse(entry) as { event: ConsentLogEvent }).event);
  return { consent, logged, stored };
}

afterEach(() => vi.unstubAllGlobals());

describe('noticeHash', () => {
  it('is the SHA-256 of the words: whitespace runs collapsed to one space, the ends trimmed, UTF-8', async () => {
    expect(await noticeHash(BANNER)).toBe(sha256(WORDS));
    expect(await noticeHash('Reject all')).not.toBe(await noticeHash('Reject  al'));
  });

  it('resolves undefined for a value that is not text, and where there is no crypto.subtle (plain http)', async () => {
    expect(await noticeHash(42)).toBeUndefined();
    vi.stubGlobal('crypto', { getRandomValues: crypto.getRandomValues.bind(crypto) });
    expect(await noticeHash(WORDS)).toBeUndefined();
  });
});

describe('a choice made with the text the visitor read', () => {
  it('logs the hash of that text, queued and announced together with the text it is of', async () => {
    const { consent, logged, stored } = setup();
    const texts: (string | undefined)[] = [];
    consent.on('logged', ({ text }) => texts.push(text));
    consent.rejectAll({ notice: BANNER });
    await vi.waitFor(() => expect(logged).toHaveLength(1));
    expect(texts).toEqual([WORDS]);
    expect(logged[0]).toMatchObject({ type: 'optout', source: 'banner', notice: sha256(WORDS) });
    expect(stored()).toEqual(logged);
    expect(consent.getPendingEvents()).toEqual(logged);
    expect(isLogEvent(logged[0])).toBe(true);
  });

  it('passes the text through every method that records a choice', async () => {
    const { consent, logged } = setup();
    consent.acceptAll({ notice: 'a' });
    consent.setConsent({ analytics: false }, { notice: 'b' });
    consent.optOutOfInterestBasedAds({ notice: 'c', source: 'link' });
    consent.optInToInterestBasedAds({ notice: 'd', source: 'link' });
    await vi.waitFor(() => expect(logged).toHaveLength(4));
    expect(logged.map(({ type, notice }) => [type, notice])).toEqual([
      ['consent', sha256('a')],
      ['consent', sha256('b')],
      ['optout', sha256('c')],
      ['optin', sha256('d')],
    ]);
  });

  it('keeps the order events happened in: one without a text waits for the hash of the one before', async () => {
    const { consent, logged } = setup();
    consent.rejectAll({ notice: WORDS });
    consent.optInToInterestBasedAds(); // no text: nothing to hash, but it comes second
    expect(logged).toEqual([]);
    // Waiting for a hash is pending too: QA sees both events at once, in order.
    expect(consent.getPendingEvents().map(({ type }) => type)).toEqual(['optout', 'optin']);
    await vi.waitFor(() => expect(logged).toHaveLength(2));
    expect(logged.map(({ type, notice }) => [type, notice])).toEqual([
      ['optout', sha256(WORDS)],
      ['optin', undefined],
    ]);
    expect(Object.keys(logged[1]!)).not.toContain('notice');
  });

  it('a page that goes before the hash is done queues the event without it: never lost, never twice', async () => {
    const { consent, logged, stored } = setup();
    consent.rejectAll({ notice: WORDS });
    dispatchEvent(new Event('pagehide'));
    expect(logged).toHaveLength(1);
    expect(stored()).toHaveLength(1);
    expect(logged[0]!.notice).toBeUndefined();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(logged).toHaveLength(1);
    expect(stored()).toHaveLength(1);
  });

  it('without crypto.subtle, or with a text that is not a string, the event is logged without a hash', () => {
    vi.stubGlobal('crypto', { getRandomValues: crypto.getRandomValues.bind(crypto) });
    const { consent, logged } = setup();
    consent.rejectAll({ notice: WORDS });
    consent.acceptAll({ notice: 42 as unknown as string });
    return vi.waitFor(() => expect(logged.map(({ notice }) => notice)).toEqual([undefined, undefined]));
  });

  it('an empty text (whitespace only) proves nothing: logged at once without a hash', () => {
    const { consent, logged } = setup();
    const details: object[] = [];
    consent.on('logged', (detail) => details.push(detail));
    consent.rejectAll({ notice: ' \n\t ' });
    expect(logged).toHaveLength(1);
    expect(logged[0]).not.toHaveProperty('notice');
    expect(details[0]).not.toHaveProperty('text');
  });

  it("lists an event waiting for its hash among other tabs' events, oldest first", () => {
    vi.useFakeTimers({ now: Date.parse('2026-11-26T12:00:00Z'), toFake: ['Date'] });
    const storage = testStorage();
    const transport = { send: () => new Promise<readonly string[]>(() => {}) };
    const here = createConsent({ store: memoryStore(), optOut: { transport, storage } });
    const other = createConsent({ store: memoryStore(), optOut: { transport, storage } });
    here.rejectAll({ notice: WORDS });
    vi.setSystemTime(Date.parse('2026-11-26T12:00:01Z'));
    other.acceptAll();
    expect(here.getPendingEvents().map(({ at, type }) => [at, type])).toEqual([
      ['2026-11-26T12:00:00.000Z', 'optout'],
      ['2026-11-26T12:00:01.000Z', 'consent'],
    ]);
    vi.useRealTimers();
  });

  it('a choice without a text is logged at once, as before', () => {
    const { consent, logged } = setup();
    const details: object[] = [];
    consent.on('logged', (detail) => details.push(detail));
    consent.rejectAll();
    expect(logged).toHaveLength(1);
    expect(logged[0]).not.toHaveProperty('notice');
    expect(details[0]).not.toHaveProperty('text');
  });
});

describe('isLogEvent and the notice field', () => {
  const base = {
    id: 'Uakgb_J5m9g-0JDMbcJqL', type: 'optout', consentId: 'V1StGXR8_Z5jdHi6B-myT', at: '2026-11-26T10:00:00.123Z', revision: 1,
    source: 'link', method: 'custom', choices: { advertising: false }, url: 'https://example.com/', dnt: null, gpc: null, sdkVersion: '0.1.0',
  };

  it('accepts an event without one (queued by an older version) and one with a SHA-256', () => {
    expect(isLogEvent(base)).toBe(true);
    expect(isLogEvent({ ...base, notice: sha256('x') })).toBe(true);
  });

  it('refuses a notice that is not 64 lower-case hex digits', () => {
    for (const notice of ['', 'abc', sha256('x').toUpperCase(), `${sha256('x')}0`, 42, null]) expect(isLogEvent({ ...base, notice })).toBe(false);
  });
});
