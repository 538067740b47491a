// A stored consent cookie value for tests: a valid record from 2026-11-01 (revision 1, analytics granted), with
// any field replaced.
import { encodeConsent } from '../src/record/codec';
import type { ConsentRecord } from '../src/record/types';

export const storedValue = (overrides: Partial<ConsentRecord> = {}): string =>
  encodeConsent({
    id: 'V1StGXR8_Z5jdHi6B-myT',
    revision: 1,
    createdAt: '2026-11-01T00:00:00.000Z',
    updatedAt: '2026-11-01T00:00:00.000Z',
    choices: { preferences: false, analytics: true, advertising: false, social: false },
    method: 'custom',
    signals: { dnt: null, gpc: null },
    sdkVersion: '0.1.0',
    ...overrides,
  });
