import { beforeEach, describe, expect, it } from 'vitest';
import { createConsent } from '../../src/consent';
import { showFallback } from '../../src/embed/fallback';
import { memoryStore } from '../../src/store/memory';

const host = () => document.querySelector('[data-consentkit-fallback]') as HTMLElement | null;
const region = () => host()?.shadowRoot?.querySelector('[role="region"]');
const buttons = () => [...(host()?.shadowRoot?.querySelectorAll('button') ?? [])];

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('the fallback when the banner UI cannot load', () => {
  it('offers Accept all and Reject all alike, with the policy link, in a labelled region', () => {
    showFallback(createConsent({ store: memoryStore(), policyUrl: '/privacy' }), {}, false);
    expect(region()?.getAttribute('aria-label')).toBe('Your privacy choices');
    expect(buttons().map((button) => button.textContent)).toEqual(['Accept all', 'Reject all']);
    expect(new Set(buttons().map((button) => button.className)).size).toBe(1);
    expect(host()!.shadowRoot!.querySelector('a')?.getAttribute('href')).toBe('/privacy');
    expect(document.activeElement).toBe(document.body); // shown on load: it does not steal focus
  });

  it('records a refusal from Reject all and goes away', () => {
    const consent = createConsent({ store: memoryStore() });
    showFallback(consent, {}, true);
    // Asked for: focus moves in, to the region, so no answer is preselected for the next Enter.
    expect(host()!.shadowRoot!.activeElement).toBe(region());
    buttons()[1]!.click();
    expect(consent.getConsent()).toMatchObject({ method: 'reject-all', choices: { analytics: false } });
    expect(host()).toBeNull();
  });

  it('records Accept all, and goes away when the choice is made elsewhere too', () => {
    const consent = createConsent({ store: memoryStore() });
    showFallback(consent, {}, false);
    buttons()[0]!.click();
    expect(consent.hasConsent('analytics')).toBe(true);
    showFallback(consent, {}, false);
    consent.rejectAll();
    expect(host()).toBeNull();
  });

  it('uses the site texts as text, ignores non-strings, has no link without a policy URL, and shows once', () => {
    const consent = createConsent({ store: memoryStore() });
    const texts = { bannerTitle: '<b>Privacy</b>', bannerBody: '<img src=x onerror=alert(1)>', acceptAll: 'Alle akzeptieren', rejectAll: 42 };
    showFallback(consent, texts, false);
    showFallback(consent, texts, false);
    expect(document.querySelectorAll('[data-consentkit-fallback]')).toHaveLength(1);
    expect(region()?.getAttribute('aria-label')).toBe('<b>Privacy</b>');
    expect(region()?.querySelector('p')?.textContent).toBe('<img src=x onerror=alert(1)>');
    expect(region()?.querySelector('img, a')).toBeNull();
    expect(buttons().map((button) => button.textContent)).toEqual(['Alle akzeptieren', 'Reject all']);
    // The site's words are in the page's language; an English default says it is English (WCAG 3.1.2).
    expect(buttons().map((button) => button.lang)).toEqual(['', 'en']);
    expect(region()?.querySelector('span')?.lang).toBe('');
  });
});
