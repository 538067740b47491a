import type { CategoryInfo } from '@consentkit/sdk';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FakeConsentKit, builtInCategories, mount, removeHosts, stubDialog, unstubDialog, type Mounted } from './helpers';

let dialogs: ReturnType<typeof stubDialog>;
beforeEach(() => {
  dialogs = stubDialog();
});
afterEach(() => {
  removeHosts();
  unstubDialog();
});

const switches = (ui: Mounted) => ui.queryAll<HTMLButtonElement>('dialog [role="switch"]');
const switchNamed = (ui: Mounted, label: string) => {
  const found = switches(ui).filter((s) => s.textContent === label);
  if (found.length !== 1) throw new Error(`expected one switch "${label}", found ${found.length}`);
  return found[0]!;
};
const checked = (element: Element) => element.getAttribute('aria-checked');
const rows = (ui: Mounted) => ui.queryAll('dialog > ul > li');

function openPreferences(consent = new FakeConsentKit(), options?: Parameters<typeof mount>[1]) {
  const ui = mount(consent, options);
  ui.handle.showPreferences();
  return { ui, consent };
}

describe('PreferencesDialog: opening', () => {
  it('is a native <dialog> opened with showModal() and named by its heading', () => {
    const { ui } = openPreferences();
    const dialog = ui.dialog()!;
    expect(dialogs.showModalCalls).toEqual([dialog]);
    expect(dialog.open).toBe(true);
    const title = ui.shadow.getElementById(dialog.getAttribute('aria-labelledby')!);
    expect(title?.textContent).toBe('Privacy settings');
    expect(dialog.contains(title)).toBe(true);
  });

  it('still opens where <dialog> lacks showModal(), by setting open', () => {
    unstubDialog();
    const { ui } = openPreferences();
    expect(ui.dialog()?.hasAttribute('open')).toBe(true);
    ui.button('Close').click();
    expect(ui.dialog()).toBeNull();
  });

  it('moves focus into the dialog', () => {
    const { ui } = openPreferences();
    expect(ui.dialog()!.contains(ui.shadow.activeElement)).toBe(true);
  });
});

describe('PreferencesDialog: categories', () => {
  it('lists every category from getCategories(), with the default labels and descriptions', () => {
    const { ui } = openPreferences();
    const texts = rows(ui).map((row) => row.textContent);
    expect(texts).toHaveLength(5);
    expect(texts[0]).toContain('Strictly necessary');
    expect(texts[0]).toContain('Keeps the site working and secure, and remembers your consent choice.');
    expect(texts[1]).toContain('Preferences (HTML5 storage)');
    expect(texts[2]).toContain('Analytics');
    expect(texts[3]).toContain('Interest-based advertising');
    expect(texts[3]).toContain('Without it you still see generic ads.');
    expect(texts[4]).toContain('Social media');
    expect(texts[4]).toContain('sends your IP address and the page you visit to the social network');
  });

  it("shows the site's own categories, and the engine's labels over the defaults", () => {
    const categories: CategoryInfo[] = [
      ...builtInCategories().map((c) => (c.id === 'analytics' ? { ...c, label: 'Site statistics' } : c)),
      { id: 'chat', label: 'Support chat', description: 'Remembers your open conversation.', required: false, builtIn: false, services: [] },
    ];
    const { ui } = openPreferences(new FakeConsentKit(categories));
    expect(rows(ui)).toHaveLength(6);
    expect(switchNamed(ui, 'Site statistics')).toBeTruthy();
    expect(switchNamed(ui, 'Support chat').getAttribute('aria-describedby')).toBeTruthy();
    expect(ui.shadow.getElementById(switchNamed(ui, 'Support chat').getAttribute('aria-describedby')!)?.textContent).toBe(
      'Remembers your open conversation.',
    );
  });

  it('lets texts override category labels, over the engine', () => {
    const categories = builtInCategories().map((c) => (c.id === 'analytics' ? { ...c, label: 'Site statistics' } : c));
    const { ui } = openPreferences(new FakeConsentKit(categories), {
      texts: { categories: { analytics: { label: 'Statistik' }, 'advertising:adpartner': { label: 'Werbepartner' } } },
    });
    expect(switchNamed(ui, 'Statistik')).toBeTruthy();
    expect(switchNamed(ui, 'Werbepartner')).toBeTruthy();
  });

  it('shows necessary as "Always on", with no switch', () => {
    const { ui } = openPreferences();
    const necessary = rows(ui)[0]!;
    expect(necessary.textContent).toContain('Always on');
    expect(necessary.querySelector('[role="switch"], input, button')).toBeNull();
    expect(switches(ui).map((s) => s.textContent)).not.toContain('Strictly necessary');
  });

  it('lists services under their category, each with its own switch', () => {
    const { ui } = openPreferences();
    const advertising = rows(ui)[3]!;
    const inner = [...advertising.querySelectorAll('[role="switch"]')].map((s) => s.textContent);
    expect(inner).toEqual(['Interest-based advertising', 'AdPartner Inc.']);
  });

  it('renders a hostile label from config as text', () => {
    const hostile = '<img src=x onerror=alert(1)>';
    const categories = [
      ...builtInCategories(),
      { id: 'evil', label: hostile, description: hostile, required: false, builtIn: false, services: [] },
    ];
    const { ui } = openPreferences(new FakeConsentKit(categories));
    expect(ui.query('img')).toBeNull();
    expect(switchNamed(ui, hostile)).toBeTruthy();
  });
});

