// Which language the mounted UI speaks, and how a translation arrives: lazily, before anything is shown.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PACKS } from '../src/language';
import { FakeConsentKit, labelOf, mount, removeHosts, stubDialog, unstubDialog } from './helpers';

beforeEach(() => {
  stubDialog();
  vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['en-US']);
});
afterEach(() => {
  removeHosts();
  unstubDialog();
  document.documentElement.removeAttribute('lang');
});

const buttons = (root: Element | null) => [...(root?.querySelectorAll('button') ?? [])].map((button) => button.textContent);

describe('language of the UI', () => {
  it('loads the configured language and renders nothing before it arrives (no flash of English)', async () => {
    const ui = mount(new FakeConsentKit(), { lang: 'fr' });
    expect(ui.banner()).toBeNull();
    await vi.waitFor(() => expect(ui.banner()).not.toBeNull());
    expect(buttons(ui.banner())).toEqual(['Tout accepter', 'Tout refuser', 'Paramètres']);
    expect(labelOf(ui, ui.banner()!)).toBe('Vos choix en matière de confidentialité');
    expect([ui.host.lang, ui.host.dir]).toEqual(['fr', 'ltr']);
  });

  it('follows <html lang> when the config names none, and the browser after that', async () => {
    document.documentElement.lang = 'de-AT';
    const german = mount(new FakeConsentKit());
    await vi.waitFor(() => expect(buttons(german.banner())).toEqual(['Alle akzeptieren', 'Alle ablehnen', 'Einstellungen']));
    removeHosts();
    document.documentElement.lang = 'it';
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['pl', 'es-MX']);
    const spanish = mount(new FakeConsentKit());
    await vi.waitFor(() => expect(spanish.host.lang).toBe('es'));
    expect(buttons(spanish.banner())).toEqual(['Aceptar todo', 'Rechazar todo', 'Configuración']);
  });

  it('puts Arabic right to left, with lang and dir on the root', async () => {
    const ui = mount(new FakeConsentKit(), { lang: 'ar' });
    await vi.waitFor(() => expect(ui.banner()).not.toBeNull());
    expect([ui.host.lang, ui.host.dir]).toEqual(['ar', 'rtl']);
    expect(buttons(ui.banner())).toEqual(['قبول الكل', 'رفض الكل', 'الإعدادات']);
  });

  it('translates the preferences dialog, categories included', async () => {
    const ui = mount(new FakeConsentKit(), { lang: 'es' });
    await vi.waitFor(() => expect(ui.banner()).not.toBeNull());
    ui.handle.showPreferences();
    const dialog = ui.dialog()!;
    expect(labelOf(ui, dialog)).toBe('Configuración de privacidad');
    const switches = [...dialog.querySelectorAll('[role="switch"]')].map((s) => s.textContent);
    expect(switches).toEqual(['Preferencias (almacenamiento HTML5)', 'Analítica', 'Publicidad basada en intereses', 'AdPartner Inc.', 'Redes sociales']);
    expect(dialog.textContent).toContain('Siempre activas');
  });

  it('lets the site override any string of a language, and texts win over everything', async () => {
    const ui = mount(new FakeConsentKit(), {
      lang: 'fr',
      translations: { fr: { rejectAll: 'Je refuse', categories: { analytics: { label: 'Statistiques' } } }, de: { acceptAll: 'x' } },
      texts: { settings: 'Choisir' },
    });
    await vi.waitFor(() => expect(ui.banner()).not.toBeNull());
    expect(buttons(ui.banner())).toEqual(['Tout accepter', 'Je refuse', 'Choisir']);
    ui.handle.showPreferences();
    expect(ui.dialog()!.textContent).toContain('Statistiques');
  });

  it("offers a language the site adds itself, over English, with no request for it", async () => {
    const ui = mount(new FakeConsentKit(), { lang: 'it-IT', translations: { it: { acceptAll: 'Accetta tutto', rejectAll: 'Rifiuta tutto' } } });
    // No pack to wait for: rendered at once.
    expect(buttons(ui.banner())).toEqual(['Accetta tutto', 'Rifiuta tutto', 'Settings']);
    expect(ui.host.lang).toBe('it');
  });

  it('shows English, says so, and keeps working when a pack fails to load', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const packs = PACKS as Record<string, () => Promise<never>>;
    const original = packs.de!;
    packs.de = () => Promise.reject(new Error('offline'));
    try {
      const consent = new FakeConsentKit();
      const ui = mount(consent, { lang: 'de', translations: { en: { acceptAll: 'Allow all' } } });
      await vi.waitFor(() => expect(ui.banner()).not.toBeNull());
      expect(buttons(ui.banner())).toEqual(['Allow all', 'Reject all', 'Settings']);
      expect(ui.host.lang).toBe('en');
      expect(error).toHaveBeenCalledWith(expect.stringContaining('"de"'), expect.any(Error));
      ui.button('Reject all').click();
      expect(consent.calls.map((call) => call.method)).toEqual(['rejectAll']);
    } finally {
      packs.de = original;
    }
  });

  it('applies what the handle was asked while the pack loaded', async () => {
    const ui = mount(new FakeConsentKit().withStoredChoice({}), { lang: 'fr' });
    ui.handle.showPreferences();
    await vi.waitFor(() => expect(ui.dialog()).not.toBeNull());
    expect(labelOf(ui, ui.dialog()!)).toBe('Paramètres de confidentialité');
  });

  it('renders nothing when destroyed before the pack arrived', async () => {
    const ui = mount(new FakeConsentKit(), { lang: 'fr' });
    ui.handle.destroy();
    await PACKS.fr!();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(ui.shadow.querySelector('[role="region"]')).toBeNull();
  });
});
