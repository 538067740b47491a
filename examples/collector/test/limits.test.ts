// @vitest-environment node
// Each limit of the collector, through HTTP: what it refuses, with which status, and that it stores nothing then.
import { request } from 'node:http';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCollector } from '../collector.mjs';
import { MAX_BODY_BYTES, MAX_EVENTS, MAX_JSON_DEPTH, nestsDeeperThan } from '../limits.mjs';
import { startServer } from '../../server/index.mjs';
import { validEvent } from './events';

let collector: ReturnType<typeof createCollector>;
let server: { url: string; close(): Promise<void> };

beforeEach(async () => {
  collector = createCollector({ dbPath: ':memory:' });
  server = await startServer({ port: 0, routes: [{ prefix: '/api/consent-log', methods: ['GET', 'POST'], handle: collector.handle }] });
});
afterEach(async () => {
  await server.close();
  collector.close();
});

/** POSTs raw bytes with exactly these headers (fetch would add or fix some). */
function post(body: string | Buffer, headers: Record<string, string | number> = { 'Content-Type': 'application/json' }) {
  return new Promise<{ status: number; body: Record<string, unknown> }>((resolve, reject) => {
    const length = 'Transfer-Encoding' in headers ? {} : { 'Content-Length': Buffer.byteLength(body) };
    const req = request(`${server.url}/api/consent-log`, { method: 'POST', headers: { ...length, ...headers } }, (res) => {
      let text = '';
      res.setEncoding('utf8').on('data', (chunk) => (text += chunk)).on('end', () => resolve({ status: res.statusCode!, body: JSON.parse(text) }));
    });
    // The server may close before reading an oversized body: the answer still arrives.
    req.on('error', reject);
    req.end(body);
  });
}
const stored = async () => ((await (await fetch(`${server.url}/api/consent-log`)).json()) as { events: unknown[] }).events.length;

describe('collector limits', () => {
  it('takes application/json only, with or without charset=utf-8, and no content coding (else 415)', async () => {
    const body = JSON.stringify({ events: [validEvent()] });
    for (const type of ['text/plain', 'application/json; charset=latin1', 'application/jsonx', 'multipart/form-data', '']) {
      expect((await post(body, { 'Content-Type': type })).status, type).toBe(415);
    }
    expect((await post(body, { 'Content-Type': 'application/json', 'Content-Encoding': 'gzip' })).status).toBe(415);
    expect(await stored()).toBe(0);
    expect((await post(body, { 'Content-Type': 'Application/JSON; charset="UTF-8"' })).status).toBe(200);
    expect(await stored()).toBe(1);
  });

  it(`refuses a body over ${MAX_BODY_BYTES} bytes with 413, declared or not`, async () => {
    const big = JSON.stringify({ events: [validEvent({ url: `https://example.com/${'a'.repeat(MAX_BODY_BYTES)}` })] });
    const declared = await post(big);
    expect(declared).toMatchObject({ status: 413, body: { error: expect.stringMatching(/Body too large/) } });
    // Chunked: no Content-Length, so the limit is counted while reading.
    const chunked = await post(big, { 'Content-Type': 'application/json', 'Transfer-Encoding': 'chunked' });
    expect(chunked.status).toBe(413);
    expect(await stored()).toBe(0);
  });

  it(`refuses more than ${MAX_EVENTS} events with 413 (the SDK halves its batch then), none with 400`, async () => {
    const tooMany = await post(JSON.stringify({ events: Array.from({ length: MAX_EVENTS + 1 }, () => validEvent()) }));
    expect(tooMany).toMatchObject({ status: 413, body: { error: `Too many events: at most ${MAX_EVENTS} per request` } });
    expect((await post('{"events":[]}')).status).toBe(400);
    expect(await stored()).toBe(0);
    const most = await post(JSON.stringify({ events: Array.from({ length: MAX_EVENTS }, () => validEvent()) }));
    expect(most.status).toBe(200);
    expect(await stored()).toBe(MAX_EVENTS);
  });

  it(`refuses JSON nested deeper than ${MAX_JSON_DEPTH} with 400 before parsing it`, async () => {
    const deep = (depth: number) => JSON.stringify({ events: [validEvent({ choices: JSON.parse(`${'{"a":'.repeat(depth)}true${'}'.repeat(depth)}`) })] });
    // 200k levels: JSON.stringify of the parsed value would overflow the stack.
    for (const body of [deep(MAX_JSON_DEPTH), `{"events":[${'['.repeat(200_000)}${']'.repeat(200_000)}]}`.slice(0, MAX_BODY_BYTES - 10)]) {
      const answer = await post(body);
      expect(answer).toMatchObject({ status: 400, body: { error: `JSON nested too deep: at most ${MAX_JSON_DEPTH} levels` } });
    }
    // Just within the limit it is parsed, then refused by validation (choices must be booleans), still 400.
    expect((await post(deep(MAX_JSON_DEPTH - 3))).body).toMatchObject({ error: 'No valid events' });
    expect(await stored()).toBe(0);
  });

  it('counts depth outside strings only', () => {
    expect(nestsDeeperThan('{"a":"[[[[[[[[[[{{{{{{"}', 2)).toBe(false);
    expect(nestsDeeperThan('{"a":"\\"[[[["}', 1)).toBe(false);
    expect(nestsDeeperThan('[[[]]]', 2)).toBe(true);
    expect(nestsDeeperThan('[[]][[]]', 2)).toBe(false);
  });

  it('prototype-pollution keys change nothing: refused where they are fields, ignored at the top, never inherited', async () => {
    const polluted = [
      `{"__proto__":{"events":[${JSON.stringify(validEvent())}]}}`,
      `{"events":[${JSON.stringify(validEvent()).replace(/^\{/, '{"__proto__":{"type":"optout"},')}]}`,
      JSON.stringify({ events: [validEvent({ choices: { constructor: true } })] }),
      JSON.stringify({ events: [validEvent({ choices: { 'advertising:prototype': true } })] }),
      `{"events":[${JSON.stringify(validEvent({ choices: {} })).replace('"choices":{}', '"choices":{"__proto__":{"advertising":true}}')}]}`,
    ];
    for (const body of polluted) expect((await post(body)).status, body.slice(0, 60)).toBe(400);
    expect(await stored()).toBe(0);
    expect(({} as Record<string, unknown>).events ?? ({} as Record<string, unknown>).type).toBeUndefined();
  });
});
