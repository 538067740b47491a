import type { Jurisdiction } from '../jurisdiction/jurisdiction';
import type { CategoryInfo } from '../types';

/** A link in the disclosures, checked to be http, https or relative. */
export interface DisclosureLink {
  /** Link text. */
  label: string;
  /** http, https or relative URL. */
  url: string;
}

/**
 * The site's own wording for its disclosures. The wording changes, never the behaviour: DNT is recorded and
 * never used to decide anything, whatever the statement says.
 *
 * @example
 * disclosure: {
 *   dntStatement: 'We do not respond to Do Not Track signals; use the cookie settings instead.',
 *   industryOptOut: [{ label: 'Your Online Choices (EDAA)', url: 'https://www.youronlinechoices.eu/' }],
 * }
 */
export interface DisclosureConfig {
  /**
   * How the site responds to Do Not Track (CalOPPA, Cal. Bus. & Prof. Code 22575(b)(5), asks every site to say).
   * @default 'This site does not respond to Do Not Track (DNT) signals.'
   */
  dntStatement?: string;
  /** How the site responds to Global Privacy Control. @default a statement that GPC is honored as an opt-out of interest-based ads */
  gpcStatement?: string;
  /**
   * Industry pages where a visitor opts out of interest-based ads from many companies at once.
   * @default the NAI (https://optout.networkadvertising.org/) and DAA (https://optout.aboutads.info/) pages
   */
  industryOptOut?: DisclosureLink[];
}

/** How the site answers a browser privacy signal. */
export interface SignalStatement {
  /** Whether the signal changes anything. Always false for DNT. */
  readonly honored: boolean;
  /** The statement shown in the disclosures. */
  readonly statement: string;
}

/**
 * Everything the site discloses about what it stores and how it answers signals, from `consent.getDisclosure()`.
 * Facts, not presentation: `@consentkit/banner-ui` renders them as a cookie declaration (categories with their
 * purposes, services and declared cookies, storage keys and databases; the consent cookie under `necessary`;
 * the advertising partners, that is the `advertising` category's services, with the industry opt-out pages;
 * the social widgets and their providers, the `social` category's services; the statements on signals).
 */
export interface Disclosure {
  /** The policy revision this describes. */
  readonly revision: number;
  readonly policyUrl?: string;
  readonly jurisdiction: Jurisdiction;
  /** In display order, as `getCategories()`: each with its label, purpose, services and what it declares it stores. */
  readonly categories: readonly CategoryInfo[];
  /** The consent cookie itself (strictly necessary, first party). */
  readonly consentCookie: {
    readonly name: string;
    /** Days a choice is kept. */
    readonly expiresAfterDays: number;
    /** Days a refusal is kept (at most `expiresAfterDays`). */
    readonly refusalExpiresAfterDays: number;
  };
  readonly signals: { readonly dnt: SignalStatement; readonly gpc: SignalStatement };
  /** Industry pages to opt out of interest-based ads (which stops interest-based ads, not ads: generic ads continue). */
  readonly industryOptOut: readonly DisclosureLink[];
}
