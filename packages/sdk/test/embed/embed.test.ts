import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { EmbedApi, UiModule } from '../../src/embed/types';
import { gppWindow } from '../../src/integrations/gpp/page';
import { storedValue } from '../stored';

// The loader is the embed's one network effect; tests control what it resolves to.
const loadUi = vi.hoisted(() => vi.fn<(src: string) => Promise<UiModule | null>>());
const loadModule = vi.hoisted(() => vi.fn<(src: string, what: string) => Promise<unknown>>());
vi.mock('../../src/embed/load-ui', () => ({ loadUi, loadModule }));

const api = () => window.ConsentKit as EmbedApi;

async function startEmbed() {
  vi.resetModules();
  await import('../../src/embed/index');
}

/** A page view after a choice: the first view rejects, and the embed starts again with loadUi's calls cleared. */
async function startAsReturningVisitor() {
  await startEmbed();
  api().rejectAll();
  delete window.ConsentKit;
  loadUi.mockClear();
  await startEmbed();
}

beforeEach(() => {
  loadUi.mockReset().mockResolvedValue(null);
  loadModule.mockReset().mockResolvedValue(null);
  delete window.ConsentKit;
  delete window.ConsentKitConfig;
  document.body.innerHTML = '';
  document.cookie = 'ck_consent=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/';
});

