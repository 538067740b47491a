import { describe, expect, it } from 'vitest';
import { readDnt } from '../../src/signals/dnt';
import { readGpc } from '../../src/signals/gpc';

describe('readDnt', () => {
  it.each([
    ['Chrome/Firefox with DNT on', { navigator: { doNotTrack: '1' } }, '1'],
    ['DNT explicitly off', { navigator: { doNotTrack: '0' } }, '0'],
    ['old Firefox unset', { navigator: { doNotTrack: 'unspecified' } }, 'unspecified'],
    ['modern Chrome unset', { navigator: { doNotTrack: null } }, null],
    ['old Safari / IE 11', { navigator: {}, window: { doNotTrack: '1' } }, '1'],
    ['IE 9-10', { navigator: { msDoNotTrack: '1' } }, '1'],
    ['IE 9-10 yes', { navigator: { msDoNotTrack: 'yes' } }, '1'],
    ['IE 9-10 no', { navigator: { msDoNotTrack: 'no' } }, '0'],
    ['nothing at all', {}, null],
    ['garbage', { navigator: { doNotTrack: {} } }, null],
  ] as const)('%s', (_, sources, expected) => {
    const { navigator: nav = {}, window: win = {} } = sources as { navigator?: object; window?: object };
    expect(readDnt(nav as never, win as never)).toBe(expected);
  });
});

describe('readGpc', () => {
  it('is true only for a strict boolean true', () => {
    expect(readGpc({ globalPrivacyControl: true })).toBe(true);
    expect(readGpc({ globalPrivacyControl: false })).toBe(false);
    expect(readGpc({ globalPrivacyControl: 'true' })).toBeNull();
    expect(readGpc({})).toBeNull();
    expect(readGpc(undefined)).toBeNull();
  });
});
