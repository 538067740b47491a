import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createConsent } from '../../src/consent';
import type { ConsentConfig } from '../../src/config/types';
import { memoryStore } from '../../src/store/memory';
import type { BlockedWidget } from '../../src/types';
import { $, flush, isolateDocument, page } from './helpers';

isolateDocument();

// jsdom runs inline scripts (not external ones), in a context of its own: the test scripts report through the
// document they share: `document.title+="x;"`.
const runs = (): string[] => document.title.split(';').filter(Boolean);
beforeEach(() => void (document.title = ''));

const consentWith = (config: ConsentConfig = {}) =>
  createConsent({ store: memoryStore(), categories: { advertising: { services: [{ id: 'adpartner' }, { id: 'other' }] }, social: { services: [{ id: 'chirp', label: 'Chirp' }] } }, ...config });

/** Scripts in the page, as `src` or text, with whether they are still blocked. */
const scripts = () =>
  [...document.querySelectorAll('script')].map((script) => `${script.type === 'text/plain' ? 'blocked' : 'ran'}:${script.getAttribute('src') ?? script.text}`);

describe('before consent', () => {
  it('loads nothing guarded, marks it blocked, and lets necessary through', async () => {
    page(`
      <script type="text/plain" data-consent="analytics" src="/a.js"></script>
      <iframe data-consent="analytics" data-src="https://maps.example/embed" title="Map"></iframe>
      <img data-consent="advertising" data-src="/pixel.gif" alt="">
      <link rel="stylesheet" data-consent="preferences" data-href="/theme.css">
      <script type="text/plain" data-consent="necessary">window.__necessary = true</script>`);
    consentWith();
    await flush();
    expect(scripts()).toEqual(['blocked:/a.js', 'ran:window.__necessary = true']);
    expect($('iframe').hasAttribute('src')).toBe(false);
    expect($('img').hasAttribute('src')).toBe(false);
    expect($('link').hasAttribute('href')).toBe(false);
    expect($('iframe').getAttribute('data-consent-state')).toBe('blocked');
  });
});

describe('necessary services', () => {
  it('are always on: their scripts run before any choice, and Reject all never deletes what they store', async () => {
    page('<script type="text/plain" data-consent="necessary:auth">document.title+="auth;"</script>');
    document.cookie = 'session=1; path=/';
    const consent = createConsent({ store: memoryStore(), categories: { necessary: { services: [{ id: 'auth', cookies: ['session'] }] } } });
    await flush();
    expect(consent.hasConsent('necessary:auth')).toBe(true);
    expect(runs()).toEqual(['auth']);
    consent.rejectAll();
    expect(consent.hasConsent('necessary:auth')).toBe(true);
    expect(document.cookie).toContain('session=1');
    document.cookie = 'session=; max-age=0; path=/';
  });
});