describe('the script-tag embed', () => {
  it('exposes the instance and starts loading the UI at once on a first visit', async () => {
    await startEmbed();
    expect(typeof api().acceptAll).toBe('function');
    // The page's one instance: its UI is wired to it, so it cannot be destroyed from the page.
    expect(api()).not.toHaveProperty('destroy');
    expect(loadUi).toHaveBeenCalledTimes(1);
    expect(loadUi).toHaveBeenCalledWith('consentkit-ui.js');
  });

  // A first visit is known from the cookie alone: the UI download then starts before the instance exists and the
  // queued calls replay. Otherwise it waits for the instance to say the banner is due.
  it.each([
    ['with no consent cookie, downloads the UI before', undefined, undefined, 1],
    ['with a consent cookie, even one that turns out unusable, downloads it after', 'ck_consent=garbage', undefined, 0],
    ['with a cookie under another name than the configured one, downloads it before', 'ck_consent=garbage', { cookie: { name: 'site_consent' } }, 1],
  ])('%s the queued calls replay', async (_, cookie, config, loadsBefore) => {
    if (cookie) document.cookie = `${cookie}; path=/`;
    window.ConsentKitConfig = config;
    const seen: number[] = [];
    window.ConsentKit = [() => seen.push(loadUi.mock.calls.length)];
    await startEmbed();
    expect(seen).toEqual([loadsBefore]);
    expect(api().needsConsent()).toBe(true);
    // The banner mounts from that one download.
    expect(loadUi).toHaveBeenCalledTimes(1);
  });

  it('does not load the UI for a returning visitor with a valid choice', async () => {
    await startAsReturningVisitor();
    expect(api().needsConsent()).toBe(false);
    expect(loadUi).not.toHaveBeenCalled();
  });

  it("mounts the banner when a returning visitor's choice is forgotten later (reset), and only then", async () => {
    // A cookie name of its own: the instances of earlier tests, still listening as other tabs would, stay out of it.
    window.ConsentKitConfig = { cookie: { name: 'ck_forgotten' } };
    document.cookie = `ck_forgotten=${storedValue()}; path=/`;
    await startEmbed();
    const mountBanner = vi.fn(() => ({ showBanner() {}, showPreferences() {} }));
    loadUi.mockResolvedValue({ mountBanner });
    api().setConsent({ analytics: true });
    await Promise.resolve();
    expect(loadUi).not.toHaveBeenCalled();
    api().reset();
    await vi.waitFor(() => expect(mountBanner).toHaveBeenCalledTimes(1));
    // Mounted, the UI follows later changes itself: nothing is loaded or mounted again.
    api().acceptAll();
    api().reset();
    await Promise.resolve();
    expect(loadUi).toHaveBeenCalledTimes(1);
    expect(mountBanner).toHaveBeenCalledTimes(1);
  });

  it('replays calls queued before it loaded, in order, and keeps push working', async () => {
    const seen: string[] = [];
    window.ConsentKit = [
      ['on', 'change', () => seen.push('change')],
      (ck: EmbedApi) => seen.push(`fn:${ck.needsConsent()}`),
      ['acceptAll'],
      ['noSuchMethod'],
    ];
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    await startEmbed();
    expect(seen).toEqual(['fn:true', 'change']);
    expect(api().hasConsent('analytics')).toBe(true);
    expect(error).toHaveBeenCalledTimes(1); // the unknown method, reported, not thrown
    api().push(['rejectAll']);
    expect(api().hasConsent('analytics')).toBe(false);
  });

  it('keeps the first instance when loaded twice', async () => {
    await startEmbed();
    const first = api();
    await startEmbed();
    expect(api()).toBe(first);
  });

  it('mounts the UI once, with the UI options, and reuses it to show preferences', async () => {
    const handle = { showBanner: vi.fn(), showPreferences: vi.fn() };
    const mountBanner = vi.fn(() => handle);
    loadUi.mockResolvedValue({ mountBanner });
    window.ConsentKitConfig = { ui: { texts: { acceptAll: 'Allow' } } };
    await startEmbed();
    api().showPreferences();
    api().showPreferences();
    await vi.waitFor(() => expect(handle.showPreferences).toHaveBeenCalledTimes(2));
    expect(mountBanner).toHaveBeenCalledTimes(1);
    expect(loadUi).toHaveBeenCalledTimes(1);
    expect(mountBanner).toHaveBeenCalledWith(expect.objectContaining({ acceptAll: expect.any(Function) }), expect.objectContaining({ texts: { acceptAll: 'Allow' } }));
  });

  it('stays safe when the UI cannot load, and offers the plain fallback', async () => {
    await startEmbed();
    expect(api().hasConsent('advertising')).toBe(false);
    await vi.waitFor(() => expect(document.querySelector('[data-consentkit-fallback]')).not.toBeNull());
  });

  it("logs a choice made in the plain fallback with the fallback's text, as the banner's are", async () => {
    await startEmbed();
    await vi.waitFor(() => expect(document.querySelector('[data-consentkit-fallback]')).not.toBeNull());
    const texts: (string | undefined)[] = [];
    api().on('logged', ({ text }) => texts.push(text));
    const region = document.querySelector('[data-consentkit-fallback]')!.shadowRoot!.querySelector('[role="region"]')!;
    const shown = region.textContent!.replace(/\s+/g, ' ').trim();
    expect(shown).toMatch(/Choose what you allow\. Accept all Reject all$/);
    region.querySelectorAll('button')[1]!.click();
    expect(api().getConsent()?.method).toBe('reject-all');
    await vi.waitFor(() => expect(texts).toEqual([shown]));
  });

  it("says the site's own texts in the plain fallback", async () => {
    window.ConsentKitConfig = { ui: { texts: { bannerTitle: 'Vos choix', acceptAll: 'Tout accepter', rejectAll: 'Tout refuser' } } };
    await startEmbed();
    await vi.waitFor(() => expect(document.querySelector('[data-consentkit-fallback]')).not.toBeNull());
    const root = document.querySelector('[data-consentkit-fallback]')!.shadowRoot!;
    expect(root.querySelector('[role="region"]')?.getAttribute('aria-label')).toBe('Vos choix');
    expect([...root.querySelectorAll('button')].map((button) => button.textContent)).toEqual(['Tout accepter', 'Tout refuser']);
  });

  it('tries the UI again on the next request after it failed, and then uses it', async () => {
    const handle = { showBanner: vi.fn(), showPreferences: vi.fn() };
    await startEmbed();
    await vi.waitFor(() => expect(document.querySelector('[data-consentkit-fallback]')).not.toBeNull());
    loadUi.mockResolvedValue({ mountBanner: () => handle });
    api().showPreferences();
    await vi.waitFor(() => expect(handle.showPreferences).toHaveBeenCalledTimes(1));
    expect(loadUi).toHaveBeenCalledTimes(2);
  });

  it('shows no fallback to a returning visitor until they ask for the settings', async () => {
    await startEmbed();
    api().rejectAll();
    document.body.innerHTML = '';
    delete window.ConsentKit;
    await startEmbed();
    await Promise.resolve();
    expect(document.querySelector('[data-consentkit-fallback]')).toBeNull();
    api().showPreferences();
    await vi.waitFor(() => expect(document.querySelector('[data-consentkit-fallback]')).not.toBeNull());
  });

  it('adds a floating reopen button only when the page has no data-consentkit-open element', async () => {
    await startEmbed();
    const host = document.querySelector('[data-consentkit-reopen]') as HTMLElement;
    expect(host.hidden).toBe(true); // no choice yet: the banner is the way in
    api().rejectAll();
    expect(host.hidden).toBe(false);
    expect(host.shadowRoot?.querySelector('button')?.textContent).toBe('Privacy settings');
    expect(host.shadowRoot?.querySelector('button')?.lang).toBe('en'); // the default label, on a page in any language
  });

  it('pushes the Consent Mode default before any queued call runs, then an update for the queued choice', async () => {
    const win = window as unknown as { dataLayer?: unknown[] };
    delete win.dataLayer;
    const seen: string[] = [];
    window.ConsentKitConfig = { googleConsentMode: { waitForUpdate: 700 } };
    window.ConsentKit = [() => seen.push(`queued call sees ${win.dataLayer?.length} entry`), ['acceptAll']];
    await startEmbed();
    const commands = win.dataLayer!.map((entry) => (Object.prototype.toString.call(entry) === '[object Arguments]' ? Array.from(entry as ArrayLike<unknown>).slice(0, 2).join(' ') : (entry as { event: string }).event));
    expect(seen).toEqual(['queued call sees 1 entry']);
    expect(commands).toEqual(['consent default', 'consent update', 'consentkit_consent']);
    expect((win.dataLayer![0] as ArrayLike<{ wait_for_update: number }>)[2].wait_for_update).toBe(700);
    delete win.dataLayer;
  });

  // A default pushed after the Google tag has run does not hold back what it already did.
  it.each([
    ['async', { googleConsentMode: true }, true],
    ['defer', { gpp: true }, true],
    ['async', {}, false],
    ['', { googleConsentMode: true }, false],
  ] as const)('a tag with %s and config %j warns that it comes too late: %s', async (attribute, config, warns) => {
    const script = document.createElement('script');
    if (attribute) script[attribute] = true;
    Object.defineProperty(document, 'currentScript', { value: script, configurable: true });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    window.ConsentKitConfig = config;
    try {
      await startEmbed();
    } finally {
      Object.defineProperty(document, 'currentScript', { value: null, configurable: true });
      delete (window as unknown as { dataLayer?: unknown[] }).dataLayer;
      delete gppWindow().__gpp;
    }
    const late = warn.mock.calls.filter(([message]) => String(message).includes('without async or defer'));
    expect(late).toHaveLength(warns ? 1 : 0);
  });

  it('leaves the data layer alone unless Consent Mode is enabled', async () => {
    const win = window as unknown as { dataLayer?: unknown[] };
    delete win.dataLayer;
    await startEmbed();
    api().acceptAll();
    expect(win.dataLayer).toBeUndefined();
  });

  it('renders the cookie declaration into every [data-consentkit-policy] element, with the UI options', async () => {
    document.body.innerHTML = '<div data-consentkit-policy data-heading-level="4"></div><section data-consentkit-policy></section>';
    const mountPolicy = vi.fn();
    loadUi.mockResolvedValue({ mountBanner: vi.fn(() => ({ showBanner: vi.fn(), showPreferences: vi.fn() })), mountPolicy });
    window.ConsentKitConfig = { ui: { lang: 'fr' } };
    await startEmbed();
    await vi.waitFor(() => expect(mountPolicy).toHaveBeenCalledTimes(2));
    const [div, section] = [...document.querySelectorAll('[data-consentkit-policy]')];
    expect(mountPolicy).toHaveBeenCalledWith(expect.objectContaining({ hasConsent: expect.any(Function), destroy: expect.any(Function) }), div, expect.objectContaining({ lang: 'fr', headingLevel: 4, openPreferences: api().showPreferences }));
    expect(mountPolicy.mock.calls[1]?.[1]).toBe(section);
    expect(mountPolicy.mock.calls[1]?.[2].headingLevel).toBeUndefined();
  });

  it('loads nothing for a returning visitor on a page without a declaration', async () => {
    await startAsReturningVisitor();
    await Promise.resolve();
    expect(loadUi).not.toHaveBeenCalled();
    document.body.innerHTML = '<div data-consentkit-policy></div>';
    delete window.ConsentKit;
    await startEmbed();
    expect(loadUi).toHaveBeenCalledTimes(1);
  });

  it('dispatches consentkit:ready', async () => {
    const ready = vi.fn();
    window.addEventListener('consentkit:ready', ready, { once: true });
    await startEmbed();
    expect(ready).toHaveBeenCalledTimes(1);
  });
});

