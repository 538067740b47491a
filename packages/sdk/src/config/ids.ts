/** Category and service ids: short, lower-case, safe in a cookie value and as an object key. */
export const ID_PATTERN = /^[a-z][a-z0-9_-]{0,31}$/;

// Lower-case names that reach Object.prototype when used as keys of a plain object (`__proto__` fails the pattern).
const RESERVED = new Set(['constructor', 'prototype']);

export const isValidId = (value: unknown): value is string =>
  typeof value === 'string' && ID_PATTERN.test(value) && !RESERVED.has(value);

/** A choice's key: a category id, or `category:service`. */
export const isValidKey = (value: unknown): value is string =>
  typeof value === 'string' && value.split(':').length < 3 && value.split(':').every(isValidId);
