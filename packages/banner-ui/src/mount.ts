/// <reference path="./css.d.ts" />
import type { ConsentChoices, ConsentKit } from '@consentkit/sdk';
import { render } from 'preact';
import { jsx } from 'preact/jsx-runtime';
import { App } from './App';
import { loadDialogs, loadedDialogs } from './lazy-dialogs';
import css from './styles.css?raw';
import { direction, withTexts } from './language';
import { reserveSpace } from './reserve';
import type { Texts } from './texts';
import type { BannerHandle, BannerOptions } from './types';
import { safeUrl } from './url';
import type { UiProps, ViewState } from './view';

/** Wraps an entry point: the UI never throws into the host page, it reports on the console instead. */
function guarded<A extends unknown[]>(run: (...args: A) => void): (...args: A) => void {
  return (...args) => {
    try {
      run(...args);
    } catch (error) {
      console.error('[ConsentKit UI]', error);
    }
  };
}

/**
 * Styles without inline `style` (strict CSP `style-src 'self'`): a constructable stylesheet where supported,
 * which CSP does not restrict; else a `<link>` to `stylesheetUrl` (that file holds every part, so it is linked
 * once), else a `<style>` carrying the page's nonce. Called for the base styles, then for the dialogs' part.
 */
function addStyles(root: ShadowRoot, css: string, { nonce, stylesheetUrl }: BannerOptions): void {
  if ('adoptedStyleSheets' in root) {
    try {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(css);
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
      return;
    } catch {
      // Constructable stylesheets missing (Safari < 16.4): fall back below.
    }
  }
  const href = safeUrl(stylesheetUrl);
  if (href && root.querySelector('link')) return;
  if (href) root.appendChild(Object.assign(document.createElement('link'), { rel: 'stylesheet', href }));
  else root.appendChild(Object.assign(document.createElement('style'), { nonce: nonce ?? '', textContent: css }));
}

const inert: BannerHandle = { showBanner() {}, showPreferences() {}, close() {}, destroy() {} };

