import type { ConsentMethod, ConsentRecord, DntValue } from './types';

/*
 * The consent cookie, version 1: eight dot-separated fields, all cookie-safe without percent-encoding.
 *
 *   1.V1StGXR8_Z5jdHi6B-myT.1.t4k2qo.t4k2qo.pAds~chat1.c1n0_1_0.1x9f3kq
 *   | |                     | |      |      |           |        `- checksum of all before it (FNV-1a, base 36)
 *   | |                     | |      |      |           `- method, DNT, GPC, SDK version (dots as _)
 *   | |                     | |      |      `- choices: built-ins by letter (upper case = granted), then
 *   | |                     | |      |         ~id0 / ~id1 for site categories and category:service entries
 *   | |                     | |      `- updated, seconds since 1970 in base 36
 *   | |                     | `- created, likewise
 *   | |                     `- policy revision, base 36
 *   | `- record id (nanoid)
 *   `- format version
 *
 * The five built-ins take at most 62 bytes; the budget is 80. Decoding trusts nothing: any field out of shape, or a
 * checksum that does not match (a truncated cookie, a flipped character), means null. The checksum detects
 * damage, not forgery: a visitor may edit their own choice, which is theirs to make anyway.
 */

const FORMAT = '1';
const MAX_LENGTH = 1024;

const LETTER_OF: Readonly<Record<string, string>> = { preferences: 'p', analytics: 'a', advertising: 'd', social: 's' };
const CATEGORY_OF: Readonly<Record<string, string>> = { p: 'preferences', a: 'analytics', d: 'advertising', s: 'social' };

const METHOD_CODE: Readonly<Record<ConsentMethod, string>> = { 'accept-all': 'a', 'reject-all': 'r', custom: 'c', api: 'p' };
const DNT_FROM: Readonly<Record<string, DntValue>> = { '1': '1', '0': '0', u: 'unspecified', n: null };
const GPC_FROM: Readonly<Record<string, boolean | null>> = { '1': true, '0': false, n: null };
const dntCode = (dnt: DntValue): string => (dnt === null ? 'n' : dnt === 'unspecified' ? 'u' : dnt);
const gpcCode = (gpc: boolean | null): string => (gpc === null ? 'n' : gpc ? '1' : '0');

const invert = <K extends string>(table: Readonly<Record<K, string>>): Record<string, K> =>
  Object.fromEntries(Object.entries(table).map(([key, code]) => [code, key])) as Record<string, K>;
const METHOD_OF = invert(METHOD_CODE);

const ID = /^[A-Za-z0-9_-]{10,36}$/;
const BASE36 = /^[0-9a-z]{1,8}$/;
const CHOICES = /^((?:[pPaAdDsS])*)((?:~[a-z][a-z0-9_-]{0,31}(?::[a-z][a-z0-9_-]{0,31})?[01])*)$/;
const CUSTOM_CHOICE = /~([a-z][a-z0-9_-]{0,31}(?::[a-z][a-z0-9_-]{0,31})?)([01])/g;
const META = /^([arcp])([10un])([10n])([0-9A-Za-z_-]{1,24})$/;
// Ids that would touch Object.prototype; `__proto__` already fails the id pattern.
const RESERVED = /(^|:)(constructor|prototype)(:|$)/;

// Records older than this cannot be ours (ConsentKit did not exist), so they are treated as tampered.
const EARLIEST_SECONDS = Date.UTC(2020, 0, 1) / 1000;
// A day of clock skew between the writer and the reader is tolerated.
const SKEW_SECONDS = 86_400;

/** FNV-1a, 32 bits: cheap, and any single changed or missing character changes it. */
export function checksum(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return (hash >>> 0).toString(36);
}

const toSeconds = (iso: string): number => Math.floor(Date.parse(iso) / 1000);
const toIso = (seconds: number): string => new Date(seconds * 1000).toISOString();

