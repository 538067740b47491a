// @vitest-environment node
// Property tests of the reference collector: its event validator on any value, and the whole POST on any body.
// Valid events are stored exactly once; anything else is refused with the status the protocol names, stores
// nothing, and changes nothing (prototype-pollution keys included); the server keeps answering.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { holds, holdsAsync, PROPERTY_TIMEOUT } from '../../../scripts/fuzz/property';
import { damagedEvent, POLLUTION_KEYS, validText } from '../../../packages/sdk/test/optout/arbitraries';
import { startServer } from '../../server/index.mjs';
import { createCollector } from '../collector.mjs';
import { MAX_EVENTS } from '../limits.mjs';
import { validateEvent } from '../validate.mjs';

const FIELDS = ['id', 'type', 'consentId', 'at', 'revision', 'source', 'method', 'choices', 'url', 'dnt', 'gpc', 'sdkVersion'];

describe('the collector, by property', { timeout: PROPERTY_TIMEOUT }, () => {
  it('validateEvent never throws on any value, and names a field in every problem', () => {
    holds('collector: validateEvent on arbitrary values', (tally) =>
      fc.property(fc.anything({ withNullPrototype: true, withBoxedValues: true, withBigInt: true, withDate: true }), (value) => {
        const problems = validateEvent(value);
        expect(problems.length).toBeGreaterThan(0);
        for (const problem of problems) expect(problem).toMatch(/^(expected an object$|[a-zA-Z]+: expected |[^]*: unknown field$)/);
        tally.count(problems[0] === 'expected an object' ? 'not an object' : 'object, refused');
      }),
    );
  });

  it('accepts every valid event, and refuses a damaged one naming just what was damaged', () => {
    holds('collector: validateEvent on valid and damaged events', (tally) =>
      fc.property(fc.oneof(validText, damagedEvent), ({ how, text, part }) => {
        const event = JSON.parse(text);
        const problems = validateEvent(event);
        if (how === 'valid') expect(problems).toEqual([]);
        // Only the damaged field or key is named (a replaced value may still be valid: then nothing is).
        for (const problem of problems) expect(problem.startsWith(`${part}: `), problem).toBe(true);
        if (how === 'field dropped' || (how === 'key added' && !FIELDS.includes(part!))) expect(problems).toHaveLength(1);
        // An own `__proto__` key never reaches a prototype, here or in what the validator read.
        expect(Object.getPrototypeOf(event)).toBe(Object.prototype);
        expect(Object.prototype).not.toHaveProperty('type');
        tally.count(`${how}: ${problems.length ? 'refused' : 'accepted'}`);
      }),
    );
  });

  describe('over HTTP', () => {
    let collector: ReturnType<typeof createCollector>;
    let server: { url: string; close(): Promise<void> };
    beforeAll(async () => {
      collector = createCollector({ dbPath: ':memory:' });
      server = await startServer({ port: 0, routes: [{ prefix: '/api/consent-log', methods: ['GET', 'POST'], handle: collector.handle }] });
    });
    afterAll(async () => {
      await server.close();
      collector.close();
    });

    /** A body: a batch of valid and damaged events, or something that is not a batch at all. */
    const body = fc.oneof(
      { weight: 4, arbitrary: fc.array(fc.oneof(validText, damagedEvent), { minLength: 1, maxLength: 8 }).map((events) => ({ events, text: `{"events":[${events.map(({ text }) => text).join(',')}]}` })) },
      { weight: 1, arbitrary: fc.string({ maxLength: 200 }).map((text) => ({ events: null, text })) },
      { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 12 }).map((value) => ({ events: null, text: JSON.stringify(value) })) },
      { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...POLLUTION_KEYS), validText).map(([key, { text }]) => ({ events: null, text: `{"${key}":{"events":[${text}]}}` })) },
    );
    const contentType = fc.oneof({ weight: 8, arbitrary: fc.constant('application/json') }, { weight: 1, arbitrary: fc.constantFrom('text/plain', 'application/x-www-form-urlencoded', 'application/json; charset=utf-16') });
    const storedIds = async () => new Set(((await (await fetch(`${server.url}/api/consent-log?limit=10000`)).json()) as { events: { id: string }[] }).events.map(({ id }) => id));

    it('stores exactly the valid events of each request, and refuses the rest with the right status', async () => {
      await holdsAsync(
        'collector: POST bodies',
        (tally) =>
          fc.asyncProperty(body, contentType, async ({ events, text }, type) => {
            const before = await storedIds();
            const response = await fetch(`${server.url}/api/consent-log`, { method: 'POST', headers: { 'Content-Type': type }, body: text });
            const answer = (await response.json()) as { acknowledged?: string[]; error?: string };
            const after = await storedIds();
            const added = [...after].filter((id) => !before.has(id));
            if (type !== 'application/json') {
              expect(response.status).toBe(415);
              expect(added).toEqual([]);
              return void tally.count('415 content type');
            }
            if (!events) {
              // Not a batch: 400 (or 413 for a long list), nothing stored.
              expect([400, 413]).toContain(response.status);
              expect(added).toEqual([]);
              return void tally.count(`${response.status} not a batch`);
            }
            const valid = events.map(({ text: event }) => JSON.parse(event)).filter((event) => validateEvent(event).length === 0);
            const validIds = [...new Set(valid.map(({ id }) => id as string))];
            expect(response.status).toBe(valid.length ? 200 : 400);
            // Every valid event acknowledged (a resend too), and only those; new ones stored now, once.
            expect(answer.acknowledged).toEqual(valid.map(({ id }) => id));
            expect(added.sort()).toEqual(validIds.filter((id) => !before.has(id)).sort());
            for (const id of validIds) expect(after.has(id)).toBe(true);
            tally.count(`${response.status} batch of ${events.length}, ${valid.length} valid`);
          }),
        { runs: 150, fuzzCeiling: 5000 },
      );
      // Still answering, and nothing leaked onto prototypes.
      expect((await fetch(`${server.url}/api/consent-log?limit=1`)).status).toBe(200);
      expect(({} as Record<string, unknown>).events).toBeUndefined();
      expect(MAX_EVENTS).toBe(100);
    });
  });
});
