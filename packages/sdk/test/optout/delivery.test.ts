import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startDelivery, type DeliveryOptions } from '../../src/optout/delivery';
import { createEventQueue } from '../../src/optout/queue';
import type { ConsentLogEvent } from '../../src/optout/types';
import { testEvent, testLock, testStorage, testTransport } from './helpers';

const failing = () => Promise.reject(new Error('offline'));

function setup(options: Partial<DeliveryOptions> = {}, storage = testStorage()) {
  const queue = createEventQueue(storage);
  const transport = testTransport();
  const delivered: string[] = [];
  const delivery = startDelivery({
    queue,
    transport,
    batchSize: 2,
    retryDelay: 1000,
    maxRetryDelay: 8000,
    random: () => 0.5,
    onDelivered: (event) => delivered.push(event.id),
    ...options,
  });
  return { queue, transport, delivered, delivery, storage };
}

const ids = (events: ConsentLogEvent[]) => events.map(({ id }) => id);

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('event delivery', () => {
  it('sends the queue in batches, oldest first, and removes what was acknowledged', async () => {
    const { queue, transport, delivered, delivery } = setup();
    const events = [testEvent(), testEvent(), testEvent()];
    events.forEach(queue.append);
    await delivery.flush();
    expect(transport.batches).toEqual([ids(events.slice(0, 2)), ids(events.slice(2))]);
    expect(delivered).toEqual(ids(events));
    expect(queue.pending()).toEqual([]);
  });

  it('keeps events the collector did not acknowledge, reports them, and does not resend them from this page', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const { queue, transport, delivered, delivery } = setup();
    const [good, refused] = [testEvent(), testEvent()];
    queue.append(good);
    queue.append(refused);
    transport.answer = async () => [good.id];
    await delivery.flush();
    expect(delivered).toEqual([good.id]);
    expect(queue.pending()).toEqual([refused]);
    expect(error).toHaveBeenCalledWith(expect.stringContaining('did not acknowledge'), [refused.id]);
    const later = testEvent();
    queue.append(later);
    transport.answer = async (events) => events.map(({ id }) => id);
    await delivery.flush();
    expect(transport.batches.at(-1)).toEqual([later.id]); // the refused one does not hold the queue up
    expect(queue.pending()).toEqual([refused]); // and stays for the next page view
  });

  it('retries with exponential backoff and jitter, and delivers once when the collector is back', async () => {
    const { queue, transport, delivered, delivery } = setup({ random: () => 0 });
    const event = testEvent();
    queue.append(event);
    transport.answer = failing;
    await delivery.flush();
    expect(transport.batches).toHaveLength(1);
    // Equal jitter with random() = 0: half the backoff, which doubles from 1 s and stops at 8 s.
    for (const [wait, attempts] of [[499, 1], [1, 2], [999, 2], [1, 3], [2000, 4], [4000, 5], [4000, 6]] as const) {
      await vi.advanceTimersByTimeAsync(wait);
      expect(transport.batches, `after ${wait} ms more`).toHaveLength(attempts);
    }
    transport.answer = async (events) => events.map(({ id }) => id);
    await vi.advanceTimersByTimeAsync(4000);
    expect(delivered).toEqual([event.id]);
    expect(queue.pending()).toEqual([]);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(transport.batches).toHaveLength(7); // nothing left, nothing sent
  });

  it('spreads retries with jitter between half and all of the backoff', async () => {
    const { queue, transport, delivery } = setup({ random: () => 0.999 });
    queue.append(testEvent());
    transport.answer = failing;
    await delivery.flush();
    await vi.advanceTimersByTimeAsync(998);
    expect(transport.batches).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(transport.batches).toHaveLength(2);
  });

  it('a flush (new event, back online) during the backoff sends at once', async () => {
    const { queue, transport, delivered, delivery } = setup();
    const first = testEvent();
    queue.append(first);
    transport.answer = failing;
    await delivery.flush();
    transport.answer = async (events) => events.map(({ id }) => id);
    await delivery.flush();
    expect(delivered).toEqual([first.id]);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(transport.batches).toHaveLength(2); // the pending retry was cancelled
  });

  it('halves the batch on 413 until the collector takes it', async () => {
    const { queue, transport, delivered, delivery } = setup({ batchSize: 4 });
    const events = [testEvent(), testEvent(), testEvent(), testEvent()];
    events.forEach(queue.append);
    transport.answer = async (batch) => {
      if (batch.length > 1) throw Object.assign(new Error('too large'), { status: 413 });
      return batch.map(({ id }) => id);
    };
    await delivery.flush();
    expect(transport.batches.map((batch) => batch.length)).toEqual([4, 2, 1, 1, 1, 1]);
    expect(delivered).toEqual(ids(events));
  });

  it("keeps a request under keepalive's 64 KB, however large the events and the batch size", async () => {
    const { queue, transport, delivered, delivery } = setup({ batchSize: 100 });
    // 200 services set one by one: about 6 KB of choices per event.
    const choices = Object.fromEntries(Array.from({ length: 200 }, (_, i) => [`advertising:partner-${i}`, false]));
    const events = Array.from({ length: 25 }, () => testEvent({ choices }));
    events.forEach(queue.append);
    const sizes: number[] = [];
    transport.answer = async (batch) => (sizes.push(JSON.stringify({ events: batch }).length), batch.map(({ id }) => id));
    await delivery.flush();
    expect(Math.max(...sizes)).toBeLessThan(64 * 1024);
    expect(transport.batches.length).toBeGreaterThan(1);
    expect(delivered).toEqual(ids(events));
  });

  it('sends an event larger than a request may be on its own, so the events behind it still go', async () => {
    const { queue, transport, delivered, delivery } = setup({ batchSize: 10 });
    const choices = Object.fromEntries(Array.from({ length: 1500 }, (_, i) => [`advertising:a-rather-long-partner-name-${i}`, false]));
    const events = [testEvent({ choices }), testEvent(), testEvent()];
    events.forEach(queue.append);
    await delivery.flush();
    expect(transport.batches.map((batch) => batch.length)).toEqual([1, 2]);
    expect(delivered).toEqual(ids(events));
  });

  it('a transport that rejects with nothing (a site\'s own) is retried like any failure', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    const { queue, transport, delivered, delivery } = setup();
    const event = testEvent();
    queue.append(event);
    transport.answer = () => Promise.reject(undefined);
    await delivery.flush();
    transport.answer = async (batch) => batch.map(({ id }) => id);
    await vi.advanceTimersByTimeAsync(1000);
    expect(delivered).toEqual([event.id]);
    expect(errors).not.toHaveBeenCalled();
  });

  it('a flush asked for as a round lets go of the lock is not lost: one more round sends it', async () => {
    // A lock that hands back a moment after its task is done, as Web Locks do across tabs.
    const lock = (task: () => Promise<void>) => task().then(() => new Promise<void>((resolve) => setTimeout(resolve, 5)));
    const { queue, delivered, delivery } = setup({ lock });
    const [first, second] = [testEvent(), testEvent()];
    queue.append(first);
    const round = delivery.flush();
    await vi.advanceTimersByTimeAsync(1); // the round has sent `first` and is letting go
    queue.append(second);
    expect(delivery.flush()).toBe(round);
    await vi.advanceTimersByTimeAsync(20);
    expect(delivered).toEqual([first.id, second.id]);
  });

  it('a flush asked for while a request runs sends what was added meanwhile, in the same round', async () => {
    const { queue, transport, delivered, delivery } = setup();
    const first = testEvent();
    const second = testEvent();
    queue.append(first);
    const answers: (() => void)[] = [];
    transport.answer = (events) => new Promise((resolve) => answers.push(() => resolve(events.map(({ id }) => id))));
    const running = delivery.flush();
    await vi.waitFor(() => expect(answers).toHaveLength(1));
    queue.append(second);
    const again = delivery.flush();
    expect(again).toBe(running);
    answers[0]!();
    await vi.waitFor(() => expect(answers).toHaveLength(2));
    answers[1]!();
    await running;
    expect(transport.batches).toEqual([[first.id], [second.id]]);
    expect(delivered).toEqual([first.id, second.id]);
  });

  it("leaves another open tab's events to it, and sends them once that tab is gone", async () => {
    const storage = testStorage();
    const open = new Set<string>();
    const liveTabs = async () => open;
    const tabA = setup({ liveTabs }, storage);
    const tabB = setup({ liveTabs }, storage);
    open.add(tabA.queue.tab).add(tabB.queue.tab);
    const [fromA, fromB] = [testEvent(), testEvent()];
    tabA.queue.append(fromA);
    tabB.queue.append(fromB);
    await Promise.all([tabA.delivery.flush(), tabB.delivery.flush()]);
    expect(tabA.transport.batches).toEqual([[fromA.id]]);
    expect(tabB.transport.batches).toEqual([[fromB.id]]);

    const orphan = testEvent();
    const closed = setup({ liveTabs }, storage);
    closed.transport.answer = () => Promise.reject(new Error('offline'));
    closed.queue.append(orphan);
    open.add(closed.queue.tab);
    await tabB.delivery.flush();
    expect(tabB.transport.batches).toHaveLength(1); // its owner is still open
    open.delete(closed.queue.tab); // the tab was closed
    await tabB.delivery.flush();
    expect(tabB.transport.batches.at(-1)).toEqual([orphan.id]);
  });

  it('two tabs sharing the queue and a lock never send the same event twice', async () => {
    const storage = testStorage();
    const lock = testLock();
    // Web Locks give both: the lock, and which page views are open.
    const open = new Set<string>();
    const liveTabs = async () => open;
    const tabA = setup({ lock, liveTabs }, storage);
    const tabB = setup({ lock, liveTabs }, storage);
    open.add(tabA.queue.tab).add(tabB.queue.tab);
    const events = [testEvent(), testEvent(), testEvent()];
    tabA.queue.append(events[0]!);
    tabB.queue.append(events[1]!);
    tabA.queue.append(events[2]!);
    await Promise.all([tabA.delivery.flush(), tabB.delivery.flush(), tabA.delivery.flush(), tabB.delivery.flush()]);
    const sent = [...tabA.transport.batches, ...tabB.transport.batches].flat();
    expect(sent.sort()).toEqual(ids(events).sort());
    expect([...tabA.delivered, ...tabB.delivered].sort()).toEqual(ids(events).sort());
    expect(tabA.queue.pending()).toEqual([]);
  });

  it('an answer lost on the way back means a resend of the same event id, never a new event', async () => {
    const { queue, transport, delivered, delivery } = setup();
    const event = testEvent();
    queue.append(event);
    transport.answer = failing; // the collector stored it, but the answer never arrived
    await delivery.flush();
    transport.answer = async (events) => events.map(({ id }) => id);
    await vi.advanceTimersByTimeAsync(1000);
    expect(transport.batches).toEqual([[event.id], [event.id]]);
    expect(delivered).toEqual([event.id]);
  });

  it('marks the batch in flight while it is sent', async () => {
    const { queue, transport, delivery } = setup();
    const event = testEvent();
    queue.append(event);
    const seen: string[][] = [];
    transport.answer = async (events) => (seen.push([...queue.inFlight]), events.map(({ id }) => id));
    await delivery.flush();
    expect(seen).toEqual([[event.id]]);
    expect(queue.inFlight.size).toBe(0);
  });

  it('stop() cancels the retry', async () => {
    const { queue, transport, delivery } = setup();
    queue.append(testEvent());
    transport.answer = failing;
    await delivery.flush();
    delivery.stop();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(transport.batches).toHaveLength(1);
  });
});
