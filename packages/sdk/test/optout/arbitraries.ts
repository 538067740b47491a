// Generators for consent log events: valid ones (what the SDK logs and the reference collector stores), and
// damaged ones (a field replaced, dropped or added, prototype-pollution keys, truncated JSON). Shared by the
// queue's property tests and the collector's (examples/collector/test), in npm test and in pnpm fuzz.
import fc from 'fast-check';
import type { ConsentLogEvent } from '../../src/optout/types';
import { choiceKey } from '../record/arbitraries';

const nanoid = fc.stringMatching(/^[A-Za-z0-9_-]{10,36}$/);
const FIELDS = ['id', 'type', 'consentId', 'at', 'revision', 'source', 'method', 'choices', 'url', 'dnt', 'gpc', 'sdkVersion'];
export const POLLUTION_KEYS = ['__proto__', 'constructor', 'prototype'];

/** An event as the SDK logs it, within every limit of the reference collector. */
export const validLogEvent: fc.Arbitrary<ConsentLogEvent> = fc.record({
  id: nanoid,
  type: fc.constantFrom('consent', 'optout', 'optin', 'reset'),
  consentId: nanoid,
  at: fc.date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2099-12-31T23:59:59Z'), noInvalidDate: true }).map((date) => date.toISOString()),
  revision: fc.integer({ min: 0, max: 2 ** 31 }),
  source: fc.constantFrom('banner', 'link', 'api', 'gpc'),
  method: fc.constantFrom('accept-all', 'reject-all', 'custom', 'api', 'notice'),
  choices: fc.dictionary(choiceKey, fc.boolean(), { maxKeys: 12, noNullPrototype: true }),
  // Pages on the web, and off it: file: (origin "null") and an app's own scheme.
  url: fc.oneof(
    { weight: 4, arbitrary: fc.webUrl({ withQueryParameters: false, withFragments: false }).filter((url) => url.length <= 2048 && !/[?#]/.test(url)) },
    { weight: 1, arbitrary: fc.constantFrom('file:///home/visitor/shop/index.html', 'capacitor://localhost/checkout', 'app://shop/') },
  ),
  dnt: fc.constantFrom('1', '0', 'unspecified', null),
  gpc: fc.constantFrom(true, false, null),
  sdkVersion: fc.stringMatching(/^[0-9A-Za-z.+-]{1,32}$/),
  notice: fc.stringMatching(/^[0-9a-f]{64}$/),
}, { requiredKeys: FIELDS as never }) as fc.Arbitrary<ConsentLogEvent>;

/** Any JSON value, sometimes wrapped in an object under a prototype-pollution key. */
const jsonValue = fc
  .tuple(fc.jsonValue({ maxDepth: 3 }), fc.option(fc.constantFrom(...POLLUTION_KEYS), { freq: 4 }))
  .map(([value, key]) => (key === null ? value : JSON.parse(`{"${key}":${JSON.stringify(value)}}`)));

/** How an event was damaged, and the JSON text of the result (JSON.parse makes `__proto__` an own key). */
export interface Damaged {
  how: string;
  text: string;
  /** The field or key damaged: every problem the collector finds names it. */
  part?: string;
}

/**
 * A valid event with one thing changed: a field replaced by any JSON value (`notice` too: it is optional, but when
 * present must be a hash), a required field dropped, or an extra key added.
 */
export const damagedEvent: fc.Arbitrary<Damaged> = fc.oneof(
  fc.tuple(validLogEvent, fc.constantFrom(...FIELDS, 'notice'), jsonValue).map(([event, field, value]) => ({
    how: 'field replaced',
    text: JSON.stringify({ ...event, [field]: value }),
    part: field,
  })),
  fc.tuple(validLogEvent, fc.constantFrom(...FIELDS)).map(([event, field]) => {
    const { [field as keyof ConsentLogEvent]: _dropped, ...rest } = event;
    return { how: 'field dropped', text: JSON.stringify(rest), part: field };
  }),
  fc.tuple(validLogEvent, fc.oneof(fc.constantFrom(...POLLUTION_KEYS), fc.string({ maxLength: 10 })), jsonValue).map(([event, key, value]) => ({
    how: 'key added',
    part: key.slice(0, 40),
    // Spliced into the text: an object literal cannot carry an own `__proto__` key.
    text: `{${JSON.stringify(key)}:${JSON.stringify(value)},${JSON.stringify(event).slice(1)}`,
  })),
  fc.tuple(validLogEvent, fc.constantFrom(...POLLUTION_KEYS), fc.boolean()).map(([event, key, value]) => ({
    how: 'pollution key in choices',
    part: 'choices',
    text: JSON.stringify(event).replace('"choices":{', `"choices":{"${key}":${value}${Object.keys(event.choices).length ? ',' : ''}`),
  })),
);

/** Events whose every field is valid: the collector must store them, the SDK must send them. */
export const validText: fc.Arbitrary<Damaged> = validLogEvent.map((event) => ({ how: 'valid', text: JSON.stringify(event) }));
