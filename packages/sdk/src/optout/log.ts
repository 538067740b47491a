import type { ConsentRecord } from '../record/types';
import type { ResolvedOptOut } from './config';
import type { Delivery, DeliveryOptions } from './delivery';
import { createLogEvent } from './event';
import { TAB_LOCK } from './lock';
import { noticeHash, words } from './notice';
import { byTime, createEventQueue } from './queue';
import type { ConsentLogEvent, ConsentLogEventType, LogEventDetail, OptOutSource, QueueStorage } from './types';

/** What the lazily loaded delivery module is started with. */
export type DeliveryStart = Omit<DeliveryOptions, 'transport' | 'lock'> & Pick<ResolvedOptOut, 'endpoint' | 'transport'>;

/** The lazily loaded delivery module (consentkit.delivery.js, or a dynamic import in npm builds). */
export interface DeliveryModule {
  deliver(options: DeliveryStart): Delivery;
}

export type LoadDelivery = () => Promise<DeliveryModule>;

/** How a change is logged: where it came from, as what, and the text the visitor read (`OptOutOptions.notice`). */
export type How = { source?: OptOutSource; type?: ConsentLogEventType; notice?: string };

export interface EventLog {
  /**
   * Creates the event, queues it durably, announces it (`logged`) and starts its delivery. With the `notice` text
   * the visitor read, the event waits for that text's hash (a few ms), and events after it wait their turn.
   */
  add(type: ConsentLogEventType, source: OptOutSource, record: ConsentRecord, revision: number, notice?: unknown): void;
  pending(): ConsentLogEvent[];
  /** Resolves once every event added so far is queued, its text hashed. */
  settled(): Promise<unknown>;
}

type Emit = (name: 'logged' | 'delivered', detail: LogEventDetail) => void;

function localStorageOrNone(): QueueStorage | undefined {
  try {
    return localStorage;
  } catch {
    return undefined; // storage blocked (cookies disabled): memory only
  }
}

/**
 * The event log of one instance. The queue and this file are part of the engine (an event is queued the moment
 * it happens, and a closing page beacons it); the scheduler that sends, retries and acknowledges is loaded only
 * when there is something to send.
 */
export function createEventLog(config: ResolvedOptOut, emit: Emit, loadDelivery: LoadDelivery): EventLog {
  const { endpoint, transport } = config;
  // A page, or something like one: a server's stubbed `window` without events, or a runtime with events but no
  // window (Deno, a worker), has no page to deliver from.
  const sends = !!(endpoint || transport) && typeof window == 'object' && typeof addEventListener == 'function';
  const queue = createEventQueue(sends ? (config.storage ?? localStorageOrNone()) : undefined);
  let delivery: Promise<Delivery | void> | undefined;
  let alive = false;
  let hashed: Promise<unknown> = Promise.resolve();

  const deliver = () => {
    if (!sends) return;
    delivery ??= loadDelivery()
      .then((module) => module.deliver({ ...config, queue, onDelivered: (event) => emit('delivered', { event }) }))
      .catch((error: unknown) => {
        // Offline, blocked, or not the delivery this engine expects (another version's file): the events wait in
        // the queue; the next event, `online` or page view tries again.
        delivery = undefined;
        console.warn('[ConsentKit] could not load the event delivery; events stay queued:', error);
      });
    void delivery.then((started) => started?.flush());
  };

  // Events in the order they happened, each queued once it and every one before it is done (hashed, or given up).
  // Fields start with `_`: the build shortens those names.
  const hashing: { _event: ConsentLogEvent; _done?: boolean; _hash?: string; _text?: string }[] = [];
  function settle() {
    while (hashing[0]?._done) {
      const { _event, _hash, _text } = hashing.shift()!;
      const event = _hash ? { ..._event, notice: _hash } : _event;
      queue.append(event);
      emit('logged', _hash ? { event, text: _text } : { event });
      deliver();
    }
  }

  // A page-like environment without navigator (a worker shim, Node with a window stub) still delivers, by fetch.
  const nav = typeof navigator === 'object' ? navigator : undefined;
  if (sends) {
    addEventListener('online', deliver);
    // sendBeacon's answer cannot be read, so beaconed events stay queued and are sent again on the next visit,
    // which the collector treats as a no-op (it keys on the event id).
    const beacon =
      transport?.beacon ??
      ((events: ConsentLogEvent[]) => !transport && nav?.sendBeacon(endpoint!, new Blob([JSON.stringify({ events })], { type: 'application/json' })));
    addEventListener('pagehide', () => {
      // A page that goes before a hash is done queues its events without one: an event is never lost to a hash.
      hashing.forEach((entry) => (entry._done = true));
      settle();
      // Only this page's events: other tabs deliver their own, and earlier visits' events wait for the next one.
      // In batches of `batchSize`, what the collector takes per request: a beacon the browser refuses (its 64 KB
      // are for all of the page's beacons together) costs only its own batch, which waits for the next visit.
      const events = queue.own().filter(({ id }) => !queue.inFlight.has(id));
      for (let at = 0; at < events.length; at += config.batchSize) {
        try {
          beacon?.(events.slice(at, at + config.batchSize));
        } catch {
          // No sendBeacon, or a site's beacon that throws: the next visit delivers them.
        }
      }
    });
    if (queue.pending().length) deliver();
  }

  return {
    add(type, source, record, revision, notice) {
      const entry: (typeof hashing)[number] = { _event: createLogEvent(type, source, record, revision) };
      // Held until the page goes (never released otherwise): while it is, other tabs leave this page's events to
      // it. Taken at the first event only: a page holding a lock is not kept in the back/forward cache.
      if (sends && !alive) {
        alive = true;
        nav?.locks?.request(TAB_LOCK + queue.tab, () => new Promise(() => {})).catch(() => {});
      }
      hashing.push(entry);
      const done = (hash?: string) => {
        if (!entry._done) (entry._hash = hash), (entry._done = true), settle();
      };
      // An empty text proves nothing: no hash, as without one.
      const text = typeof notice == 'string' && words(notice);
      if (text) (entry._text = text), (hashed = Promise.all([hashed, noticeHash(text).then(done, () => done())]));
      else done();
    },
    // Events waiting for their hash are pending too: they happened, and are queued in a moment (without `notice`
    // until then). Oldest first, as the queue lists its own, with other tabs' events among them.
    pending: () => [...queue.pending(), ...hashing.map(({ _event }) => _event)].sort(byTime),
    settled: () => hashed,
  };
}
