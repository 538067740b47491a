// Generators for consent records and cookie values, and the definition of "a valid record" the decoder must
// meet, shared by the property tests (npm test) and the fuzz run (pnpm fuzz).
import fc from 'fast-check';
import { checksum, encodeConsent } from '../../src/record/codec';
import type { ConsentRecord } from '../../src/record/types';

/** Decoding "now" for every property: fixed, so a failure replays. */
export const NOW = Date.parse('2026-11-26T12:00:00Z');
const EARLIEST = Date.UTC(2020, 0, 1) / 1000;
const SKEW = 86_400;

const ID = /^[a-z][a-z0-9_-]{0,31}$/;
const RESERVED = new Set(['constructor', 'prototype', '__proto__']);
export const BUILT_IN = ['preferences', 'analytics', 'advertising', 'social'];

/** A category or service id the engine accepts. */
export const categoryId = fc.stringMatching(ID).filter((id) => !RESERVED.has(id));

/** A choice key: a built-in, a site category, or `category:service`. */
export const choiceKey = fc.oneof(
  fc.constantFrom(...BUILT_IN),
  categoryId,
  fc.tuple(fc.oneof(fc.constantFrom(...BUILT_IN), categoryId), categoryId).map(([category, service]) => `${category}:${service}`),
);

const iso = (seconds: number) => new Date(seconds * 1000).toISOString();

/** Any record the engine could write: every field within what the cookie format can carry. */
export const validRecord: fc.Arbitrary<ConsentRecord> = fc
  .record({
    id: fc.stringMatching(/^[A-Za-z0-9_-]{10,36}$/),
    revision: fc.integer({ min: 0, max: 2 ** 31 }),
    created: fc.integer({ min: EARLIEST, max: NOW / 1000 }),
    later: fc.integer({ min: 0, max: 400 * 86_400 }),
    choices: fc.dictionary(choiceKey, fc.boolean(), { maxKeys: 12, noNullPrototype: true }),
    method: fc.constantFrom('accept-all', 'reject-all', 'custom', 'api') as fc.Arbitrary<ConsentRecord['method']>,
    dnt: fc.constantFrom('1', '0', 'unspecified', null) as fc.Arbitrary<ConsentRecord['signals']['dnt']>,
    gpc: fc.constantFrom(true, false, null),
    sdkVersion: fc.stringMatching(/^[0-9A-Za-z-]{1,6}(\.[0-9A-Za-z-]{1,6}){0,2}$/),
  })
  .map(({ id, revision, created, later, choices, method, dnt, gpc, sdkVersion }) => ({
    id,
    revision,
    createdAt: iso(created),
    updatedAt: iso(Math.min(created + later, NOW / 1000 + SKEW)),
    choices,
    method,
    signals: { dnt, gpc },
    sdkVersion,
  }));

const own = (object: object, key: string) => Object.prototype.hasOwnProperty.call(object, key);

/**
 * Everything a decoded record promises: each field of its type and range, dates in order and not from the
 * future, choice keys that are ids (never a prototype key) with boolean values, and a plain prototype.
 * Returns the first broken promise, or null.
 */
export function recordProblem(record: ConsentRecord, now = NOW): string | null {
  // `jurisdiction` is there only for a choice made under the opt-out jurisdiction (an upper-case method code).
  const keys = ['id', 'revision', 'createdAt', 'updatedAt', 'choices', 'method', 'signals', 'sdkVersion', ...('jurisdiction' in record ? ['jurisdiction'] : [])];
  if (Object.keys(record).sort().join() !== [...keys].sort().join()) return `fields ${Object.keys(record).join()}`;
  if ('jurisdiction' in record && record.jurisdiction !== 'opt-out') return 'jurisdiction';
  if (!/^[A-Za-z0-9_-]{10,36}$/.test(record.id)) return 'id';
  if (!Number.isSafeInteger(record.revision) || record.revision < 0) return 'revision';
  const created = Date.parse(record.createdAt);
  const updated = Date.parse(record.updatedAt);
  if (new Date(created).toISOString() !== record.createdAt || new Date(updated).toISOString() !== record.updatedAt) return 'dates';
  if (created < EARLIEST * 1000 || updated < created || updated > now + SKEW * 1000) return 'date order';
  if (Object.getPrototypeOf(record.choices) !== Object.prototype) return 'choices prototype';
  for (const key of Object.keys(record.choices)) {
    const parts = key.split(':');
    if (parts.length > 2 || parts.some((part) => !ID.test(part) || RESERVED.has(part))) return `choice key ${key}`;
    if (typeof record.choices[key] !== 'boolean') return `choice value ${key}`;
  }
  if (!['accept-all', 'reject-all', 'custom', 'api', 'notice'].includes(record.method)) return 'method';
  const { signals } = record;
  if (!own(signals, 'dnt') || !['1', '0', 'unspecified', null].includes(signals.dnt)) return 'dnt';
  if (!own(signals, 'gpc') || ![true, false, null].includes(signals.gpc)) return 'gpc';
  if (!/^[0-9A-Za-z.-]{1,24}$/.test(record.sdkVersion)) return 'sdkVersion';
  return null;
}

