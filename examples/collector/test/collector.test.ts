// @vitest-environment node
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCollector, retentionCutoff } from '../collector.mjs';
import { startServer } from '../../server/index.mjs';
import { openStore } from '../store.mjs';
import { validateEvent } from '../validate.mjs';
import { validEvent } from './events';

type Collector = ReturnType<typeof createCollector>;
let collector: Collector;
let server: { url: string; close(): Promise<void> };
const event = validEvent;

const post = (body: unknown, headers: Record<string, string> = { 'Content-Type': 'application/json' }) =>
  fetch(`${server.url}/api/consent-log`, { method: 'POST', headers, body: typeof body === 'string' ? body : JSON.stringify(body) });
const list = async (query = '') => (await (await fetch(`${server.url}/api/consent-log${query}`)).json()) as { events: Record<string, unknown>[] };

beforeEach(async () => {
  collector = createCollector({ dbPath: ':memory:' });
  server = await startServer({ port: 0, routes: [{ prefix: '/api/consent-log', methods: ['GET', 'HEAD', 'POST'], handle: collector.handle }] });
});
afterEach(async () => {
  await server.close();
  collector.close();
});

describe('POST /api/consent-log', () => {
  it('stores a batch and acknowledges every id', async () => {
    const events = [event(), event({ type: 'consent', source: 'banner', method: 'accept-all', choices: { analytics: true, 'advertising:adpartner': false } })];
    const response = await post({ events });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ acknowledged: events.map(({ id }) => id), rejected: [] });
    const stored = (await list()).events;
    expect(stored).toHaveLength(2);
    expect(stored[1]).toEqual({ ...events[0], receivedAt: expect.stringMatching(/Z$/) });
  });

  it('accepts every method the engine records, including the opt-out jurisdiction notice', async () => {
    const events = ['accept-all', 'reject-all', 'custom', 'api', 'notice'].map((method) => event({ method }));
    expect(await (await post({ events })).json()).toEqual({ acknowledged: events.map(({ id }) => id), rejected: [] });
  });

  it('treats a resend as a no-op, still acknowledging it, and keeps the first copy', async () => {
    const original = event();
    await post({ events: [original] });
    const response = await post({ events: [{ ...original, source: 'api' }, original] });
    expect((await response.json()).acknowledged).toEqual([original.id, original.id]);
    const stored = (await list()).events;
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ source: 'link' });
  });

  it('stores the valid events of a batch and rejects the others with their problems', async () => {
    const good = event();
    const response = await post({ events: [good, event({ type: 'hacked', url: 'https://example.com/?email=a@b.c', extra: 1 }), 'nonsense'] });
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body.acknowledged).toEqual([good.id]);
    expect(body.rejected[0].problems).toEqual([
      'extra: unknown field',
      'type: expected one of consent, optout, optin, reset',
      'url: expected a URL without query string or fragment',
    ]);
    expect(body.rejected[1]).toEqual({ id: null, problems: ['expected an object'] });
    expect((await list()).events).toHaveLength(1);
  });

  it('stores the hash of the text the visitor read, and lists it; an event without one lists without one', async () => {
    const notice = 'a'.repeat(64);
    const events = [event({ notice }), event()];
    expect(await (await post({ events })).json()).toEqual({ acknowledged: events.map(({ id }) => id), rejected: [] });
    const stored = (await list()).events;
    expect(stored[1]).toEqual({ ...events[0], receivedAt: expect.any(String) });
    expect(stored[0]).not.toHaveProperty('notice');
    const csv = (await (await fetch(`${server.url}/api/consent-log?format=csv`)).text()).split('\r\n');
    expect(csv[2]).toMatch(new RegExp(`,"${notice}"$`));
    expect(csv[1]).toMatch(/,""$/);
  });

  it('refuses a notice that is not a SHA-256 in lower-case hex', async () => {
    for (const notice of ['', 'A'.repeat(64), 'a'.repeat(63), 42, null]) {
      expect(validateEvent(event({ notice }))).toEqual(['notice: expected a SHA-256 in 64 lower-case hex digits, when present']);
    }
  });

  it('adds the notice column to a database made before it, keeping its rows', async () => {
    const { mkdtempSync, rmSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const Database = (await import('better-sqlite3')).default;
    const dir = mkdtempSync(join(tmpdir(), 'collector-'));
    const file = join(dir, 'old.db');
    const old = new Database(file);
    old.exec(`CREATE TABLE consent_events (id TEXT PRIMARY KEY, type TEXT NOT NULL, consent_id TEXT NOT NULL, occurred_at TEXT NOT NULL,
      received_at TEXT NOT NULL, revision INTEGER NOT NULL, source TEXT NOT NULL, method TEXT NOT NULL, choices TEXT NOT NULL, url TEXT NOT NULL,
      dnt TEXT, gpc INTEGER, sdk_version TEXT NOT NULL) WITHOUT ROWID`);
    old.prepare(`INSERT INTO consent_events VALUES ('evt_old_0000000000', 'optout', 'V1StGXR8_Z5jdHi6B-myT', '2026-01-01T00:00:00.000Z',
      '2026-01-01T00:00:01.000Z', 1, 'link', 'custom', '{"advertising":false}', 'https://www.example.com/', NULL, NULL, '0.1.0')`).run();
    old.close();
    const store = openStore(file);
    store.store([event({ notice: 'b'.repeat(64) })]);
    expect(store.list().map(({ id, notice }) => [id, notice])).toEqual([
      [expect.stringMatching(/^evt_/), 'b'.repeat(64)],
      ['evt_old_0000000000', undefined],
    ]);
    store.close();
    rmSync(dir, { recursive: true });
  });

  it('answers 400 when nothing in the batch is valid', async () => {
    const response = await post({ events: [event({ id: 'short' })] });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: 'No valid events', acknowledged: [] });
  });

  it('answers malformed JSON with 400 and a clear message', async () => {
    const response = await post('{"events": [');
    expect(response.status).toBe(400);
    expect((await response.json()).error).toMatch(/^Malformed JSON: /);
    for (const body of ['[]', '{"events": {}}', '{"events": []}']) {
      const answer = await post(body);
      expect(answer.status, body.slice(0, 30)).toBe(400);
    }
  });

  it('refuses anything but application/json (415)', async () => {
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'application/json-patch+json']) {
      const response = await post({ events: [event()] }, { 'Content-Type': type });
      expect(response.status, type).toBe(415);
    }
    expect((await post({ events: [event()] }, { 'Content-Type': 'application/json; charset=UTF-8' })).status).toBe(200);
  });

  it('refuses an oversized body with 413', async () => {
    const response = await post(JSON.stringify({ events: [event({ url: `https://example.com/${'a'.repeat(300_000)}` })] }));
    expect(response.status).toBe(413);
    expect((await response.json()).error).toMatch(/Body too large/);
  });

  it('stores every event the SDK can log: many services, the largest revision, a page off the web', () => {
    const choices = Object.fromEntries(Array.from({ length: 300 }, (_, i) => [`advertising:partner-${i}`, false]));
    for (const url of ['file:///home/visitor/shop/index.html', 'capacitor://localhost/checkout', 'https://example.com/']) {
      expect(validateEvent(event({ choices, revision: 2 ** 31, url })), url).toEqual([]);
    }
  });

  it('validates every field', () => {
    const problems = validateEvent({
      id: 1,
      type: 'optout',
      consentId: 'x',
      at: 'yesterday',
      revision: -1,
      source: 'email',
      method: 'magic',
      choices: { Advertising: 'no' },
      url: 'javascript:alert(1)',
      dnt: 'yes',
      gpc: 'true',
      sdkVersion: 'x'.repeat(40),
    });
    expect(problems.map((problem) => problem.split(':')[0])).toEqual([
      'id', 'consentId', 'at', 'revision', 'source', 'method', 'choices', 'url', 'dnt', 'gpc', 'sdkVersion',
    ]);
  });
});

