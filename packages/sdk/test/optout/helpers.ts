// Test doubles for the event log: a Web Storage in memory that can be made to fail, a scripted transport, and a
// lock shared by "tabs" (instances in one test) like Web Locks.
import type { ConsentLogEvent, EventTransport, QueueStorage } from '../../src/optout/types';

export interface TestStorage extends QueueStorage {
  readonly map: Map<string, string>;
  /** 'full' throws on setItem (QuotaExceededError), 'blocked' on every access (SecurityError). */
  failure: 'none' | 'full' | 'blocked';
}

export function testStorage(): TestStorage {
  const map = new Map<string, string>();
  const check = (storage: TestStorage, writing: boolean) => {
    if (storage.failure === 'blocked') throw new DOMException('The operation is insecure.', 'SecurityError');
    if (writing && storage.failure === 'full') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  };
  const storage: TestStorage = {
    map,
    failure: 'none',
    get length() {
      check(storage, false);
      return map.size;
    },
    key: (index) => (check(storage, false), [...map.keys()][index] ?? null),
    getItem: (key) => (check(storage, false), map.get(key) ?? null),
    setItem(key, value) {
      check(storage, true);
      map.set(key, String(value));
    },
    removeItem(key) {
      check(storage, false);
      map.delete(key);
    },
  };
  return storage;
}

/** A collector stand-in: records every batch; `answer` decides what each request does. */
export function testTransport(answer: (events: readonly ConsentLogEvent[]) => Promise<readonly string[]> = async (events) => events.map(({ id }) => id)) {
  const batches: string[][] = [];
  const transport: EventTransport & { batches: string[][]; answer: typeof answer; beacons: string[][] } = {
    batches,
    beacons: [],
    answer,
    send(events) {
      batches.push(events.map(({ id }) => id));
      return transport.answer(events);
    },
    beacon(events) {
      transport.beacons.push(events.map(({ id }) => id));
      return true;
    },
  };
  return transport;
}

/** An exclusive lock shared by everything given the same instance, like navigator.locks for one origin. */
export function testLock() {
  let tail: Promise<void> = Promise.resolve();
  return (task: () => Promise<void>): Promise<void> => {
    const run = tail.then(task);
    tail = run.catch(() => {});
    return run;
  };
}

let counter = 0;
/** A minimal valid event; `at` orders them. */
export function testEvent(overrides: Partial<ConsentLogEvent> = {}): ConsentLogEvent {
  counter++;
  return {
    id: `event-${String(counter).padStart(4, '0')}-xxxxxxxx`,
    type: 'optout',
    consentId: 'record-aaaaaaaaaaaaaaa',
    at: new Date(Date.UTC(2026, 10, 26, 12, 0, 0, counter)).toISOString(),
    revision: 1,
    source: 'link',
    method: 'custom',
    choices: { advertising: false },
    url: 'http://localhost:3000/',
    dnt: null,
    gpc: null,
    sdkVersion: '0.0.0-test',
    ...overrides,
  };
}
