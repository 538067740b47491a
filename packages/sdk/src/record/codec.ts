import type { ConsentMethod, ConsentRecord, DntValue } from './types';

/*
 * The consent cookie, version 1: eight dot-separated fields, all cookie-safe without percent-encoding.
 *
 *   1.V1StGXR8_Z5jdHi6B-myT.1.t4k2qo.t4k2qo.pAds~chat1.c1n0_1_0.ocqzoc
 *   | |                     | |      |      |           |        `- checksum of all before it (FNV-1a, base 36)
 *   | |                     | |      |      |           `- method (upper case: made under the opt-out
 *   | |                     | |      |      |              jurisdiction), DNT, GPC, SDK version (dots as _)
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

/**
 * Browsers keep one cookie of at most 4096 bytes, name and value together: a value that long cannot have been
 * stored, so it is refused unread. Anything shorter that a site's categories and services need (150 services of
 * 10-letter ids) still reads back.
 */
export const MAX_LENGTH = 4000;

// Built-in categories by letter, in cookie order; upper case in the cookie means granted.
const LETTERS = 'pads';
const BUILT_INS = ['preferences', 'analytics', 'advertising', 'social'];
export const METHODS: readonly ConsentMethod[] = ['accept-all', 'reject-all', 'custom', 'api', 'notice'];
const METHOD_CODES = 'arcpn';
export const DNT_VALUES: readonly DntValue[] = ['1', '0', 'unspecified', null];
const DNT_CODES = '10un';
export const GPC_VALUES: readonly (boolean | null)[] = [true, false, null];
const GPC_CODES = '10n';

const KEY = '[a-z][a-z0-9_-]{0,31}';
// The whole value in one anchored pattern: any field out of shape fails here.
const SHAPE = new RegExp(
  `^1\\.([A-Za-z0-9_-]{10,36})\\.([0-9a-z]{1,8})\\.([0-9a-z]{1,8})\\.([0-9a-z]{1,8})\\.([pPaAdDsS]*)((?:~${KEY}(?::${KEY})?[01])*)` +
    `\\.([${METHOD_CODES}${METHOD_CODES.toUpperCase()}])([${DNT_CODES}])([${GPC_CODES}])([0-9A-Za-z_-]{1,24})$`,
);
const SITE_CHOICE = new RegExp(`~(${KEY}(?::${KEY})?)([01])`, 'g');
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

const toBase36Seconds = (iso: string): string => Math.floor(Date.parse(iso) / 1000).toString(36);

function encodeChoices(choices: Readonly<Record<string, boolean>>): string {
  let builtIns = '';
  let site = '';
  for (const [key, granted] of Object.entries(choices)) {
    const letter = LETTERS[BUILT_INS.indexOf(key)];
    if (letter) builtIns += granted ? letter.toUpperCase() : letter;
    else site += `~${key}${+granted}`;
  }
  return builtIns + site;
}

function decodeChoices(builtIns: string, site: string): Record<string, boolean> | null {
  const choices: Record<string, boolean> = Object.create(null);
  const add = (key: string, granted: boolean) => !(key in choices) && !RESERVED.test(key) && ((choices[key] = granted), true);
  for (const letter of builtIns) {
    if (!add(BUILT_INS[LETTERS.indexOf(letter.toLowerCase())]!, letter < 'a')) return null;
  }
  for (const [, key, flag] of site.matchAll(SITE_CHOICE)) if (!add(key!, flag === '1')) return null;
  return { ...choices };
}

/**
 * Encodes a record into the compact cookie value. The inverse of `decodeConsent`.
 *
 * @example
 * encodeConsent(record) // '1.V1StGXR8_Z5jdHi6B-myT.1.t4k2qo.t4k2qo.pAds.c1n0_1_0'
 */
export function encodeConsent(record: ConsentRecord): string {
  const { signals } = record;
  const method = METHOD_CODES[METHODS.indexOf(record.method)]!;
  const body = [
    1,
    record.id,
    record.revision.toString(36),
    toBase36Seconds(record.createdAt),
    toBase36Seconds(record.updatedAt),
    encodeChoices(record.choices),
    (record.jurisdiction === 'opt-out' ? method.toUpperCase() : method) +
      DNT_CODES[DNT_VALUES.indexOf(signals.dnt)] +
      GPC_CODES[GPC_VALUES.indexOf(signals.gpc)] +
      record.sdkVersion.replace(/\./g, '_'),
  ].join('.');
  return `${body}.${checksum(body)}`;
}

function decodeOrNull(value: unknown, nowSeconds: number): ConsentRecord | null {
  if (typeof value !== 'string' || value.length > MAX_LENGTH) return null;
  // A server may hand over the raw header value, still percent-encoded.
  const text = value.includes('%') ? decodeURIComponent(value) : value;
  const split = text.lastIndexOf('.');
  const body = text.slice(0, split);
  const match = SHAPE.exec(body);
  if (!match || text.slice(split + 1) !== checksum(body)) return null;
  const [, id, revision, created, updated, builtIns, site, method, dnt, gpc, version] = match as unknown as string[];
  const createdSeconds = parseInt(created!, 36);
  const updatedSeconds = parseInt(updated!, 36);
  const choices = decodeChoices(builtIns!, site!);
  if (!choices || createdSeconds < EARLIEST_SECONDS || updatedSeconds < createdSeconds || updatedSeconds > nowSeconds + SKEW_SECONDS) {
    return null;
  }
  return {
    id: id!,
    revision: parseInt(revision!, 36),
    createdAt: new Date(createdSeconds * 1000).toISOString(),
    updatedAt: new Date(updatedSeconds * 1000).toISOString(),
    choices,
    method: METHODS[METHOD_CODES.indexOf(method!.toLowerCase())]!,
    signals: { dnt: DNT_VALUES[DNT_CODES.indexOf(dnt!)]!, gpc: GPC_VALUES[GPC_CODES.indexOf(gpc!)]! },
    sdkVersion: version!.replace(/_/g, '.'),
    ...(method! < 'a' && { jurisdiction: 'opt-out' as const }),
  };
}

/**
 * Decodes a consent cookie value into a record, or null when it is missing, truncated, tampered with, from a
 * future format or not ConsentKit's at all. Never throws. Works in browsers and in Node.
 *
 * It only decodes: a record of an older policy revision, or an expired one, decodes all the same. To decide what
 * to load, ask the engine with the page's config, as the page will:
 * `createConsent({ ...siteConfig, store: memoryStore(value) }).hasConsent('analytics')`.
 *
 * @example
 * // Node, with any cookie parser: what the browser holds, for a log or a support screen.
 * const record = decodeConsent(cookies.ck_consent);
 * console.log(record?.revision, record?.choices);
 */
export function decodeConsent(value: unknown, now: number = Date.now()): ConsentRecord | null {
  try {
    return decodeOrNull(value, Math.floor(now / 1000));
  } catch {
    return null; // decodeURIComponent on a broken escape, or anything else unforeseen
  }
}
