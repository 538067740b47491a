import { NECESSARY } from '../categories/builtin';
import { isValidId, isValidKey } from './ids';
import { type Check, boolean, dictionary, isRecord, list, rule, shape, text, wholeNumber } from './schema';
import { isSafeUrl } from './url';
import { GPC_FIELD, OPT_OUT_FIELDS } from '../optout/config';

export { isRecord };

/** One thing wrong with a config, with the path to it: `categories.analytics.label: expected a string ...`. */
export type ConfigProblem = string;

/** Longest choice lifetime: 13 months, the longest re-consent interval regulators accept (CNIL, EDPB). */
export const MAX_EXPIRY_DAYS = 395;
/** Default choice lifetime: 6 months, what the CNIL recommends. */
export const DEFAULT_EXPIRY_DAYS = 182;

const ID = 'an id: a lower-case letter, then up to 31 of a-z 0-9 _ -';
const days = wholeNumber(1, MAX_EXPIRY_DAYS, ' of days');

const COOKIE_NAME = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]{1,200}$/;

/** A declaration: a bare name, or an object with the name in `field` and what the disclosures show. */
const declaration =
  (field: string, name: Check, extra: Record<string, Check> = {}): Check =>
  (value, path, report) =>
    typeof value === 'string'
      ? name(value, path, report)
      : isRecord(value)
        ? shape({ [field]: name, description: text(1000), provider: text(200), ...extra }, (v, at) => v[field] === undefined && report(`${at}.${field}`, 'required'))(value, path, report)
        : report(path, `expected a ${field} or an object with one`);

/** What a category or service stores (config/types.ts StorageDeclarations). */
const DECLARATIONS = {
  cookies: list(declaration('name', rule((v) => typeof v === 'string' && COOKIE_NAME.test(v), 'a cookie name (RFC 6265 token, * as wildcard)'), { lifetime: text(100), thirdParty: boolean })),
  storage: list(declaration('key', text(200), { lifetime: text(100), type: rule((v) => v === 'local' || v === 'session', '"local" or "session"') })),
  indexedDB: list(declaration('name', text(200))),
};

const SERVICE = shape({ id: rule(isValidId, ID), label: text(200), description: text(1000), ...DECLARATIONS });

const servicesOf: Check = (value, path, report) => {
  list(SERVICE)(value, path, report);
  if (!Array.isArray(value)) return;
  const ids = value.map((service) => (isRecord(service) ? service.id : undefined));
  ids.forEach((id, index) => id !== undefined && ids.indexOf(id) < index && report(`${path}[${index}].id`, `duplicate service id "${id}"`));
};

const CATEGORY: Check = (value, path, report) =>
  value === false
    ? path.endsWith(`.${NECESSARY}`) && report(path, 'the necessary category cannot be removed')
    : isRecord(value)
      ? shape({ label: text(200), description: text(1000), services: servicesOf, ...DECLARATIONS })(value, path, report)
      : report(path, 'expected an object or false');

const COOKIE = shape(
  {
    name: rule((v) => typeof v === 'string' && /^[!#$%&'*+\-.^_`|~0-9A-Za-z]{1,64}$/.test(v), 'a cookie name (RFC 6265 token, 1 to 64 characters)'),
    domain: rule((v) => typeof v === 'string' && v.length <= 253 && /^\.?[a-z0-9-]+(\.[a-z0-9-]+)*$/i.test(v), 'a host name such as example.com'),
    path: rule((v) => typeof v === 'string' && /^\/[^;\s]{0,200}$/.test(v), 'a path starting with /'),
    expiresAfterDays: days,
    refusalExpiresAfterDays: days,
  },
  // Compared with the default when expiresAfterDays is left out; not at all when it is bad (reported already).
  // Numbers only: `>` on a Symbol or an object with a throwing valueOf would throw.
  ({ expiresAfterDays: all = DEFAULT_EXPIRY_DAYS, refusalExpiresAfterDays: refusal }, path, report) =>
    typeof refusal === 'number' && typeof all === 'number' && refusal > all && report(`${path}.refusalExpiresAfterDays`, `must not be longer than cookie.expiresAfterDays (${DEFAULT_EXPIRY_DAYS} when not set)`),
);

/**
 * Every option `createConsent` accepts, and what each must be. A new option is one line here.
 */
export const CONFIG_FIELDS: Record<string, Check> = {
  revision: wholeNumber(0, 2 ** 31),
  categories: dictionary(isValidId, ID, CATEGORY),
  cookie: COOKIE,
  policyUrl: rule(isSafeUrl, 'an http, https or relative URL'),
  store: rule((v) => isRecord(v) && ['read', 'write', 'clear'].every((m) => typeof v[m] === 'function'), 'an object with read, write and clear methods'),
  domEvents: boolean,
  reloadOnWithdrawal: rule(
    (v) => typeof v === 'boolean' || (Array.isArray(v) && v.every(isValidKey)),
    'true, false, or a list of category or category:service ids',
  ),
  sync: boolean,
  jurisdiction: rule((v) => v === 'opt-in' || v === 'opt-out' || typeof v === 'function', "'opt-in', 'opt-out' or a function of the region"),
  region: text(64),
  disclosure: shape({
    dntStatement: text(1000),
    gpcStatement: text(1000),
    industryOptOut: list(
      shape({ label: text(200), url: rule(isSafeUrl, 'an http, https or relative URL') }, (link, path, report) =>
        ['label', 'url'].forEach((key) => link[key] === undefined && report(`${path}.${key}`, 'required')),
      ),
    ),
  }),
  optOut: OPT_OUT_FIELDS,
  gpc: GPC_FIELD,
};

/**
 * Checks a config and returns every problem at once (empty when valid). Never throws, whatever it is given.
 *
 * @example
 * validateConfig({ revision: -1, categories: { analytics: { label: 3 } } });
 * // ['revision: expected a whole number from 0',
 * //  'categories.analytics.label: expected a string of at most 200 characters']
 */
export function validateConfig(config: unknown): ConfigProblem[] {
  const problems: ConfigProblem[] = [];
  try {
    if (config !== undefined) shape(CONFIG_FIELDS)(config, '', (path, problem) => problems.push(`${path}: ${problem}`));
  } catch (error) {
    // A Proxy or a getter that throws: the config cannot be read, so it cannot be used.
    problems.push(`config: could not be read (${error instanceof Error ? error.message : 'unknown error'})`);
  }
  return problems;
}