describe('granting', () => {
  it('runs scripts in document order and loads iframes, images and links', async () => {
    page(`
      <script type="text/plain" data-consent="analytics" src="/lib.js"></script>
      <script type="text/plain" data-consent="analytics">document.title+="init;"</script>
      <script type="text/plain" data-consent="advertising" src="/ads.js" async></script>
      <iframe data-consent="analytics" data-src="https://maps.example/embed" title="Map"></iframe>
      <img data-consent="analytics" data-src="/a.png" data-srcset="/a2.png 2x" alt="">
      <link rel="stylesheet" data-consent="analytics" data-href="/a.css">`);
    const consent = consentWith();
    consent.setConsent({ analytics: true });
    await flush();
    // The inline one waits for /lib.js, which jsdom never runs: it must not overtake it.
    expect(scripts()).toEqual(['ran:/lib.js', 'blocked:document.title+="init;"', 'blocked:/ads.js']);
    document.querySelector('script[src="/lib.js"]')!.dispatchEvent(new Event('load'));
    await flush();
    expect(scripts()).toEqual(['ran:/lib.js', 'ran:document.title+="init;"', 'blocked:/ads.js']);
    expect(runs()).toEqual(['init']);
    expect($('iframe').getAttribute('src')).toBe('https://maps.example/embed');
    expect($('img').getAttribute('srcset')).toBe('/a2.png 2x');
    expect($('link').getAttribute('href')).toBe('/a.css');
    expect(document.querySelectorAll('[data-consent-state="loaded"]')).toHaveLength(5);
  });

  it('runs a script only once, and never touches scripts that are not text/plain', async () => {
    page('<script data-consent="analytics">document.title+="already;"</script><script type="text/plain" data-consent="analytics">document.title+="once;"</script>');
    const consent = consentWith();
    consent.setConsent({ analytics: true });
    consent.setConsent({ analytics: false });
    consent.setConsent({ analytics: true });
    await flush();
    expect(scripts()).toEqual(['ran:document.title+="already;"', 'ran:document.title+="once;"']);
    expect(runs()).toEqual(['once']); // markup parsed by innerHTML never runs: `already` stands for one that did
    expect($('script').hasAttribute('data-consent-state')).toBe(false);
  });

  it('follows services: a declared one on its own, an undeclared one with its category', async () => {
    page(`
      <script type="text/plain" data-consent="advertising:adpartner" src="/adpartner.js"></script>
      <script type="text/plain" data-consent="advertising:other" src="/other.js"></script>
      <script type="text/plain" data-consent="advertising:undeclared" src="/undeclared.js"></script>`);
    const consent = consentWith();
    consent.setConsent({ advertising: true, 'advertising:other': false });
    await flush();
    expect(scripts()).toEqual(['ran:/adpartner.js', 'blocked:/other.js', 'ran:/undeclared.js']);
  });

  it('loads what a stored choice grants as the page is created', async () => {
    const store = memoryStore();
    createConsent({ store }).setConsent({ analytics: true });
    page('<img data-consent="analytics" data-src="/a.png" alt="">');
    createConsent({ store });
    expect($('img').getAttribute('src')).toBe('/a.png');
  });

  it('warns once about a data-consent that names no category, and keeps the element blocked', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    page('<img data-consent="analytcs" data-src="/a.png" alt="">');
    const consent = consentWith();
    consent.acceptAll();
    await flush();
    expect($('img').hasAttribute('src')).toBe(false);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]![0]).toContain('data-consent="analytcs"');
  });
});

describe('elements added later', () => {
  it('are blocked or loaded as they arrive, by another script or a single-page app', async () => {
    const consent = consentWith();
    consent.setConsent({ analytics: true });
    const late = document.createElement('div');
    late.innerHTML =
      '<script type="text/plain" data-consent="analytics">document.title+="late;"</script><script type="text/plain" data-consent="advertising">document.title+="ads;"</script>';
    document.body.append(late);
    await flush();
    expect(scripts()).toEqual(['ran:document.title+="late;"', 'blocked:document.title+="ads;"']);
    expect(runs()).toEqual(['late']);
  });

  it('while the page is parsing, an inline script waits until the parser is past it', async () => {
    const consent = consentWith();
    consent.setConsent({ analytics: true });
    const readyState = vi.spyOn(document, 'readyState', 'get').mockReturnValue('loading');
    const script = Object.assign(document.createElement('script'), { type: 'text/plain', text: 'document.title+="partial;' });
    script.setAttribute('data-consent', 'analytics');
    document.body.append(script);
    await flush();
    expect(scripts()).toEqual(['blocked:document.title+="partial;']);
    script.text = 'document.title+="partial;"';
    document.body.append(document.createElement('p')); // the parser moved on
    const img = Object.assign(document.createElement('img'), { alt: '' });
    img.setAttribute('data-consent', 'analytics');
    document.body.append(img);
    await flush();
    readyState.mockRestore();
    expect(scripts()).toEqual(['ran:document.title+="partial;"']);
    expect(runs()).toEqual(['partial']);
  });
});

