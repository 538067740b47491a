// @vitest-environment node
// Property and hostile-input tests of the instance: no config, stored value or call argument makes a method
// throw into the host page, and no prototype key (in a config, a stored record, a choice, or planted on
// Object.prototype by some other script) grants anything or reaches Object.prototype.
// In Node, as a server uses the engine: no document, so no enforcement observers or tab channels pile up over
// a hundred thousand instances (the browser side is covered by the e2e tests).
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { holds, PROPERTY_TIMEOUT } from '../../../scripts/fuzz/property';
import { createConsent } from '../src/consent';
import { readScriptSettings } from '../src/embed/script-config';
import { decodeConsent, encodeConsent } from '../src/record/codec';
import type { ConsentRecord } from '../src/record/types';
import { memoryStore } from '../src/store/memory';
import { NOW, mutatedValue, structuredValue, validRecord } from './record/arbitraries';
import { validConfig } from './config/arbitraries';

const OPTIONAL = ['preferences', 'analytics', 'advertising', 'social'];
const PROTOTYPE_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf', '__defineGetter__'];
const prototypeSnapshot = () => Object.getOwnPropertyNames(Object.prototype).sort().join();
const SNAPSHOT = prototypeSnapshot();

const anyValue = fc.anything({ withBoxedValues: true, withNullPrototype: true, withBigInt: true, withDate: true, withMap: true, withSet: true });
// Each run builds whole instances (config checks, a cookie read in jsdom): fewer runs in npm test.
const ENGINE_RUNS = 500;
const METHODS = ['getConsent', 'hasConsent', 'needsConsent', 'getCategories', 'acceptAll', 'rejectAll', 'setConsent', 'reset', 'on'] as const;

beforeEach(() => {
  vi.useFakeTimers({ now: NOW, toFake: ['Date'] });
  // Invalid configs and bad calls are reported on the console by design; the properties check they never throw.
  vi.spyOn(console, 'error').mockImplementation(() => {});
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterEach(() => {
  vi.useRealTimers();
  expect(prototypeSnapshot(), 'Object.prototype was changed').toBe(SNAPSHOT);
});

describe('createConsent under arbitrary input, by property', { timeout: PROPERTY_TIMEOUT }, () => {
  it('never throws, whatever the config, and an invalid config grants nothing', () => {
    holds('createConsent: arbitrary configs', (tally) =>
      fc.property(fc.oneof(anyValue, validConfig), (config) => {
        const consent = createConsent(config as never);
        const valid = (console.error as unknown as { mock: { calls: unknown[] } }).mock.calls.length === 0;
        if (!valid) for (const id of OPTIONAL) expect(consent.hasConsent(id)).toBe(false);
        expect(consent.hasConsent('necessary')).toBe(true);
        tally.count(valid ? 'valid config' : 'invalid config');
        vi.mocked(console.error).mockClear();
      }),
      ENGINE_RUNS,
    );
  });

  it('never throws from any method, whatever it is called with, and keeps answering', () => {
    holds('instance methods: arbitrary calls', (tally) =>
      fc.property(fc.array(fc.tuple(fc.constantFrom(...METHODS), fc.array(anyValue, { maxLength: 3 })), { maxLength: 8 }), (calls) => {
        const consent = createConsent({ store: memoryStore(), categories: { chat: { services: [{ id: 'zendesk' }] } } });
        for (const [method, args] of calls) {
          (consent[method] as (...a: unknown[]) => unknown)(...args);
          tally.count(method);
        }
        expect(typeof consent.needsConsent()).toBe('boolean');
        consent.rejectAll();
        for (const id of [...OPTIONAL, 'chat', 'chat:zendesk']) expect(consent.hasConsent(id)).toBe(false);
      }),
      ENGINE_RUNS,
    );
  });

  it('treats any stored value as a valid record or no record, and never grants a prototype key', () => {
    holds('createConsent: arbitrary stored values', (tally) =>
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), structuredValue, mutatedValue.map(({ value }) => value)), (value) => {
        // The record's own revision and the longest lifetime, so that valid records are in force, not stale.
        const revision = decodeConsent(value, NOW)?.revision ?? 1;
        const consent = createConsent({ store: memoryStore(value), revision, cookie: { expiresAfterDays: 395 }, categories: { chat: {} } });
        for (const key of PROTOTYPE_KEYS) expect(consent.hasConsent(key)).toBe(false);
        tally.count(consent.getConsent() ? 'record in force' : 'no record');
      }),
      ENGINE_RUNS,
    );
  });
});

