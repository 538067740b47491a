import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import dialogsCss from '../src/dialogs.css?raw';
import css from '../src/styles.css?raw';
import { mountBanner } from '../src/index';
import {
  FakeConsentKit,
  mount,
  removeHosts,
  stubAdoptedStyleSheets,
  stubDialog,
  unstubAdoptedStyleSheets,
  unstubDialog,
} from './helpers';


beforeEach(() => {
  stubDialog();
});
afterEach(() => {
  removeHosts();
  unstubDialog();
  unstubAdoptedStyleSheets();
});

describe('mountBanner', () => {
  it('appends a <div data-consentkit-ui> with an open shadow root to document.body', () => {
    const ui = mount(new FakeConsentKit());
    expect(ui.host.parentElement).toBe(document.body);
    expect(ui.host.tagName).toBe('DIV');
    expect(ui.host.shadowRoot).not.toBeNull();
    expect(ui.shadow.mode).toBe('open');
  });

  it('appends to the given container', () => {
    const container = document.body.appendChild(document.createElement('section'));
    const ui = mount(new FakeConsentKit(), { container });
    expect(ui.host.parentElement).toBe(container);
  });

  it('shows the banner when needsConsent() is true', () => {
    const ui = mount(new FakeConsentKit());
    expect(ui.banner()).not.toBeNull();
    expect(ui.dialog()).toBeNull();
  });

  it('shows nothing when a valid choice exists, but keeps the live region ready', () => {
    const ui = mount(new FakeConsentKit().withStoredChoice({ analytics: true }));
    expect(ui.banner()).toBeNull();
    expect(ui.dialog()).toBeNull();
    expect(ui.status().textContent).toBe('');
  });

  it('follows the engine: banner appears after reset() and goes when a choice is made elsewhere', () => {
    const consent = new FakeConsentKit().withStoredChoice({ analytics: true });
    const ui = mount(consent);
    consent.reset();
    expect(ui.banner()).not.toBeNull();
    consent.acceptAll(); // e.g. another tab, or the site's own code
    expect(ui.banner()).toBeNull();
  });

  it('after a choice, gives focus back to the page control it came from, never to an older one', () => {
    const page = document.body.appendChild(document.createElement('button'));
    const enter = (ui: ReturnType<typeof mount>, from: Element | null) =>
      ui.host.dispatchEvent(new FocusEvent('focusin', { relatedTarget: from, bubbles: true, composed: true }));
    const first = mount(new FakeConsentKit());
    enter(first, page);
    first.button('Accept all').click();
    expect(document.activeElement).toBe(page);

    page.blur();
    const second = mount(new FakeConsentKit());
    enter(second, page);
    enter(second, null); // focus came back in from nowhere (a click after it had fallen to <body>)
    second.button('Reject all').click();
    expect(document.activeElement).toBe(document.body);
    page.remove();
  });

  it('showBanner() shows the banner even when a choice exists; close() hides everything, recording nothing', () => {
    const consent = new FakeConsentKit().withStoredChoice({});
    const ui = mount(consent);
    ui.handle.showBanner();
    expect(ui.banner()).not.toBeNull();
    ui.handle.showPreferences();
    expect(ui.dialog()?.open).toBe(true);
    ui.handle.close();
    expect(ui.banner()).toBeNull();
    expect(ui.dialog()).toBeNull();
    expect(consent.calls).toEqual([]);
  });

  it('sets lang and dir on the host for the language of its texts', () => {
    const ui = mount(new FakeConsentKit());
    expect(ui.host.lang).toBe('en');
    expect(ui.host.dir).toBe('ltr');
  });

  it('waits for <body> when mounted from <head> before the body exists', () => {
    const body = vi.spyOn(document, 'body', 'get').mockReturnValue(null as unknown as HTMLElement);
    mountBanner(new FakeConsentKit());
    expect(document.querySelector('[data-consentkit-ui]')).toBeNull();
    body.mockRestore();
    document.dispatchEvent(new Event('DOMContentLoaded', { bubbles: true }));
    const host = document.querySelector('[data-consentkit-ui]');
    expect(host?.parentElement).toBe(document.body);
    expect(host?.shadowRoot?.querySelector('[role="region"]')).not.toBeNull();
  });

  it('mounted while the page is still parsed, goes back to the end of <body> when parsing ends (last in tab order)', () => {
    const state = vi.spyOn(document, 'readyState', 'get').mockReturnValue('loading');
    const ui = mount(new FakeConsentKit());
    state.mockRestore();
    // What the parser adds after the mount: the rest of the page, its footer.
    const footer = document.body.appendChild(document.createElement('footer'));
    expect(ui.host.nextSibling).toBe(footer);
    document.dispatchEvent(new Event('DOMContentLoaded', { bubbles: true }));
    expect(document.body.lastChild).toBe(ui.host);
    expect(ui.shadow.querySelector('[role="region"]')).not.toBeNull();
    footer.remove();
  });

  it('stays where it is at the end of parsing when it holds focus', () => {
    const state = vi.spyOn(document, 'readyState', 'get').mockReturnValue('loading');
    const ui = mount(new FakeConsentKit());
    state.mockRestore();
    const footer = document.body.appendChild(document.createElement('footer'));
    ui.shadow.querySelector('button')!.focus();
    document.dispatchEvent(new Event('DOMContentLoaded', { bubbles: true }));
    expect(ui.host.nextSibling).toBe(footer);
    footer.remove();
  });
});

