import type { EventQueue } from './queue';
import { isLogEvent } from './valid';
import type { ConsentLogEvent, EventTransport } from './types';

/** What one request carries at most, in characters of JSON (ASCII, so bytes): under keepalive's 64 KB. */
export const MAX_BATCH_BYTES = 60_000;

export interface DeliveryOptions {
  queue: EventQueue;
  transport: Pick<EventTransport, 'send'>;
  /** Events per request. */
  batchSize: number;
  /** First retry delay in ms, doubled on each failure up to `maxRetryDelay`. */
  retryDelay: number;
  maxRetryDelay: number;
  /** Called once per event the collector acknowledged. */
  onDelivered(event: ConsentLogEvent): void;
  /** Runs `task` while no other tab of the site runs it (Web Locks). @default runs it at once */
  lock?(task: () => Promise<void>): Promise<void>;
  /** Ids of the page views open now (Web Locks' query). @default unknown: every pending event is sent */
  liveTabs?(): Promise<Set<string>>;
  /** @default Math.random */
  random?(): number;
}

/** Sends what is queued now; `flush` again whenever something may have changed (a new event, back online). */
export interface Delivery {
  flush(): Promise<void>;
  /** Cancels the pending retry. */
  stop(): void;
}

/**
 * The delivery scheduler: batches the queue, retries with exponential backoff and jitter, and removes an event
 * only when the collector acknowledged it, so an event is never lost; the collector keys on the event id, so a
 * resend after a lost answer stores nothing twice.
 *
 * Tabs: each tab runs this over the queue the tabs share. An event is sent by the page view that logged it while
 * that page is open, and by any tab once it is gone (a closed tab, an earlier visit). A flush holds a lock for its
 * whole round (read the queue, send, remove what was acknowledged), so two tabs never send such an orphan at the
 * same time; the owner rule covers what the lock cannot: another process's storage write seen a moment late.
 */
export function startDelivery(options: DeliveryOptions): Delivery {
  const { queue, transport, retryDelay, maxRetryDelay, onDelivered } = options;
  const lock = options.lock ?? ((task) => task());
  const random = options.random ?? Math.random;
  // Events the collector answered without acknowledging (it found them invalid): not sent again from this page,
  // so they cannot hold up the rest; they stay queued and are tried again on the next page view.
  const refused = new Set<string>();
  let batchSize = options.batchSize;
  let failures = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running: Promise<void> | undefined;
  let again = false;
  let stopped = false;

  function retryLater(): void {
    clearTimeout(timer);
    const backoff = Math.min(maxRetryDelay, retryDelay * 2 ** failures++);
    // "Equal jitter": at least half the backoff, so tabs and visitors that failed together spread out.
    timer = setTimeout(flush, backoff / 2 + (random() * backoff) / 2);
  }

  /** One request. True when more may be sent at once. */
  async function sendBatch(): Promise<boolean> {
    const alive = await options.liveTabs?.().catch(() => undefined);
    const sendable = (id: string) => {
      const owner = queue.ownerOf(id);
      return !alive || !owner || owner === queue.tab || !alive.has(owner);
    };
    const batch = queue.pending().filter((event) => isLogEvent(event) && !refused.has(event.id) && sendable(event.id)).slice(0, batchSize);
    // A request that outlives the page (`keepalive`) may carry 64 KB at most, or it fails without a status: the
    // batch stops short of that, one event at least (the SDK's stay far below it: a record's choices fit a cookie).
    let bytes = 0;
    const over = batch.findIndex((event) => (bytes += JSON.stringify(event).length) > MAX_BATCH_BYTES);
    if (over >= 0) batch.length = over || 1;
    if (!batch.length || stopped) return false;
    for (const { id } of batch) queue.inFlight.add(id);
    try {
      const acknowledged = new Set(await transport.send(batch));
      const delivered = batch.filter(({ id }) => acknowledged.has(id));
      queue.remove(delivered.map(({ id }) => id));
      failures = 0;
      delivered.forEach(onDelivered);
      const unacknowledged = batch.filter(({ id }) => !acknowledged.has(id));
      if (unacknowledged.length) {
        for (const { id } of unacknowledged) refused.add(id);
        console.error('[ConsentKit] the collector did not acknowledge these events; they stay queued:', unacknowledged.map(({ id }) => id));
      }
      return true;
    } catch (error) {
      // 413: the collector takes smaller bodies than our batches; halve until one event per request.
      if ((error as { status?: number } | undefined)?.status === 413 && batchSize > 1) {
        batchSize = Math.ceil(batchSize / 2);
        return true;
      }
      retryLater();
      return false;
    } finally {
      for (const { id } of batch) queue.inFlight.delete(id);
    }
  }

  function flush(): Promise<void> {
    again = true;
    running ??= lock(async () => {
      clearTimeout(timer);
      // A flush asked for while a round runs makes it read the queue once more before letting go of the lock.
      while (again) {
        again = false;
        while (await sendBatch());
      }
    })
      .then(
        () => {
          running = undefined;
          // Asked for after the round's last read of the queue, but before it let go: one more round.
          if (again) void flush();
        },
        (error: unknown) => {
          running = undefined;
          console.error('[ConsentKit] event delivery failed:', error);
        },
      );
    return running;
  }

  return {
    flush,
    stop() {
      stopped = true;
      clearTimeout(timer);
    },
  };
}
