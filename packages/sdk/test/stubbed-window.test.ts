// @vitest-environment node
// Server renderers and test setups stub `window` with a plain object: no addEventListener, no dispatchEvent.
// createConsent must still answer, and choices still work, without throwing or reporting errors.
import { afterEach, expect, it, vi } from 'vitest';
import { createConsent } from '../src/consent';
import { memoryStore } from '../src/store/memory';

afterEach(() => vi.unstubAllGlobals());

it.each([['an empty object', {}], ['the global object', globalThis]])('works with window stubbed as %s', (_, stub) => {
  vi.stubGlobal('window', stub);
  const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
  const store = memoryStore();
  const consent = createConsent({ revision: 1, store, sync: true });
  consent.acceptAll();
  expect(consent.hasConsent('analytics')).toBe(true);
  expect(createConsent({ revision: 1, store }).hasConsent('analytics')).toBe(true);
  expect(errors).not.toHaveBeenCalled();
});