describe('destroy()', () => {
  it('unsubscribes from the engine and removes the host', () => {
    const consent = new FakeConsentKit();
    const ui = mount(consent);
    expect(consent.listenerCount('change')).toBe(1);
    ui.handle.destroy();
    expect(consent.listenerCount('change')).toBe(0);
    expect(ui.host.isConnected).toBe(false);
    expect(document.querySelector('[data-consentkit-ui]')).toBeNull();
  });

  it('leaves a handle that is safe to call and renders nothing more', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const ui = mount(new FakeConsentKit());
    ui.handle.destroy();
    ui.handle.destroy();
    ui.handle.showBanner();
    ui.handle.showPreferences();
    ui.handle.close();
    expect(ui.shadow.querySelector('[role="region"], dialog')).toBeNull();
    expect(error).not.toHaveBeenCalled();
  });
});

describe('never throws into the host page', () => {
  it('reports a failing engine on the console and returns a handle that does nothing', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const broken = new FakeConsentKit();
    broken.needsConsent = () => {
      throw new Error('boom');
    };
    let handle: ReturnType<typeof mountBanner> | undefined;
    expect(() => (handle = mountBanner(broken))).not.toThrow();
    expect(error).toHaveBeenCalled();
    expect(() => {
      handle!.showBanner();
      handle!.showPreferences();
      handle!.close();
      handle!.destroy();
    }).not.toThrow();
  });

  it('catches an engine that throws during a choice and reports it', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const consent = new FakeConsentKit();
    consent.acceptAll = () => {
      throw new Error('storage full');
    };
    const ui = mount(consent);
    expect(() => ui.button('Accept all').click()).not.toThrow();
    expect(error).toHaveBeenCalledWith('[ConsentKit UI]', expect.any(Error));
  });

  it('catches a failing render triggered from the handle', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const consent = new FakeConsentKit().withStoredChoice({});
    const ui = mount(consent);
    consent.getCategories = () => {
      throw new Error('bad categories');
    };
    expect(() => ui.handle.showPreferences()).not.toThrow();
    expect(error).toHaveBeenCalled();
  });
});

describe('styles (strict CSP: no inline style attributes)', () => {
  it('has the real stylesheet text to apply', () => {
    expect(css).toContain(':host');
    expect(css.length).toBeGreaterThan(1000);
  });

  it('adopts a constructable stylesheet when supported, with no <style> or <link> element', () => {
    stubAdoptedStyleSheets();
    const ui = mount(new FakeConsentKit());
    const sheets = ui.shadow.adoptedStyleSheets;
    // The base, and the dialogs' part (their chunk is loaded here, as after a visitor pointed at Settings).
    expect(sheets).toHaveLength(2);
    expect(sheets[0]).toBeInstanceOf(CSSStyleSheet);
    expect(sheets[0]!.cssRules.length).toBeGreaterThan(10);
    expect([...sheets[1]!.cssRules].some((rule) => rule.cssText.startsWith('.ck-dialog'))).toBe(true);
    expect(ui.query('style, link')).toBeNull();
  });

  it('falls back to a <style> carrying the nonce when stylesheets cannot be adopted', () => {
    const ui = mount(new FakeConsentKit(), { nonce: 'r4nd0m' });
    const styles = ui.queryAll('style');
    expect(styles.map((style) => style.getAttribute('nonce'))).toEqual(['r4nd0m', 'r4nd0m']);
    expect(styles.map((style) => style.textContent)).toEqual([css, dialogsCss]);
  });

  it('falls back to <link rel="stylesheet"> when a stylesheetUrl is given', () => {
    const ui = mount(new FakeConsentKit(), { stylesheetUrl: '/consentkit-ui.css', nonce: 'r4nd0m' });
    const link = ui.query<HTMLLinkElement>('link');
    expect(link?.getAttribute('rel')).toBe('stylesheet');
    expect(link?.getAttribute('href')).toBe('/consentkit-ui.css');
    // Linked once: the file holds the dialogs' part too.
    expect(ui.queryAll('link')).toHaveLength(1);
    expect(ui.query('style')).toBeNull();
  });

  it('refuses a javascript: stylesheetUrl and uses the <style> fallback', () => {
    const ui = mount(new FakeConsentKit(), { stylesheetUrl: 'javascript:alert(1)' });
    expect(ui.query('link')).toBeNull();
    expect(ui.query('style')?.textContent).toBe(css);
  });

  it('puts no style attribute on any element, banner and dialog open', () => {
    const ui = mount(new FakeConsentKit());
    ui.handle.showPreferences();
    expect(ui.queryAll('*').length).toBeGreaterThan(20);
    expect(ui.query('[style]')).toBeNull();
  });
});
