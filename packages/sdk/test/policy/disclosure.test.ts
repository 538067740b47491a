import { afterEach, describe, expect, it, vi } from 'vitest';
import { createConsent } from '../../src/consent';
import { memoryStore } from '../../src/store/memory';

afterEach(() => {
  delete (navigator as { doNotTrack?: unknown }).doNotTrack;
});

describe('getDisclosure', () => {
  it('describes every category in display order, with its purpose and services', () => {
    const consent = createConsent({
      store: memoryStore(),
      revision: 4,
      policyUrl: '/privacy.html',
      categories: {
        analytics: {
          cookies: ['_cla_ses', { name: '_cla_id', description: 'Tells visits apart.', lifetime: '13 months', provider: 'Caseloop' }],
          storage: [{ key: 'cla_pageviews', type: 'local' }],
          indexedDB: ['caseloop-analytics'],
        },
        advertising: {
          services: [
            {
              id: 'adpartner',
              label: 'AdPartner Inc.',
              description: 'Shows ads based on your interests.',
              cookies: [{ name: '_adp_uid', thirdParty: true, lifetime: '90 days' }],
            },
          ],
        },
        social: { services: [{ id: 'chirp', label: 'Chirp' }] },
        chat: { label: 'Support chat', description: 'Keeps your open conversation.' },
      },
    });
    const disclosure = consent.getDisclosure();
    expect(disclosure).toMatchObject({ revision: 4, policyUrl: '/privacy.html', jurisdiction: 'opt-in' });
    expect(disclosure.categories.map(({ id }) => id)).toEqual(['necessary', 'preferences', 'analytics', 'advertising', 'social', 'chat']);
    expect(disclosure.categories).toEqual(consent.getCategories());
    // What each category and service declares it stores, bare names as objects.
    expect(disclosure.categories[2]).toMatchObject({
      cookies: [{ name: '_cla_ses' }, { name: '_cla_id', description: 'Tells visits apart.', lifetime: '13 months', provider: 'Caseloop' }],
      storage: [{ key: 'cla_pageviews', type: 'local' }],
      indexedDB: [{ name: 'caseloop-analytics' }],
    });
    expect(disclosure.categories[3]?.services).toEqual([
      {
        id: 'adpartner',
        label: 'AdPartner Inc.',
        description: 'Shows ads based on your interests.',
        cookies: [{ name: '_adp_uid', thirdParty: true, lifetime: '90 days' }],
        storage: [],
        indexedDB: [],
      },
    ]);
    expect(disclosure.categories[5]).toMatchObject({ label: 'Support chat', description: 'Keeps your open conversation.', required: false, builtIn: false });
  });

  it('lists the consent cookie with its lifetimes', () => {
    expect(createConsent({ store: memoryStore() }).getDisclosure().consentCookie).toEqual({ name: 'ck_consent', expiresAfterDays: 182, refusalExpiresAfterDays: 182 });
    const custom = createConsent({ store: memoryStore(), cookie: { name: 'site_consent', expiresAfterDays: 395, refusalExpiresAfterDays: 30 } });
    expect(custom.getDisclosure().consentCookie).toEqual({ name: 'site_consent', expiresAfterDays: 395, refusalExpiresAfterDays: 30 });
  });

  it('states that DNT is not honored, by default and in the site’s own words, and that GPC is', () => {
    const signals = createConsent({ store: memoryStore() }).getDisclosure().signals;
    expect(signals.dnt).toEqual({ honored: false, statement: 'This site does not respond to Do Not Track (DNT) signals.' });
    expect(signals.gpc).toEqual({
      honored: true,
      statement: 'This site honors Global Privacy Control (GPC) signals as an opt-out of interest-based advertising.',
    });
    const reworded = createConsent({
      store: memoryStore(),
      disclosure: { dntStatement: 'We ignore DNT.', gpcStatement: 'GPC opts you out of ad targeting.' },
    }).getDisclosure().signals;
    expect(reworded.dnt).toEqual({ honored: false, statement: 'We ignore DNT.' });
    expect(reworded.gpc.statement).toBe('GPC opts you out of ad targeting.');
  });

  it('rewording the DNT statement changes nothing else: DNT is recorded, never acted on', () => {
    Object.defineProperty(navigator, 'doNotTrack', { configurable: true, value: '1' });
    const consent = createConsent({ store: memoryStore(), disclosure: { dntStatement: 'We honour DNT.' } });
    expect(consent.hasConsent('analytics')).toBe(false);
    expect(consent.needsConsent()).toBe(true);
    consent.acceptAll();
    expect(consent.hasConsent('advertising')).toBe(true);
    expect(consent.getConsent()?.signals).toEqual({ dnt: '1', gpc: null });
    expect(consent.getDisclosure().signals.dnt.honored).toBe(false);
  });

  it('offers the NAI and DAA opt-out pages unless the site lists its own', () => {
    expect(createConsent({ store: memoryStore() }).getDisclosure().industryOptOut).toEqual([
      { label: 'Network Advertising Initiative (NAI)', url: 'https://optout.networkadvertising.org/' },
      { label: 'Digital Advertising Alliance (DAA)', url: 'https://optout.aboutads.info/' },
    ]);
    const eu = [{ label: 'Your Online Choices', url: 'https://www.youronlinechoices.eu/' }];
    expect(createConsent({ store: memoryStore(), disclosure: { industryOptOut: eu } }).getDisclosure().industryOptOut).toEqual(eu);
  });

  it('tells the jurisdiction of the page view', () => {
    expect(createConsent({ store: memoryStore(), jurisdiction: 'opt-out' }).getDisclosure().jurisdiction).toBe('opt-out');
  });

  it('refuses unsafe links and unknown wording options with clear errors', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    createConsent({
      store: memoryStore(),
      disclosure: { industryOptOut: [{ label: 'Evil', url: 'javascript:alert(1)' }, { url: '/ok' }], dntStatment: 'typo' } as never,
    });
    const message = String(error.mock.calls[0]?.[0]);
    expect(message).toContain('disclosure.industryOptOut[0].url: expected an http, https or relative URL');
    expect(message).toContain('disclosure.industryOptOut[1].label: required');
    expect(message).toContain('disclosure.dntStatment: unknown option');
  });
});
