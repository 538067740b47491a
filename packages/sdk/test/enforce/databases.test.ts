import { afterEach, describe, expect, it, vi } from 'vitest';
import { deleteDatabases } from '../../src/enforce/databases';

afterEach(() => vi.unstubAllGlobals());

describe('deleteDatabases', () => {
  it('lists databases where it can, and deletes those matching, patterns included', async () => {
    const deleteDatabase = vi.fn();
    vi.stubGlobal('indexedDB', { databases: async () => [{ name: 'analytics-db', version: 1 }, { name: 'queue-7' }, { name: 'app' }], deleteDatabase });
    deleteDatabases((name) => name === 'analytics-db' || name.startsWith('queue-'), ['analytics-db', 'queue-*']);
    await vi.waitFor(() => expect(deleteDatabase).toHaveBeenCalledTimes(2));
    expect(deleteDatabase.mock.calls.map(([name]) => name)).toEqual(['analytics-db', 'queue-7']);
  });

  it('deletes the literal names where the browser cannot list databases', () => {
    const deleteDatabase = vi.fn();
    vi.stubGlobal('indexedDB', { deleteDatabase });
    deleteDatabases((name) => name !== 'kept', ['analytics-db', 'queue-*', 'kept']);
    expect(deleteDatabase.mock.calls.map(([name]) => name)).toEqual(['analytics-db']);
  });

  it('never throws, without IndexedDB or when listing fails', async () => {
    vi.stubGlobal('indexedDB', undefined);
    expect(() => deleteDatabases(() => true, ['a'])).not.toThrow();
    vi.stubGlobal('indexedDB', { databases: () => Promise.reject(new Error('blocked')), deleteDatabase: vi.fn() });
    expect(() => deleteDatabases(() => true, ['a'])).not.toThrow();
    await Promise.resolve();
  });
});