describe('the interest-based ads opt-out in the embed', () => {
  const panel = () => ({ open: vi.fn(), showGpcNotice: vi.fn() });

  function withModules(optOutPanel: ReturnType<typeof panel>, banner = { showBanner: vi.fn(), showPreferences: vi.fn() }) {
    const mountOptOutPanel = vi.fn(() => optOutPanel);
    const mountBanner = vi.fn((..._args: unknown[]) => banner);
    loadUi.mockImplementation(async () => ({ mountBanner }) as never);
    loadModule.mockImplementation(async (src: string) => (src.endsWith('consentkit-optout.js') ? { mountOptOutPanel } : null));
    return { mountOptOutPanel, mountBanner };
  }

  it('opens the panel from any data-consentkit-optout element, loading it once, without following the link', async () => {
    const optOutPanel = panel();
    const { mountOptOutPanel } = withModules(optOutPanel);
    document.body.innerHTML = '<footer><a href="/privacy.html#advertising" data-consentkit-optout><span>Opt out</span></a></footer>';
    await startEmbed();
    // Earlier tests' embeds still listen on this document: count what this click adds.
    const click = new MouseEvent('click', { bubbles: true, cancelable: true });
    document.querySelector('span')!.dispatchEvent(click);
    await vi.waitFor(() => expect(optOutPanel.open).toHaveBeenCalled());
    const [opened, mounted] = [optOutPanel.open.mock.calls.length, mountOptOutPanel.mock.calls.length];
    document.querySelector('a')!.click();
    await vi.waitFor(() => expect(optOutPanel.open).toHaveBeenCalledTimes(opened * 2));
    expect(mountOptOutPanel).toHaveBeenCalledTimes(mounted); // loaded and mounted once per embed
    expect(click.defaultPrevented).toBe(true);
    expect(new Set(optOutPanel.open.mock.calls.map(([source]) => source))).toEqual(new Set(['link']));
    expect(loadModule).toHaveBeenCalledWith(expect.stringMatching(/consentkit-optout\.js$/), 'the opt-out panel');
  });

  it('lets the preferences dialog open the panel, as a banner opt-out', async () => {
    const optOutPanel = panel();
    const { mountBanner } = withModules(optOutPanel);
    await startEmbed();
    await vi.waitFor(() => expect(mountBanner).toHaveBeenCalled());
    const options = mountBanner.mock.calls[0]![1] as { onOptOut(): void };
    options.onOptOut();
    await vi.waitFor(() => expect(optOutPanel.open).toHaveBeenCalledWith('banner'));
  });

  it('shows the GPC notice when GPC opted the visitor out on this page view', async () => {
    Object.defineProperty(navigator, 'globalPrivacyControl', { value: true, configurable: true });
    try {
      const optOutPanel = panel();
      withModules(optOutPanel);
      await startEmbed();
      expect(api().hasConsent('advertising')).toBe(false);
      await vi.waitFor(() => expect(optOutPanel.showGpcNotice).toHaveBeenCalledTimes(1));
    } finally {
      delete (navigator as { globalPrivacyControl?: unknown }).globalPrivacyControl;
    }
  });
});

