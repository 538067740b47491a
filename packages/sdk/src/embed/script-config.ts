import { isRecord } from '../config/schema';
import type { ConsentConfig } from '../config/types';
import type { EmbedConfig } from './types';

/** Config and loading details read from the embed's own `<script>` tag and `window.ConsentKitConfig`. */
export interface ScriptSettings {
  /** For `createConsent`. */
  config: ConsentConfig;
  /** For the banner's `mountBanner`. */
  ui: Record<string, unknown>;
  uiSrc: string;
  /** consentkit-placeholder.js, next to consentkit-ui.js. */
  placeholderSrc: string;
  nonce: string | undefined;
  /** For `googleConsentMode()`: true, its options, or undefined for off. Checked there. */
  googleConsentMode: unknown;
}

// data-* attribute (camelCased by dataset) -> [config section or '' for top level, option, is a number]. The `ui`
// section goes to the banner's mountBanner options.
const ATTRIBUTES: Record<string, [string, string, boolean?]> = {
  policyUrl: ['', 'policyUrl'],
  revision: ['', 'revision', true],
  cookieName: ['cookie', 'name'],
  cookieDomain: ['cookie', 'domain'],
  expiresAfterDays: ['cookie', 'expiresAfterDays', true],
  lang: ['ui', 'lang'],
  theme: ['ui', 'theme'],
  layout: ['ui', 'layout'],
  // Rendered per request by a server that knows where the visitor is (a CDN geolocation header).
  region: ['', 'region'],
  jurisdiction: ['', 'jurisdiction'],
};

/**
 * Reads `data-*` attributes (they win) over `window.ConsentKitConfig`. Values are passed on as given (numbers
 * converted): `validateConfig` reports anything wrong with its path, like any other config.
 *
 * `<script src="/consentkit.js" data-policy-url="/privacy" data-revision="2" data-cookie-name="consent"
 *   data-cookie-domain="example.com" data-expires-after-days="365" data-ui-src="/ui.js" data-lang="fr"
 *   data-theme="dark" data-layout="box" data-region="US-CA" data-jurisdiction="opt-out"
 *   data-google-consent-mode></script>`
 */
export function readScriptSettings(script: HTMLScriptElement | null, global: unknown): ScriptSettings {
  const { ui, uiSrc, googleConsentMode, ...config }: EmbedConfig = isRecord(global) ? global : {};
  const data = script?.dataset ?? {};
  const sections: Record<string, Record<string, unknown>> = { '': config, cookie: { ...config.cookie }, ui: { ...(isRecord(ui) && ui) } };
  for (const [attribute, [section, option, numeric]] of Object.entries(ATTRIBUTES)) {
    const value = data[attribute];
    if (value !== undefined) sections[section]![option] = numeric ? Number(value) : value;
  }
  if (Object.keys(sections.cookie!).length) config.cookie = sections.cookie;
  const src = data.uiSrc ?? (typeof uiSrc === 'string' ? uiSrc : script?.src ? new URL('consentkit-ui.js', script.src).href : 'consentkit-ui.js');
  return {
    config,
    ui: sections.ui!,
    uiSrc: src,
    placeholderSrc: new URL('consentkit-placeholder.js', new URL(src, document.baseURI)).href,
    nonce: script?.nonce || data.nonce,
    googleConsentMode: data.googleConsentMode === undefined ? googleConsentMode : data.googleConsentMode !== 'false',
  };
}