describe('PreferencesDialog: switches', () => {
  it('are all off before any choice: nothing pre-ticked', () => {
    const { ui } = openPreferences();
    expect(switches(ui)).toHaveLength(5); // 4 optional categories + 1 service
    expect(switches(ui).map(checked)).toEqual(['false', 'false', 'false', 'false', 'false']);
  });

  it('reflect hasConsent() once a choice exists', () => {
    const consent = new FakeConsentKit().withStoredChoice({ analytics: true, advertising: true, 'advertising:adpartner': false });
    const { ui } = openPreferences(consent);
    expect(checked(switchNamed(ui, 'Analytics'))).toBe('true');
    expect(checked(switchNamed(ui, 'Preferences (HTML5 storage)'))).toBe('false');
    expect(checked(switchNamed(ui, 'Interest-based advertising'))).toBe('true');
    expect(checked(switchNamed(ui, 'AdPartner Inc.'))).toBe('false');
  });

  it('show a choice from an older revision as it was, granting nothing until saved', () => {
    const consent = new FakeConsentKit().withPreviousChoice({ analytics: true, advertising: true, 'advertising:adpartner': false, social: false });
    const { ui } = openPreferences(consent);
    expect(checked(switchNamed(ui, 'Analytics'))).toBe('true');
    expect(checked(switchNamed(ui, 'Interest-based advertising'))).toBe('true');
    expect(checked(switchNamed(ui, 'AdPartner Inc.'))).toBe('false');
    expect(checked(switchNamed(ui, 'Social media'))).toBe('false');
    expect(checked(switchNamed(ui, 'Preferences (HTML5 storage)'))).toBe('false');
    expect(consent.hasConsent('analytics')).toBe(false);
    expect(consent.calls).toEqual([]);
    ui.act(() => ui.button('Save choices').click());
    expect(consent.calls[0]?.args[0]).toEqual({ preferences: false, analytics: true, advertising: true, 'advertising:adpartner': false, social: false });
  });

  it('follow a choice made in another tab while open, so Save never re-grants what was withdrawn there', () => {
    const consent = new FakeConsentKit().withStoredChoice({ preferences: true, analytics: true, advertising: true, social: true });
    const { ui } = openPreferences(consent);
    expect(checked(switchNamed(ui, 'Analytics'))).toBe('true');
    // Another tab: Reject all.
    ui.act(() => {
      const previous = consent.getConsent();
      consent.withStoredChoice({ preferences: false, analytics: false, advertising: false, social: false });
      consent.emit('change', { record: consent.getConsent(), previous, changed: ['preferences', 'analytics', 'advertising', 'social'], external: true });
    });
    expect(switches(ui).map(checked)).toEqual(['false', 'false', 'false', 'false', 'false']);
    ui.act(() => switchNamed(ui, 'Social media').click());
    ui.button('Save choices').click();
    expect(consent.calls.at(-1)?.args[0]).toEqual({ preferences: false, analytics: false, advertising: false, social: true });
  });

  it('show what runs under the opt-out jurisdiction before any choice', () => {
    const { ui } = openPreferences(new FakeConsentKit().optOut(['advertising']));
    expect(checked(switchNamed(ui, 'Analytics'))).toBe('true');
    expect(checked(switchNamed(ui, 'Interest-based advertising'))).toBe('false');
  });

  it('a service follows its category until set on its own', () => {
    const { ui } = openPreferences();
    ui.act(() => switchNamed(ui, 'Interest-based advertising').click());
    expect(checked(switchNamed(ui, 'AdPartner Inc.'))).toBe('true');
    ui.act(() => switchNamed(ui, 'AdPartner Inc.').click());
    expect(checked(switchNamed(ui, 'AdPartner Inc.'))).toBe('false');
    expect(checked(switchNamed(ui, 'Interest-based advertising'))).toBe('true');
  });
});