function mount(consent: ConsentKit, options: BannerOptions): BannerHandle {
  const host = document.createElement('div');
  host.setAttribute('data-consentkit-ui', '');
  // Theme and layout are host attributes the stylesheet matches (and a site's own CSS can, too).
  for (const name of ['theme', 'layout'] as const) {
    if (typeof options[name] == 'string') host.setAttribute(`data-${name}`, options[name]!);
  }
  const shadow = host.attachShadow({ mode: 'open' });
  addStyles(shadow, css, options);
  // Preact renders into its own element: rendering into the shadow root would remove the fallback <style>.
  const container = shadow.appendChild(document.createElement('div'));

  let state: ViewState = { banner: consent.needsConsent(), preferences: false, status: '' };
  let destroyed = false;
  let props: UiProps | undefined;
  let attached = false;
  let styled = false;
  // Every entry point goes through here (handle, buttons, engine events), so one guard covers them all. Nothing
  // renders until the texts are there (a language pack may be loading: no flash of English) and the host is in
  // the document (a modal dialog cannot open outside it).
  const update = guarded((change: Partial<ViewState>) => {
    state = { ...state, ...change };
    const dialogs = loadedDialogs();
    // The dialogs' styles join the base ones before a dialog first renders.
    if (dialogs && !styled) addStyles(shadow, dialogs.css, options), (styled = true);
    if (props && attached && !destroyed) render(jsx(App, { ...props, ...state, dialogs }), container);
  });
  // The dialog opens as soon as its chunk is there: at once once loaded, else when the import ends (unless a
  // choice or close() came first). If it cannot load, the banner shows (for a returning visitor too: its Accept all
  // and Reject all still change the choice) and says so, visibly and to screen readers; the next click tries again.
  const onSettings = () => {
    update({ preferences: true, status: '' });
    if (!loadedDialogs()) {
      loadDialogs().then(
        () => update({}),
        (error: unknown) => {
          console.error('[ConsentKit UI] could not load the preferences dialog:', error);
          update({ preferences: false, banner: true, status: props?.texts.settingsUnavailable ?? '' });
        },
      );
    }
  };
  let release: (() => void) | undefined;
  // The page control that had focus before it entered the UI: a choice removes the button that has it (and the
  // Settings button a dialog would return to), so focus goes back there instead of falling to <body> (WCAG 2.4.3).
  // Focus that came from nowhere (<body>, a click) leaves none: an older one would scroll the page away.
  let origin: HTMLElement | null = null;
  host.addEventListener('focusin', ({ relatedTarget }) => {
    if (!host.contains(relatedTarget as Node | null)) origin = relatedTarget as HTMLElement | null;
  });

  const start = guarded((lang: string, texts: Texts) => {
    // The root says which language the texts are in and which way they run (WCAG 3.1.2), whatever the page's.
    host.lang = lang;
    host.dir = direction(lang);
    // Every choice hides both layers and is announced: focus may have been on a button that is now gone.
    const choose = guarded((record: () => void) => {
      record();
      update({ banner: false, preferences: false, status: texts.savedStatus });
      // Focus fell to <body> with the button that had it (a removed origin ignores focus()).
      if (document.activeElement == document.body) origin?.focus();
    });
    props = {
      consent,
      texts,
      policyUrl: safeUrl(options.policyUrl ?? consent.policyUrl),
      modal: options.layout == 'modal',
      reserve: (element) => {
        release?.();
        release = element ? reserveSpace(element) : undefined;
      },
      // Each choice is logged with the text the visitor had in front of them (the engine hashes it: proof of the
      // wording). `innerText` is read as the click happens, before the choice changes what shows: what is rendered,
      // with a break between blocks and buttons ("Accept all Reject all", not "Accept allReject all").
      onAcceptAll: () => choose(() => consent.acceptAll({ notice: container.innerText })),
      onRejectAll: () => choose(() => consent.rejectAll({ notice: container.innerText })),
      onSave: (choices: ConsentChoices, method = 'custom') => choose(() => consent.setConsent(choices, { method, notice: container.innerText })),
      onSettings,
      onSettingsIntent: () => void loadDialogs().catch(() => {}),
      onDismiss: () => update({ preferences: false }),
      // The dialog closes first: its switches would be stale after the opt-out.
      onOptOut: options.onOptOut && (() => (update({ preferences: false }), options.onOptOut!())),
    };
    update({});
  });

  // Opt-out jurisdiction: the notice replaces the banner. Nothing shows until it is imported; the banner if it fails.
  if (consent.jurisdiction == 'opt-out') {
    const due = state.banner;
    state = { ...state, banner: false };
    import('./Notice').then(
      ({ Notice }) => update({ notice: Notice, banner: due && consent.needsConsent() }),
      (error: unknown) => (console.error('[ConsentKit UI]', error), update({ banner: due && consent.needsConsent() })),
    );
  }
  // The modal layout's first layer is the dialogs' modal: its chunk is imported at once (the embed preloads it).
  if (options.layout == 'modal') {
    loadDialogs().then(
      () => update({}),
      (error: unknown) => (console.error('[ConsentKit UI] could not load the modal layout:', error), update({ modalFailed: true })),
    );
  }
  withTexts(options, start);
  // Any change (another tab, the site's API, reset()) decides again whether the banner is due.
  const unsubscribe = consent.on('change', () => update({ banner: consent.needsConsent() }));
  // The embed may run this from <head>, before <body> exists (a cached consentkit-ui.js runs at once).
  const attach = () => {
    (options.container ?? document.body).appendChild(host);
    attached = true;
    update({});
  };
  if (options.container || document.body) attach();
  else addEventListener('DOMContentLoaded', attach, { once: true });
  // Mounted while the parser was still adding the page (a fast UI chunk, a long page), the host would sit in the
  // middle of the page's tab order. Once parsing ends it goes back to the end of <body>, so the page's controls
  // come first and the banner last, as on a page that loaded quickly. Not while it holds focus or a modal dialog:
  // moving would drop the focus, or take the dialog out of the top layer.
  if (!options.container && document.readyState == 'loading') {
    const last = () => {
      // Focus inside a shadow tree shows as its host in document.activeElement.
      if (host.parentNode == document.body && host.nextSibling && document.activeElement != host && !shadow.querySelector('dialog[open]')) {
        document.body.appendChild(host);
      }
    };
    document.addEventListener('DOMContentLoaded', last, { once: true });
  }
  return {
    // The status is cleared, so the next choice's "Preferences saved" is new text that screen readers announce.
    showBanner: () => update({ banner: true, status: '' }),
    showPreferences: onSettings,
    close: () => update({ banner: false, preferences: false }),
    destroy: guarded(() => {
      if (destroyed) return;
      unsubscribe();
      render(null, container);
      destroyed = true;
      host.remove();
    }),
  };
}

/**
 * Mounts the consent UI in an open shadow root on a `<div data-consentkit-ui>` at the end of `container`.
 * Shows the first-layer banner when `consent.needsConsent()`; nothing otherwise until `showBanner()` or
 * `showPreferences()`. Follows the engine's `change` event. Never throws: failures are reported with
 * `console.error` and a handle that does nothing is returned.
 *
 * @example
 * import { createConsent } from '@consentkit/sdk';
 * import { mountBanner } from '@consentkit/banner-ui';
 *
 * const consent = createConsent({ policyUrl: '/privacy' });
 * const ui = mountBanner(consent, { texts: { settings: 'Choose' } });
 * document.querySelector('#cookie-settings')?.addEventListener('click', () => ui.showPreferences());
 */
export function mountBanner(consent: ConsentKit, options: BannerOptions = {}): BannerHandle {
  let handle = inert;
  guarded(() => (handle = mount(consent, options ?? {})))();
  return handle;
}
