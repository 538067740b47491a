import { describe, expect, it, vi } from 'vitest';
import { createConsent } from '../src/consent';
import { memoryStore } from '../src/store/memory';
import { $, flush, isolateDocument } from './enforce/helpers';

isolateDocument();

let channel = 0;
/** A cookie name (and so a tabs channel) no other test uses. */
const unique = () => ({ cookie: { name: `destroy_${++channel}` } });

describe('destroy()', () => {
  it('stops hearing other tabs: a live instance follows their choice, a destroyed one does not', async () => {
    const config = unique();
    const live = createConsent(config);
    const destroyed = createConsent(config);
    destroyed.destroy();
    createConsent(config).acceptAll(); // another tab
    await vi.waitFor(() => expect(live.hasConsent('analytics')).toBe(true));
    await flush();
    expect(destroyed.hasConsent('analytics')).toBe(false);
    expect(destroyed.getConsent()).toBeNull();
  });

  it('forgets its listeners and records nothing more, with a warning; it still answers from memory', () => {
    const store = memoryStore();
    const consent = createConsent({ store });
    consent.setConsent({ analytics: true });
    const heard = vi.fn();
    consent.on('change', heard);
    consent.destroy();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const stored = store.read();
    const events = consent.getPendingEvents().length;
    consent.rejectAll();
    consent.reset();
    consent.optOutOfInterestBasedAds();
    expect(warn).toHaveBeenCalledWith('[ConsentKit] destroyed: nothing recorded');
    expect(store.read()).toBe(stored);
    expect(heard).not.toHaveBeenCalled();
    expect(consent.hasConsent('analytics')).toBe(true);
    expect(consent.getConsent()?.choices.analytics).toBe(true);
    expect(consent.getPendingEvents()).toHaveLength(events);
  });

  it('stops enforcing: a guarded element added later is left as it is, where a live instance loads it', async () => {
    const consent = createConsent({ store: memoryStore() });
    consent.setConsent({ analytics: true });
    document.body.insertAdjacentHTML('beforeend', '<img id="before" data-consent="analytics" data-src="/pixel.gif" alt="">');
    await flush();
    expect($('#before').getAttribute('src')).toBe('/pixel.gif');
    consent.destroy();
    document.body.insertAdjacentHTML('beforeend', '<img id="after" data-consent="analytics" data-src="/pixel.gif" alt="">');
    await flush();
    expect($('#after').hasAttribute('src')).toBe(false);
    // What was loaded stays loaded.
    expect($('#before').getAttribute('src')).toBe('/pixel.gif');
  });

  it('is safe to call twice', () => {
    const consent = createConsent({ store: memoryStore() });
    consent.destroy();
    expect(() => consent.destroy()).not.toThrow();
  });
});
