import { afterEach, describe, expect, it, vi } from 'vitest';
import { resolveConfig } from '../../src/config/resolve';
import type { ConsentConfig } from '../../src/config/types';
import { clearDenied } from '../../src/enforce/clear';

const names = () => document.cookie.split('; ').filter(Boolean).map((pair) => pair.split('=')[0]).sort();

afterEach(() => {
  for (const name of names()) document.cookie = `${name}=; max-age=0; path=/`;
  localStorage.clear();
  sessionStorage.clear();
  vi.unstubAllGlobals();
});

const CONFIG: ConsentConfig = {
  categories: {
    preferences: { storage: [{ key: 'ui.*', type: 'local' }, { key: 'tab', type: 'session' }] },
    analytics: {
      cookies: ['_ga', '_ga_*', { name: 'shared', description: 'also a preference' }, { name: 'tp', thirdParty: true }],
      storage: ['pageviews', 'ui.analytics'],
      indexedDB: ['analytics-db'],
    },
    advertising: { services: [{ id: 'adpartner', cookies: ['_adp'], storage: ['adp_*'] }] },
    chat: { label: 'Chat', cookies: ['shared', '*'] },
  },
};

const run = (granted: string[], config = CONFIG, consentCookie = 'ck_consent') =>
  clearDenied((id) => id === 'necessary' || granted.includes(id), resolveConfig(config).categories, consentCookie);

describe('clearDenied', () => {
  it('deletes what denied categories and services declare, keeping what a granted one also declares', () => {
    for (const name of ['_ga', '_ga_X', '_adp', 'shared', 'tp', 'ck_consent', 'other']) document.cookie = `${name}=1; path=/`;
    for (const key of ['ui.volume', 'ui.analytics', 'pageviews', 'adp_seg', 'keep']) localStorage.setItem(key, '1');
    sessionStorage.setItem('tab', '1');
    sessionStorage.setItem('pageviews', '1');
    run(['preferences', 'chat', 'advertising', 'advertising:adpartner']);
    // chat (granted) declares `*`: every cookie is kept, as it may be chat's.
    expect(names()).toEqual(['_adp', '_ga', '_ga_X', 'ck_consent', 'other', 'shared', 'tp']);
    // ui.analytics is analytics' but also matches the granted preferences' `ui.*`: kept.
    expect(Object.keys(localStorage).sort()).toEqual(['adp_seg', 'keep', 'ui.analytics', 'ui.volume']);
    expect(Object.keys(sessionStorage)).toEqual(['tab']); // `pageviews` has no type: both storages
  });

  it('never deletes the consent cookie, even for a denied `*`', () => {
    for (const name of ['_ga', 'other', 'site_consent']) document.cookie = `${name}=1; path=/`;
    run([], CONFIG, 'site_consent');
    expect(names()).toEqual(['site_consent']);
  });

  it("never deletes the event log's undelivered events, even for a denied `*` or `ck_*`", () => {
    for (const key of ['ck_ev:abc', 'ck_other', 'site']) localStorage.setItem(key, '1');
    sessionStorage.setItem('ck_ev:def', '1');
    run([], { categories: { chat: { storage: ['*'] }, analytics: { storage: [{ key: 'ck_*', type: 'local' }] } } });
    expect(Object.keys(localStorage)).toEqual(['ck_ev:abc']);
    expect(Object.keys(sessionStorage)).toEqual(['ck_ev:def']);
  });

  it('does not delete a name declared only as third-party, and deletes what a denied service declares', () => {
    for (const name of ['_ga', '_adp', 'tp', 'other']) document.cookie = `${name}=1; path=/`;
    localStorage.setItem('adp_seg', '1');
    const { chat, ...categories } = CONFIG.categories!;
    run(['advertising'], { categories }); // the category granted, but not its service adpartner
    expect(names()).toEqual(['other', 'tp']);
    expect(localStorage.getItem('adp_seg')).toBeNull();
  });

  it('deletes declared IndexedDB databases of denied categories', async () => {
    const deleteDatabase = vi.fn();
    vi.stubGlobal('indexedDB', { databases: async () => [{ name: 'analytics-db' }, { name: 'app-db' }], deleteDatabase });
    run([]);
    await vi.waitFor(() => expect(deleteDatabase).toHaveBeenCalledWith('analytics-db'));
    expect(deleteDatabase).toHaveBeenCalledTimes(1);
  });

  it('touches nothing when nothing denied declares anything', () => {
    const cookie = vi.spyOn(Document.prototype, 'cookie', 'get');
    const storage = vi.spyOn(window, 'localStorage', 'get');
    run([], { categories: { analytics: { label: 'Stats' } } });
    run(['analytics'], { categories: { analytics: { cookies: ['_ga'] } } });
    expect(cookie).not.toHaveBeenCalled();
    expect(storage).not.toHaveBeenCalled();
  });

  // Bug: with document.cookie throwing (a sandboxed document, cookies blocked) deleteCookies threw, so clearDenied
  // stopped before web storage and IndexedDB: a withdrawal left the denied categories' storage keys in place, and
  // every page view logged "enforcement failed".
  it('still clears web storage when cookies cannot be read', () => {
    localStorage.setItem('pageviews', '1');
    const denied = () => { throw new DOMException('Access is denied for this document.', 'SecurityError'); };
    const cookie = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie')!;
    Object.defineProperty(document, 'cookie', { configurable: true, get: denied, set: denied });
    try {
      expect(() => run([])).not.toThrow();
    } finally {
      delete (document as unknown as Record<string, unknown>).cookie;
      expect(Object.getOwnPropertyDescriptor(Document.prototype, 'cookie')).toEqual(cookie);
    }
    expect(localStorage.getItem('pageviews')).toBeNull();
  });
});
