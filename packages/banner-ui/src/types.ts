import type { NoticeTexts } from './notice-texts';
import type { BannerTexts } from './texts';

/**
 * How `mountBanner` renders. Every field is optional.
 *
 * @example
 * mountBanner(consent, {
 *   lang: 'de',
 *   theme: 'dark',
 *   layout: 'box',
 *   policyUrl: '/datenschutz',
 *   texts: { acceptAll: 'Alle akzeptieren', categories: { analytics: { label: 'Statistik' } } },
 *   nonce: 'r4nd0m', // the nonce your Content-Security-Policy allows, for browsers without adoptedStyleSheets
 * });
 */
export interface BannerOptions {
  /**
   * Wording overrides, merged over `defaultTexts` (and `defaultNoticeTexts` for the opt-out jurisdiction's notice).
   * Category labels and descriptions given here win over the engine's config, which wins over the built-in defaults.
   * @default defaultTexts (English)
   */
  texts?: Partial<BannerTexts & NoticeTexts>;
  /**
   * Link to the privacy policy. Only http, https and relative URLs are used; anything else (`javascript:`) is
   * dropped and no link is shown.
   * @default consent.policyUrl
   */
  policyUrl?: string;
  /** Element the UI's host `<div data-consentkit-ui>` is appended to. @default document.body */
  container?: HTMLElement;
  /**
   * Preferred language of the texts: English (`en`), French (`fr`), German (`de`), Spanish (`es`), Arabic (`ar`,
   * right to left), or one the site adds in `translations`. The UI shows the first of this, the page's
   * `<html lang>` and the browser's `navigator.languages` that it has texts for (`fr-CA` matches `fr`), else
   * English, and sets `lang` and `dir` on its root. A shipped translation other than English is loaded only when
   * chosen (the script-tag build fetches `consentkit-lang-<code>.js` next to `consentkit-ui.js`).
   * @default the page's language, then the browser's
   */
  lang?: string;
  /**
   * The site's own wording per language, merged over the shipped texts of that language, or a language that is
   * not shipped (then over English). `texts` still applies on top, whatever the language.
   * @default {}
   * @example
   * { fr: { acceptAll: 'J’accepte' }, it: { acceptAll: 'Accetta tutto', rejectAll: 'Rifiuta tutto', ... } }
   */
  translations?: Record<string, Partial<BannerTexts & NoticeTexts>>;
  /**
   * Colour theme. Both meet WCAG 2.2 AA contrast; a site's `--ck-*` custom properties apply to both.
   * @default follows the visitor's `prefers-color-scheme`
   */
  theme?: 'light' | 'dark';
  /**
   * Where the first layer shows: a full-width `bar` at the bottom, a `box` in the bottom corner (inline start), or a
   * centred `modal` dialog that keeps focus until the visitor answers (Escape does not close it: no answer is no
   * consent). Accept all and Reject all look the same in every one.
   * @default 'bar'
   */
  layout?: 'bar' | 'box' | 'modal';
  /**
   * CSP nonce for the `<style>` element used where constructable stylesheets are missing (Safari < 16.4).
   * Browsers that adopt the stylesheet need no nonce.
   * @default none
   */
  nonce?: string;
  /**
   * Stylesheet to `<link>` instead of the `<style>` fallback, for a CSP without nonces (http, https or relative).
   * @default none: the `<style>` fallback is used
   */
  stylesheetUrl?: string;
  /**
   * Opens the interest-based ads opt-out (the script-tag embed passes one that opens the opt-out panel). When
   * given, the preferences dialog offers "Opt out of interest-based ads"; the dialog closes first.
   * @default none: no opt-out link in the dialog
   * @example const panel = mountOptOutPanel(consent); mountBanner(consent, { onOptOut: () => panel.open('banner') });
   */
  onOptOut?: () => void;
}

/**
 * Controls a mounted banner. Every method is safe to call at any time, also after `destroy()`.
 *
 * @example
 * const ui = mountBanner(consent);
 * document.querySelector('#cookie-settings')?.addEventListener('click', () => ui.showPreferences());
 */
export interface BannerHandle {
  /** Shows the first-layer banner, even when a choice exists. */
  showBanner(): void;
  /** Opens the preferences dialog (a "Cookie settings" link calls this to let visitors change their mind). */
  showPreferences(): void;
  /** Hides the banner and the dialog without recording anything. */
  close(): void;
  /** Unsubscribes from the engine and removes the UI from the page. */
  destroy(): void;
}