describe('the script-tag embed on a careless page', () => {
  const boom = () => {
    throw new Error('boom');
  };
  it.each([
    ['a getter that throws', () => ({ get revision() { return boom(); } })],
    ['a nested getter that throws', () => ({ cookie: { get name() { return boom(); } } })],
    ['a Proxy that throws', () => new Proxy({}, { ownKeys: boom })],
    ['a getter in the UI options that throws', () => ({ ui: { placeholder: { get label() { return boom(); } } } })],
  ])('starts with the defaults when window.ConsentKitConfig has %s, and replays the queue', async (_, config) => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    const mountBanner = vi.fn(() => ({ showBanner() {}, showPreferences() {} }));
    loadUi.mockResolvedValue({ mountBanner });
    window.ConsentKitConfig = config() as never;
    window.ConsentKit = [['rejectAll']];
    const ready = vi.fn();
    addEventListener('consentkit:ready', ready, { once: true });
    await startEmbed();
    expect(api().getConsent()?.method).toBe('reject-all');
    expect(ready).toHaveBeenCalled();
    expect(String(errors.mock.calls[0]?.[0])).toContain('could not read window.ConsentKitConfig');
    api().showBanner();
    await vi.waitFor(() => expect(mountBanner).toHaveBeenCalled());
  });

  it("keeps the config when only a non-plain object in it (a site's store, its internals) has a getter that throws", async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    let value: string | undefined;
    const store = Object.create({ read: () => value, write: (next: string) => void (value = next), clear: () => void (value = undefined) });
    Object.defineProperty(store, 'internals', { enumerable: true, get: boom });
    window.ConsentKitConfig = { revision: 3, store };
    await startEmbed();
    api().acceptAll();
    expect(api().getDisclosure().revision).toBe(3);
    expect(value).toMatch(/^1\./); // the site's own store object holds the choice
    expect(errors).not.toHaveBeenCalled();
  });

  it('starts when window.ConsentKit holds something else: an element with id="ConsentKit"', async () => {
    const element = document.body.appendChild(Object.assign(document.createElement('div'), { id: 'ConsentKit' }));
    window.ConsentKit = element as never;
    await startEmbed();
    expect(api().hasConsent('analytics')).toBe(false);
    expect(api()).not.toBe(element);
    expect(loadUi).toHaveBeenCalled();
  });

  it('puts the banner in <body>, with an error, when ui.container is not an element', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    const mountBanner = vi.fn(() => ({ showBanner() {}, showPreferences() {} }));
    loadUi.mockResolvedValue({ mountBanner });
    window.ConsentKitConfig = { ui: { container: '#consent' as never, theme: 'dark' } };
    await startEmbed();
    await vi.waitFor(() => expect(mountBanner).toHaveBeenCalled());
    expect(mountBanner).toHaveBeenCalledWith(expect.anything(), expect.not.objectContaining({ container: expect.anything() }));
    expect(mountBanner).toHaveBeenCalledWith(expect.anything(), expect.objectContaining({ theme: 'dark' }));
    expect(String(errors.mock.calls[0]?.[0])).toContain('ui.container: expected an element');
  });
});