describe('PreferencesDialog: saving', () => {
  it('Save sends every category as switched, with method "custom"', () => {
    const { ui, consent } = openPreferences();
    ui.act(() => switchNamed(ui, 'Analytics').click());
    // The dialog's text, with the banner still under it: what the visitor had in front of them.
    const shown = ui.shown();
    expect(shown).toContain(ui.dialog()!.textContent);
    expect(shown).toContain(ui.banner()!.textContent);
    ui.button('Save choices').click();
    expect(consent.calls).toEqual([
      {
        method: 'setConsent',
        args: [{ preferences: false, analytics: true, advertising: false, social: false }, { method: 'custom', notice: shown }],
      },
    ]);
    expect(ui.dialog()).toBeNull();
    expect(ui.banner()).toBeNull();
  });

  it('Save sends a service only when it was set on its own', () => {
    const { ui, consent } = openPreferences();
    ui.act(() => switchNamed(ui, 'Interest-based advertising').click());
    ui.act(() => switchNamed(ui, 'AdPartner Inc.').click());
    ui.button('Save choices').click();
    expect(consent.calls[0]!.args[0]).toEqual({
      preferences: false,
      analytics: false,
      advertising: true,
      social: false,
      'advertising:adpartner': false,
    });
  });

  it('Save keeps a service stored on its own, following what the visitor now sees', () => {
    const consent = new FakeConsentKit().withStoredChoice({ advertising: false, 'advertising:adpartner': false });
    const { ui } = openPreferences(consent);
    ui.act(() => switchNamed(ui, 'Interest-based advertising').click());
    expect(checked(switchNamed(ui, 'AdPartner Inc.'))).toBe('false');
    ui.button('Save choices').click();
    expect(consent.calls[0]!.args[0]).toMatchObject({ advertising: true, 'advertising:adpartner': false });
  });

  it('Accept all and Reject all in the dialog call the engine and close both layers', () => {
    for (const [label, method] of [
      ['Accept all', 'acceptAll'],
      ['Reject all', 'rejectAll'],
    ] as const) {
      const { ui, consent } = openPreferences();
      const shown = ui.shown();
      expect(shown).toContain(ui.dialog()!.textContent);
      ui.button(label, ui.dialog()!).click();
      expect(consent.calls).toEqual([{ method, args: [{ notice: shown }] }]);
      expect(ui.dialog()).toBeNull();
      expect(ui.banner()).toBeNull();
      removeHosts();
    }
  });

  it('has Save, Accept all and Reject all with one identical class', () => {
    const { ui } = openPreferences();
    const actions = ['Save choices', 'Accept all', 'Reject all'].map((label) => ui.button(label, ui.dialog()!));
    expect(new Set(actions.map((b) => b.className))).toEqual(new Set(['ck-btn']));
  });

  it('announces "Preferences saved" in the live region that existed from mount', () => {
    const consent = new FakeConsentKit();
    const ui = mount(consent);
    const status = ui.status();
    expect(status.textContent).toBe('');
    ui.button('Settings').click();
    ui.button('Save choices').click();
    expect(ui.status()).toBe(status);
    expect(status.textContent).toBe('Preferences saved');
    expect(status.closest('dialog')).toBeNull();
    // Reopening clears it, so the next save is announced again: the settings, or the banner itself.
    ui.handle.showPreferences();
    expect(status.textContent).toBe('');
    ui.button('Save choices').click();
    ui.act(() => ui.handle.showBanner());
    expect(status.textContent).toBe('');
  });
});

