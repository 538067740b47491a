import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matcher } from '../../src/enforce/patterns';

describe('matcher', () => {
  it('matches exact names and * wildcards, whole names only', () => {
    const match = matcher(['_ga', '_ga_*', 'ck_recent*', '*_session']);
    for (const name of ['_ga', '_ga_', '_ga_ABC123', 'ck_recent', 'ck_recent_items', 'php_session', '_session']) expect(match(name), name).toBe(true);
    for (const name of ['_gat', 'x_ga', '_g', 'ck_rec', 'session', '_ga ']) expect(match(name), name).toBe(false);
  });

  it('treats every other character literally: dots, brackets, regex syntax', () => {
    const match = matcher(['_pk_id.1.*', 'a+b', '(x)', '[y]', 'c$', '^d', 'e|f', 'g\\h', 'i?']);
    expect(match('_pk_id.1.abcd')).toBe(true);
    expect(match('_pk_idX1Xabcd')).toBe(false);
    for (const name of ['a+b', '(x)', '[y]', 'c$', '^d', 'e|f', 'g\\h', 'i?']) expect(match(name), name).toBe(true);
    for (const name of ['aab', 'x', 'y', 'c', 'd', 'e', 'f', 'i']) expect(match(name), name).toBe(false);
  });

  it('matches nothing when nothing is declared', () => {
    expect(matcher([])('')).toBe(false);
    expect(matcher([])('anything')).toBe(false);
  });

  it('a literal name always matches itself and a * prefix pattern every extension of it', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (name, suffix) => {
        expect(matcher([name])(name)).toBe(true);
        expect(matcher([`${name}*`])(name + suffix)).toBe(true);
      }),
    );
  });
});
