// Validation of one consent event as ConsentKit sends it (packages/sdk/src/optout/types.ts). Every field is
// checked for type and length, and nothing else is accepted: the log is evidence, so it must hold only what the
// SDK records (no IP address, no free-form extras).

export const EVENT_TYPES = ['consent', 'optout', 'optin', 'reset'];
export const SOURCES = ['banner', 'link', 'api', 'gpc'];
export const METHODS = ['accept-all', 'reject-all', 'custom', 'api', 'notice'];
const DNT_VALUES = ['1', '0', 'unspecified', null];
const ID = /^[A-Za-z0-9_-]{10,36}$/;
const CHOICE_KEY = /^[a-z][a-z0-9_-]{0,31}(:[a-z][a-z0-9_-]{0,31})?$/;
// Ids that name Object.prototype's members, refused as the SDK refuses them (`__proto__` already fails the pattern).
const RESERVED = /(^|:)(constructor|prototype)(:|$)/;
// ISO 8601 in UTC as Date#toISOString writes it.
const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/;
const FIELDS = ['id', 'type', 'consentId', 'at', 'revision', 'source', 'method', 'choices', 'url', 'dnt', 'gpc', 'sdkVersion', 'notice'];
// SHA-256 of the text the visitor read when choosing (noticeHash); optional: older SDKs and API choices send none.
const SHA256 = /^[0-9a-f]{64}$/;

const isObject = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);
// A record's choices are what its cookie holds, at most 4,000 characters of at least 3 per choice ("~a1").
const MAX_CHOICES = 1500;
// The SDK's config takes revisions up to 2^31.
const MAX_REVISION = 2 ** 31;

function checkUrl(value) {
  if (typeof value !== 'string' || value.length > 2048) return 'expected a string of at most 2048 characters';
  try {
    const url = new URL(value);
    // Any scheme a page has: http(s), file: (whose origin is "null"), an app's own (capacitor:, app:); never one
    // that runs or carries content, which a page's address the SDK logs cannot be.
    if (/^(javascript|data|vbscript):$/i.test(url.protocol)) return 'expected the address of a page';
    if (url.search || url.hash || value.includes('?') || value.includes('#')) return 'expected a URL without query string or fragment';
  } catch {
    return 'expected an absolute URL';
  }
  return null;
}

/** Every problem with `event`, as `field: expected ...`; empty when it may be stored. */
export function validateEvent(event) {
  if (!isObject(event)) return ['expected an object'];
  const problems = [];
  const check = (field, ok, expected) => ok || problems.push(`${field}: expected ${expected}`);
  for (const key of Object.keys(event)) if (!FIELDS.includes(key)) problems.push(`${key.slice(0, 40)}: unknown field`);
  check('id', typeof event.id === 'string' && ID.test(event.id), 'a nanoid (10 to 36 of A-Z a-z 0-9 _ -)');
  check('type', EVENT_TYPES.includes(event.type), `one of ${EVENT_TYPES.join(', ')}`);
  check('consentId', typeof event.consentId === 'string' && ID.test(event.consentId), 'a nanoid (10 to 36 of A-Z a-z 0-9 _ -)');
  check('at', typeof event.at === 'string' && ISO.test(event.at) && !Number.isNaN(Date.parse(event.at)), 'an ISO 8601 UTC timestamp');
  check('revision', Number.isInteger(event.revision) && event.revision >= 0 && event.revision <= MAX_REVISION, `a whole number from 0 to ${MAX_REVISION}`);
  check('source', SOURCES.includes(event.source), `one of ${SOURCES.join(', ')}`);
  check('method', METHODS.includes(event.method), `one of ${METHODS.join(', ')}`);
  const choices = isObject(event.choices) ? Object.entries(event.choices) : null;
  check(
    'choices',
    choices && choices.length <= MAX_CHOICES && choices.every(([key, value]) => CHOICE_KEY.test(key) && !RESERVED.test(key) && typeof value === 'boolean'),
    `an object of at most ${MAX_CHOICES} category or category:service ids to true or false`,
  );
  const urlProblem = checkUrl(event.url);
  if (urlProblem) problems.push(`url: ${urlProblem}`);
  check('dnt', DNT_VALUES.includes(event.dnt), '"1", "0", "unspecified" or null');
  check('gpc', event.gpc === true || event.gpc === false || event.gpc === null, 'true, false or null');
  check('sdkVersion', typeof event.sdkVersion === 'string' && /^[0-9A-Za-z.+-]{1,32}$/.test(event.sdkVersion), 'a version of at most 32 characters');
  check('notice', !('notice' in event) || (typeof event.notice === 'string' && SHA256.test(event.notice)), 'a SHA-256 in 64 lower-case hex digits, when present');
  return problems;
}
