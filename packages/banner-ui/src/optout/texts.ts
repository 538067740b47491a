/**
 * Every string of the opt-out panel and the GPC notice. Pass some as `optOutTexts` to translate or reword them.
 *
 * @example
 * mountOptOutPanel(consent, { lang: 'de', optOutTexts: { optOut: 'Interessenbasierter Werbung widersprechen' } });
 */
export interface OptOutTexts {
  /** Heading and accessible name of the panel. @default 'Interest-based ads' */
  title: string;
  /** What interest-based ads are. @default 'Our advertising partner uses cookies to learn…' */
  body: string;
  /** The plain statement that ads continue. @default 'Opting out does not stop ads: …' */
  generic: string;
  /** The one-click confirm. @default 'Opt out of interest-based ads' */
  optOut: string;
  /** Offered once opted out. @default 'Allow interest-based ads' */
  optIn: string;
  /** Shown while opted out. @default 'You are opted out of interest-based ads on this site.' */
  optedOut: string;
  /** Announced (status message) after the opt-out. @default 'Opt-out recorded' */
  recorded: string;
  /** Announced after opting back in. @default 'Interest-based ads allowed' */
  allowed: string;
  /** Lead-in to the industry opt-out pages. @default 'You can also opt out of interest-based ads from many companies at once:' */
  industry: string;
  /** @default 'Network Advertising Initiative (NAI) opt-out page' */
  nai: string;
  /** @default 'Digital Advertising Alliance (DAA) opt-out page' */
  daa: string;
  /** @default 'Close' */
  close: string;
  /** The GPC notice's heading, announced as a status message. @default 'Opt-out request honored' */
  gpcHonored: string;
  /** What the GPC notice says. @default 'Your browser sent a Global Privacy Control signal…' */
  gpcBody: string;
  /** Opens the panel from the GPC notice. @default 'Details' */
  details: string;
}

/** The English defaults. */
export const defaultOptOutTexts: Readonly<OptOutTexts> = {
  title: 'Interest-based ads',
  body:
    'Our advertising partner uses cookies to learn what interests you from the pages you visit, here and on other ' +
    'websites, and shows you ads based on those interests.',
  generic: 'Opting out does not stop ads: you will still see generic ads, which are not based on your interests.',
  optOut: 'Opt out of interest-based ads',
  optIn: 'Allow interest-based ads',
  optedOut: 'You are opted out of interest-based ads on this site.',
  recorded: 'Opt-out recorded',
  allowed: 'Interest-based ads allowed',
  industry: 'You can also opt out of interest-based ads from many companies at once:',
  nai: 'Network Advertising Initiative (NAI) opt-out page',
  daa: 'Digital Advertising Alliance (DAA) opt-out page',
  close: 'Close',
  gpcHonored: 'Opt-out request honored',
  gpcBody:
    'Your browser sent a Global Privacy Control signal, so this site does not use your data for interest-based ads. ' +
    'You will still see generic ads.',
  details: 'Details',
};

/** Overrides over the shipped texts (`pack`, else English); anything that is not a string (script-tag JSON) is ignored. */
export function resolveOptOutTexts(overrides: unknown, pack?: OptOutTexts): OptOutTexts {
  const texts = { ...defaultOptOutTexts, ...pack };
  if (typeof overrides === 'object' && overrides) {
    for (const [key, value] of Object.entries(overrides)) if (key in texts && typeof value === 'string') texts[key as keyof OptOutTexts] = value;
  }
  return texts;
}
