import type { ConsentKit } from '@consentkit/sdk';
import { direction } from '../language';
import { packFor, surfaceLanguage, withPack } from '../surface-language';
import { focusedElement, wrapTab } from '../dialog-focus';
import { applyStyles, h, type Child } from './dom';
import { resolveOptOutTexts, type OptOutTexts } from './texts';

/** The shipped translations, a module each: a visitor downloads only the one they read. English is built in. */
export const OPT_OUT_PACKS: Readonly<Record<string, () => Promise<{ default: OptOutTexts }>>> = {
  ar: () => import('../lang/optout-ar'),
  de: () => import('../lang/optout-de'),
  es: () => import('../lang/optout-es'),
  fr: () => import('../lang/optout-fr'),
};

// The engine's default industry opt-out pages (NAI, and the DAA's WebChoices): they keep the panel's translated labels.
export const NAI_OPT_OUT = 'https://optout.networkadvertising.org/';
export const DAA_OPT_OUT = 'https://optout.aboutads.info/';

/** How `mountOptOutPanel` renders. Every field is optional. */
export interface OptOutPanelOptions {
  /** Wording overrides, merged over the shipped texts of the language chosen. @default the shipped texts */
  optOutTexts?: Partial<OptOutTexts>;
  /**
   * Language of `optOutTexts`, set as `lang` on the host. It is also the first choice of shipped texts (`ar`, `de`,
   * `es`, `fr`, English built in), then the page's `<html lang>`, then the browser's languages, as the banner
   * chooses; each text not the site's says which language it is in.
   * @default the shipped texts' language without `optOutTexts`, else inherited from the page
   */
  lang?: string;
  /**
   * The banner's `translations`, when the site gives it some: their languages are the site's own, chosen as the
   * banner chooses them, with English under the site's `optOutTexts`. Only the keys are read.
   */
  translations?: Readonly<Record<string, unknown>>;
  /** Colour theme, as the banner's. @default follows the visitor's `prefers-color-scheme` */
  theme?: 'light' | 'dark';
  /** CSP nonce for the `<style>` used where constructable stylesheets are missing (Safari < 16.4). */
  nonce?: string;
  /** Element the host `<div data-consentkit-panel>` is appended to. @default document.body */
  container?: HTMLElement;
}

/** Controls a mounted opt-out panel. Every method is safe to call at any time. */
export interface OptOutPanelHandle {
  /** Opens the panel. `source` is logged with the opt-out it confirms: 'link' (a page element) or 'banner'. */
  open(source?: 'link' | 'banner'): void;
  /** Shows the non-modal "Opt-out request honored" notice (after a GPC opt-out). */
  showGpcNotice(): void;
  /** Closes the panel and the notice. */
  close(): void;
  /** Removes everything from the page. */
  destroy(): void;
}

