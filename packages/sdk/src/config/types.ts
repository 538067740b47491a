import type { RecordStore } from '../store/types';

/** Ids of the categories every ConsentKit instance knows. A site may add its own next to them. */
export type BuiltInCategoryId = 'necessary' | 'preferences' | 'analytics' | 'advertising' | 'social';

/**
 * A named service inside a category (an analytics vendor, an ad partner, a social network).
 * Its consent follows its category unless the visitor sets it on its own.
 *
 * @example
 * { id: 'adpartner', label: 'AdPartner Inc.' }
 */
export interface ServiceConfig {
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
 * }
 */
export interface CategoryConfig {
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
  /** Dispatch `consentkit:*` DOM events on `window` for tag managers. @default true */
  domEvents?: boolean;
}
