// Property tests of the durable event queue and its delivery: whatever the `ck_ev:` keys of localStorage hold
// (events of an earlier version, edits by another script, truncated writes, prototype-pollution keys, random
// text), reading never throws, delivery never fails, nothing but a valid event is sent, and every event the
// reference collector would store is delivered once and removed.
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { holds, holdsAsync, PROPERTY_TIMEOUT } from '../../../../scripts/fuzz/property';
import { validateEvent } from '../../../../examples/collector/validate.mjs';
import { startDelivery } from '../../src/optout/delivery';
import { createEventQueue, QUEUE_PREFIX } from '../../src/optout/queue';
import type { ConsentLogEvent } from '../../src/optout/types';
import { isLogEvent } from '../../src/optout/valid';
import { damagedEvent, POLLUTION_KEYS, validText } from './arbitraries';
import { testStorage } from './helpers';

const eventId = (text: string): unknown => {
  try {
    return JSON.parse(text)?.id;
  } catch {
    return undefined;
  }
};

/** What one `ck_ev:` key holds: a queue entry around an event text, or something else entirely. */
const storedEntry = fc.oneof(
  { weight: 6, arbitrary: fc.tuple(fc.oneof(validText, damagedEvent), fc.string({ maxLength: 8 })).map(([{ how, text }, tab]) => ({ how, text: `{"tab":${JSON.stringify(tab)},"event":${text}}`, id: eventId(text) })) },
  { weight: 1, arbitrary: validText.map(({ text }) => ({ how: 'wrapper damaged', text: `{"tab":1,"event":${text}}`, id: eventId(text) })) },
  { weight: 1, arbitrary: fc.tuple(validText, fc.constantFrom(...POLLUTION_KEYS)).map(([{ text }, key]) => ({ how: 'wrapper polluted', text: `{"${key}":{"tab":"t","event":${text}}}`, id: eventId(text) })) },
  { weight: 1, arbitrary: fc.tuple(validText, fc.nat()).map(([{ text }, cut]) => ({ how: 'truncated', text: text.slice(0, cut % text.length), id: eventId(text) })) },
  { weight: 1, arbitrary: fc.tuple(fc.string(), fc.string({ maxLength: 36 })).map(([text, id]) => ({ how: 'random text', text, id })) },
);

/** Entries stored under `ck_ev:<id>` (or, sometimes, under another id than the event's). */
const storedQueue = fc.array(fc.tuple(storedEntry, fc.boolean()), { maxLength: 12 }).map((entries) =>
  entries.map(([entry, misfiled]) => ({ ...entry, key: QUEUE_PREFIX + (misfiled ? 'another-id-123' : String(entry.id)) })),
);

/** Whether the reference collector stores what this key holds, and the queue must therefore deliver it. */
function deliverable(key: string, value: string): ConsentLogEvent | null {
  try {
    const { tab, event } = JSON.parse(value);
    return typeof tab === 'string' && key === QUEUE_PREFIX + event.id && validateEvent(event).length === 0 ? event : null;
  } catch {
    return null;
  }
}

describe('the event queue, by property', { timeout: PROPERTY_TIMEOUT }, () => {
  it('isLogEvent never throws, and accepts every event the reference collector stores', () => {
    holds('queue: isLogEvent vs the collector', (tally) =>
      fc.property(fc.oneof(validText, damagedEvent), fc.anything({ withNullPrototype: true, withBoxedValues: true }), ({ how, text }, anything) => {
        expect(isLogEvent(anything)).toBe(false);
        const event: unknown = JSON.parse(text);
        const collectorStores = validateEvent(event).length === 0;
        if (collectorStores) expect(isLogEvent(event)).toBe(true);
        tally.count(`${how}: ${collectorStores ? 'stored by the collector' : isLogEvent(event) ? 'sent, refused by the collector' : 'never sent'}`);
      }),
    );
  });

  it('reads any stored keys without throwing, sends only valid events, and delivers every storable one once', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    await holdsAsync(
      'queue: stored ck_ev values through delivery',
      (tally) =>
        fc.asyncProperty(storedQueue, fc.integer({ min: 1, max: 5 }), async (entries, batchSize) => {
          const storage = testStorage();
          for (const { key, text } of entries) storage.setItem(key, text);
          const expected = new Map<string, ConsentLogEvent>();
          for (const [key, value] of storage.map) {
            const event = deliverable(key, value);
            if (event) expected.set(event.id, event);
          }
          const queue = createEventQueue(storage);
          expect(() => queue.pending()).not.toThrow();
          const sent: ConsentLogEvent[] = [];
          const delivered: string[] = [];
          const delivery = startDelivery({
            queue,
            batchSize,
            retryDelay: 100,
            maxRetryDelay: 100,
            onDelivered: ({ id }) => delivered.push(id),
            // The reference collector's rule: it acknowledges what it stores.
            transport: { send: async (events) => (sent.push(...events), events.filter((event) => validateEvent(event).length === 0).map(({ id }) => id)) },
          });
          await delivery.flush();
          delivery.stop();
          for (const event of sent) expect(isLogEvent(event), JSON.stringify(event)).toBe(true);
          expect(delivered.sort()).toEqual([...expected.keys()].sort());
          expect(sent.filter(({ id }) => expected.has(id))).toEqual(expect.arrayContaining([...expected.values()]));
          expect(sent.filter(({ id }) => expected.has(id))).toHaveLength(expected.size); // each once
          for (const id of expected.keys()) expect(storage.map.has(QUEUE_PREFIX + id)).toBe(false);
          expect(Object.prototype).not.toHaveProperty('tab');
          tally.count(`${expected.size ? 'some' : 'no'} deliverable, ${sent.length > expected.size ? 'some refused' : 'none refused'}`);
        }),
      { runs: 500 },
    );
  });
});
