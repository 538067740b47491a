// Property tests of validateConfig: it never throws, accepts every valid config, and for a config with bad
// values planted at known paths it names every one of those paths and nothing else.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { holds, PROPERTY_TIMEOUT } from '../../../../scripts/fuzz/property';
import { validateConfig } from '../../src/config/validate';
import { corruption, validConfig, type Corruption } from './arbitraries';

const PROBLEM = /^.*: (expected |unknown option$|duplicate service id |the necessary category cannot be removed$|must not be longer |could not be read)/s;

// A wholesale bad `categories` or `cookie` would hide the problems planted inside it: one or the other.
const hides = (list: Corruption[], section: string) =>
  list.some(({ path }) => path === section) && list.some(({ path }) => path.startsWith(`${section}.`));
const corruptions = fc
  .uniqueArray(corruption, { minLength: 1, maxLength: 5, selector: ({ path }) => (path.startsWith('categories.') ? path.split('.').slice(0, 2).join('.') : path) })
  .filter((list) => !hides(list, 'categories') && !hides(list, 'cookie'));

/** Whether `problem` is reported at `path` or inside it (`services` covers `services[0]: expected an object`). */
const isAt = (problem: string, path: string) => [': ', '.', '['].some((next) => problem.startsWith(path + next));

describe('validateConfig, by property', { timeout: PROPERTY_TIMEOUT }, () => {
  it('never throws on any value, and reports each problem as "path: problem"', () => {
    holds('validateConfig: arbitrary values', (tally) =>
      fc.property(
        fc.oneof(
          fc.anything({ withBoxedValues: true, withNullPrototype: true, withMap: true, withSet: true, withDate: true, withTypedArray: true, withSparseArray: true, withBigInt: true }),
          // Objects whose keys are the real option names, so the walk goes deep.
          fc.anything({
            key: fc.constantFrom('revision', 'categories', 'cookie', 'policyUrl', 'domEvents', 'store', 'analytics', 'chat', 'label', 'description', 'services', 'id', 'name', 'domain', 'path', 'expiresAfterDays', '__proto__'),
            maxDepth: 4,
            withNullPrototype: true,
          }),
        ),
        (config) => {
          const problems = validateConfig(config);
          for (const problem of problems) expect(problem).toMatch(PROBLEM);
          if (config === undefined) expect(problems).toEqual([]);
          else if (typeof config !== 'object' || config === null || Array.isArray(config)) expect(problems).toEqual(['config: expected an object']);
          tally.count(problems.length ? 'refused' : 'accepted');
        },
      ),
    );
  });

  it('accepts every valid config', () => {
    holds('validateConfig: valid configs', () =>
      fc.property(validConfig, (config) => {
        expect(validateConfig(config)).toEqual([]);
      }),
    );
  });

  it('names every planted bad path, and only those', () => {
    holds('validateConfig: planted problems', (tally) =>
      fc.property(validConfig, corruptions, (config, planted) => {
        const hostile = { ...config } as Record<string, unknown>;
        for (const { plant } of planted) plant(hostile);
        const problems = validateConfig(hostile);
        for (const { path } of planted) {
          expect(problems.some((problem) => isAt(problem, path)), `${path} named in ${JSON.stringify(problems)}`).toBe(true);
        }
        // A bad cookie.expiresAfterDays may also make a valid refusal lifetime too long: that is named too.
        const allowed = [...planted.map(({ path }) => path), 'cookie.refusalExpiresAfterDays'];
        for (const problem of problems) {
          expect(allowed.some((path) => isAt(problem, path)), `${problem} was not planted`).toBe(true);
        }
        tally.count(`${planted.length} planted`);
      }),
    );
  });
});
