// Generators for configs: valid ones, and valid ones with bad values planted at known paths, so a property can
// check that validateConfig names exactly the paths that are wrong.
import fc from 'fast-check';
import type { ConsentConfig } from '../../src/config/types';
import { memoryStore } from '../../src/store/memory';
import { BUILT_IN, categoryId } from '../record/arbitraries';

const label = fc.string({ maxLength: 40, unit: 'grapheme' });
const cookieName = fc.stringMatching(/^[A-Za-z0-9_*.-]{1,20}$/);
/** What a category or service stores: bare names, or objects with the disclosure details. */
const declarations = {
  cookies: fc.array(fc.oneof(cookieName, fc.record({ name: cookieName, description: label, provider: label, lifetime: label, thirdParty: fc.boolean() }, { requiredKeys: ['name'] })), { maxLength: 3 }),
  storage: fc.array(fc.oneof(label, fc.record({ key: label, type: fc.constantFrom('local', 'session'), lifetime: label }, { requiredKeys: ['key'] })), { maxLength: 3 }),
  indexedDB: fc.array(fc.oneof(label, fc.record({ name: label, description: label }, { requiredKeys: ['name'] })), { maxLength: 2 }),
};
const service = fc.record({ id: categoryId, label, description: label, ...declarations }, { requiredKeys: ['id'] });
const category = fc.record(
  { label, description: label, services: fc.uniqueArray(service, { maxLength: 3, selector: (entry) => entry.id }), ...declarations },
  { requiredKeys: [] },
);

/** A config validateConfig must accept. */
export const validConfig: fc.Arbitrary<ConsentConfig> = fc
  .record(
    {
      revision: fc.integer({ min: 0, max: 2 ** 31 }),
      categories: fc.dictionary(
        fc.oneof(fc.constantFrom(...BUILT_IN, 'necessary'), categoryId),
        fc.oneof(category, fc.constant(false as const)),
        { maxKeys: 4, noNullPrototype: true },
      ),
      cookie: fc
        .record(
          {
            name: fc.stringMatching(/^[A-Za-z0-9_-]{1,20}$/),
            domain: fc.constantFrom('example.com', '.example.com', 'a.b-c.example'),
            path: fc.constantFrom('/', '/shop', '/a/b'),
            expiresAfterDays: fc.integer({ min: 1, max: 395 }),
            refusal: fc.integer({ min: 1, max: 395 }),
          },
          { requiredKeys: [] },
        )
        .map(({ refusal, ...cookie }) =>
          refusal === undefined ? cookie : { ...cookie, refusalExpiresAfterDays: Math.min(refusal, cookie.expiresAfterDays ?? 182) },
        ),
      policyUrl: fc.oneof(fc.constantFrom('/privacy', 'privacy.html', '#policy', '?p=1', ''), fc.webUrl()),
      domEvents: fc.boolean(),
      store: fc.constant(null).map(() => memoryStore()),
      sync: fc.boolean(),
      reloadOnWithdrawal: fc.oneof(fc.boolean(), fc.array(fc.oneof(categoryId, fc.tuple(categoryId, categoryId).map(([a, b]) => `${a}:${b}`)), { maxLength: 3 })),
    },
    { requiredKeys: [] },
  )
  // `necessary: false` is the one removal that is refused.
  .map((config) => {
    if (config.categories?.necessary === false) delete config.categories.necessary;
    return config;
  });

/**
 * Values no field accepts where a string, number, boolean or object of a given shape is due. (A Date, Map or
 * class instance where an options object is due counts as an object without options: harmless, so accepted.)
 */
const notAnything = fc.constantFrom(null, [], () => {}, Symbol('x'), 10n, NaN);
const longText = (max: number) => fc.constant('x'.repeat(max + 1));
const badUrl = fc.constantFrom(
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  ' javascript:alert(1)',
  'java\nscript:alert(1)',
  'java\tscript:alert(1)',
  '\u0001javascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:msgbox(1)',
  'file:///etc/passwd',
  'blob:https://example.com/x',
  `https://example.com/${'x'.repeat(2100)}`,
);
const badId = fc.constantFrom('__proto__', 'constructor', 'prototype', 'Bad', '1abc', '', 'a'.repeat(33), 'a b', 'a:b');

/** One planted problem: the path it must be reported at, and how to plant it. */
export interface Corruption {
  readonly path: string;
  plant(config: Record<string, unknown>): void;
}

// Own data properties only, so `__proto__` becomes a key rather than a prototype.
const put = (target: Record<string, unknown>, key: string, value: unknown) =>
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
const section = (config: Record<string, unknown>, key: string): Record<string, unknown> => {
  const current = config[key];
  const copy = typeof current === 'object' && current !== null && !Array.isArray(current) ? { ...current } : {};
  put(config, key, copy);
  return copy;
};
// Shown by fast-check in a counterexample: the path, not the planting code.
const at = (path: string, plant: (config: Record<string, unknown>) => void): Corruption => ({
  path,
  plant,
  [fc.toStringMethod]: () => `bad ${path}`,
});

const topLevel = (key: string, bad: fc.Arbitrary<unknown>) =>
  bad.map((value) => at(key, (config) => put(config, key, value)));
