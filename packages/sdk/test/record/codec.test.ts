import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checksum, decodeConsent, encodeConsent } from '../../src/record/codec';
import type { ConsentRecord } from '../../src/record/types';

const NOW = Date.parse('2026-11-26T12:00:00Z');

const record: ConsentRecord = {
  id: 'V1StGXR8_Z5jdHi6B-myT',
  revision: 3,
  createdAt: '2026-11-20T08:30:00.000Z',
  updatedAt: '2026-11-26T11:59:00.000Z',
  choices: { preferences: false, analytics: true, advertising: false, social: true },
  method: 'custom',
  signals: { dnt: '1', gpc: null },
  sdkVersion: '0.1.0',
};

describe('consent cookie codec', () => {
  it('round-trips a record with the five built-in categories in 80 bytes or fewer', () => {
    const value = encodeConsent(record);
    expect(value.length).toBeLessThanOrEqual(80);
    expect(value).toMatch(/^[A-Za-z0-9._~:-]+$/); // cookie-safe without percent-encoding
    expect(decodeConsent(value, NOW)).toEqual(record);
  });

  it('round-trips site categories, services, every method and every signal value', () => {
    for (const method of ['accept-all', 'reject-all', 'custom', 'api', 'notice'] as const) {
      for (const dnt of ['1', '0', 'unspecified', null] as const) {
        for (const gpc of [true, false, null]) {
          for (const jurisdiction of [{}, { jurisdiction: 'opt-out' as const }]) {
            const full: ConsentRecord = {
              ...record,
              method,
              signals: { dnt, gpc },
              choices: { analytics: false, chat: true, 'advertising:adpartner': true, 'chat:zendesk': false },
              ...jurisdiction,
            };
            expect(decodeConsent(encodeConsent(full), NOW)).toEqual(full);
          }
        }
      }
    }
  });

  it('marks a choice made under the opt-out jurisdiction by an upper-case method, and nothing else', () => {
    const optIn = encodeConsent(record);
    const optOut = encodeConsent({ ...record, jurisdiction: 'opt-out' });
    expect(optIn).toContain('.c1n0_1_0.');
    expect(optOut).toContain('.C1n0_1_0.');
    expect(optOut.slice(0, optOut.indexOf('.C'))).toBe(optIn.slice(0, optIn.indexOf('.c')));
    // Opt-in records keep the shape they always had: no jurisdiction key at all.
    expect(Object.keys(decodeConsent(optIn, NOW)!)).not.toContain('jurisdiction');
  });

  it('round-trips the longest records a browser can keep in a cookie: 150 services', () => {
    const choices = Object.fromEntries(Array.from({ length: 150 }, (_, index) => [`advertising:vendor${String(index).padStart(4, '0')}`, index % 2 === 0]));
    const value = encodeConsent({ ...record, choices });
    expect(value.length).toBeGreaterThan(3000);
    expect(decodeConsent(value, NOW)?.choices).toEqual(choices);
  });

  it("decodes the README's example value, so the documented format cannot drift from the code", () => {
    const readme = readFileSync(join(__dirname, '../../../../README.md'), 'utf8');
    const example = /^1\.[A-Za-z0-9_-]{21}\.\S+$/m.exec(readme)?.[0];
    expect(decodeConsent(example, NOW)).toMatchObject({ method: 'custom', choices: { analytics: true, advertising: false } });
  });

  it('decodes a percent-encoded value handed over by a server', () => {
    const value = encodeConsent({ ...record, choices: { 'advertising:adpartner': true } });
    expect(decodeConsent(encodeURIComponent(value), NOW)?.choices).toEqual({ 'advertising:adpartner': true });
  });

  const valid = encodeConsent(record);
  const body = valid.slice(0, valid.lastIndexOf('.'));
  // Re-seals an edited body with a matching checksum, so each field rule is tested on its own.
  const sealed = (edited: string) => `${edited}.${checksum(edited)}`;

  it.each([
    ['undefined', undefined],
    ['null', null],
    ['a number', 42],
    ['an object', { id: 'x' }],
    ['empty', ''],
    ['random text', 'hello world'],
    ['another tool’s cookie', '{"necessary":true,"analytics":true}'],
    ['truncated by one character', valid.slice(0, -1)],
    ['truncated inside the version', sealed(body).slice(0, -12)],
    ['one flipped character in the id', valid.replace('V1St', 'V1Su')],
    ['one flipped choice', valid.replace('pAdS', 'PAdS')],
    ['a broken percent escape', '%E0%A4%A'],
    ['very long', 'a'.repeat(100_000)],
  ])('returns null, never throws, for a damaged value: %s', (_, value) => {
    expect(decodeConsent(value, NOW)).toBeNull();
  });

  it.each([
    ['a future format', body.replace(/^1\./, '2.')],
    ['an extra field', `${body}.x`],
    ['a missing field', body.slice(0, body.lastIndexOf('.'))],
    ['a short id', body.replace(record.id, 'abc')],
    ['a duplicated category', body.replace('pAdS', 'pAdSa')],
    ['an unknown method', body.replace('.c1n', '.x1n')],
    ['an unknown DNT code', body.replace('.c1n', '.c7n')],
    ['updated before created', body.replace(/\.([0-9a-z]+)\.([0-9a-z]+)\.pAdS/, '.$2.$1.pAdS')],
    ['a date before 2020', body.replace(/\.3\.([0-9a-z]+)\./, '.3.1.')],
    ['a date far in the future', body.replace(/\.([0-9a-z]+)\.pAdS/, '.zzzzzz.pAdS')],
    ['a prototype key', body.replace('pAdS', 'pAdS~constructor1')],
    ['a __proto__ key', body.replace('pAdS', 'pAdS~__proto__1')],
  ])('returns null for a well-sealed value with a bad field: %s', (_, edited) => {
    expect(edited).not.toBe(body);
    expect(decodeConsent(sealed(edited), NOW)).toBeNull();
  });

  it('does not let a stored key reach Object.prototype', () => {
    const decoded = decodeConsent(sealed(body.replace('pAdS', 'pAdS~polluted1')), NOW);
    expect(decoded?.choices.polluted).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
