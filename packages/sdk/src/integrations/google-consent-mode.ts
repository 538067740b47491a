import { isValidKey } from '../config/ids';
import { boolean, checkedOptions, dictionary, list, rule, shape, wholeNumber } from '../config/schema';
import type { ConsentKit } from '../types';
import { consentMessage, dataLayer as layer, gtagFor } from './datalayer';

/** The consent types of Google Consent Mode v2. */
export type GoogleConsentType =
  | 'ad_storage'
  | 'ad_user_data'
  | 'ad_personalization'
  | 'analytics_storage'
  | 'functionality_storage'
  | 'personalization_storage'
  | 'security_storage';

/**
 * Options of `googleConsentMode()`, also accepted as `googleConsentMode` in `window.ConsentKitConfig`.
 *
 * @example
 * { waitForUpdate: 800, adsDataRedaction: true, regions: [{ region: ['US-CA'], granted: ['analytics', 'advertising'] }] }
 */
export interface GoogleConsentModeOptions {
  /** Milliseconds Google tags wait for the `update` before running in the default (denied) state. @default 500 */
  waitForUpdate?: number;
  /**
   * Extra `default` commands for some regions (ISO 3166-2, as Google reads them from the visitor's IP): the
   * categories named in `granted` start granted there. Everything else starts denied everywhere.
   * @default []
   * @example [{ region: ['US-CA', 'US-VA'], granted: ['analytics', 'advertising'] }]
   */
  regions?: { region: string[]; granted?: string[] }[];
  /** `gtag('set', 'ads_data_redaction', …)`: redact ad click ids while ad_storage is denied. @default not set (Google: false) */
  adsDataRedaction?: boolean;
  /** `gtag('set', 'url_passthrough', …)`: pass click ids in links while storage is denied. @default not set (Google: false) */
  urlPassthrough?: boolean;
  /**
   * Which consent types each category (or `category:service`) grants, merged over the default. A type listed
   * under several categories is granted only when all of them are. `security_storage` is always granted.
   * @default { analytics: ['analytics_storage'], advertising: ['ad_storage', 'ad_user_data', 'ad_personalization'],
   *   preferences: ['functionality_storage', 'personalization_storage'] }
   * @example { preferences: ['functionality_storage'], chat: ['personalization_storage'] }
   */
  mapping?: Record<string, GoogleConsentType[]>;
  /** Name of the data layer array. @default 'dataLayer' */
  dataLayer?: string;
  /** Also push a `consentkit_consent` message with the granted categories, for Tag Manager triggers. @default true */
  consentEvent?: boolean;
}

const TYPES: readonly GoogleConsentType[] = [
  'ad_storage',
  'ad_user_data',
  'ad_personalization',
  'analytics_storage',
  'functionality_storage',
  'personalization_storage',
];

const DEFAULT_MAPPING: Record<string, readonly GoogleConsentType[]> = {
  analytics: ['analytics_storage'],
  advertising: ['ad_storage', 'ad_user_data', 'ad_personalization'],
  preferences: ['functionality_storage', 'personalization_storage'],
};

const KEY = 'a category id or category:service';
const REGION = /* @__PURE__ */ shape(
  {
    region: list(rule((v) => typeof v === 'string' && /^[A-Z]{2}(-[A-Z0-9]{1,3})?$/.test(v), 'an ISO 3166 code such as "US" or "US-CA"')),
    granted: list(rule(isValidKey, KEY)),
  },
  // Without a region the command would be the global default: a typo must not grant everywhere.
  ({ region }, path, report) => (Array.isArray(region) && region.length) || report(`${path}.region`, 'expected at least one region code'),
);
const OPTIONS = /* @__PURE__ */ shape({
  waitForUpdate: wholeNumber(0, 10_000, ' of milliseconds'),
  regions: list(REGION),
  adsDataRedaction: boolean,
  urlPassthrough: boolean,
  mapping: dictionary(isValidKey, KEY, list(rule((v) => TYPES.includes(v as never) || v === 'security_storage', `one of ${TYPES.join(', ')}, security_storage`))),
  dataLayer: rule((v) => typeof v === 'string' && /^[A-Za-z_$][\w$]{0,63}$/.test(v), 'a JavaScript identifier'),
  consentEvent: boolean,
});

/** Each type granted only when every category mapped to it is; security_storage always (it protects the visitor). */
function consentState(mapping: Record<string, readonly string[]>, isGranted: (key: string) => boolean): Record<string, string> {
  const state: Record<string, string> = {};
  for (const type of TYPES) {
    const keys = Object.keys(mapping).filter((key) => mapping[key]!.includes(type));
    state[type] = keys.length && keys.every(isGranted) ? 'granted' : 'denied';
  }
  state.security_storage = 'granted';
  return state;
}

/**
 * Connects an instance to Google Consent Mode v2. At once, and synchronously: `gtag('consent', 'default', …)`
 * with every type but security_storage denied and `wait_for_update`, then any per-region defaults and the
 * `set` commands; then, when a choice is stored, the opt-out jurisdiction grants by default, or a region default
 * grants anything (ConsentKit's answer for this page view wins over Google's guess of the region),
 * `gtag('consent', 'update', …)`. Afterwards an `update` on every change. Each `update` is followed by a
 * `consentkit_consent` message for Tag Manager. Call it before any Google tag command: the default must come
 * first (the script tag does this for you with `googleConsentMode: true`). Returns a function that stops the
 * updates. Invalid options are reported with `console.error` and replaced by the defaults; it never throws.
 *
 * @example
 * import { createConsent, googleConsentMode } from '@consentkit/sdk';
 * const consent = createConsent();
 * googleConsentMode(consent, { waitForUpdate: 800, adsDataRedaction: true });
 * // then the Google tag: gtag('js', new Date()); gtag('config', 'G-XXXX');
 */
export function googleConsentMode(consent: ConsentKit, options: GoogleConsentModeOptions = {}): () => void {
  try {
    const { waitForUpdate = 500, regions = [], adsDataRedaction, urlPassthrough, dataLayer = 'dataLayer', consentEvent = true, mapping: custom } =
      checkedOptions(OPTIONS, options, 'googleConsentMode', 'Google Consent Mode');
    const mapping = { ...DEFAULT_MAPPING, ...custom };
    const gtag = gtagFor(dataLayer);
    const wait_for_update = waitForUpdate;
    gtag('consent', 'default', { ...consentState(mapping, () => false), wait_for_update });
    for (const { region, granted = [] } of regions) {
      gtag('consent', 'default', { ...consentState(mapping, (key) => granted.includes(key)), region, wait_for_update });
    }
    if (adsDataRedaction !== undefined) gtag('set', 'ads_data_redaction', adsDataRedaction);
    if (urlPassthrough !== undefined) gtag('set', 'url_passthrough', urlPassthrough);
    const update = () => {
      gtag('consent', 'update', consentState(mapping, (key) => consent.hasConsent(key)));
      if (consentEvent) layer(dataLayer).push(consentMessage(consent));
    };
    // A region default that grants is Google's guess from the IP; what holds is ConsentKit's answer for this page
    // view (its jurisdiction, from the site's own region, denies until asked under opt-in): sent at once, so a
    // visitor Google places in such a region gets no more than ConsentKit gives.
    if (consent.getConsent() || consent.jurisdiction === 'opt-out' || regions.some(({ granted = [] }) => granted.length)) update();
    return consent.on('change', update);
  } catch (error) {
    console.error('[ConsentKit] Google Consent Mode failed:', error);
    return () => {};
  }
}
