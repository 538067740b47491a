import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DAA_OPT_OUT, NAI_OPT_OUT, OPT_OUT_PACKS, mountOptOutPanel } from '../../src/optout/panel';
import { defaultOptOutTexts, resolveOptOutTexts } from '../../src/optout/texts';
import { FakeConsentKit, stubDialog, unstubDialog } from '../helpers';

function mountPanel(consent = new FakeConsentKit(), options = {}) {
  const handle = mountOptOutPanel(consent, options);
  const host = document.querySelector<HTMLElement>('[data-consentkit-panel]')!;
  const root = host.shadowRoot!;
  const button = (text: string, scope: ParentNode = root) => {
    const found = [...scope.querySelectorAll('button')].filter((b) => b.textContent === text);
    if (found.length !== 1) throw new Error(`expected one button "${text}", found ${found.length}`);
    return found[0]!;
  };
  return { handle, host, root, consent, button, dialog: root.querySelector('dialog')!, status: root.querySelector('dialog [role="status"]')! };
}

beforeEach(() => stubDialog());
afterEach(() => {
  unstubDialog();
  document.body.innerHTML = '';
  vi.useRealTimers();
});

describe('the opt-out panel', () => {
  it('is hidden until opened, then a modal dialog named by its heading, focus on Close', () => {
    const panel = mountPanel();
    expect(panel.dialog.open).toBe(false);
    panel.handle.open('link');
    expect(panel.dialog.open).toBe(true);
    expect(panel.root.getElementById(panel.dialog.getAttribute('aria-labelledby')!)?.textContent).toBe('Interest-based ads');
    expect(panel.root.activeElement).toBe(panel.button('Close', panel.dialog));
  });

  it('links the industry opt-out pages the site declares, as its cookie declaration does', () => {
    const consent = new FakeConsentKit();
    consent.industryOptOut = [{ label: 'Your Online Choices (EDAA)', url: 'https://www.youronlinechoices.eu/' }];
    const links = [...mountPanel(consent).dialog.querySelectorAll('a')].map((a) => [a.textContent, a.getAttribute('href')]);
    expect(links).toEqual([['Your Online Choices (EDAA)', 'https://www.youronlinechoices.eu/']]);
  });

  it('explains interest-based ads, says generic ads continue, and links to the NAI and DAA opt-out pages', () => {
    const consent = new FakeConsentKit();
    // The engine's default disclosure (policy/disclosure.ts): both pages, shown with the panel's translated labels.
    consent.industryOptOut = [
      { label: 'Network Advertising Initiative (NAI)', url: NAI_OPT_OUT },
      { label: 'Digital Advertising Alliance (DAA)', url: DAA_OPT_OUT },
    ];
    const { dialog } = mountPanel(consent);
    const text = dialog.textContent!;
    expect(text).toContain(defaultOptOutTexts.body);
    expect(text).toContain('Opting out does not stop ads: you will still see generic ads');
    const links = [...dialog.querySelectorAll('a')].map((a) => [a.textContent, a.getAttribute('href')]);
    expect(links).toEqual([
      ['Network Advertising Initiative (NAI) opt-out page', NAI_OPT_OUT],
      ['Digital Advertising Alliance (DAA) opt-out page', DAA_OPT_OUT],
    ]);
  });

  it('opts out in one click with the source it was opened with, and announces "Opt-out recorded"', () => {
    const panel = mountPanel();
    panel.handle.open('banner');
    expect(panel.status.textContent).toBe('');
    const shown = panel.dialog.textContent!;
    expect(shown).toContain('generic ads');
    panel.button('Opt out of interest-based ads').click();
    // Logged with the panel's text as read (the engine hashes it).
    expect(panel.consent.calls).toEqual([{ method: 'optOutOfInterestBasedAds', args: [{ source: 'banner', notice: shown }] }]);
    expect(panel.status.textContent).toBe('Opt-out recorded');
    expect(panel.root.textContent).toContain('You are opted out of interest-based ads on this site.');
  });

  it('offers to allow interest-based ads again, and ignores the second click of a double click', () => {
    const panel = mountPanel();
    panel.handle.open('link');
    const toggle = panel.button('Opt out of interest-based ads');
    toggle.dispatchEvent(new MouseEvent('click', { detail: 1 }));
    toggle.dispatchEvent(new MouseEvent('click', { detail: 2 }));
    expect(toggle.textContent).toBe('Allow interest-based ads');
    expect(panel.consent.isOptedOutOfInterestBasedAds()).toBe(true);
    const shown = panel.dialog.textContent!;
    toggle.click();
    expect(panel.consent.calls.at(-1)).toEqual({ method: 'optInToInterestBasedAds', args: [{ source: 'link', notice: shown }] });
    expect(panel.status.textContent).toBe('Interest-based ads allowed');
    expect(toggle.textContent).toBe('Opt out of interest-based ads');
  });

  it('follows the engine when the choice changes elsewhere', () => {
    const panel = mountPanel();
    panel.consent.rejectAll();
    expect(panel.button('Allow interest-based ads')).toBeTruthy();
  });

  it('returns focus to where it was when closed', () => {
    const opener = document.body.appendChild(document.createElement('button'));
    opener.focus();
    const panel = mountPanel();
    panel.handle.open('link');
    panel.button('Close', panel.dialog).click();
    expect(panel.dialog.open).toBe(false);
    expect(document.activeElement).toBe(opener);
  });

  it('shows the GPC notice and announces "Opt-out request honored"', async () => {
    vi.useFakeTimers();
    const consent = new FakeConsentKit();
    consent.gpcHonored = true;
    consent.optOutOfInterestBasedAds({ source: 'gpc' });
    const panel = mountPanel(consent);
    const notice = panel.root.querySelector<HTMLElement>('.ck-notice')!;
    expect(notice.hidden).toBe(true);
    panel.handle.showGpcNotice();
    expect(notice.hidden).toBe(false);
    const live = notice.querySelector('[role="status"]')!;
    expect(live.textContent).toBe(''); // the region exists before its text
    await vi.advanceTimersByTimeAsync(100);
    expect(live.textContent).toBe('Opt-out request honored');
    expect(notice.textContent).toContain('Global Privacy Control');
    panel.button('Details').click();
    expect(notice.hidden).toBe(true);
    expect(panel.dialog.open).toBe(true);
    expect(panel.dialog.textContent).toContain('Opt-out request honored. You are opted out');
  });

  it('renders texts as text, takes overrides, and never throws into the page', () => {
    expect(resolveOptOutTexts({ title: '<b>Werbung</b>', close: 7 })).toMatchObject({ title: '<b>Werbung</b>', close: 'Close' });
    const panel = mountPanel(new FakeConsentKit(), { optOutTexts: { title: '<img src=x onerror=alert(1)>' }, lang: 'it' });
    expect(panel.root.querySelector('img')).toBeNull();
    expect(panel.host.lang).toBe('it');
    panel.handle.destroy();
    // Without the site's texts, in a language not shipped, it speaks English, and says so.
    const english = mountPanel(new FakeConsentKit(), { lang: 'it' });
    expect(english.host.lang).toBe('en');
    english.handle.destroy();
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const broken = new FakeConsentKit();
    broken.isOptedOutOfInterestBasedAds = () => {
      throw new Error('boom');
    };
    const handle = mountOptOutPanel(broken);
    expect(() => handle.open()).not.toThrow();
    expect(error).toHaveBeenCalled();
  });

  describe('in a shipped language', () => {
    /** The host, once the pack has loaded and the panel is built. */
    const panelHost = () =>
      vi.waitFor(() => {
        const host = document.querySelector<HTMLElement>('[data-consentkit-panel]');
        if (!host) throw new Error('not built yet');
        return host;
      });
    it("speaks the page's language; what is asked before its texts arrive happens once they have", async () => {
      document.documentElement.lang = 'de-AT';
      try {
        const handle = mountOptOutPanel(new FakeConsentKit());
        handle.open('link'); // the embed opens it at once after mounting
        const host = await panelHost();
        const dialog = host.shadowRoot!.querySelector('dialog')!;
        expect(dialog.open).toBe(true);
        expect(host.lang).toBe('de');
        expect(dialog.querySelector('h2')!.textContent).toBe('Interessenbasierte Werbung');
        expect(dialog.textContent).toContain('Sie sehen weiterhin allgemeine Werbung');
        expect(dialog.querySelector('[lang]')).toBeNull(); // all of it German, as the host says
        const optOut = [...dialog.querySelectorAll('button')].find((b) => b.textContent == 'Interessenbasierter Werbung widersprechen')!;
        optOut.click();
        expect(dialog.querySelector('[role="status"]')!.textContent).toBe('Widerspruch gespeichert');
        expect(dialog.textContent).toContain('Interessenbasierte Werbung erlauben');
      } finally {
        document.documentElement.lang = 'en';
      }
    });

    it("marks the shipped texts' language where the site gave some of its own in another", async () => {
      mountOptOutPanel(new FakeConsentKit(), { lang: 'fr', optOutTexts: { title: 'Publicité personnalisée' } }).open();
      const host = await panelHost();
      const dialog = host.shadowRoot!.querySelector('dialog')!;
      expect(host.lang).toBe('fr');
      expect(dialog.querySelector('h2')!.textContent).toBe('Publicité personnalisée');
      expect(dialog.querySelector('[lang]')).toBeNull(); // the site's French over the French pack

      host.remove();
      mountOptOutPanel(new FakeConsentKit(), { optOutTexts: { title: 'Publicité personnalisée' } }).open();
      // An English page: the site's title is in the page's language; the shipped texts are English, and say so
      // only where the host does not (it inherits the page's).
      const english = document.querySelector<HTMLElement>('[data-consentkit-panel]')!;
      expect(english.hasAttribute('lang')).toBe(false);
      const marked = [...english.shadowRoot!.querySelectorAll('dialog [lang]')].map((node) => `${node.getAttribute('lang')}:${node.textContent}`);
      expect(marked).toContain('en:Opt out of interest-based ads');
      expect(marked).not.toContain('en:Publicité personnalisée');
    });

    it('loads its texts on first use, not when mounted, closed or destroyed first; destroyed while loading, it never shows', async () => {
      const packs = OPT_OUT_PACKS as Record<string, () => Promise<unknown>>;
      const es = packs['es']!;
      const load = vi.fn(es);
      packs['es'] = load;
      try {
        const unused = mountOptOutPanel(new FakeConsentKit(), { lang: 'es' });
        await new Promise((resolve) => setTimeout(resolve, 10));
        expect(load).not.toHaveBeenCalled();
        expect(document.querySelector('[data-consentkit-panel]')).toBeNull();
        unused.close();
        unused.destroy();
        unused.open();
        expect(load).not.toHaveBeenCalled();
        const abandoned = mountOptOutPanel(new FakeConsentKit(), { lang: 'es' });
        abandoned.open();
        abandoned.destroy(); // while its texts load
        expect(load).toHaveBeenCalledTimes(1);
        mountOptOutPanel(new FakeConsentKit(), { lang: 'es' }).open();
        const host = await panelHost();
        expect(load).toHaveBeenCalledTimes(2);
        expect(host.shadowRoot!.querySelector('h2')!.textContent).toBe('Publicidad basada en intereses');
        expect(document.querySelectorAll('[data-consentkit-panel]')).toHaveLength(1);
      } finally {
        packs['es'] = es;
      }
    });

    it('shows the GPC notice in Arabic, right to left', async () => {
      vi.useFakeTimers({ toFake: ['setTimeout'] });
      const handle = mountOptOutPanel(new FakeConsentKit(), { lang: 'ar' });
      handle.showGpcNotice();
      const host = await panelHost();
      vi.advanceTimersByTime(100);
      expect(host.dir).toBe('rtl');
      const notice = host.shadowRoot!.querySelector<HTMLElement>('.ck-notice')!;
      expect(notice.hidden).toBe(false);
      expect(notice.getAttribute('aria-label')).toBe('تم احترام طلب إلغاء الاشتراك');
      expect(notice.querySelector('[role="status"]')!.textContent).toBe('تم احترام طلب إلغاء الاشتراك');
    });
  });
});
