import type { BannerTexts } from './texts';

/**
 * How `mountBanner` renders. Every field is optional.
 *
 * @example
 * mountBanner(consent, {
 *   lang: 'de',
 *   policyUrl: '/datenschutz',
 *   texts: { acceptAll: 'Alle akzeptieren', categories: { analytics: { label: 'Statistik' } } },
 *   nonce: 'r4nd0m', // the nonce your Content-Security-Policy allows, for browsers without adoptedStyleSheets
 * });
 */
export interface BannerOptions {
  /**
   * Wording overrides, merged over `defaultTexts`. Category labels and descriptions given here win over the
   * engine's config, which wins over the built-in defaults.
   * @default defaultTexts (English)
   */
  texts?: Partial<BannerTexts>;
  /**
   * Link to the privacy policy. Only http, https and relative URLs are used; anything else (`javascript:`) is
   * dropped and no link is shown.
   * @default consent.policyUrl
   */
  policyUrl?: string;
  /** Element the UI's host `<div data-consentkit-ui>` is appended to. @default document.body */
  container?: HTMLElement;
  /**
   * Language of the texts, set as `lang` on the host so screen readers pronounce a translation right.
   * @default inherited from the page
   */
  lang?: string;
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