describe('GET /api/consent-log', () => {
  it('lists newest first, filters by consent id and type, and exports CSV', async () => {
    const other = 'OtherRecord_123456789';
    const events = [event(), event({ type: 'optin', method: 'api', source: 'api', choices: { advertising: true } }), event({ consentId: other }), event({ type: 'consent', url: 'https://example.com/=cmd' })];
    await post({ events });
    expect((await list()).events.map(({ id }) => id)).toEqual(events.map(({ id }) => id).reverse());
    expect((await list(`?consentId=${other}`)).events.map(({ id }) => id)).toEqual([events[2]!.id]);
    expect((await list('?type=optout')).events.map(({ id }) => id)).toEqual([events[2]!.id, events[0]!.id]);
    expect((await list('?limit=1')).events).toHaveLength(1);
    const csv = await fetch(`${server.url}/api/consent-log?format=csv&type=optin`);
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const [header, row, end] = (await csv.text()).split('\r\n');
    expect(header).toBe('id,type,consentId,at,receivedAt,revision,source,method,choices,url,dnt,gpc,sdkVersion,notice');
    expect(row).toContain(`"${events[1]!.id}","optin"`);
    expect(row).toContain('"{""advertising"":true}"');
    expect(end).toBe('');
    expect((await fetch(`${server.url}/api/consent-log?type=bogus`)).status).toBe(400);
    expect((await fetch(`${server.url}/api/consent-log?limit=0`)).status).toBe(400);
  });
});

describe('retention', () => {
  it('counts calendar months back from now', () => {
    expect(retentionCutoff(24, new Date('2026-11-26T12:00:00Z'))).toBe('2024-11-26T12:00:00.000Z');
  });

  it('counts back to the last day of a shorter month, never into the next one (nothing is pruned early)', () => {
    expect(retentionCutoff(24, new Date('2028-02-29T12:00:00Z'))).toBe('2026-02-28T12:00:00.000Z');
    expect(retentionCutoff(1, new Date('2026-03-31T00:00:00Z'))).toBe('2026-02-28T00:00:00.000Z');
    expect(retentionCutoff(13, new Date('2027-01-31T08:00:00Z'))).toBe('2025-12-31T08:00:00.000Z');
  });

  it('prunes events received before the retention period, and keeps the rest', () => {
    const store = openStore(':memory:');
    store.store([event()], '2024-11-26T11:59:59.999Z');
    const kept = [event(), event()];
    store.store([kept[0]], '2024-11-26T12:00:00.000Z');
    store.store([kept[1]], '2026-11-26T12:00:00.000Z');
    expect(store.prune(retentionCutoff(24, new Date('2026-11-26T12:00:00Z')))).toBe(1);
    expect(store.list().map(({ id }) => id).sort()).toEqual(kept.map(({ id }) => id).sort());
    store.close();
  });

  it('collector.prune() uses the configured months (24 by default)', async () => {
    await post({ events: [event(), event()] });
    expect(collector.prune(24, new Date(Date.now() + 23 * 31 * 864e5))).toBe(0);
    expect(collector.prune(24, new Date(Date.now() + 25 * 31 * 864e5))).toBe(2);
    expect((await list()).events).toEqual([]);
  });
});
