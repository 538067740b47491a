import { afterEach, describe, expect, it, vi } from 'vitest';
import { lazyHandle } from '../../src/embed/lazy';

const settle = () => new Promise((resolve) => setTimeout(resolve));

describe('lazyHandle', () => {
  afterEach(() => vi.restoreAllMocks());

  it('mounts once and runs every action on the same handle', async () => {
    const handle = { id: 1 };
    const mount = vi.fn(async () => handle);
    const withHandle = lazyHandle(mount, 'panel');
    const seen: unknown[] = [];
    withHandle((h) => seen.push(h));
    withHandle((h) => seen.push(h));
    await settle();
    expect(mount).toHaveBeenCalledTimes(1);
    expect(seen).toEqual([handle, handle]);
  });

  it('runs onMissing when the piece could not load, and downloads again on the next call', async () => {
    const mount = vi.fn<() => Promise<{ id: number } | null>>().mockResolvedValueOnce(null).mockResolvedValueOnce({ id: 2 });
    const withHandle = lazyHandle(mount, 'panel');
    const action = vi.fn();
    const missing = vi.fn();
    withHandle(action, missing);
    await settle();
    expect([action.mock.calls.length, missing.mock.calls.length]).toEqual([0, 1]);
    withHandle(action, missing);
    await settle();
    expect(mount).toHaveBeenCalledTimes(2);
    expect(action).toHaveBeenCalledWith({ id: 2 });
    expect(missing).toHaveBeenCalledTimes(1);
  });

  it('reports a failing mount or action on the console instead of throwing into the page', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    lazyHandle(() => Promise.reject(new Error('boom')), 'panel')(() => {});
    lazyHandle(async () => ({}), 'dialog')(() => {
      throw new Error('bang');
    });
    await settle();
    expect(error.mock.calls.map(([message]) => message)).toEqual(['[ConsentKit] panel failed:', '[ConsentKit] dialog failed:']);
  });
});
