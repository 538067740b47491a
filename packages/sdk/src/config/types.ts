import type { JurisdictionSetting } from '../jurisdiction/jurisdiction';
import type { DisclosureConfig } from '../policy/types';
import type { OptOutConfig } from '../optout/types';
import type { RecordStore } from '../store/types';

/** Ids of the categories every ConsentKit instance knows. A site may add its own next to them. */
export type BuiltInCategoryId = 'necessary' | 'preferences' | 'analytics' | 'advertising' | 'social';

/**
 * A cookie a category or service sets, for deletion on withdrawal and for the site's cookie declaration table.
 * A bare string is the name. `*` in a name matches any run of characters (`_ga_*`); nothing else is special.
 *
 * @example
 * { name: '_ga_*', description: 'Distinguishes visits.', lifetime: '13 months', provider: 'Google' }
 */
export interface CookieDeclaration {
  /** Cookie name, or a pattern with `*`. */
  name: string;
  /** What the cookie is for (the purpose shown in the declaration table). */
  description?: string;
  /** How long it lives, as shown to the visitor, e.g. `'1 day'`, `'13 months'`, `'session'`. */
  lifetime?: string;
  /** Who sets it, e.g. `'Google'`. @default the site itself */
  provider?: string;
  /**
   * Set by another site (an embedded widget or ad server). A script cannot delete another site's cookies: they
   * are declared for the visitor's information, and blocking the embed is what keeps them from being set.
   * @default false
   */
  thirdParty?: boolean;
}

/**
 * A localStorage or sessionStorage key (or prefix pattern with `*`) a category or service writes.
 * A bare string is the key, in both storages.
 *
 * @example
 * { key: 'player.volume', type: 'local', description: 'Remembers the volume.', lifetime: 'until cleared' }
 */
export interface StorageDeclaration {
  /** Key, or a pattern with `*` (`recent_*`). */
  key: string;
  /** Which storage. @default both */
  type?: 'local' | 'session';
  /** What it keeps. */
  description?: string;
  /** How long it lives, as shown to the visitor. */
  lifetime?: string;
  /** Who writes it. @default the site itself */
  provider?: string;
}

/**
 * An IndexedDB database (or name pattern with `*`) a category or service creates. A bare string is the name.
 *
 * @example
 * { name: 'analytics-queue', description: 'Page views waiting to be sent.' }
 */
export interface DatabaseDeclaration {
  /** Database name, or a pattern with `*` (matched where the browser can list databases). */
  name: string;
  /** What it keeps. */
  description?: string;
  /** Who writes it. @default the site itself */
  provider?: string;
}

/**
 * What a category or service stores in the browser. ConsentKit deletes it when consent is missing or withdrawn
 * (at load and on every change) and the disclosures list it. Declared per category, and per service.
 *
 * @example
 * {
 *   cookies: ['_ga', '_ga_*', { name: '_gid', lifetime: '1 day', provider: 'Google' }],
 *   storage: [{ key: 'pageviews', type: 'local' }, 'ck_recent*'],
 *   indexedDB: ['analytics-db'],
 * }
 */
export interface StorageDeclarations {
  /** Cookies it sets. @default [] */
  cookies?: (string | CookieDeclaration)[];
  /** localStorage / sessionStorage keys it writes. @default [] */
  storage?: (string | StorageDeclaration)[];
  /** IndexedDB databases it creates. @default [] */
  indexedDB?: (string | DatabaseDeclaration)[];
}

/**
 * A named service inside a category (an analytics vendor, an ad partner, a social network).
 * Its consent follows its category unless the visitor sets it on its own.
 *
 * @example
 * { id: 'adpartner', label: 'AdPartner Inc.' }
 */
export interface ServiceConfig extends StorageDeclarations {
  /** Lower-case id, `[a-z][a-z0-9_-]{0,31}`. Referenced as `category:service`, e.g. `advertising:adpartner`. */
  id: string;
  /** Name shown to the visitor. @default the id */
  label?: string;
  /** What the service does with the visitor's data. */
  description?: string;
}

/**
 * Settings for one category. Built-in categories need none; custom ones at least a label.
 *
 * @example
 * categories: {
 *   analytics: { services: [{ id: 'matomo', label: 'Matomo' }] },
 *   chat: { label: 'Support chat', description: 'Remembers your open conversation.' },
 *   preferences: { storage: [{ key: 'volume', type: 'local', description: 'Player volume' }] },
 * }
 */
export interface CategoryConfig extends StorageDeclarations {
  /** Name shown to the visitor. @default the built-in label for built-ins, the id otherwise */
  label?: string;
  /** One or two sentences on what the category allows. */
  description?: string;
  /** Named services inside this category. @default [] */
  services?: ServiceConfig[];
}

/**
 * Where and how long the consent record is kept.
 *
 * @example
 * cookie: { name: 'site_consent', domain: 'example.com', expiresAfterDays: 365 }
 */
