import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FakeConsentKit, mount, removeHosts, stubDialog, unstubDialog, type Mounted } from './helpers';

beforeEach(() => {
  stubDialog();
});
afterEach(() => {
  removeHosts();
  unstubDialog();
  delete (navigator as { globalPrivacyControl?: unknown }).globalPrivacyControl;
});

const buttons = (ui: Mounted) => [...ui.banner()!.querySelectorAll('button')].map((button) => button.textContent);

async function notice(consent = new FakeConsentKit().optOut(), options?: Parameters<typeof mount>[1]) {
  const ui = mount(consent, options);
  await vi.waitFor(() => expect(ui.banner()).not.toBeNull());
  return { ui, consent };
}

describe('the opt-out jurisdiction notice', () => {
  it('replaces the banner: it informs, and offers the ad opt-out next to OK and Settings', async () => {
    const { ui } = await notice();
    const region = ui.banner()!;
    expect(region.getAttribute('aria-label')).toBe('Your privacy choices');
    expect(region.textContent).toContain('You can opt out of interest-based ads at any time; you will still see generic ads.');
    expect(buttons(ui)).toEqual(['Opt out of interest-based ads', 'OK', 'Settings']);
    expect(ui.queryAll('button').some((button) => button.textContent === 'Accept all')).toBe(false);
    expect(region.querySelector('a')?.getAttribute('href')).toBe('/privacy');
  });

  it('shows nothing until it is imported, never the opt-in banner in between', () => {
    const ui = mount(new FakeConsentKit().optOut());
    expect(ui.banner()).toBeNull();
  });

  it('opts out of interest-based ads in one click, keeping everything else, and closes', async () => {
    const { ui, consent } = await notice();
    const shown = ui.shown();
    expect(shown).toContain('Opt out of interest-based ads');
    ui.act(() => ui.button('Opt out of interest-based ads').click());
    expect(consent.calls).toEqual([{ method: 'setConsent', args: [{ advertising: false }, { method: 'custom', notice: shown }] }]);
    expect(consent.getConsent()?.choices).toMatchObject({ advertising: false, analytics: true, social: true });
    expect(ui.banner()).toBeNull();
    expect(ui.status().textContent).toBe('Preferences saved');
  });

  it('OK keeps what runs, recorded as method notice, and closes', async () => {
    const { ui, consent } = await notice();
    const shown = ui.shown();
    ui.act(() => ui.button('OK').click());
    expect(consent.calls).toEqual([{ method: 'setConsent', args: [{}, { method: 'notice', notice: shown }] }]);
    expect(consent.getConsent()).toMatchObject({ method: 'notice', choices: { advertising: true } });
    expect(ui.banner()).toBeNull();
  });

  it('Settings opens the preferences dialog with what runs switched on', async () => {
    const { ui } = await notice();
    ui.act(() => ui.button('Settings').click());
    const advertising = ui.queryAll('dialog [role="switch"]').find((s) => s.textContent === 'Interest-based advertising');
    expect(advertising?.getAttribute('aria-checked')).toBe('true');
  });

  it('says the visitor opted out instead of offering it again', async () => {
    const { ui } = await notice(new FakeConsentKit().optOut(['advertising']));
    expect(buttons(ui)).toEqual(['OK', 'Settings']);
    expect(ui.banner()!.textContent).toContain('You have opted out of interest-based ads.');
  });

  it('says "Opt-out request honored" when the engine honors a Global Privacy Control signal', async () => {
    const consent = new FakeConsentKit().optOut(['advertising']);
    consent.gpcHonored = true;
    const { ui } = await notice(consent);
    expect(ui.banner()!.textContent).toContain('Opt-out request honored: your browser sent a Global Privacy Control signal');
  });

  it('does not claim a signal the site ignores was honored', async () => {
    // The browser sends it, but the engine (gpc: 'ignore') does not honor it.
    Object.defineProperty(navigator, 'globalPrivacyControl', { configurable: true, get: () => true });
    const { ui } = await notice(new FakeConsentKit().optOut(['advertising']));
    expect(ui.banner()!.textContent).toContain('You have opted out of interest-based ads.');
    expect(ui.banner()!.textContent).not.toContain('Opt-out request honored');
  });

  it('speaks the visitor’s language, and the site may reword it', async () => {
    const { ui } = await notice(undefined, { lang: 'de', texts: { noticeOk: 'Alles klar' } as never });
    await vi.waitFor(() => expect(buttons(ui)).toEqual(['Interessenbasierter Werbung widersprechen', 'Alles klar', 'Einstellungen']));
    expect(ui.banner()!.textContent).toContain('allgemeine Werbung sehen Sie weiterhin');
  });

  it('is not shown once the visitor chose', async () => {
    const ui = mount(new FakeConsentKit().optOut().withStoredChoice({ advertising: false }));
    // The same module the UI imports: once it has resolved here and a task has run, the UI has had its turn.
    await import('../src/Notice');
    await new Promise((resolve) => setTimeout(resolve));
    expect(ui.banner()).toBeNull();
    ui.act(() => ui.handle.showBanner());
    expect(buttons(ui)).toEqual(['OK', 'Settings']); // the notice, loaded but not due; advertising is off
  });

  it('is not used under opt-in: the banner asks first', () => {
    const ui = mount(new FakeConsentKit());
    expect(buttons(ui)).toEqual(['Accept all', 'Reject all', 'Settings']);
  });
});
