import type { ConsentConfig } from '../config/types';
import type { GoogleConsentModeOptions } from '../integrations/google-consent-mode';
import type { GppOptions } from '../integrations/gpp';
import type { BlockedWidget, ConsentKit } from '../types';

/** What the lazily imported UI module (consentkit-ui.js) exports. */
export interface UiModule {
  mountBanner(consent: ConsentKit, options?: Record<string, unknown>): UiHandle;
  /** Renders the cookie declaration into `element` (its code is imported on first use). */
  mountPolicy(consent: ConsentKit, element: Element, options?: Record<string, unknown>): unknown;
}

/** What the lazily imported placeholder UI (consentkit-placeholder.js) exports. */
export interface PlaceholderModule {
  /** Shows a click-to-load placeholder for `widget`; returns what removes it. */
  renderPlaceholder(consent: ConsentKit, widget: BlockedWidget, options?: Record<string, unknown>): () => void;
}

/** The part of the UI's handle the embed drives. */
export interface UiHandle {
  showBanner(): void;
  showPreferences(): void;
}

/**
 * `window.ConsentKitConfig` for the script tag: the engine's config plus the UI's options.
 *
 * @example
 * window.ConsentKitConfig = { revision: 2, policyUrl: '/privacy', ui: { texts: { acceptAll: 'Allow all' } } };
 */
export interface EmbedConfig extends ConsentConfig {
  /** Options passed to the banner (texts, layout, theme). See @consentkit/banner-ui's BannerOptions. */
  ui?: Record<string, unknown>;
  /** URL of consentkit-ui.js (consentkit-placeholder.js is looked up next to it). @default next to consentkit.js */
  uiSrc?: string;
  /**
   * Google Consent Mode v2: `true` for the defaults, or options. The embed pushes the `default` command as it
   * starts, before it replays queued calls, so place its tag before the Google tag or Tag Manager snippet.
   * Also `data-google-consent-mode` on the tag.
   * @default off
   * @example googleConsentMode: { waitForUpdate: 800, adsDataRedaction: true }
   */
  googleConsentMode?: boolean | GoogleConsentModeOptions;
  /**
   * IAB Global Privacy Platform, US National section: `true` for the defaults, or options (see `gpp()`). A stub
   * `window.__gpp` is there at once, so ad tags below can call it; the CMP itself (consentkit.gpp.js, next to
   * consentkit.js) is imported right after and answers what the stub queued. Also `data-gpp` on the tag.
   * @default off
   * @example gpp: { mspa: 'opt-out' }
   */
  gpp?: boolean | GppOptions;
}

/** A call queued before the embed loaded: `['acceptAll']`, `['on', 'change', fn]`, or a function of the instance. */
export type QueuedCall = readonly [string, ...unknown[]] | ((consent: EmbedApi) => void);

/**
 * `window.ConsentKit` once the embed has run: the instance, plus what needs the lazily loaded UI.
 *
 * @example
 * document.querySelector('#cookie-settings').addEventListener('click', () => ConsentKit.showPreferences());
 */
/** The script tag's `window.ConsentKit`: the instance, without `destroy` (it serves the page while it is open). */
export interface EmbedApi extends Omit<ConsentKit, 'destroy'> {
  /** Shows the first-layer banner (loads the UI if needed). */
  showBanner(): void;
  /** Opens the preferences dialog (loads the UI if needed). */
  showPreferences(): void;
  /** Runs a call now; keeps `window.ConsentKit.push(...)` working after load. */
  push(...calls: QueuedCall[]): void;
}
