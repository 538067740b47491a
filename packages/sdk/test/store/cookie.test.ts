import { afterEach, describe, expect, it } from 'vitest';
import { cookieStore } from '../../src/store/cookie';

afterEach(() => {
  document.cookie = 'ck_test=; max-age=0; path=/';
});

describe('cookieStore', () => {
  it('writes, reads back and clears the value', () => {
    const store = cookieStore({ name: 'ck_test' });
    store.write('1.abc', 30);
    expect(store.read()).toBe('1.abc');
    store.clear();
    expect(store.read()).toBeUndefined();
  });
});
