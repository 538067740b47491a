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

/** Label and description of a category (`key` = its id) or service (`key` = `category:service`). */
export function describe(
  texts: Texts,
  key: string,
  item: { readonly id: string; readonly label?: string | undefined; readonly description?: string | undefined },
): { label: string; description: string } {
  const override = texts.categories[key];
  const builtIn = { ...defaultCategoryTexts[key], ...texts._base[key] };
  return {
    label: override?.label ?? item.label ?? builtIn.label ?? item.id,
    description: override?.description ?? item.description ?? builtIn.description ?? '',
  };
}