describe('prototype-pollution keys', { timeout: PROPERTY_TIMEOUT }, () => {
  const stored = (record: Partial<ConsentRecord>) =>
    encodeConsent({
      id: 'V1StGXR8_Z5jdHi6B-myT',
      revision: 1,
      createdAt: '2026-11-01T00:00:00.000Z',
      updatedAt: '2026-11-01T00:00:00.000Z',
      choices: {},
      method: 'custom',
      signals: { dnt: null, gpc: null },
      sdkVersion: '0.1.0',
      ...record,
    });

  const HOSTILE = '{"polluted": true, "policyUrl": "javascript:alert(1)", "analytics": true, "label": "<img src=x>"}';
  const PLACES = ['', 'categories', 'categories.analytics', 'cookie', 'categories.chat.services.0'];
  const hostileConfig = (config: object, place: string, plant: (target: Record<string, unknown>) => void) => {
    const json = JSON.parse(JSON.stringify({ cookie: {}, ...config, store: undefined, categories: { ...(config as { categories?: object }).categories, analytics: {}, chat: { services: [{ id: 'zendesk' }] } } }));
    let target = json;
    for (const part of place.split('.').filter(Boolean)) target = target[part];
    plant(target);
    return json;
  };
  /** The config as the script tag reads window.ConsentKitConfig (which resolves URLs against a document). */
  const viaScriptTag = (json: object) => {
    vi.stubGlobal('document', { baseURI: 'https://example.com/' });
    try {
      return readScriptSettings(null, json).config;
    } finally {
      vi.unstubAllGlobals();
    }
  };
  const expectNothingApplied = (json: object) => {
    // Through createConsent, and through the script tag's reader of window.ConsentKitConfig.
    for (const consent of [createConsent(json), createConsent(viaScriptTag(json))]) {
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      expect(consent.policyUrl).not.toBe('javascript:alert(1)');
      expect(consent.hasConsent('analytics')).toBe(false);
      expect(consent.getCategories().map((category) => category.label)).not.toContain('<img src=x>');
    }
  };

  it('in a JSON config (any depth) are refused by name and change nothing', () => {
    holds('config: prototype keys at any depth', () =>
      fc.property(validConfig, fc.constantFrom(...PROTOTYPE_KEYS.slice(0, 3)), fc.constantFrom(...PLACES), (config, key, place) => {
        // As JSON.parse makes them: own keys named __proto__, constructor, prototype.
        const json = hostileConfig(config, place, (target) => Object.defineProperty(target, key, { value: JSON.parse(HOSTILE), enumerable: true }));
        expectNothingApplied(json);
        expect(vi.mocked(console.error).mock.calls.join('\n')).toContain(`${place ? `${place.replace('.0', '[0]')}.` : ''}${key}: `);
        vi.mocked(console.error).mockClear();
      }),
      ENGINE_RUNS,
    );
  });

  // Bug: validateConfig checked own keys while resolveConfig also read inherited ones, so an option on a config's
  // prototype (or planted on Object.prototype) was applied unchecked: `consent.policyUrl` could be javascript:.
  it('inherited from a config object\'s prototype are never applied', () => {
    holds('config: inherited options', () =>
      fc.property(validConfig, fc.constantFrom(...PLACES), (config, place) => {
        expectNothingApplied(hostileConfig(config, place, (target) => Object.setPrototypeOf(target, JSON.parse(HOSTILE))));
      }),
      ENGINE_RUNS,
    );
  });

  it('in a stored record make it no record', () => {
    for (const choice of ['~constructor1', '~prototype1', '~analytics:constructor1', '~chat:prototype1']) {
      const value = stored({}).replace(/^(1\.[^.]+\.[^.]+\.[^.]+\.[^.]+\.)/, `$1${choice}`);
      const consent = createConsent({ store: memoryStore(value), categories: { chat: {} } });
      expect(consent.getConsent()).toBeNull();
    }
  });

  it('in setConsent are ignored, and inherited keys are never choices', () => {
    const consent = createConsent({ store: memoryStore() });
    consent.setConsent(JSON.parse('{"__proto__": {"analytics": true}, "constructor": true}'));
    // Only names that are not choices: nothing is recorded, and the banner still asks.
    expect(consent.getConsent()).toBeNull();
    expect(consent.needsConsent()).toBe(true);
    // No own names at all, like {}: what is in force is recorded; the inherited ones are not choices.
    consent.setConsent(Object.create({ analytics: true, social: true }));
    for (const id of OPTIONAL) expect(consent.hasConsent(id)).toBe(false);
    expect(consent.getConsent()?.choices).toEqual({ preferences: false, analytics: false, advertising: false, social: false });
  });

  // Bug: choices were looked up with `record.choices[id]` and `id in record.choices`, which read Object.prototype.
  // A page whose Object.prototype another script polluted (a known class of library bug) got consent granted for
  // a category the visitor never answered, and no banner for it.
  describe('planted on Object.prototype by another script', () => {
    const planted = { chat: true, analytics: true, 'advertising:adpartner': true };
    afterEach(() => {
      for (const key of Object.keys(planted)) delete (Object.prototype as Record<string, unknown>)[key];
    });

    it('grant nothing the visitor did not choose, and a new category is still asked', () => {
      const value = stored({ choices: { preferences: false, advertising: false, social: false } });
      Object.assign(Object.prototype, planted);
      const consent = createConsent({
        store: memoryStore(value),
        categories: { chat: { label: 'Chat' }, advertising: { services: [{ id: 'adpartner' }] } },
      });
      expect(consent.hasConsent('chat')).toBe(false);
      expect(consent.hasConsent('analytics')).toBe(false);
      expect(consent.hasConsent('advertising:adpartner')).toBe(false);
      expect(consent.needsConsent()).toBe(true);
    });

    it('leave every stored record meaning what it says', () => {
      // Generated before the prototype is polluted: fast-check itself must not run on a polluted prototype.
      const records = fc.sample(validRecord, 300);
      Object.assign(Object.prototype, planted);
      for (const record of records) {
        const consent = createConsent({ store: memoryStore(encodeConsent(record)), revision: record.revision, categories: { chat: {} } });
        if (!consent.getConsent()) continue; // expired at NOW
        expect(consent.hasConsent('chat')).toBe(Object.prototype.hasOwnProperty.call(record.choices, 'chat') && record.choices.chat === true);
        expect(consent.needsConsent()).toBe(![...OPTIONAL, 'chat'].every((id) => Object.prototype.hasOwnProperty.call(record.choices, id)));
      }
    });
  });
});
