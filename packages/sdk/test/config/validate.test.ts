import { describe, expect, it } from 'vitest';
import { validateConfig } from '../../src/config/validate';
import { memoryStore } from '../../src/store/memory';

describe('validateConfig', () => {
  it('accepts no config and a full valid config', () => {
    expect(validateConfig(undefined)).toEqual([]);
    expect(
      validateConfig({
        revision: 3,
        policyUrl: '/privacy.html',
        domEvents: false,
        store: memoryStore(),
        categories: {
          analytics: { label: 'Stats', services: [{ id: 'matomo', label: 'Matomo' }] },
          social: false,
          chat: { label: 'Chat', description: 'Support chat' },
        },
        cookie: { name: 'site_consent', domain: 'example.com', path: '/', expiresAfterDays: 365, refusalExpiresAfterDays: 30 },
      }),
    ).toEqual([]);
  });

  it('reports every problem at once, each with its path', () => {
    const problems = validateConfig({
      revision: -1,
      categories: { analytics: { label: 3 }, 'Bad Id': {}, necessary: false, ads: { services: [{ id: 'x' }, { id: 'x' }] } },
      cookie: { name: 'a b', expiresAfterDays: 500 },
      policyUrl: 'javascript:alert(1)',
      colour: 'red',
    });
    expect(problems).toEqual([
      'revision: expected a whole number from 0',
      'categories.analytics.label: expected a string of at most 200 characters',
      'categories.Bad Id: expected an id: a lower-case letter, then up to 31 of a-z 0-9 _ -',
      'categories.necessary: the necessary category cannot be removed',
      'categories.ads.services[1].id: duplicate service id "x"',
      'cookie.name: expected a cookie name (RFC 6265 token, 1 to 64 characters)',
      'cookie.expiresAfterDays: expected a whole number of days from 1 to 395',
      'policyUrl: expected an http, https or relative URL',
      'colour: unknown option',
    ]);
  });

  it('refuses a refusal lifetime longer than the consent lifetime', () => {
    expect(validateConfig({ cookie: { expiresAfterDays: 30, refusalExpiresAfterDays: 60 } })).toEqual([
      'cookie.refusalExpiresAfterDays: must not be longer than cookie.expiresAfterDays (182 when not set)',
    ]);
  });

  it('compares a refusal lifetime with the default choice lifetime when none is set', () => {
    expect(validateConfig({ cookie: { refusalExpiresAfterDays: 182 } })).toEqual([]);
    expect(validateConfig({ cookie: { refusalExpiresAfterDays: 200 } })).toEqual([
      'cookie.refusalExpiresAfterDays: must not be longer than cookie.expiresAfterDays (182 when not set)',
    ]);
  });

  it.each([null, 42, 'config', [], () => {}])('refuses a config that is not an object: %s', (config) => {
    expect(validateConfig(config)).toEqual(['config: expected an object']);
  });

  it('refuses prototype-polluting category ids and leaves Object.prototype alone', () => {
    const hostile = JSON.parse('{"categories":{"__proto__":{"polluted":true},"constructor":{},"prototype":{}}}');
    const problems = validateConfig(hostile);
    expect(problems).toHaveLength(3);
    expect(problems.every((problem) => problem.startsWith('categories.'))).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it.each(['https://example.com/privacy', 'http://x.test', '/privacy', 'privacy.html', '//cdn.example.com/p', '#policy'])(
    'accepts the link %s',
    (policyUrl) => expect(validateConfig({ policyUrl })).toEqual([]),
  );

  it.each(['javascript:alert(1)', 'JAVASCRIPT:alert(1)', ' java\tscript:alert(1)', 'data:text/html,x', 'vbscript:x', 'ftp://x'])(
    'refuses the link %s',
    (policyUrl) => expect(validateConfig({ policyUrl })).toEqual(['policyUrl: expected an http, https or relative URL']),
  );

  it('refuses a store without the three methods', () => {
    expect(validateConfig({ store: { read() {} } })).toEqual(['store: expected an object with read, write and clear methods']);
  });

  it('accepts storage declarations per category and per service, as names or objects', () => {
    expect(
      validateConfig({
        reloadOnWithdrawal: ['advertising', 'social:chirp'],
        sync: false,
        categories: {
          analytics: {
            cookies: ['_ga', '_ga_*', { name: '_gid', description: 'Visits', lifetime: '1 day', provider: 'Google', thirdParty: false }],
            storage: [{ key: 'pageviews', type: 'local', lifetime: 'until cleared' }, 'ck_recent*'],
            indexedDB: ['analytics-db', { name: 'queue', description: 'Hits to send', provider: 'Us' }],
          },
          social: { services: [{ id: 'chirp', cookies: [{ name: 'chirp_id', thirdParty: true }], storage: ['chirp.*'], indexedDB: ['chirp'] }] },
        },
      }),
    ).toEqual([]);
    expect(validateConfig({ reloadOnWithdrawal: true })).toEqual([]);
  });

  it('reports every wrong declaration field with its path', () => {
    expect(
      validateConfig({
        reloadOnWithdrawal: ['Advertising', 'a:b:c'],
        sync: 'yes',
        categories: {
          analytics: {
            cookies: ['bad name', { lifetime: 3 }, { name: '_ga', thirdParty: 'no', colour: 1 }],
            storage: [5, { key: 'k', type: 'disk' }],
            indexedDB: 'db',
          },
          ads: { label: 'Ads', services: [{ id: 'p', cookies: [{ name: 'x', description: 'y'.repeat(1001) }] }] },
        },
      }),
    ).toEqual([
      'reloadOnWithdrawal: expected true, false, or a list of category or category:service ids',
      'sync: expected true or false',
      'categories.analytics.cookies[0]: expected a cookie name (RFC 6265 token, * as wildcard)',
      'categories.analytics.cookies[1].lifetime: expected a string of at most 100 characters',
      'categories.analytics.cookies[1].name: required',
      'categories.analytics.cookies[2].thirdParty: expected true or false',
      'categories.analytics.cookies[2].colour: unknown option',
      'categories.analytics.storage[0]: expected a key or an object with one',
      'categories.analytics.storage[1].type: expected "local" or "session"',
      'categories.analytics.indexedDB: expected an array',
      'categories.ads.services[0].cookies[0].description: expected a string of at most 1000 characters',
    ]);
  });

  // Bug found by the property tests: `refusal > expiresAfterDays` threw on a Symbol; validateConfig must never throw.
  it('does not throw when cookie.expiresAfterDays is a Symbol or an object whose valueOf throws', () => {
    const hostile = { valueOf: () => { throw new Error('boom'); } };
    expect(validateConfig({ cookie: { expiresAfterDays: Symbol('x'), refusalExpiresAfterDays: 1 } })).toEqual([
      'cookie.expiresAfterDays: expected a whole number of days from 1 to 395',
    ]);
    expect(validateConfig({ cookie: { expiresAfterDays: hostile, refusalExpiresAfterDays: 1 } })).toHaveLength(1);
  });

  // Bug: a refusal lifetime longer than the default consent lifetime (182 days) passed when expiresAfterDays was left out.
  it('reports a config it cannot read (a throwing getter or Proxy) instead of throwing', () => {
    const getter = Object.defineProperty({}, 'revision', { enumerable: true, get: () => { throw new Error('no access'); } });
    const proxy = new Proxy({}, { ownKeys: () => { throw new Error('no keys'); } });
    expect(validateConfig(getter)).toEqual(['config: could not be read (no access)']);
    expect(validateConfig(proxy)).toEqual(['config: could not be read (no keys)']);
  });
});
