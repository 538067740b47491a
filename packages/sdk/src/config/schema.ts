/**
 * A tiny validation vocabulary: each check walks a value, and reports `path: expected ...` for what is wrong.
 * Checks never throw, whatever they are given, and read only own properties (no prototype keys). The builders are
 * marked free of side effects, so a bundler drops the checks built at module level (the config's, the
 * integrations' options) from an app that never validates: `import { decodeConsent }` alone, say.
 */
export type Report = (path: string, problem: string) => void;
export type Check = (value: unknown, path: string, report: Report) => void;

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * `value[key]` when `key` is an own property of the object `value`, else undefined. Inherited keys are never
 * read: an option or a choice on a prototype (a custom one, or Object.prototype polluted by another script) was
 * never validated or chosen.
 */
export const own = (value: unknown, key: string): unknown =>
  isRecord(value) && Object.prototype.hasOwnProperty.call(value, key) ? value[key] : undefined;

/**
 * An integration's `options` as given when `check` finds nothing wrong under `path`; else every problem reported
 * at once, as "Invalid <what> options", and `{}`: the defaults.
 * @example const { waitForUpdate = 500 } = checkedOptions(OPTIONS, options, 'googleConsentMode', 'Google Consent Mode');
 */
export function checkedOptions<T extends object>(check: Check, options: T, path: string, what: string): Partial<T> {
  const problems: string[] = [];
  check(options, path, (at, problem) => problems.push(`${at}: ${problem}`));
  if (!problems.length) return options;
  console.error(`[ConsentKit] Invalid ${what} options; using the defaults:\n  - ${problems.join('\n  - ')}`);
  return {};
}

const join = (path: string, key: string | number) =>
  typeof key === 'number' ? `${path}[${key}]` : path ? `${path}.${key}` : key;

/** A leaf: `test` must pass, else "expected <expected>". */
export const rule = /* @__NO_SIDE_EFFECTS__ */
  (test: (value: unknown) => boolean, expected: string): Check =>
  (value, path, report) =>
    test(value) || report(path, `expected ${expected}`);

export const text = /* @__NO_SIDE_EFFECTS__ */ (max: number) =>
  rule((value) => typeof value === 'string' && value.length <= max, `a string of at most ${max} characters`);

export const wholeNumber = /* @__NO_SIDE_EFFECTS__ */ (min: number, max: number, unit = '') =>
  rule((value) => Number.isInteger(value) && (value as number) >= min && (value as number) <= max, `a whole number${unit} from ${min}${max < 2 ** 31 ? ` to ${max}` : ''}`);

export const boolean = rule((value) => typeof value === 'boolean', 'true or false');

/** An object with these optional fields and no others (a typo is an error, not a silent default). */
export const shape = /* @__NO_SIDE_EFFECTS__ */
  (fields: Record<string, Check>, extra?: (value: Record<string, unknown>, path: string, report: Report) => void): Check =>
  (value, path, report) => {
    if (!isRecord(value)) return report(path || 'config', 'expected an object');
    for (const key of Object.keys(value)) {
      const at = join(path, key);
      if (!own(fields, key)) report(at, 'unknown option');
      else if (value[key] !== undefined) fields[key]!(value[key], at, report);
    }
    extra?.(value, path, report);
  };

/** An array whose items each pass `item`. */
export const list = /* @__NO_SIDE_EFFECTS__ */
  (item: Check): Check =>
  (value, path, report) =>
    Array.isArray(value) ? value.forEach((entry, index) => item(entry, join(path, index), report)) : report(path, 'expected an array');

/** An object keyed by ids (`keyCheck` on each key) whose values each pass `item`. */
export const dictionary = /* @__NO_SIDE_EFFECTS__ */
  (keyCheck: (key: string) => boolean, keyExpected: string, item: Check): Check =>
  (value, path, report) => {
    if (!isRecord(value)) return report(path, 'expected an object');
    for (const key of Object.keys(value)) {
      const at = join(path, key);
      if (keyCheck(key)) item(value[key], at, report);
      else report(at, `expected ${keyExpected}`);
    }
  };
