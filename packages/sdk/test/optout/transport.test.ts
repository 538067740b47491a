import { afterEach, describe, expect, it, vi } from 'vitest';
import { deliver } from '../../src/optout/delivery-entry';
import { createEventQueue } from '../../src/optout/queue';
import { fetchTransport } from '../../src/optout/transport';
import { testEvent, testStorage } from './helpers';

const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

afterEach(() => vi.unstubAllGlobals());

describe('fetchTransport', () => {
  it('POSTs the batch as JSON with keepalive and returns the acknowledged ids', async () => {
    const fetch = vi.fn(async () => json(200, { acknowledged: ['a', 7, 'b'] }));
    vi.stubGlobal('fetch', fetch);
    const events = [testEvent(), testEvent()];
    await expect(fetchTransport('/api/consent-log').send(events)).resolves.toEqual(['a', 'b']);
    const [url, init] = fetch.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/api/consent-log');
    expect(init).toMatchObject({ method: 'POST', keepalive: true, credentials: 'same-origin', headers: { 'Content-Type': 'application/json' } });
    expect(JSON.parse(init.body as string)).toEqual({ events });
  });

  it('reads acknowledgements on an error status too (a batch the collector refused in part)', async () => {
    vi.stubGlobal('fetch', async () => json(400, { error: 'invalid events', acknowledged: [], rejected: [{ id: 'x' }] }));
    await expect(fetchTransport('/c').send([testEvent()])).resolves.toEqual([]);
  });

  it('rejects with the status when the answer has no acknowledgements', async () => {
    vi.stubGlobal('fetch', async () => new Response('Internal server error', { status: 500 }));
    await expect(fetchTransport('/c').send([testEvent()])).rejects.toMatchObject({ status: 500 });
    vi.stubGlobal('fetch', async () => new Response('Payload too large', { status: 413 }));
    await expect(fetchTransport('/c').send([testEvent()])).rejects.toMatchObject({ status: 413 });
  });

  it('rejects on a network error and abandons a request that hangs', async () => {
    vi.stubGlobal('fetch', async () => Promise.reject(new TypeError('Failed to fetch')));
    await expect(fetchTransport('/c').send([testEvent()])).rejects.toThrow('Failed to fetch');
    vi.useFakeTimers();
    vi.stubGlobal('fetch', (_url: string, init: RequestInit) => new Promise((_, reject) => init.signal!.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')))));
    const sent = fetchTransport('/c').send([testEvent()]);
    const settled = expect(sent).rejects.toThrow('aborted');
    await vi.advanceTimersByTimeAsync(15_000);
    await settled;
    vi.useRealTimers();
  });
});

describe('the delivery module (consentkit.delivery.js)', () => {
  it('sends through fetch to the endpoint, holding a Web Lock for the round', async () => {
    const held: string[] = [];
    vi.stubGlobal('navigator', { ...navigator, locks: { request: async (name: string, task: () => Promise<void>) => (held.push(name), task()) } });
    vi.stubGlobal('fetch', async (_url: string, init: RequestInit) => json(200, { acknowledged: JSON.parse(init.body as string).events.map((e: { id: string }) => e.id) }));
    const queue = createEventQueue(testStorage());
    const event = testEvent();
    queue.append(event);
    const delivered: string[] = [];
    await deliver({ queue, endpoint: '/c', batchSize: 20, retryDelay: 1000, maxRetryDelay: 5000, onDelivered: ({ id }) => delivered.push(id) }).flush();
    expect(held).toEqual(['consentkit-events']);
    expect(delivered).toEqual([event.id]);
  });
});
