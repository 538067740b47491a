import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultTexts } from '../src/index';
import { FakeConsentKit, labelOf, mount, removeHosts, stubDialog, unstubDialog } from './helpers';

beforeEach(() => {
  stubDialog();
});
afterEach(() => {
  removeHosts();
  unstubDialog();
});

describe('Banner (first layer)', () => {
  it('is a labelled region, not a modal dialog', () => {
    const ui = mount(new FakeConsentKit());
    const banner = ui.banner()!;
    expect(banner.getAttribute('role')).toBe('region');
    expect(labelOf(ui, banner)).toBe(defaultTexts.bannerTitle);
    expect(banner.hasAttribute('aria-modal')).toBe(false);
    expect(banner.closest('dialog')).toBeNull();
    expect(banner.querySelector('h2')?.textContent).toBe(defaultTexts.bannerTitle);
    expect(banner.textContent).toContain(
      'We use cookies and similar technologies, such as HTML5 local storage and social media widgets',
    );
  });

  it('does not take focus from the page when it appears', () => {
    const pageButton = document.body.appendChild(document.createElement('button'));
    pageButton.focus();
    mount(new FakeConsentKit());
    expect(document.activeElement).toBe(pageButton);
  });

  it('has Accept all, Reject all and Settings, in that order, with one identical class', () => {
    const ui = mount(new FakeConsentKit());
    const buttons = [...ui.banner()!.querySelectorAll('button')];
    expect(buttons.map((b) => b.textContent)).toEqual(['Accept all', 'Reject all', 'Settings']);
    expect(buttons.every((b) => b.type === 'button')).toBe(true);
    const classes = new Set(buttons.map((b) => b.className));
    expect(classes.size).toBe(1);
    expect([...classes][0]).toBe('ck-btn');
  });

  it('Accept all calls acceptAll() and leaves the method to the engine, then hides', () => {
    const consent = new FakeConsentKit();
    const ui = mount(consent);
    const shown = ui.shown();
    expect(shown).toMatch(/^Your privacy choices.*Privacy policy.*Accept allReject allSettings$/);
    ui.button('Accept all').click();
    // Logged with the text read (the engine hashes it), leaving the method to the engine.
    expect(consent.calls).toEqual([{ method: 'acceptAll', args: [{ notice: shown }] }]);
    expect(consent.getConsent()?.method).toBe('accept-all');
    expect(ui.banner()).toBeNull();
  });

  it('Reject all calls rejectAll() and hides', () => {
    const consent = new FakeConsentKit();
    const ui = mount(consent);
    const shown = ui.shown();
    expect(shown).toMatch(/^Your privacy choices.*Privacy policy.*Accept allReject allSettings$/);
    ui.button('Reject all').click();
    // Logged with the text read (the engine hashes it), leaving the method to the engine.
    expect(consent.calls).toEqual([{ method: 'rejectAll', args: [{ notice: shown }] }]);
    expect(consent.getConsent()?.method).toBe('reject-all');
    expect(ui.banner()).toBeNull();
  });

  it('Settings opens the preferences dialog and records nothing', () => {
    const consent = new FakeConsentKit();
    const ui = mount(consent);
    ui.button('Settings').click();
    expect(ui.dialog()?.open).toBe(true);
    expect(consent.calls).toEqual([]);
  });
});

describe('privacy policy link', () => {
  const linkOf = (options: Parameters<typeof mount>[1], policyUrl?: string) =>
    mount(new FakeConsentKit(undefined, { policyUrl }), options).banner()!.querySelector('a');

  it("uses the engine's policyUrl by default", () => {
    const link = linkOf({}, '/privacy');
    expect(link?.getAttribute('href')).toBe('/privacy');
    expect(link?.textContent).toBe('Privacy policy');
  });

  it('prefers options.policyUrl', () => {
    expect(linkOf({ policyUrl: 'https://example.com/privacy' }, '/privacy')?.getAttribute('href')).toBe(
      'https://example.com/privacy',
    );
  });

  it.each(['javascript:alert(1)', 'JavaScript:alert(1)', ' javascript:alert(1)', 'java\nscript:alert(1)', 'data:text/html,x', 'vbscript:x'])(
    'is omitted for %j',
    (url) => {
      const ui = mount(new FakeConsentKit(), { policyUrl: url });
      expect(ui.banner()!.querySelector('a')).toBeNull();
      expect(ui.banner()!.textContent).not.toContain('Privacy policy');
    },
  );

  it('is omitted when there is no policy URL at all', () => {
    expect(linkOf({}, undefined)).toBeNull();
  });
});

describe('texts', () => {
  it('overrides replace the defaults they name, and only those', () => {
    const ui = mount(new FakeConsentKit(), { texts: { acceptAll: 'Allow all', bannerTitle: 'Cookies' } });
    const buttons = [...ui.banner()!.querySelectorAll('button')].map((b) => b.textContent);
    expect(buttons).toEqual(['Allow all', 'Reject all', 'Settings']);
    expect(labelOf(ui, ui.banner()!)).toBe('Cookies');
  });

  it('ignores overrides that are not strings (options may come from a script tag)', () => {
    const texts = { acceptAll: 42, rejectAll: { html: '<b>x</b>' } } as unknown as Record<string, string>;
    const ui = mount(new FakeConsentKit(), { texts });
    expect([...ui.banner()!.querySelectorAll('button')].map((b) => b.textContent)).toEqual([
      'Accept all',
      'Reject all',
      'Settings',
    ]);
  });

  it('renders hostile text as text, never as markup', () => {
    const hostile = '<img src=x onerror=alert(1)>';
    const ui = mount(new FakeConsentKit(), { texts: { bannerTitle: hostile, bannerBody: hostile, acceptAll: hostile } });
    expect(ui.query('img')).toBeNull();
    expect(ui.banner()!.querySelector('h2')?.textContent).toBe(hostile);
    expect(ui.button(hostile)).toBeTruthy();
  });
});
