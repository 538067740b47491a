import { afterEach, describe, expect, it, vi } from 'vitest';
import { clearStorage, gatedStorage } from '../../src/enforce/storage';

afterEach(() => {
  vi.restoreAllMocks();
  localStorage.clear();
  sessionStorage.clear();
});

describe('clearStorage', () => {
  it('removes the keys it is told to, in the storage it is told to', () => {
    for (const key of ['volume', 'recent_1', 'recent_2', 'other']) localStorage.setItem(key, '1');
    sessionStorage.setItem('recent_3', '1');
    clearStorage('local', (key) => key === 'volume' || key.startsWith('recent_'));
    expect(Object.keys(localStorage)).toEqual(['other']);
    expect(Object.keys(sessionStorage)).toEqual(['recent_3']);
  });

  it('does not throw when storage itself throws', () => {
    vi.spyOn(window, 'localStorage', 'get').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    expect(() => clearStorage('local', () => true)).not.toThrow();
  });
});

describe('gatedStorage', () => {
  it('reads and writes only while allowed, checked on every call', () => {
    let allowed = false;
    const storage = gatedStorage(() => allowed, 'local');
    expect(storage.setItem('volume', '0.5')).toBe(false);
    expect(localStorage.getItem('volume')).toBeNull();
    allowed = true;
    expect(storage.setItem('volume', '0.5')).toBe(true);
    expect(storage.getItem('volume')).toBe('0.5');
    allowed = false;
    expect(storage.getItem('volume')).toBeNull(); // reading is access too (ePrivacy Art. 5(3))
    expect(localStorage.getItem('volume')).toBe('0.5');
  });

  it('removes without consent: removing stores nothing', () => {
    localStorage.setItem('volume', '1');
    gatedStorage(() => false, 'local').removeItem('volume');
    expect(localStorage.getItem('volume')).toBeNull();
  });

  it('uses sessionStorage when asked', () => {
    expect(gatedStorage(() => true, 'session').setItem('tab', '1')).toBe(true);
    expect(sessionStorage.getItem('tab')).toBe('1');
    expect(localStorage.getItem('tab')).toBeNull();
  });

  it('never throws: a full quota, blocked storage or a throwing check all end in false / null', () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    expect(gatedStorage(() => true, 'local').setItem('big', 'x')).toBe(false);
    vi.spyOn(window, 'localStorage', 'get').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    const blocked = gatedStorage(() => true, 'local');
    expect(blocked.getItem('a')).toBeNull();
    expect(blocked.setItem('a', 'b')).toBe(false);
    expect(() => blocked.removeItem('a')).not.toThrow();
    const broken = gatedStorage(() => {
      throw new Error('bug');
    }, 'local');
    expect(broken.setItem('a', 'b')).toBe(false);
  });
});
