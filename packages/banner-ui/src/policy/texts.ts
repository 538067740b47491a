import type { Disclosure } from '@consentkit/sdk';
import { pieceTexts, type Texts } from '../texts';
import { POLICY_TRANSLATIONS } from './translations';

/**
 * Every string of the cookie declaration (`mountPolicy`) and of its short version under "More information" in
 * the preferences dialog. Category labels and descriptions come from the banner's texts (`BannerTexts.categories`),
 * so a translation or rewording applies to both. `{n}` stands for a number, `{category}` for a category's label.
 *
 * @example
 * mountPolicy(consent, element, { texts: { thisSite: 'Caseloop', firstParty: 'Ours' } });
 */
export interface PolicyTexts {
  /** Column headings of a category's table. @default 'Name', 'Type', 'Provider', 'First or third party', 'Lifetime', 'Purpose' */
  columnName: string;
  columnType: string;
  columnProvider: string;
  columnParty: string;
  columnLifetime: string;
  columnPurpose: string;
  /** Caption of a category's table. @default 'What {category} stores in your browser' */
  tableCaption: string;
  /** Storage types. @default 'Cookie', 'Local storage', 'Session storage', 'Local or session storage', 'IndexedDB database' */
  typeCookie: string;
  typeLocal: string;
  typeSession: string;
  typeStorage: string;
  typeIndexedDB: string;
  /** @default 'First party' */
  firstParty: string;
  /** @default 'Third party' */
  thirdParty: string;
  /** Provider of what the site itself stores. @default 'This site' */
  thisSite: string;
  /** Purpose of the consent cookie. @default 'Remembers your consent choices.' */
  consentCookiePurpose: string;
  /** A lifetime in days. @default '{n} days' */
  days: string;
  /** Added when a refusal is kept for a shorter time. @default ' ({n} days after a refusal)' */
  refusalDays: string;
  /** Before the category's services (widgets, partners). @default 'Provided by:' */
  providedBy: string;
  /** The visitor's current choice for a category. @default 'Your choice:' */
  yourChoice: string;
  /** @default 'Allowed' */
  allowed: string;
  /** @default 'Not allowed' */
  notAllowed: string;
  /** How to opt out of interest-based ads, under the advertising category. */
  adOptOut: string;
  /** Heading of the statements on signals. @default 'Browser privacy signals' */
  signalsTitle: string;
  /**
   * The engine's default Do Not Track statement, in this language (a site's own `disclosure.dntStatement` is shown
   * as it is). @default 'This site does not respond to Do Not Track (DNT) signals.'
   */
  dntStatement: string;
  /** The engine's default GPC statement where GPC is honored. @default 'This site honors Global Privacy Control (GPC) signals as an opt-out of interest-based advertising.' */
  gpcHonoredStatement: string;
  /** The engine's default GPC statement under `gpc: 'ignore'`. @default 'This site does not respond to Global Privacy Control (GPC) signals.' */
  gpcIgnoredStatement: string;
  /** Button that opens the cookie settings. @default 'Change cookie settings' */
  changeSettings: string;
}

/** The English defaults. */
export const defaultPolicyTexts: Readonly<PolicyTexts> = {
  columnName: 'Name',
  columnType: 'Type',
  columnProvider: 'Provider',
  columnParty: 'First or third party',
  columnLifetime: 'Lifetime',
  columnPurpose: 'Purpose',
  tableCaption: 'What {category} stores in your browser',
  typeCookie: 'Cookie',
  typeLocal: 'Local storage',
  typeSession: 'Session storage',
  typeStorage: 'Local or session storage',
  typeIndexedDB: 'IndexedDB database',
  firstParty: 'First party',
  thirdParty: 'Third party',
  thisSite: 'This site',
  consentCookiePurpose: 'Remembers your consent choices.',
  days: '{n} days',
  refusalDays: ' ({n} days after a refusal)',
  providedBy: 'Provided by:',
  yourChoice: 'Your choice:',
  allowed: 'Allowed',
  notAllowed: 'Not allowed',
  adOptOut:
    'You can opt out of interest-based ads at any time: switch this category off in the cookie settings, or use ' +
    'the industry opt-out pages below. Opting out does not stop ads: you will still see generic ads that are not ' +
    'based on your interests.',
  signalsTitle: 'Browser privacy signals',
  // The engine's own defaults, word for word (test/policy.test.tsx checks): they are what is translated.
  dntStatement: 'This site does not respond to Do Not Track (DNT) signals.',
  gpcHonoredStatement: 'This site honors Global Privacy Control (GPC) signals as an opt-out of interest-based advertising.',
  gpcIgnoredStatement: 'This site does not respond to Global Privacy Control (GPC) signals.',
  changeSettings: 'Change cookie settings',
};

/** Fills `{n}` and `{category}` in a text. */
export const fill = (text: string, values: Record<string, string | number>): string =>
  text.replace(/\{(\w+)\}/g, (match, key: string) => String(values[key] ?? match));

/**
 * The statements on Do Not Track and Global Privacy Control in the declaration's language: the engine's English
 * defaults are translated; a statement the site wrote itself (`disclosure.dntStatement`, `gpcStatement`) is its own.
 */
export function signalStatements({ signals: { dnt, gpc } }: Disclosure, t: PolicyTexts): [dnt: string, gpc: string] {
  const own = (statement: string, key: 'dntStatement' | 'gpcHonoredStatement' | 'gpcIgnoredStatement') =>
    statement === defaultPolicyTexts[key] ? t[key] : statement;
  return [own(dnt.statement, 'dntStatement'), own(gpc.statement, gpc.honored ? 'gpcHonoredStatement' : 'gpcIgnoredStatement')];
}

/** The declaration's strings for `texts`: English, the shipped translation of its language, then the site's layers. */
export const policyTexts = (texts: Texts): PolicyTexts =>
  pieceTexts(texts, { ...defaultPolicyTexts, ...POLICY_TRANSLATIONS[texts._lang!] });
