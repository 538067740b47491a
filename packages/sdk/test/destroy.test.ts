import { describe, expect, it, vi } from 'vitest';
import { createConsent } from '../src/consent';
import { memoryStore } from '../src/store/memory';
import { gpp } from '../src/integrations/gpp';
import { gppWindow } from '../src/integrations/gpp/page';
import { $, flush, isolateDocument } from './enforce/helpers';
import { testStorage } from './optout/helpers';

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
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    createConsent(config).acceptAll(); // another tab
    await vi.waitFor(() => expect(live.hasConsent('analytics')).toBe(true));
    await flush();
    expect(destroyed.hasConsent('analytics')).toBe(false);
    expect(destroyed.getConsent()).toBeNull();
    // Not even heard and refused: the channel is closed.
    expect(warn).not.toHaveBeenCalled();
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

  it('takes the placeholders it drew with it: a new instance draws the only ones, the widget still blocked', async () => {
    document.body.insertAdjacentHTML('beforeend', '<iframe id="widget" data-consent="social" data-src="https://social.test/w" title="Widget"></iframe>');
    const render = () => {
      const shown = document.body.appendChild(document.createElement('div'));
      shown.className = 'placeholder';
      return () => shown.remove();
    };
    const first = createConsent({ store: memoryStore() });
    first.renderPlaceholders(render);
    await flush();
    expect(document.querySelectorAll('.placeholder')).toHaveLength(1);
    first.destroy();
    expect(document.querySelectorAll('.placeholder')).toHaveLength(0);
    const next = createConsent({ store: memoryStore() });
    next.renderPlaceholders(render);
    await flush();
    expect(document.querySelectorAll('.placeholder')).toHaveLength(1);
    expect($('#widget').hasAttribute('src')).toBe(false);
  });

  it('tells its destroy listeners once, then registers and tells nothing more', async () => {
    const consent = createConsent({ store: memoryStore() });
    const destroyed = vi.fn();
    consent.on('destroy', destroyed);
    const dom = vi.fn();
    addEventListener('consentkit:destroy', dom);
    consent.destroy();
    consent.destroy();
    expect(destroyed).toHaveBeenCalledTimes(1);
    expect(dom).toHaveBeenCalledTimes(1);
    const late = vi.fn();
    consent.on('logged', late);
    expect(consent.renderPlaceholders(() => {})).toBeTypeOf('function');
    await flush();
    expect(late).not.toHaveBeenCalled();
    removeEventListener('consentkit:destroy', dom);
  });

  it('still beacons the events this page logged when the page goes', () => {
    const beacon = vi.fn(() => true);
    const storage = testStorage();
    const consent = createConsent({ store: memoryStore(), optOut: { transport: { send: () => new Promise(() => {}), beacon }, storage } });
    consent.rejectAll();
    consent.destroy();
    dispatchEvent(new Event('pagehide'));
    expect(beacon).toHaveBeenCalledWith([expect.objectContaining({ type: 'optout' })]);
  });

  it('uninstalls the GPP CMP built on it, so a new instance can install its own', () => {
    const page = gppWindow();
    const old = createConsent({ store: memoryStore(), jurisdiction: 'opt-out' });
    gpp(old);
    expect(page.__gpp).toBeTypeOf('function');
    old.destroy();
    expect(page.__gpp).toBeUndefined();
    expect(document.querySelector('iframe[name="__gppLocator"]')).toBeNull();
    const error = vi.spyOn(console, 'error');
    const stop = gpp(createConsent({ store: memoryStore(), jurisdiction: 'opt-out' }));
    expect(page.__gpp).toBeTypeOf('function');
    expect(error).not.toHaveBeenCalled();
    stop();
  });

  it('is safe to call twice', () => {
    const consent = createConsent({ store: memoryStore() });
    consent.destroy();
    expect(() => consent.destroy()).not.toThrow();
  });
});
