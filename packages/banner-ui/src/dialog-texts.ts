import { pieceTexts, type BannerTexts, type CategoryTexts, type DialogKey, type Texts } from './texts';

/** English defaults of the strings only the dialogs and the cookie declaration show. */
export const defaultDialogStrings: Readonly<Pick<BannerTexts, DialogKey>> = {
  preferencesTitle: 'Privacy settings',
  preferencesIntro: 'Choose what you allow. Anything you leave off stays off.',
  save: 'Save choices',
  close: 'Close',
  alwaysOn: 'Always on',
  moreInformation: 'More information',
  optOut: 'Opt out of interest-based ads',
};

/** Those strings in the visitor's language: the English defaults, then the pack, the site's translation and `texts`. */
export const dialogStrings = (texts: Texts): Pick<BannerTexts, DialogKey> => pieceTexts(texts, defaultDialogStrings);

/**
 * English labels and descriptions of the five built-in categories. Only the pieces that show categories (the
 * preferences dialog, the cookie declaration) import this module, so the first layer does not carry them.
 */
export const defaultCategoryTexts: Readonly<Record<string, CategoryTexts>> = {
  necessary: {
    label: 'Strictly necessary',
    description: 'Keeps the site working and secure, and remembers your consent choice.',
  },
  preferences: {
    label: 'Preferences (HTML5 storage)',
    description:
      "Remembers settings such as volume and content picked for you, in your browser's local storage.",
  },
  analytics: {
    label: 'Analytics',
    description: 'Counts visits and navigation paths so we can see trends and improve the site.',
  },
  advertising: {
    label: 'Interest-based advertising',
    description:
      'Lets our advertising partner use cookies to show ads based on your interests. Without it you still see generic ads.',
  },
  social: {
    label: 'Social media',
    description:
      'Like and Share buttons and embedded posts. Loading them sends your IP address and the page you visit to the ' +
      'social network, which may set cookies.',
  },
};

/** What `describe` gives: each text, and its language where it is not the UI's (WCAG 3.1.2), else undefined. */
export interface Described {
  label: string;
  description: string;
  _labelLang?: string | undefined;
  _descriptionLang?: string | undefined;
}

/**
 * Label and description of a category (`key` = its id) or service (`key` = `category:service`): the site's
 * `texts`, else the engine's config, else the language's pack, else English. Config texts are taken to be in the
 * page's language (`<html lang>`), the last resort in English: either is marked where the UI shows another.
 */
export function describe(
  texts: Texts,
  key: string,
  item: { readonly id: string; readonly label?: string | undefined; readonly description?: string | undefined },
): Described {
  const other = (lang: string) => (lang && lang.split('-')[0] != (texts._lang ?? 'en').split('-')[0] ? lang : undefined);
  const pick = (field: 'label' | 'description', last: string): [string, string?] => {
    const site = texts.categories[key]?.[field];
    if (site != null) return [site];
    if (item[field] != null) return [item[field]!, other(document.documentElement.lang.toLowerCase())];
    const pack = texts._base[key]?.[field];
    if (pack != null) return [pack];
    const english = defaultCategoryTexts[key]?.[field];
    return english == null ? [last] : [english, other('en')];
  };
  const [label, _labelLang] = pick('label', item.id);
  const [description, _descriptionLang] = pick('description', '');
  return { label, description, _labelLang, _descriptionLang };
}

