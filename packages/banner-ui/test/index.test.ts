import { expect, it } from 'vitest';
import * as ui from '../src/index';

it('exports exactly the documented public surface', () => {
  expect(Object.keys(ui).sort()).toEqual([
    'defaultNoticeTexts',
    'defaultOptOutTexts',
    'defaultPlaceholderTexts',
    'defaultPolicyTexts',
    'defaultTexts',
    'mountBanner',
    'mountOptOutPanel',
    'mountPlaceholders',
    'mountPolicy',
    'renderPlaceholder',
  ]);
});