export interface CookieConfig {
  /** Cookie name, RFC 6265 token characters only. @default 'ck_consent' */
  name?: string;
  /** Cookie domain, to share one choice across subdomains. @default the current host only */
  domain?: string;
  /** Cookie path. @default '/' */
  path?: string;
  /**
   * Days a choice stays valid before the visitor is asked again (EDPB guidance: re-ask within 6 to 13 months).
   * @default 182
   */
  expiresAfterDays?: number;
  /**
   * Days a refusal (everything optional denied) stays valid; at most `expiresAfterDays`.
   * @default the same as expiresAfterDays
   */
  refusalExpiresAfterDays?: number;
}

/**
 * Everything `createConsent()` accepts. Every field is optional: `createConsent()` alone gives the five built-in
 * categories, a 182-day first-party cookie and everything optional denied until the visitor chooses.
 *
 * @example
 * const consent = createConsent({
 *   revision: 3,
 *   policyUrl: '/privacy.html',
 *   categories: { advertising: { services: [{ id: 'adpartner', label: 'AdPartner' }] } },
 * });
 */
export interface ConsentConfig {
  /**
   * Version of the site's consent text. Raising it asks every visitor again (stored choices from an older
   * revision are shown as they were, never upgraded silently). A whole number from 0.
   * @default 1
   */
  revision?: number;
  /**
   * Categories by id. The five built-ins are always present (`necessary` cannot be removed); an entry with a
   * built-in id customises it, a new id adds a category, `false` removes an optional built-in.
   * @default the five built-ins
   */
  categories?: Record<string, CategoryConfig | false>;
  /** The consent cookie. @default { name: 'ck_consent', path: '/', expiresAfterDays: 182 } */
  cookie?: CookieConfig;
  /** Link to the site's privacy policy (http, https or relative). */
  policyUrl?: string;
  /**
   * Where the record is kept. Pass `memoryStore()` for tests or server rendering.
   * @default a first-party cookie through js-cookie
   */
  store?: RecordStore;
  /**
   * Dispatch the instance's events on `window` as `consentkit:*` DOM events, for tag managers. The script tag's own
   * `consentkit:ready` is sent either way. @default true
   */
  domEvents?: boolean;
  /**
   * Reload the page when consent is withdrawn for a category (or `category:service`) whose scripts ConsentKit
   * ran on this page: `true` for any, or the ids to reload for. A script that ran cannot be unloaded; a reload
   * is the only way to stop third-party code that keeps running (timers, listeners). Cookies and storage are
   * deleted before the reload, and the withdrawal is logged first, with the hash of the text the visitor read (a
   * few milliseconds); widgets go back to placeholders without one.
   * @default false
   * @example reloadOnWithdrawal: ['advertising']
   */
  reloadOnWithdrawal?: boolean | string[];
  /**
   * Enforce a choice made in another tab or window of the site in this one (BroadcastChannel, or the `storage`
   * event where it is missing): this instance takes the new record, emits `change` with `external: true`, loads
   * what is now granted and deletes what is now denied.
   * @default true with the default cookie store; false with a custom `store` (a memory store is not shared)
   */
  sync?: boolean;
  /**
   * How consent works where the visitor is: `'opt-in'` (EEA, UK, Switzerland) asks before anything optional runs;
   * `'opt-out'` (US state privacy laws) runs the optional categories by default, shows a notice with an
   * "Opt out of interest-based ads" choice instead of a blocking banner, and treats Global Privacy Control as an
   * opt-out of interest-based ads. A function picks one from `region`; if it throws or answers anything else,
   * the visitor gets opt-in.
   * @default 'opt-in'
   * @example
   * jurisdiction: (region) => (region?.startsWith('US-') ? 'opt-out' : 'opt-in')
   */
  jurisdiction?: JurisdictionSetting;
  /**
   * The visitor's region as the site knows it, passed to a `jurisdiction` function: an ISO 3166 code from the
   * CDN or the server (for example a `CF-IPCountry` header, or `US-CA` from a geolocation service). ConsentKit
   * itself does no geolocation.
   * @default undefined
   * @example
   * region: document.documentElement.dataset.region // rendered by the server
   */
  region?: string;
  /**
   * Wording of the disclosures (`consent.getDisclosure()`, the cookie declaration): the DNT and GPC statements and
   * the industry opt-out links. Rewording never changes behaviour.
   * @default the statements and links described in DisclosureConfig
   */
  disclosure?: DisclosureConfig;
  /**
   * Delivery of the consent event log (every choice, opt-out and opt-in) to the site's collector.
   * @default no endpoint: events are announced but not stored or sent
   * @example optOut: { endpoint: '/api/consent-log' }
   */
  optOut?: OptOutConfig;
  /**
   * Global Privacy Control: `'honor'` opts a visitor whose browser sends `navigator.globalPrivacyControl === true`
   * out of interest-based ads before any ad code runs, logged once per browser; `'ignore'` only records the signal.
   * @default 'honor'
   */
  gpc?: 'honor' | 'ignore';
}
