import { NECESSARY } from '../categories/builtin';
import { isValidId } from './ids';
import { isSafeUrl } from './url';

/** One thing wrong with a config, with the path to it: `categories.analytics.label: expected a string`. */
export type ConfigProblem = string;

/** Longest choice lifetime: 13 months, the longest re-consent interval regulators accept (CNIL, EDPB). */
export const MAX_EXPIRY_DAYS = 395;

// RFC 6265 cookie-name token characters.
const COOKIE_NAME = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]{1,64}$/;
const DOMAIN = /^\.?[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*$/i;
const ID_RULE = 'expected an id: a lower-case letter, then up to 31 of a-z 0-9 _ -';

const KNOWN_OPTIONS = ['revision', 'categories', 'cookie', 'policyUrl', 'store', 'domEvents'];

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isText = (value: unknown, max: number): boolean => typeof value === 'string' && value.length <= max;

/** Collects problems; each check names the path and what was expected there. */
class Problems {
  readonly list: ConfigProblem[] = [];
  add(path: string, message: string): void {
    this.list.push(`${path}: ${message}`);
  }
  /** Reports `expected` at `path` when `value` is present and `ok` fails. */
  optional(path: string, value: unknown, ok: (value: unknown) => boolean, expected: string): void {
    if (value !== undefined && !ok(value)) this.add(path, expected);
  }
  unknownKeys(path: string, value: Record<string, unknown>, known: readonly string[]): void {
    for (const key of Object.keys(value)) {
      if (!known.includes(key)) this.add(path ? `${path}.${key}` : key, 'unknown option');
    }
  }
}

const text = (max: number) => (value: unknown) => isText(value, max);
const wholeNumber = (min: number, max: number) => (value: unknown) =>
  typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;

function validateServices(problems: Problems, path: string, services: unknown): void {
  if (!Array.isArray(services)) return problems.add(path, 'expected an array of services');
  const seen = new Set<string>();
  services.forEach((service, index) => {
    const at = `${path}[${index}]`;
    if (!isRecord(service)) return problems.add(at, 'expected an object');
    problems.unknownKeys(at, service, ['id', 'label', 'description']);
    if (!isValidId(service.id)) problems.add(`${at}.id`, ID_RULE);
    else if (seen.has(service.id)) problems.add(`${at}.id`, `duplicate service id "${service.id}"`);
    else seen.add(service.id);
    problems.optional(`${at}.label`, service.label, text(200), 'expected a string of at most 200 characters');
    problems.optional(`${at}.description`, service.description, text(1000), 'expected a string of at most 1000 characters');
  });
}

function validateCategories(problems: Problems, categories: unknown): void {
  if (!isRecord(categories)) return problems.add('categories', 'expected an object keyed by category id');
  for (const [id, category] of Object.entries(categories)) {
    const path = `categories.${id}`;
    if (!isValidId(id)) {
      problems.add(path, ID_RULE);
      continue;
    }
    if (category === false) {
      if (id === NECESSARY) problems.add(path, 'the necessary category cannot be removed');
      continue;
    }
    if (!isRecord(category)) {
      problems.add(path, 'expected an object or false');
      continue;
    }
    problems.unknownKeys(path, category, ['label', 'description', 'services']);
    problems.optional(`${path}.label`, category.label, text(200), 'expected a string of at most 200 characters');
    problems.optional(`${path}.description`, category.description, text(1000), 'expected a string of at most 1000 characters');
    if (category.services !== undefined) validateServices(problems, `${path}.services`, category.services);
  }
}

function validateCookie(problems: Problems, cookie: unknown): void {
  if (!isRecord(cookie)) return problems.add('cookie', 'expected an object');
  problems.unknownKeys('cookie', cookie, ['name', 'domain', 'path', 'expiresAfterDays', 'refusalExpiresAfterDays']);
  problems.optional('cookie.name', cookie.name, (v) => typeof v === 'string' && COOKIE_NAME.test(v), 'expected a cookie name (RFC 6265 token, 1 to 64 characters)');
  problems.optional('cookie.domain', cookie.domain, (v) => typeof v === 'string' && v.length <= 253 && DOMAIN.test(v), 'expected a host name such as example.com');
  problems.optional('cookie.path', cookie.path, (v) => typeof v === 'string' && /^\/[^;\s]{0,200}$/.test(v), 'expected a path starting with /');
  const days = wholeNumber(1, MAX_EXPIRY_DAYS);
  problems.optional('cookie.expiresAfterDays', cookie.expiresAfterDays, days, `expected a whole number of days from 1 to ${MAX_EXPIRY_DAYS}`);
  problems.optional('cookie.refusalExpiresAfterDays', cookie.refusalExpiresAfterDays, days, `expected a whole number of days from 1 to ${MAX_EXPIRY_DAYS}`);
  const { expiresAfterDays, refusalExpiresAfterDays } = cookie;
  if (days(expiresAfterDays) && days(refusalExpiresAfterDays) && (refusalExpiresAfterDays as number) > (expiresAfterDays as number)) {
    problems.add('cookie.refusalExpiresAfterDays', 'must not be longer than cookie.expiresAfterDays');
  }
}

const isStore = (value: unknown): boolean =>
  isRecord(value) && ['read', 'write', 'clear'].every((method) => typeof value[method] === 'function');

/**
 * Checks a config and returns every problem at once (empty when valid). Never throws, whatever it is given.
 *
 * @example
 * validateConfig({ revision: -1, categories: { analytics: { label: 3 } } });
 * // ['revision: expected a whole number from 0', 'categories.analytics.label: expected a string of at most 200 characters']
 */
export function validateConfig(config: unknown): ConfigProblem[] {
  const problems = new Problems();
  if (config === undefined) return problems.list;
  if (!isRecord(config)) {
    problems.add('config', 'expected an object');
    return problems.list;
  }
  problems.unknownKeys('', config, KNOWN_OPTIONS);
  problems.optional('revision', config.revision, wholeNumber(0, 2 ** 31), 'expected a whole number from 0');
  if (config.categories !== undefined) validateCategories(problems, config.categories);
  if (config.cookie !== undefined) validateCookie(problems, config.cookie);
  problems.optional('policyUrl', config.policyUrl, isSafeUrl, 'expected an http, https or relative URL');
  problems.optional('store', config.store, isStore, 'expected an object with read, write and clear methods');
  problems.optional('domEvents', config.domEvents, (v) => typeof v === 'boolean', 'expected true or false');
  return problems.list;
}