/** Builds the panel; `outer` is the handle the site holds, which reports instead of throwing. */
function mount(consent: ConsentKit, options: OptOutPanelOptions, outer: OptOutPanelHandle, lang: string, pack?: OptOutTexts): OptOutPanelHandle {
  const { optOutTexts: own, theme } = options;
  const texts = resolveOptOutTexts(own, pack);
  // The site's texts are in its language; the others are the shipped ones, and say which language they are in
  // where that differs (WCAG 3.1.2), whatever the page's language.
  const hostLang = own ? options.lang : lang;
  const say = (key: keyof OptOutTexts): Child => {
    const from = typeof (own as Record<string, unknown> | undefined)?.[key] == 'string' ? hostLang : lang;
    return from == hostLang ? texts[key] : h('span', { lang: from!, dir: direction(from!) }, texts[key]);
  };
  // The host runs the way of the shipped texts when it carries their language; else the page's way.
  const host = h('div', {
    'data-consentkit-panel': '',
    ...(hostLang ? { lang: hostLang } : {}),
    ...(hostLang == lang ? { dir: direction(lang) } : {}),
    ...(theme == 'light' || theme == 'dark' ? { 'data-theme': theme } : {}),
  });
  const root = host.attachShadow({ mode: 'open' });
  applyStyles(root, options.nonce);

  let source: 'link' | 'banner' = 'link';
  let previous: HTMLElement | null = null;
  const state = h('p');
  // Rendered from the start, so screen readers announce what is put in it (WCAG 4.1.3 status messages).
  const status = h('p', { role: 'status', class: 'ck-status' });
  const toggle = h('button', {
    type: 'button',
    onclick: (event: Event) => {
      // The second click of a double click would undo the first.
      if ((event as MouseEvent).detail > 1) return;
      // Logged with the panel's text as read, as the banner's choices are.
      const options = { source, notice: dialog.innerText };
      if (consent.isOptedOutOfInterestBasedAds()) {
        consent.optInToInterestBasedAds(options);
        status.replaceChildren(say('allowed'));
      } else {
        consent.optOutOfInterestBasedAds(options);
        status.replaceChildren(say('recorded'));
      }
    },
  });
  const closeButton = h('button', { type: 'button', onclick: () => dialog.close() }, say('close'));
  const dialog = h(
    'dialog',
    {
      'aria-labelledby': 'ck-optout-title',
      onclose: () => previous?.focus(),
      onkeydown: (event: Event) => wrapTab(dialog, event as KeyboardEvent),
    },
    h('div', { class: 'ck-head' }, h('h2', { id: 'ck-optout-title' }, say('title')), closeButton),
    h('p', {}, say('body')),
    h('p', {}, h('strong', {}, say('generic'))),
    state,
    h('div', { class: 'ck-actions' }, toggle),
    status,
    h('p', {}, say('industry')),
    // The same pages as the cookie declaration: the site's `disclosure.industryOptOut` (URLs the engine's config
    // check allowed: http, https or relative), by default the NAI and the DAA.
    h(
      'ul',
      {},
      ...(consent.getDisclosure()?.industryOptOut ?? []).map(({ label, url }) =>
        h('li', {}, h('a', { href: url, rel: 'noopener' }, url === NAI_OPT_OUT ? say('nai') : url === DAA_OPT_OUT ? say('daa') : label)),
      ),
    ),
  ) as HTMLDialogElement;

  const noticeStatus = h('p', { role: 'status' }, h('strong'));
  const notice = h(
    'div',
    { class: 'ck-notice', role: 'region', 'aria-label': texts.gpcHonored, hidden: '' },
    noticeStatus,
    h('p', {}, say('gpcBody')),
    h(
      'div',
      { class: 'ck-actions' },
      h('button', { type: 'button', onclick: () => outer.open(source) }, say('details')),
      h('button', { type: 'button', onclick: () => hideNotice() }, say('close')),
    ),
  );

  const render = () => {
    const optedOut = consent.isOptedOutOfInterestBasedAds();
    toggle.replaceChildren(say(optedOut ? 'optIn' : 'optOut'));
    toggle.className = optedOut ? '' : 'ck-primary';
    state.replaceChildren(...(optedOut ? (consent.gpcHonored ? [say('gpcHonored'), '. ', say('optedOut')] : [say('optedOut')]) : []));
  };
  render();
  const unsubscribe = consent.on('change', render);
  // The notice takes no focus and traps none: it must not hide the control that has it (WCAG 2.4.11). While it
  // shows, it closes when a page control it covers entirely takes focus (measured the frame after, once the
  // browser has scrolled the control into view).
  const hideNotice = () => {
    notice.hidden = true;
    document.removeEventListener('focusin', covered);
  };
  const covered = ({ target }: FocusEvent) =>
    requestAnimationFrame(() => {
      const a = notice.getBoundingClientRect();
      const b = (target as Element).getBoundingClientRect();
      if (document.activeElement == target && target != host && a.left <= b.left && b.right <= a.right && a.top <= b.top && b.bottom <= a.bottom) hideNotice();
    });
  root.append(notice, dialog);
  // The embed may run this from <head>, before <body> exists.
  const attach = () => (options.container ?? document.body).appendChild(host);
  if (options.container || document.body) attach();
  else addEventListener('DOMContentLoaded', attach);

  const handle: OptOutPanelHandle = {
    open(from = 'link') {
      source = from;
      status.textContent = '';
      hideNotice();
      render();
      if (dialog.open) return;
      previous = focusedElement();
      if (dialog.showModal) dialog.showModal();
      else dialog.setAttribute('open', '');
      closeButton.focus();
    },
    showGpcNotice() {
      notice.hidden = false;
      document.addEventListener('focusin', covered);
      // Filled a moment after the region shows: screen readers announce changes to a live region they know.
      setTimeout(() => (noticeStatus.firstChild as Element).replaceChildren(say('gpcHonored')), 100);
    },
    close() {
      hideNotice();
      if (dialog.open) dialog.close();
    },
    destroy() {
      unsubscribe();
      hideNotice();
      host.remove();
    },
  };
  return handle;
}