const inCookie = (key: string, bad: fc.Arbitrary<unknown>) =>
  bad.map((value) => at(`cookie.${key}`, (config) => put(section(config, 'cookie'), key, value)));
// Custom category ids start with `zz` so they never collide with the valid config's own.
const inCategory = (key: string, bad: fc.Arbitrary<unknown>) =>
  fc.tuple(categoryId, bad).map(([id, value]) =>
    at(`categories.zz${id}.${key}`, (config) => put(section(config, 'categories'), `zz${id}`, { [key]: value })),
  );

/** One bad value at a known path: every kind of problem validateConfig knows, on every field. */
export const corruption: fc.Arbitrary<Corruption> = fc.oneof(
  topLevel('revision', fc.oneof(notAnything, fc.constantFrom(-1, 1.5, '2', Infinity, 2 ** 31 + 1, true, new Date(0)))),
  topLevel('policyUrl', fc.oneof(badUrl, notAnything, fc.constant(42))),
  topLevel('domEvents', fc.oneof(notAnything, fc.constantFrom('yes', 1, 0))),
  topLevel('store', fc.oneof(notAnything, fc.constantFrom({}, { read() {}, write() {} }, 'cookie'))),
  topLevel('categories', fc.oneof(notAnything, fc.constantFrom('all', 1, true))),
  topLevel('sync', fc.oneof(notAnything, fc.constantFrom('yes', 1))),
  topLevel('reloadOnWithdrawal', fc.constantFrom(null, NaN, () => {}, 'yes', 1, ['Ads'], ['a:b:c'], [1], ['constructor'], ['a:'])),
  topLevel('cookie', fc.oneof(notAnything, fc.constantFrom('ck', 1, true))),
  // Unknown options, prototype keys among them: each named, none applied.
  fc
    .oneof(fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'colour', 'policyURL'), fc.string({ minLength: 1, maxLength: 8 }))
    .filter((key) => !['revision', 'categories', 'cookie', 'policyUrl', 'store', 'domEvents', 'sync', 'reloadOnWithdrawal'].includes(key))
    .chain((key) => topLevel(key, fc.anything())),
  inCookie('name', fc.oneof(notAnything, fc.constantFrom('a b', 'a;b', '', 'é', 'x'.repeat(65)))),
  inCookie('domain', fc.oneof(notAnything, fc.constantFrom('exa mple.com', 'example.com;x', '', '..com', `${'a'.repeat(250)}.com`))),
  inCookie('path', fc.oneof(notAnything, fc.constantFrom('shop', '/a b', '/a;b', ''))),
  inCookie('expiresAfterDays', fc.oneof(notAnything, fc.constantFrom(0, -1, 396, 1.5, '30'))),
  inCookie('colour', fc.anything()),
  fc.tuple(badId, fc.oneof(fc.constant({}), fc.constant(false))).map(([id, value]) =>
    at(`categories.${id}`, (config) => put(section(config, 'categories'), id, value)),
  ),
  fc.constant(at('categories.necessary', (config) => put(section(config, 'categories'), 'necessary', false))),
  fc.tuple(categoryId, fc.oneof(notAnything, fc.constantFrom(true, 'x', 1))).map(([id, value]) =>
    at(`categories.zz${id}`, (config) => put(section(config, 'categories'), `zz${id}`, value)),
  ),
  inCategory('label', fc.oneof(notAnything, longText(200), fc.constant(7))),
  inCategory('description', fc.oneof(notAnything, longText(1000), fc.constant({}))),
  inCategory('services', fc.constantFrom(null, 'x', {}, 1, () => {}, [null], ['analytics'])),
  inCategory('__proto__', fc.constant({ label: 'inherited' })),
  inCategory('cookies', fc.constantFrom('x', {}, [5], ['bad name'], [{ lifetime: 'x' }], [{ name: '_ga', thirdParty: 'no' }], [{ name: '_ga', colour: 1 }], [null])),
  inCategory('storage', fc.constantFrom('x', [5], [{ key: 'k', type: 'disk' }], [{ type: 'local' }], ['x'.repeat(201)])),
  inCategory('indexedDB', fc.constantFrom('db', [5], [{ description: 'no name' }], [{ name: 'db', provider: 'x'.repeat(201) }])),
  fc.tuple(categoryId, badId).map(([id, serviceId]) =>
    at(`categories.zz${id}.services[0].id`, (config) => put(section(config, 'categories'), `zz${id}`, { services: [{ id: serviceId }] })),
  ),
  fc.tuple(categoryId, categoryId).map(([id, serviceId]) =>
    at(`categories.zz${id}.services[1].id`, (config) =>
      put(section(config, 'categories'), `zz${id}`, { services: [{ id: serviceId }, { id: serviceId }] }),
    ),
  ),
  fc.tuple(categoryId, fc.constantFrom('__proto__', 'constructor', 'colour')).map(([id, key]) =>
    at(`categories.zz${id}.services[0].${key}`, (config) => {
      const entry = { id: 'ok' };
      put(entry, key, 'x');
      put(section(config, 'categories'), `zz${id}`, { services: [entry] });
    }),
  ),
);