describe('PreferencesDialog: closing grants nothing', () => {
  it('Escape (the cancel event) closes it, records nothing, and the banner stays', () => {
    const consent = new FakeConsentKit();
    const ui = mount(consent);
    ui.button('Settings').click();
    ui.act(() => switchNamed(ui, 'Analytics').click());
    const cancel = new Event('cancel', { cancelable: true });
    ui.dialog()!.dispatchEvent(cancel);
    expect(cancel.defaultPrevented).toBe(true);
    expect(ui.dialog()).toBeNull();
    expect(consent.calls).toEqual([]);
    expect(consent.hasConsent('analytics')).toBe(false);
    expect(ui.banner()).not.toBeNull();
  });

  it('the Close button closes it, records nothing, and the banner stays', () => {
    const consent = new FakeConsentKit();
    const ui = mount(consent);
    ui.button('Settings').click();
    ui.act(() => switchNamed(ui, 'Analytics').click());
    ui.button('Close').click();
    expect(ui.dialog()).toBeNull();
    expect(consent.calls).toEqual([]);
    expect(ui.banner()).not.toBeNull();
  });

  it('a close by the browser itself is followed, and the dialog can open again', () => {
    const { ui } = openPreferences();
    const first = ui.dialog()!;
    first.removeAttribute('open');
    first.dispatchEvent(new Event('close'));
    expect(ui.dialog()).toBeNull();
    ui.handle.showPreferences();
    expect(ui.dialog()?.open).toBe(true);
  });

  it('closing then reopening at once is not undone by the first close', () => {
    const { ui } = openPreferences();
    ui.button('Close').click();
    ui.handle.showPreferences();
    expect(ui.dialog()?.open).toBe(true);
  });

  it('reopening starts from the engine again, not from unsaved switches', () => {
    const { ui } = openPreferences();
    ui.act(() => switchNamed(ui, 'Analytics').click());
    ui.button('Close').click();
    ui.handle.showPreferences();
    expect(checked(switchNamed(ui, 'Analytics'))).toBe('false');
  });
});

describe('PreferencesDialog: focus', () => {
  it('returns to the page element that opened it (a "Cookie settings" link)', () => {
    const ui = mount(new FakeConsentKit().withStoredChoice({}));
    const link = document.body.appendChild(document.createElement('button'));
    link.textContent = 'Cookie settings';
    link.focus();
    ui.handle.showPreferences();
    expect(document.activeElement).toBe(ui.host);
    ui.button('Close').click();
    expect(document.activeElement).toBe(link);
  });

  it("returns to the banner's Settings button when closed without a choice", () => {
    const ui = mount(new FakeConsentKit());
    const settings = ui.button('Settings');
    settings.focus();
    settings.click();
    expect(ui.dialog()!.contains(ui.shadow.activeElement)).toBe(true);
    ui.dialog()!.dispatchEvent(new Event('cancel', { cancelable: true }));
    expect(ui.shadow.activeElement).toBe(ui.button('Settings'));
  });

  it('closes the modal dialog before moving focus back (outside a modal dialog everything is inert)', () => {
    const ui = mount(new FakeConsentKit().withStoredChoice({}));
    const link = document.body.appendChild(document.createElement('button'));
    link.focus();
    ui.handle.showPreferences();
    const dialog = ui.dialog()!;
    let openWhenFocused: boolean | undefined;
    link.addEventListener('focus', () => (openWhenFocused = dialog.open));
    ui.button('Close').click();
    expect(openWhenFocused).toBe(false);
  });
});

describe('PreferencesDialog: the interest-based ads opt-out', () => {
  it('offers "Opt out of interest-based ads" when the site provides the opt-out, closing itself first', () => {
    const opened: string[] = [];
    const { ui } = openPreferences(new FakeConsentKit(), { onOptOut: () => opened.push(ui.dialog() ? 'dialog open' : 'dialog closed') });
    ui.act(() => ui.button('Opt out of interest-based ads').click());
    expect(opened).toEqual(['dialog closed']);
  });

  it('offers nothing without it', () => {
    const { ui } = openPreferences();
    expect(() => ui.button('Opt out of interest-based ads')).toThrow('found 0');
  });
});
