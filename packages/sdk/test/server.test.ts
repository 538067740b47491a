// @vitest-environment node
// The engine on a server: answering for the request's cookie as the page will (the README's server example).
import { afterEach, expect, it, vi } from 'vitest';
import { createConsent } from '../src/consent';
import { decodeConsent } from '../src/record/codec';
import { memoryStore } from '../src/store/memory';

afterEach(() => vi.unstubAllGlobals());

it('answers for a cookie as the page will: a record of an older revision decodes, but is no consent', () => {
  const browser = memoryStore();
  createConsent({ revision: 1, store: browser }).acceptAll();
  const cookie = browser.read();
  expect(decodeConsent(cookie)?.choices.analytics).toBe(true);
  const consent = createConsent({ revision: 2, store: memoryStore(cookie) });
  expect(consent.hasConsent('analytics')).toBe(false);
  expect(consent.needsConsent()).toBe(true);
  expect(createConsent({ revision: 1, store: memoryStore(cookie) }).hasConsent('analytics')).toBe(true);
});

// Server renderers and test setups stub `window` with a plain object: no addEventListener, no dispatchEvent.
// createConsent must still answer, and choices still work, without throwing or reporting errors.
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