const inert: OptOutPanelHandle = { open() {}, showGpcNotice() {}, close() {}, destroy() {} };

/**
 * Mounts the interest-based ads opt-out panel (hidden until `open()`) in an open shadow root on a
 * `<div data-consentkit-panel>`. The panel says what interest-based ads are, opts out in one click, says plainly
 * that generic ads continue, links to the NAI and DAA opt-out pages, and announces "Opt-out recorded". Its own
 * code and styles only, no Preact: a returning visitor who opts out downloads about 3 KB, and the banner's
 * bundle is untouched. In a language other than English its texts (a small file) load on first use, and it renders
 * then: what the handle is asked meanwhile happens once they are there. Never throws: failures are reported, and
 * the handle stays safe to call.
 *
 * @example
 * import { createConsent } from '@consentkit/sdk';
 * import { mountOptOutPanel } from '@consentkit/banner-ui';
 * const consent = createConsent({ optOut: { endpoint: '/api/consent-log' } });
 * const panel = mountOptOutPanel(consent);
 * document.querySelector('#ads-optout')?.addEventListener('click', () => panel.open('link'));
 */
export function mountOptOutPanel(consent: ConsentKit, options: OptOutPanelOptions = {}): OptOutPanelHandle {
  options ??= {};
  let panel: OptOutPanelHandle | undefined;
  let started = false;
  let gone = false;
  let chosen = 'en';
  const waiting: [keyof OptOutPanelHandle, unknown[]][] = [];
  const start = () => {
    if (started) return;
    started = true;
    withPack(chosen, OPT_OUT_PACKS, (lang, pack) => {
      if (gone) return;
      try {
        panel = mount(consent, options, handle, lang, pack);
      } catch (error) {
        console.error('[ConsentKit opt-out]', error);
        panel = inert;
      }
      for (const [name, args] of waiting.splice(0)) handle[name](...(args as []));
    });
  };
  const handle = {} as OptOutPanelHandle;
  for (const name of ['open', 'showGpcNotice', 'close', 'destroy'] as const) {
    // Every entry point reports instead of throwing into the host page.
    handle[name] = (...args: unknown[]) => {
      try {
        if (panel) return (panel[name] as (...a: unknown[]) => void)(...args);
        // Not built yet: closing or destroying it undoes what was asked before, and builds nothing (destroyed,
        // it never will be); opening it builds it, once its texts are there.
        gone ||= name == 'destroy';
        if (name == 'close' || gone) waiting.length = 0;
        else waiting.push([name, args]), start();
      } catch (error) {
        console.error('[ConsentKit opt-out]', error);
      }
    };
  }
  try {
    // Chosen once. English (and the site's own languages, over it) is built in: built at once, as it always was.
    // Shipped languages wait for their first use.
    chosen = surfaceLanguage(options, OPT_OUT_PACKS);
    if (!packFor(chosen, OPT_OUT_PACKS)) start();
  } catch (error) {
    console.error('[ConsentKit opt-out]', error);
  }
  return handle;
}
