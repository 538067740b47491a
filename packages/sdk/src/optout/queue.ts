import type { ConsentLogEvent, QueueStorage } from './types';

/** Key prefix of queued events in web storage: one key per event. */
export const QUEUE_PREFIX = 'ck_ev:';

/**
 * The durable queue of events not yet acknowledged by the collector.
 *
 * Why localStorage: an event is the record of the visitor's own request (an opt-out, a refusal), which the site
 * must be able to prove; keeping it until delivered is strictly necessary to the service the visitor asked for,
 * so it needs no consent (ePrivacy Art. 5(3), second sentence). It survives reloads and closed tabs, and is
 * delivered on the next visit when the collector was unreachable.
 *
 * Why one key per event: tabs of one site share the storage. With one key per event, appending and removing
 * never rewrite what another tab wrote at the same moment, so no read-modify-write race can drop an event.
 *
 * Why memory too: an event the storage refuses (quota exceeded, storage blocked) waits in memory and is still
 * delivered while the page lives. Events that were stored live in storage only: when another tab delivers one and
 * removes it, this tab must not send it again.
 */
export interface EventQueue {
  /** Stores the event (or keeps it in memory when storage fails). */
  append(event: ConsentLogEvent): void;
  /** Every unacknowledged event, this tab's and the stored ones of earlier visits or other tabs, oldest first. */
  pending(): ConsentLogEvent[];
  /** Drops acknowledged events, for good: a stale copy read later is ignored. */
  remove(ids: readonly string[]): void;
  /** Events logged by this page and not yet acknowledged: what a closing page may beacon. */
  own(): ConsentLogEvent[];
  /** Ids being sent right now by this page, so the unload beacon does not send them twice. */
  readonly inFlight: Set<string>;
}

const isEvent = (value: unknown): value is ConsentLogEvent =>
  typeof value === 'object' && value !== null && typeof (value as ConsentLogEvent).id === 'string' && typeof (value as ConsentLogEvent).at === 'string';

/** The stored events; unreadable entries are skipped (they were not written by this queue). */
function readStored(storage: QueueStorage | undefined): ConsentLogEvent[] {
  const events: ConsentLogEvent[] = [];
  try {
    for (let index = 0; index < storage!.length; index++) {
      const key = storage!.key(index);
      if (!key?.startsWith(QUEUE_PREFIX)) continue;
      try {
        const event: unknown = JSON.parse(storage!.getItem(key) ?? '');
        if (isEvent(event) && key === QUEUE_PREFIX + event.id) events.push(event);
      } catch {
        // Not JSON: not ours.
      }
    }
  } catch {
    // No storage, or it throws on access: memory only.
  }
  return events;
}

/** `storage` undefined keeps events in memory only (no endpoint configured, or no web storage at all). */
export function createEventQueue(storage: QueueStorage | undefined): EventQueue {
  const unstored = new Map<string, ConsentLogEvent>();
  const mine = new Set<string>();
  const acknowledged = new Set<string>();
  const queue: EventQueue = {
    inFlight: new Set(),
    append(event) {
      mine.add(event.id);
      try {
        storage!.setItem(QUEUE_PREFIX + event.id, JSON.stringify(event));
      } catch {
        unstored.set(event.id, event); // full, blocked, or no storage: memory it is
      }
    },
    pending() {
      const all = new Map(readStored(storage).map((event) => [event.id, event]));
      for (const [id, event] of unstored) all.set(id, event);
      return [...all.values()].filter(({ id }) => !acknowledged.has(id)).sort((a, b) => (a.at > b.at ? 1 : -1));
    },
    remove(ids) {
      for (const id of ids) {
        acknowledged.add(id);
        unstored.delete(id);
        try {
          storage?.removeItem(QUEUE_PREFIX + id);
        } catch {
          // Blocked: it was never stored.
        }
      }
    },
    own: () => queue.pending().filter(({ id }) => mine.has(id)),
  };
  return queue;
}