function encodeChoices(choices: Readonly<Record<string, boolean>>): string {
  let builtIns = '';
  let custom = '';
  for (const [key, granted] of Object.entries(choices)) {
    const letter = LETTER_OF[key];
    if (letter) builtIns += granted ? letter.toUpperCase() : letter;
    else custom += `~${key}${granted ? 1 : 0}`;
  }
  return builtIns + custom;
}

function decodeChoices(field: string): Record<string, boolean> | null {
  const match = CHOICES.exec(field);
  if (!match) return null;
  const choices: Record<string, boolean> = Object.create(null);
  for (const letter of match[1]!) {
    const id = CATEGORY_OF[letter.toLowerCase()]!;
    if (id in choices) return null;
    choices[id] = letter !== letter.toLowerCase();
  }
  for (const [, key, flag] of match[2]!.matchAll(CUSTOM_CHOICE)) {
    if (key! in choices || RESERVED.test(key!)) return null;
    choices[key!] = flag === '1';
  }
  return { ...choices };
}

/**
 * Encodes a record into the compact cookie value. The inverse of `decodeConsent`.
 *
 * @example
 * encodeConsent(record) // '1.V1StGXR8_Z5jdHi6B-myT.1.t4k2qo.t4k2qo.pAds.c1n0_1_0'
 */
export function encodeConsent(record: ConsentRecord): string {
  const meta =
    METHOD_CODE[record.method] +
    dntCode(record.signals.dnt) +
    gpcCode(record.signals.gpc) +
    record.sdkVersion.replace(/\./g, '_');
  const body = [
    FORMAT,
    record.id,
    record.revision.toString(36),
    toSeconds(record.createdAt).toString(36),
    toSeconds(record.updatedAt).toString(36),
    encodeChoices(record.choices),
    meta,
  ].join('.');
  return `${body}.${checksum(body)}`;
}

function decodeOrNull(value: unknown, nowSeconds: number): ConsentRecord | null {
  if (typeof value !== 'string' || value.length > MAX_LENGTH) return null;
  // A server may hand over the raw header value, still percent-encoded.
  const text = value.includes('%') ? decodeURIComponent(value) : value;
  const split = text.lastIndexOf('.');
  if (text.slice(split + 1) !== checksum(text.slice(0, split))) return null;
  const fields = text.slice(0, split).split('.');
  if (fields.length !== 7 || fields[0] !== FORMAT) return null;
  const [, id, revision, created, updated, choiceField, metaField] = fields as [string, string, string, string, string, string, string];
  if (!ID.test(id) || !BASE36.test(revision) || !BASE36.test(created) || !BASE36.test(updated)) return null;
  const createdSeconds = parseInt(created, 36);
  const updatedSeconds = parseInt(updated, 36);
  const latest = nowSeconds + SKEW_SECONDS;
  if (createdSeconds < EARLIEST_SECONDS || updatedSeconds < createdSeconds || updatedSeconds > latest) return null;
  const choices = decodeChoices(choiceField);
  const meta = META.exec(metaField);
  if (!choices || !meta) return null;
  return {
    id,
    revision: parseInt(revision, 36),
    createdAt: toIso(createdSeconds),
    updatedAt: toIso(updatedSeconds),
    choices,
    method: METHOD_OF[meta[1]!]!,
    signals: { dnt: DNT_FROM[meta[2]!] ?? null, gpc: GPC_FROM[meta[3]!] ?? null },
    sdkVersion: meta[4]!.replace(/_/g, '.'),
  };
}

/**
 * Decodes a consent cookie value into a record, or null when it is missing, truncated, tampered with, from a
 * future format or not ConsentKit's at all. Never throws. Works in browsers and in Node, so a server can read
 * the visitor's choice from the request's cookie.
 *
 * @example
 * // Node, with any cookie parser:
 * const record = decodeConsent(cookies.ck_consent);
 * if (record?.choices.analytics) renderAnalyticsTag();
 */
export function decodeConsent(value: unknown, now: number = Date.now()): ConsentRecord | null {
  try {
    return decodeOrNull(value, Math.floor(now / 1000));
  } catch {
    return null; // decodeURIComponent on a broken escape, or anything else unforeseen
  }
}