describe('withdrawing', () => {
  it('a script still waiting its turn does not run once its category is withdrawn, and runs when granted again', async () => {
    // It never ran: withdrawing is no reason to reload, even where reloadOnWithdrawal names its category.
    const reload = vi.fn();
    vi.stubGlobal('location', { hostname: 'localhost', pathname: '/', protocol: 'http:', reload });
    page(`
      <script type="text/plain" data-consent="analytics" src="/slow.js"></script>
      <script type="text/plain" data-consent="advertising">document.title+="ads;"</script>
      <script type="text/plain" data-consent="analytics">document.title+="stats;"</script>`);
    const consent = consentWith({ reloadOnWithdrawal: ['advertising'] });
    consent.acceptAll();
    await flush();
    // The inline ones wait for /slow.js; meanwhile the visitor withdraws advertising (here, or in another tab).
    consent.setConsent({ advertising: false });
    expect(reload).not.toHaveBeenCalled();
    document.querySelector('script[src="/slow.js"]')!.dispatchEvent(new Event('load'));
    await flush();
    expect(runs()).toEqual(['stats']);
    expect(scripts()).toEqual(['ran:/slow.js', 'blocked:document.title+="ads;"', 'ran:document.title+="stats;"']);
    expect($('script[type="text/plain"]').getAttribute('data-consent-state')).toBe('blocked');
    consent.setConsent({ advertising: true });
    await flush();
    expect(runs()).toEqual(['stats', 'ads']);
  });

  it('puts loaded iframes, images and links back as they were, without a reload', async () => {
    const reload = vi.fn();
    vi.stubGlobal('location', { hostname: 'localhost', pathname: '/', protocol: 'http:', reload });
    page('<iframe data-consent="analytics" data-src="https://maps.example/embed" title="Map" class="map"></iframe>');
    const consent = consentWith({ reloadOnWithdrawal: true });
    consent.setConsent({ analytics: true });
    const loaded = $('iframe');
    expect(loaded.getAttribute('src')).toBe('https://maps.example/embed');
    consent.setConsent({ analytics: false });
    await flush();
    const reverted = $('iframe');
    expect(reverted).not.toBe(loaded); // a new element: the frame is unloaded
    expect(loaded.isConnected).toBe(false);
    expect(reverted.hasAttribute('src')).toBe(false);
    expect(reverted.className).toBe('map');
    expect(reverted.getAttribute('data-consent-state')).toBe('blocked');
    expect(reload).not.toHaveBeenCalled(); // nothing ran that a reload would stop
    consent.setConsent({ analytics: true });
    await flush();
    expect($('iframe').getAttribute('src')).toBe('https://maps.example/embed');
  });

  it('reloads when reloadOnWithdrawal names a category whose script ran here', async () => {
    const reload = vi.fn();
    vi.stubGlobal('location', { hostname: 'localhost', pathname: '/', protocol: 'http:', reload });
    page('<script type="text/plain" data-consent="advertising:adpartner" src="/ad.js" async></script>');
    const consent = consentWith({ reloadOnWithdrawal: ['advertising'] });
    consent.setConsent({ analytics: true, advertising: true });
    await flush();
    consent.setConsent({ analytics: false });
    expect(reload).not.toHaveBeenCalled();
    consent.setConsent({ 'advertising:other': false });
    expect(reload).not.toHaveBeenCalled();
    consent.setConsent({ advertising: false });
    await vi.waitFor(() => expect(reload).toHaveBeenCalledTimes(1));
  });

  it('reloads once the withdrawal is logged with the hash of the text the visitor read, not before', async () => {
    const atReload: unknown[] = [];
    let consent: ReturnType<typeof consentWith> | undefined;
    const reload = vi.fn(() => atReload.push(consent!.getPendingEvents().at(-1)));
    vi.stubGlobal('location', { hostname: 'localhost', pathname: '/', protocol: 'http:', reload });
    page('<script type="text/plain" data-consent="advertising" src="/ad.js" async></script>');
    consent = consentWith({ reloadOnWithdrawal: ['advertising'] });
    consent.acceptAll();
    await flush();
    // No timer is what it waits for: with timers stopped, it still reloads as soon as the hash is there.
    vi.useFakeTimers({ toFake: ['setTimeout', 'setInterval'] });
    try {
      consent.optOutOfInterestBasedAds({ source: 'link', notice: 'Opt out of interest-based ads' });
      expect(reload).not.toHaveBeenCalled();
      for (let turn = 0; turn < 5000 && !reload.mock.calls.length; turn++) await new Promise((resolve) => setImmediate(resolve));
    } finally {
      vi.useRealTimers();
    }
    expect(atReload).toEqual([expect.objectContaining({ type: 'optout', notice: expect.stringMatching(/^[0-9a-f]{64}$/) })]);
  });

  it('does not reload without reloadOnWithdrawal, nor for a category it does not name', async () => {
    const reload = vi.fn();
    vi.stubGlobal('location', { hostname: 'localhost', pathname: '/', protocol: 'http:', reload });
    page('<script type="text/plain" data-consent="analytics" src="/a.js" async></script>');
    const plain = consentWith();
    plain.acceptAll();
    await flush();
    plain.rejectAll();
    page('<script type="text/plain" data-consent="analytics" src="/a.js" async></script>');
    const other = consentWith({ reloadOnWithdrawal: ['social', 'advertising:adpartner'] });
    other.acceptAll();
    await flush();
    other.rejectAll();
    expect(reload).not.toHaveBeenCalled();
  });

  it('deletes what the withdrawn category declares, at once and at the next page view', () => {
    const config: ConsentConfig = { categories: { analytics: { cookies: ['_ga', '_ga_*'], storage: ['pageviews'] } } };
    const store = memoryStore();
    const consent = createConsent({ ...config, store });
    consent.setConsent({ analytics: true });
    document.cookie = '_ga=1; path=/';
    document.cookie = '_ga_X1=1; path=/';
    document.cookie = 'session=1; path=/';
    localStorage.setItem('pageviews', '3');
    consent.setConsent({ analytics: false });
    expect(document.cookie).toBe('session=1');
    expect(localStorage.getItem('pageviews')).toBeNull();

    document.cookie = '_ga=2; path=/'; // set again, say by a tag the site forgot to guard
    createConsent({ ...config, store });
    expect(document.cookie).toBe('session=1');
    document.cookie = 'session=; max-age=0; path=/';
  });
});