describe('the GPP CMP on the script tag', () => {
  const page = gppWindow();
  beforeEach(() => delete page.__gpp);

  it('is off unless asked for: no __gpp, nothing loaded', async () => {
    await startEmbed();
    expect(page.__gpp).toBeUndefined();
    expect(loadModule.mock.calls.map(([src]) => src)).not.toContain('consentkit.gpp.js');
  });

  it('with gpp on: a stub at once that answers ping as a stub and queues the rest, then the CMP gets the instance and options', async () => {
    const started = vi.fn();
    let resolve!: (module: unknown) => void;
    loadModule.mockImplementation((src) => (src === 'consentkit.gpp.js' ? new Promise((done) => (resolve = done)) : Promise.resolve(null)));
    window.ConsentKitConfig = { jurisdiction: 'opt-out', gpp: { mspa: 'opt-out' } };
    await startEmbed();
    const pings: unknown[] = [];
    page.__gpp!('ping', (data: unknown) => pings.push(data));
    const listener = () => {};
    page.__gpp!('addEventListener', listener);
    expect(pings).toEqual([
      { gppVersion: '1.1', cmpStatus: 'stub', cmpDisplayStatus: 'hidden', signalStatus: 'not ready', supportedAPIs: ['7:usnat'], cmpId: 0, sectionList: [], applicableSections: [-1], gppString: '' },
    ]);
    expect(page.__gpp!.queue).toEqual([['addEventListener', listener]]);
    resolve({ gpp: started });
    await vi.waitFor(() => expect(started).toHaveBeenCalledWith(expect.objectContaining({ jurisdiction: 'opt-out', hasConsent: expect.any(Function) }), { mspa: 'opt-out' }));
  });

  it('takes data-gpp on the tag, keeps a site stub in place, and survives a CMP that cannot load', async () => {
    const script = document.createElement('script');
    script.dataset.gpp = '';
    Object.defineProperty(document, 'currentScript', { value: script, configurable: true });
    const siteStub = Object.assign(() => {}, { queue: [] });
    page.__gpp = siteStub;
    await startEmbed();
    expect(page.__gpp).toBe(siteStub);
    expect(loadModule).toHaveBeenCalledWith('consentkit.gpp.js', 'the GPP CMP');
    Object.defineProperty(document, 'currentScript', { value: null, configurable: true });
  });

  it('says cmpStatus "error" when the CMP cannot load', async () => {
    window.ConsentKitConfig = { gpp: true };
    await startEmbed();
    await vi.waitFor(() => {
      let status: unknown;
      page.__gpp!('ping', (data: { cmpStatus: string }) => (status = data.cmpStatus));
      expect(status).toBe('error');
    });
  });
});