/** A value with its checksum recomputed, so a change inside it reaches the field checks behind the checksum. */
export const seal = (body: string): string => `${body}.${checksum(body)}`;
export const bodyOf = (value: string): string => value.slice(0, value.lastIndexOf('.'));

// Characters a mutation inserts: the format's own separators and alphabets, escapes, markup, controls, a lone
// surrogate, and anything else.
const mutationChar = fc.oneof(
  fc.constantFrom('.', '~', ':', '%', '_', '-', '0', '1', 'A', 'z', 'P', 'p', '<', '"', ';', ' ', '\u0000', '\ud800', 'é', '%2E', '%7E', '%ZZ'),
  fc.string({ unit: 'binary', minLength: 1, maxLength: 3 }),
);

type Mutation =
  | { kind: 'replace' | 'insert'; at: number; text: string }
  | { kind: 'delete' | 'truncate' | 'duplicate'; at: number; length: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constantFrom('replace' as const, 'insert' as const), at: fc.nat(), text: mutationChar }),
  fc.record({ kind: fc.constantFrom('delete' as const, 'truncate' as const, 'duplicate' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 12 }) }),
);

function apply(value: string, change: Mutation): string {
  const at = value.length ? change.at % (value.length + 1) : 0;
  switch (change.kind) {
    case 'replace':
      return value.slice(0, at) + change.text + value.slice(at + 1);
    case 'insert':
      return value.slice(0, at) + change.text + value.slice(at);
    case 'delete':
      return value.slice(0, at) + value.slice(at + change.length);
    case 'truncate':
      return value.slice(0, at);
    case 'duplicate':
      return value.slice(0, at + change.length) + value.slice(at, at + change.length) + value.slice(at + change.length);
  }
}

/** A valid record, its cookie value, and that value after one to four random edits (maybe resealed). */
export const mutatedValue = fc
  .record({ record: validRecord, changes: fc.array(mutation, { minLength: 1, maxLength: 4 }), reseal: fc.boolean() })
  .map(({ record, changes, reseal }) => {
    const original = encodeConsent(record);
    // Resealed: the edits are made to the body and the checksum recomputed, as a forger (or a bug) would.
    const edited = changes.reduce(apply, reseal ? bodyOf(original) : original);
    return { record, original, value: reseal ? seal(edited) : edited, resealed: reseal };
  });

const seconds = (min: number, max: number) => fc.integer({ min, max }).map((n) => n.toString(36));
const garbage = fc.string({ unit: 'binary-ascii', maxLength: 12 });
/** Mostly a field in shape, sometimes at an edge or garbage: so values that pass every other rule are common. */
const field = (good: fc.Arbitrary<string>, edge: fc.Arbitrary<string>) =>
  fc.oneof({ arbitrary: good, weight: 12 }, { arbitrary: edge, weight: 2 }, { arbitrary: garbage, weight: 1 });

// Built-in letters without repeats (a repeat is refused), each in either case, then site choices.
const choicesField = fc
  .tuple(
    fc.shuffledSubarray([...'pads']).chain((letters) => fc.tuple(...letters.map((letter) => fc.constantFrom(letter, letter.toUpperCase())))),
    fc.uniqueArray(fc.stringMatching(/^[a-z][a-z0-9_-]{0,4}(:[a-z][a-z0-9_-]{0,4})?$/), { maxLength: 4 }),
    fc.array(fc.constantFrom('0', '1'), { minLength: 4, maxLength: 4 }),
  )
  .map(([letters, keys, flags]) => letters.join('') + keys.map((key, index) => `~${key}${flags[index]}`).join(''));

/**
 * A sealed value built field by field, each field either in shape, at an edge, or garbage: the checksum always
 * matches, so every field rule of the decoder is exercised, alone and in combination.
 */
export const structuredValue = fc
  .tuple(
    field(fc.constant('1'), fc.constantFrom('0', '2', '', '01')),
    field(fc.stringMatching(/^[A-Za-z0-9_-]{10,36}$/), fc.stringMatching(/^[A-Za-z0-9_-]{0,40}$/)),
    field(seconds(0, 2 ** 40), seconds(36 ** 8, 36 ** 9)),
    // Created and updated around the valid window: before 2020, in it, after now plus the tolerated skew.
    field(seconds(EARLIEST, NOW / 1000), seconds(EARLIEST - 100, NOW / 1000 + 2 * SKEW)),
    field(seconds(NOW / 1000 - 100, NOW / 1000 + SKEW), seconds(0, 36 ** 8 - 1)),
    field(
      choicesField,
      fc.constantFrom('~constructor1', '~__proto__1', '~prototype0', '~a:constructor1', '~a1~a0', 'pp', 'PAP', 'pAdS~x:y:z1', 'pAdS~A1'),
    ),
    field(fc.stringMatching(/^[arcp][10un][10n][0-9A-Za-z_-]{1,24}$/), fc.stringMatching(/^[a-z0-9]{3}[0-9A-Za-z_.-]{0,26}$/)),
  )
  .map((fields) => seal(fields.join('.')));
