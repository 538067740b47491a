import { isValidKey } from '../config/ids';
import { DNT_VALUES, GPC_VALUES, METHODS } from '../record/codec';
import type { ConsentLogEvent, OptOutSource } from './types';

export const SOURCES: readonly string[] = ['banner', 'link', 'api', 'gpc'] satisfies OptOutSource[];
const TYPES = ['consent', 'optout', 'optin', 'reset'];
const FIELDS = 'at,choices,consentId,dnt,gpc,id,method,revision,sdkVersion,source,type,url';
// `notice` is optional: events queued by an older version have none, nor do choices made without a text.
const WITH_NOTICE = FIELDS.replace('revision', 'notice,revision');
const SHA256 = /^[0-9a-f]{64}$/;
// Event and record ids are nanoids; the reference collector takes 10 to 36 of these characters.
const NANOID = /^[\w-]{10,36}$/;
// As Date#toISOString writes it.
const ISO = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{1,3})?Z$/;

const matches = (pattern: RegExp, value: unknown) => typeof value === 'string' && pattern.test(value);
// Not config/schema's: this module is shared with the lazily loaded delivery, and should not bring the validation
// vocabulary along (see the `shared` chunk in rollup.config.mjs).
const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Whether a value read back from the queue's storage is an event this SDK could have logged: exactly its fields
 * (own keys only, so a `__proto__` key or a polluted prototype adds nothing), each of its type. Anything else in a
 * `ck_ev:` key (another script's write, a truncated or edited value) is never sent: the log is evidence,
 * and the collector would refuse it anyway. Accepts every event the reference collector stores.
 */
export function isLogEvent(value: unknown): value is ConsentLogEvent {
  const fields = isRecord(value) && Object.keys(value).sort().join();
  if (fields !== FIELDS && fields !== WITH_NOTICE) return false;
  const { id, type, consentId, at, revision, source, method, choices, url, dnt, gpc, sdkVersion, notice } = value as Record<string, unknown>;
  return (
    (fields === FIELDS || matches(SHA256, notice)) &&
    matches(NANOID, id) &&
    matches(NANOID, consentId) &&
    TYPES.includes(type as string) &&
    SOURCES.includes(source as string) &&
    METHODS.includes(method as never) &&
    matches(ISO, at) &&
    !isNaN(Date.parse(at as string)) &&
    Number.isInteger(revision) &&
    (revision as number) >= 0 &&
    isRecord(choices) &&
    Object.entries(choices).every(([key, allowed]) => typeof allowed == 'boolean' && isValidKey(key)) &&
    typeof url == 'string' &&
    DNT_VALUES.includes(dnt as never) &&
    GPC_VALUES.includes(gpc as never) &&
    typeof sdkVersion == 'string'
  );
}
