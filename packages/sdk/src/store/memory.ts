import type { RecordStore } from './types';

/**
 * Keeps the record in memory only: for tests, server-side rendering, or a page that must not write cookies.
 *
 * @example
 * const consent = createConsent({ store: memoryStore() });
 */
export function memoryStore(initial?: string): RecordStore {
  let value = initial;
  return {
    read: () => value,
    write(next) {
      value = next;
    },
    clear() {
      value = undefined;
    },
  };
}
