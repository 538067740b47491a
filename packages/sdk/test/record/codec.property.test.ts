// Property tests of the cookie codec: whatever a cookie holds (another tool's value, a truncated or edited one,
// random bytes), decoding never throws and gives either a record that keeps every promise of the type, or null.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { holds, PROPERTY_TIMEOUT } from '../../../../scripts/fuzz/property';
import { decodeConsent, encodeConsent } from '../../src/record/codec';
import { mutatedValue, NOW, recordProblem, structuredValue, validRecord } from './arbitraries';

/** Decodes and checks the contract: no throw, and null or a well-formed record. Returns the result. */
function decodeChecked(value: unknown) {
  const record = decodeConsent(value, NOW);
  if (record !== null) {
    const problem = recordProblem(record);
    if (problem) throw new Error(`decoded an invalid record (${problem}): ${JSON.stringify(record)}`);
    // A decoded record survives its own encoding unchanged.
    expect(decodeConsent(encodeConsent(record), NOW)).toEqual(record);
  }
  return record;
}

describe('consent cookie codec, by property', { timeout: PROPERTY_TIMEOUT }, () => {
  it('decodes any string to null or a valid record, never throwing', () => {
    holds('decode: arbitrary strings', (tally) =>
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), fc.string({ unit: 'binary-ascii', maxLength: 200 }), fc.string()), (value) => {
        tally.count(decodeChecked(value) ? 'decoded' : 'null');
      }),
    );
  });

  it('decodes any value of any type to null or a valid record', () => {
    holds('decode: arbitrary values', (tally) =>
      fc.property(fc.anything({ withBoxedValues: true, withNullPrototype: true, withBigInt: true, withDate: true }), (value) => {
        tally.count(decodeChecked(value) ? 'decoded' : 'null');
      }),
    );
  });

  it('round-trips every record the engine can write, as is and percent-encoded', () => {
    holds('encode/decode round trip', (tally) =>
      fc.property(validRecord, (record) => {
        const value = encodeConsent(record);
        // Cookie-safe without escaping, and within the decoder's length limit.
        expect(value).toMatch(/^[A-Za-z0-9._~:-]{1,4000}$/);
        expect(decodeConsent(value, NOW)).toEqual(record);
        expect(decodeConsent(encodeURIComponent(value), NOW)).toEqual(record);
        tally.count(Object.keys(record.choices).length > 4 ? 'records with 5+ choices' : 'records with 0-4 choices');
      }),
    );
  });

  it('never reads a damaged value as a different choice: it is null, or (after a no-op edit) the same record', () => {
    holds('decode: mutated cookie values', (tally) =>
      fc.property(mutatedValue, ({ record, original, value, resealed }) => {
        const decoded = decodeChecked(value);
        if (value === original) return void tally.count('unchanged');
        if (!resealed) {
          // Without a recomputed checksum, any edit that changes what the value says is caught.
          if (decoded !== null) expect(decoded).toEqual(record);
          return void tally.count(decoded ? 'edited, same record' : 'edited, refused');
        }
        tally.count(decoded ? 'resealed, still valid' : 'resealed, refused');
      }),
    );
  });

  it('checks every field behind the checksum: sealed values built from good and bad fields', () => {
    holds('decode: sealed field combinations', (tally) =>
      fc.property(structuredValue, (value) => {
        tally.count(decodeChecked(value) ? 'decoded' : 'null');
      }),
    );
  });
});
