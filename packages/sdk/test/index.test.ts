import { expect, it } from 'vitest';
import * as sdk from '../src/index';

it('exports exactly the documented public surface', () => {
  expect(Object.keys(sdk).sort()).toEqual(['createConsent', 'decodeConsent', 'googleConsentMode', 'gpp', 'memoryStore', 'noticeHash']);
});
