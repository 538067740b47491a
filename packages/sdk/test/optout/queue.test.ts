import { describe, expect, it } from 'vitest';
import { QUEUE_PREFIX, createEventQueue } from '../../src/optout/queue';
import { testEvent, testStorage } from './helpers';

describe('the durable event queue', () => {
  it('stores one key per event and gives them back oldest first, across instances (a reload)', () => {
    const storage = testStorage();
    const first = createEventQueue(storage);
    const [a, b, c] = [testEvent(), testEvent(), testEvent()];
    first.append(b);
    first.append(a);
    first.append(c);
    expect([...storage.map.keys()].sort()).toEqual([a, b, c].map(({ id }) => QUEUE_PREFIX + id).sort());
    const afterReload = createEventQueue(storage);
    expect(afterReload.pending()).toEqual([a, b, c]);
    expect(afterReload.own()).toEqual([]); // earlier visits' events are not this page's to beacon
  });

  it('removes an event only when told (acknowledged), and a stale copy written back later stays removed', () => {
    const storage = testStorage();
    const queue = createEventQueue(storage);
    const [a, b] = [testEvent(), testEvent()];
    queue.append(a);
    queue.append(b);
    queue.remove([a.id]);
    expect(queue.pending()).toEqual([b]);
    expect(storage.map.has(QUEUE_PREFIX + a.id)).toBe(false);
    storage.setItem(QUEUE_PREFIX + a.id, JSON.stringify(a)); // another tab's late write
    expect(queue.pending()).toEqual([b]);
  });

  it('sees events appended by another tab, and knows which tab logged them', () => {
    const storage = testStorage();
    const tabA = createEventQueue(storage);
    const tabB = createEventQueue(storage);
    const event = testEvent();
    tabA.append(event);
    expect(tabB.pending()).toEqual([event]);
    expect(tabB.ownerOf(event.id)).toBe(tabA.tab);
    expect(tabA.ownerOf(event.id)).toBe(tabA.tab);
    expect(tabA.tab).not.toBe(tabB.tab);
  });

  it('keeps events in memory when storage is full, and still lists the stored ones', () => {
    const storage = testStorage();
    const queue = createEventQueue(storage);
    const stored = testEvent();
    queue.append(stored);
    storage.failure = 'full';
    const inMemory = testEvent();
    expect(() => queue.append(inMemory)).not.toThrow();
    expect(storage.map.has(QUEUE_PREFIX + inMemory.id)).toBe(false);
    expect(queue.pending()).toEqual([stored, inMemory]);
    queue.remove([inMemory.id]);
    expect(queue.pending()).toEqual([stored]);
  });

  it('works from memory when storage is blocked altogether', () => {
    const storage = testStorage();
    storage.failure = 'blocked';
    const queue = createEventQueue(storage);
    const event = testEvent();
    expect(() => queue.append(event)).not.toThrow();
    expect(queue.pending()).toEqual([event]);
    expect(() => queue.remove([event.id])).not.toThrow();
    expect(queue.pending()).toEqual([]);
  });

  it('does not resurrect an earlier visit\'s event that another tab delivered and removed', () => {
    const storage = testStorage();
    const earlier = testEvent();
    createEventQueue(storage).append(earlier); // a page view since closed
    const reader = createEventQueue(storage);
    const deliverer = createEventQueue(storage);
    expect(reader.pending()).toEqual([earlier]);
    deliverer.remove([earlier.id]);
    expect(reader.pending()).toEqual([]);
    expect(reader.own()).toEqual([]);
  });

  it("keeps this page's own events until acknowledged: stored again when the site clears storage, sent as logged when edited there", () => {
    const storage = testStorage();
    const queue = createEventQueue(storage);
    const [cleared, edited] = [testEvent(), testEvent()];
    queue.append(cleared);
    queue.append(edited);
    storage.map.clear(); // localStorage.clear() by the site
    storage.setItem(`${QUEUE_PREFIX}${edited.id}`, JSON.stringify({ tab: queue.tab, event: { ...edited, type: 'optin' } }));
    expect(queue.pending()).toEqual([cleared, edited]);
    expect(queue.own()).toEqual([cleared, edited]);
    // Durable again: a later page view finds it.
    expect(createEventQueue(storage).pending().map(({ id }) => id)).toContain(cleared.id);
    queue.remove([cleared.id, edited.id]);
    expect(queue.pending()).toEqual([]);
    expect(storage.length).toBe(0);
  });

  it('ignores foreign and damaged keys', () => {
    const storage = testStorage();
    const event = testEvent();
    storage.setItem('volume', '7');
    storage.setItem(`${QUEUE_PREFIX}broken`, '{not json');
    storage.setItem(`${QUEUE_PREFIX}mismatch`, JSON.stringify({ tab: 'x', event })); // key does not match the id
    storage.setItem(`${QUEUE_PREFIX}bare`, JSON.stringify(event)); // not wrapped with its tab
    storage.setItem(`${QUEUE_PREFIX}${event.id}`, JSON.stringify({ tab: 'other-tab', event }));
    const queue = createEventQueue(storage);
    expect(queue.pending()).toEqual([event]);
    expect(queue.ownerOf(event.id)).toBe('other-tab');
  });

  it('without storage keeps events for the page only', () => {
    const queue = createEventQueue(undefined);
    const event = testEvent();
    queue.append(event);
    expect(queue.pending()).toEqual([event]);
  });
});
