import { isRecord, own } from '../config/schema';
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
 * Why an owner per event: tabs in different processes may see each other's localStorage writes a moment late, so
 * a lock alone cannot stop a tab from sending an event another tab has just delivered. Each event is stored with
 * the page view that logged it; while that page lives, only it sends the event (see delivery.ts).
 *
 * Why memory too: this page's own events are kept as it logged them until the collector acknowledges them. One
 * the storage refuses (quota exceeded, storage blocked) is still delivered while the page lives; one that goes
 * missing from storage (the site cleared it, Clear-Site-Data) is stored again, and one edited there is sent as it
 * was logged. Another tab leaves them to this page while it lives (Web Locks, see delivery.ts), so what is missing
 * was lost. In a browser without Web Locks another tab may deliver one first: stored again, it is sent once more,
 * which the collector takes as the no-op it is (it keys on the event id).
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
  /** This page view's id, stored with every event it logs. */
  readonly tab: string;
  /** The page view that logged a pending event, as stored. */
  ownerOf(id: string): string | undefined;
}

/** What one key holds: the event and the page view that logged it. */
interface Stored {
  tab: string;
  event: ConsentLogEvent;
}

/**
 * The stored entries that look like events (an id and a time) under their own key. Whether one is a valid event,
 * and so may be sent, is checked by the lazily loaded delivery (valid.ts): a returning visitor with nothing
 * pending does not download that check.
 */
function readStored(storage: QueueStorage | undefined): Stored[] {
  const entries: Stored[] = [];
  let length = 0;
  try {
    length = storage!.length;
  } catch {
    // No storage, or it throws on access: memory only.
  }
  for (let index = 0; index < length; index++) {
    try {
      const key = storage!.key(index);
      if (!key?.startsWith(QUEUE_PREFIX)) continue;
      const entry: unknown = JSON.parse(storage!.getItem(key)!);
      const [tab, event] = [own(entry, 'tab'), own(entry, 'event')];
      const looksLikeEvent = isRecord(event) && typeof event.id == 'string' && typeof event.at == 'string';
      if (typeof tab == 'string' && looksLikeEvent && key === QUEUE_PREFIX + event.id) {
        entries.push({ tab, event: event as unknown as ConsentLogEvent });
      }
    } catch {
      // Not JSON, or this key throws: not ours to send.
    }
  }
  return entries;
}

/** `storage` undefined keeps events in memory only (no endpoint configured, or no web storage at all). */
/** Oldest first, for `Array#sort`; events of the same millisecond keep their order (the sort is stable). */
export const byTime = (a: ConsentLogEvent, b: ConsentLogEvent): number => (a.at < b.at ? -1 : +(a.at > b.at));

export function createEventQueue(storage: QueueStorage | undefined): EventQueue {
  // This page's events as it logged them, until acknowledged.
  const mine = new Map<string, ConsentLogEvent>();
  const acknowledged = new Set<string>();
  const owners = new Map<string, string>();
  const tab = Math.random().toString(36).slice(2);
  const queue: EventQueue = {
    inFlight: new Set(),
    tab,
    ownerOf: (id) => (mine.has(id) ? tab : owners.get(id)),
    append(event) {
      mine.set(event.id, event);
      try {
        storage!.setItem(QUEUE_PREFIX + event.id, JSON.stringify({ tab, event }));
      } catch {
        // Full, blocked, or no storage: memory it is.
      }
    },
    pending() {
      const all = new Map<string, ConsentLogEvent>();
      for (const { tab: owner, event } of readStored(storage)) {
        all.set(event.id, event);
        owners.set(event.id, owner);
      }
      for (const [id, event] of mine) {
        if (!all.has(id)) queue.append(event);
        all.set(id, event);
      }
      return [...all.values()].filter(({ id }) => !acknowledged.has(id)).sort(byTime);
    },
    remove(ids) {
      for (const id of ids) {
        acknowledged.add(id);
        mine.delete(id);
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
