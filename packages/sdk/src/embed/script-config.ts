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
  /** The UI's dialogs chunk and its texts, next to the UI: fetched with it when a dialog is about to show. */
  dialogSrcs: string[];
  /** The opt-out panel, next to the UI (it shares the UI's folder). */
  optOutSrc: string;
  /** The event delivery module, next to the embed. */
  deliverySrc: string;
  nonce: string | undefined;
  /** For `googleConsentMode()`: true, its options, or undefined for off. Checked there. */
  googleConsentMode: unknown;
  /** For `gpp()`, likewise. */
  gpp: unknown;
  /** The GPP CMP module, next to the embed. */
  gppSrc: string;
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
  optoutEndpoint: ['optOut', 'endpoint'],
  gpc: ['', 'gpc'],
};

/**
 * Reads every value of the site's config once, in its plain objects and arrays, and keeps nothing: a getter or
 * Proxy that throws fails here, in one place, instead of halfway through start-up (the whole config is then
 * unusable, as `validateConfig` treats it). Nothing is copied, so a site's store or transport keeps its own state,
 * and nothing else is entered (a store's internals, an element, `window`).
 */
function readAll(value: unknown, seen = new Set<unknown>()): void {
  const plain = Array.isArray(value) || (isRecord(value) && [Object.prototype, null].includes(Object.getPrototypeOf(value)));
  if (!plain || seen.has(value)) return;
  seen.add(value);
  for (const item of Object.values(value as object)) readAll(item, seen);
}

/**
 * Reads `data-*` attributes (they win) over `window.ConsentKitConfig`. Values are passed on as given (numbers
 * converted): `validateConfig` reports anything wrong with its path, like any other config.
 *
 * `<script src="/consentkit.js" data-policy-url="/privacy" data-revision="2" data-cookie-name="consent"
 *   data-cookie-domain="example.com" data-expires-after-days="365" data-ui-src="/ui.js" data-lang="fr"
 *   data-theme="dark" data-layout="box" data-region="US-CA" data-jurisdiction="opt-out"
 *   data-google-consent-mode data-gpp></script>`
 */
export function readScriptSettings(script: HTMLScriptElement | null, global: unknown): ScriptSettings {
  readAll(global);
  const { ui, uiSrc, googleConsentMode, gpp, ...config }: EmbedConfig = isRecord(global) ? global : {};
  const data = script?.dataset ?? {};
  const sections: Record<string, Record<string, unknown>> = { '': config, ui: { ...(isRecord(ui) && ui) } };
  // Where the UI could not mount, nothing would let the visitor choose: the banner goes to <body> instead.
  if (sections.ui!.container !== undefined && !(sections.ui!.container instanceof Element)) {
    console.error('[ConsentKit] ui.container: expected an element; using <body>');
    delete sections.ui!.container;
  }
  for (const [attribute, [section, option, numeric]] of Object.entries(ATTRIBUTES)) {
    const value = data[attribute];
    if (value === undefined) continue;
    // A copy of the section, so the site's window.ConsentKitConfig object is never modified.
    const target = (sections[section] ??= { ...(config as Record<string, Record<string, unknown>>)[section] });
    target[option] = numeric ? Number(value) : value;
  }
  for (const [section, values] of Object.entries(sections)) if (section && section !== 'ui') (config as Record<string, unknown>)[section] = values;
  const sibling = (name: string, base: string | undefined) => (base ? new URL(name, new URL(base, document.baseURI)).href : name);
  const resolvedUiSrc = data.uiSrc ?? (typeof uiSrc === 'string' ? uiSrc : sibling('consentkit-ui.js', script?.src));
  return {
    config,
    ui: sections.ui!,
    uiSrc: resolvedUiSrc,
    optOutSrc: sibling('consentkit-optout.js', resolvedUiSrc),
    dialogSrcs: ['consentkit-dialogs.js', 'consentkit-dialog-texts.js'].map((name) => sibling(name, resolvedUiSrc)),
    deliverySrc: sibling('consentkit.delivery.js', script?.src),
    placeholderSrc: sibling('consentkit-placeholder.js', resolvedUiSrc),
    nonce: script?.nonce || data.nonce,
    googleConsentMode: data.googleConsentMode === undefined ? googleConsentMode : data.googleConsentMode !== 'false',
    gpp: data.gpp === undefined ? gpp : data.gpp !== 'false',
    gppSrc: sibling('consentkit.gpp.js', script?.src),
  };
}
