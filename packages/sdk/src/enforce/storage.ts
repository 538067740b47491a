import type { GatedStorage } from '../types';

export type StorageType = 'local' | 'session';

/** localStorage or sessionStorage, or undefined where reading the property itself throws (blocked storage). */
export function storageOf(type: StorageType): Storage | undefined {
  try {
    return window[`${type}Storage`];
  } catch {
    return undefined;
  }
}

/** Removes every key of a storage that `remove` accepts. Never throws. */
export function clearStorage(type: StorageType, remove: (key: string) => boolean): void {
  try {
    const storage = storageOf(type)!;
    // Backwards: removing shifts the keys after the removed one.
    for (let index = storage.length; index--; ) {
      const key = storage.key(index);
      if (key !== null && remove(key)) storage.removeItem(key);
    }
  } catch {
    // No storage, or it refuses access: nothing of ours can be in it.
  }
}

/**
 * Web storage that only works while `allowed()` says so (ePrivacy Art. 5(3) covers storing *and* reading), and
 * never throws: no consent, blocked storage, a full quota or a hostile key all end in `null` / `false`.
 */
export function gatedStorage(allowed: () => boolean, type: StorageType): GatedStorage {
  const run = <T>(fallback: T, action: (storage: Storage) => T, always?: boolean): T => {
    try {
      return always || allowed() ? action(storageOf(type)!) : fallback;
    } catch {
      return fallback;
    }
  };
  return {
    getItem: (key) => run(null, (storage) => storage.getItem(key)),
    setItem: (key, value) => run(false, (storage) => (storage.setItem(key, value), true)),
    // Removing stores nothing, so it works without consent too: a site can always clean up.
    removeItem: (key) => run(undefined, (storage) => storage.removeItem(key), true),
  };
}
