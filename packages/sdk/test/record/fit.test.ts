import { expect, it } from 'vitest';
import { byCategory, mayOutgrow } from '../../src/record/fit';

it('byCategory never grants more than the choices did: a category with a denied service is denied, in any order', () => {
  expect(byCategory({ a: false, 'a:x': true, b: true, 'b:y': false, c: true, 'c:z': true })).toEqual({ a: false, b: false, c: true });
  expect(byCategory({ 'b:y': false, b: true, 'c:z': true, c: true })).toEqual({ b: false, c: true });
  // A category without an answer: a granted service does not answer it, a denied one denies it.
  expect(byCategory({ 'd:x': true, 'e:y': false })).toEqual({ e: false });
});

it('mayOutgrow counts a built-in category as one character and any other choice as its id and two', () => {
  const builtIns = ['preferences', 'analytics', 'advertising', 'social'];
  expect(mayOutgrow(builtIns)).toBe(false);
  // 80 + 4 built-ins + 130 ids of 28 characters (30 each) = 3984; one more is over 4000.
  const ids = (count: number) => Array.from({ length: count }, (_, n) => `c:${String(n).padStart(26, '0')}`);
  expect(mayOutgrow([...builtIns, ...ids(130)])).toBe(false);
  expect(mayOutgrow([...builtIns, ...ids(131)])).toBe(true);
});
