// Valid consent events for the collector's tests, each with a new id.
let counter = 0;

/** A valid event as the SDK sends it; `overrides` replace fields (or add unknown ones). */
export function validEvent(overrides: Record<string, unknown> = {}) {
  counter++;
  return {
    id: `evt_${String(counter).padStart(6, '0')}_abcdefghij`,
    type: 'optout',
    consentId: 'V1StGXR8_Z5jdHi6B-myT',
    at: new Date(Date.UTC(2026, 10, 26, 12, 0, counter)).toISOString(),
    revision: 1,
    source: 'link',
    method: 'custom',
    choices: { advertising: false },
    url: 'https://www.example.com/pricing',
    dnt: null,
    gpc: null,
    sdkVersion: '0.1.0',
    ...overrides,
  };
}
