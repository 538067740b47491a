// Options a script-tag site passes are not type-checked: `ConsentKit.push(['rejectAll', { source: 'footer' }])`.
import { afterEach, expect, it, vi } from 'vitest';
import { createConsent } from '../src/consent';
import { memoryStore } from '../src/store/memory';
import type { ConsentLogEvent } from '../src/optout/types';
import { testStorage, testTransport } from './optout/helpers';

afterEach(() => vi.restoreAllMocks());

it('an unknown method is the default: the choice is stored in a form the next page view reads', () => {
  const store = memoryStore();
  const consent = createConsent({ store, jurisdiction: 'opt-out' });
  consent.rejectAll({ method: 'button' } as never);
  consent.setConsent({ analytics: true }, { method: 42 } as never);
  const next = createConsent({ store, jurisdiction: 'opt-out' });
  expect(next.getConsent()).toMatchObject({ method: 'api', choices: { analytics: true, advertising: false } });
  expect(next.isOptedOutOfInterestBasedAds()).toBe(true);
});

it('an unknown source is the default: the opt-out is logged as made in the banner and delivered', async () => {
  const transport = testTransport();
  const consent = createConsent({ store: memoryStore(), optOut: { transport, storage: testStorage() } });
  const logged: ConsentLogEvent[] = [];
  consent.on('logged', ({ event }) => logged.push(event));
  consent.rejectAll({ source: 'footer' } as never);
  consent.acceptAll('junk' as never);
  await vi.waitFor(() => expect(consent.getPendingEvents()).toEqual([]));
  expect(logged.map(({ type, source, method }) => `${type}:${source}:${method}`)).toEqual(['optout:banner:reject-all', 'optin:banner:accept-all']);
  expect(transport.batches.flat().sort()).toEqual(logged.map(({ id }) => id).sort());
});