describe('placeholders', () => {
  const WIDGETS = `
    <iframe data-consent="social:chirp" data-src="https://chirp.example/like" title="Like" id="like"></iframe>
    <figure data-consent="social:chirp" id="post">
      <blockquote>A post</blockquote>
      <script type="text/plain" data-consent="social:chirp" src="https://chirp.example/embed.js"></script>
      <iframe data-consent="social" data-src="https://chirp.example/inner" title="Inner"></iframe>
      <img data-consent="analytics" data-src="/a.png" alt="">
    </figure>
    <script type="text/plain" data-consent="social" src="https://chirp.example/sdk.js"></script>
    <div data-consent="analytics" data-placeholder data-src="x" id="chart"></div>
    <img data-consent="analytics" data-src="/pixel.gif" alt="" id="pixel">`;

  const rendering = () => {
    const shown = new Map<string, BlockedWidget>();
    const removed: string[] = [];
    const render = (widget: BlockedWidget) => {
      shown.set(widget.element.id, widget);
      return () => removed.push(widget.element.id);
    };
    return { shown, removed, render };
  };

  it('are asked for blocked social elements and data-placeholder ones; not scripts, pixels or widgets inside widgets', async () => {
    page(WIDGETS);
    const consent = consentWith();
    const { shown, render } = rendering();
    consent.renderPlaceholders(render);
    expect([...shown.keys()]).toEqual(['like', 'post', 'chart']);
    expect(shown.get('like')).toMatchObject({ consent: 'social:chirp', category: 'social', service: 'chirp', element: $('#like') });
    expect(shown.get('chart')).toMatchObject({ consent: 'analytics', category: 'analytics', service: undefined });
  });

  it('load once loads the widget and what of its category is inside, records nothing, and removes the placeholder', async () => {
    page(WIDGETS);
    const consent = consentWith();
    const { shown, removed, render } = rendering();
    consent.renderPlaceholders(render);
    shown.get('post')!.loadOnce();
    await flush();
    expect(removed).toEqual(['post']);
    expect(consent.getConsent()).toBeNull();
    expect(scripts()).toEqual(['ran:https://chirp.example/embed.js', 'blocked:https://chirp.example/sdk.js']);
    expect($('#post iframe').getAttribute('src')).toBe('https://chirp.example/inner');
    expect($('#post img').hasAttribute('src')).toBe(false); // analytics: not the widget's category
    expect($('#like').hasAttribute('src')).toBe(false);
    consent.rejectAll(); // a choice that does not touch social keeps what was loaded once
    await flush();
    expect($('#post iframe').getAttribute('src')).toBe('https://chirp.example/inner');
  });

  it('allow grants the category, and the service when it was turned off on its own; every widget of it loads', async () => {
    page(WIDGETS);
    const consent = consentWith();
    const { shown, removed, render } = rendering();
    consent.renderPlaceholders(render);
    shown.get('chart')!.allow();
    expect(consent.getConsent()?.choices).toEqual({ preferences: false, analytics: true, advertising: false, social: false });
    consent.setConsent({ social: true, 'social:chirp': false });
    const logged: (string | undefined)[] = [];
    consent.on('logged', ({ text }) => logged.push(text));
    shown.get('like')!.allow({ notice: 'Load Chirp content?  Allow social media' });
    expect(consent.getConsent()).toMatchObject({ method: 'custom', choices: { social: true, 'social:chirp': true } });
    // Logged with the placeholder's text, as a choice in the banner is.
    await vi.waitFor(() => expect(logged).toEqual(['Load Chirp content? Allow social media']));
    expect(removed).toEqual(['chart', 'like', 'post']);
    expect($('#like').getAttribute('src')).toBe('https://chirp.example/like');
    // An iframe loads as a new element (Chromium ignores a src set on a frame the parser just inserted); the
    // handle follows it, so the UI can focus what loaded.
    expect(shown.get('like')!.element).toBe($('#like'));
    expect(shown.get('like')!.element.getAttribute('data-consent-state')).toBe('loaded');
  });

  it('come back when consent is withdrawn, for widgets loaded once too', async () => {
    page(WIDGETS);
    const consent = consentWith();
    const { shown, render } = rendering();
    consent.renderPlaceholders(render);
    shown.get('like')!.loadOnce();
    consent.setConsent({ social: true });
    shown.clear();
    consent.setConsent({ social: false });
    await flush();
    expect([...shown.keys()]).toEqual(['like', 'post']);
    expect($('#like').hasAttribute('src')).toBe(false);
    expect($('#post').textContent).toContain('A post');
  });

  it('go with their widget when the page removes it, and all go when rendering stops or is replaced', async () => {
    page(WIDGETS);
    const consent = consentWith();
    const first = rendering();
    consent.renderPlaceholders(first.render);
    $('#like').remove();
    await flush();
    expect(first.removed).toEqual(['like']);
    const second = rendering();
    const stop = consent.renderPlaceholders(second.render);
    expect(first.removed).toEqual(['like', 'post', 'chart']);
    expect([...second.shown.keys()]).toEqual(['post', 'chart']);
    stop();
    expect(second.removed).toEqual(['post', 'chart']);
  });

  it('survive a renderer that throws', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    page(WIDGETS);
    const consent = consentWith();
    expect(() =>
      consent.renderPlaceholders(() => {
        throw new Error('UI bug');
      }),
    ).not.toThrow();
    expect(error).toHaveBeenCalled();
  });
});
