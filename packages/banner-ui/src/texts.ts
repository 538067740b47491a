import type { NoticeTexts } from './notice-texts';

/**
 * Text for one category (or one `category:service`) in the preferences dialog.
 *
 * @example
 * { label: 'Statistik', description: 'Zählt Besuche, damit wir die Website verbessern können.' }
 */
export interface CategoryTexts {
  /** Name shown next to the switch. @default the engine's label, else the built-in default, else the id */
  label?: string;
  /** One or two sentences under the name. @default the engine's description, else the built-in default */
  description?: string;
}

/**
 * Every string the banner and the preferences dialog show. Pass some of them as `texts` to translate or reword.
 *
 * @example
 * mountBanner(consent, { lang: 'de', texts: { acceptAll: 'Alle akzeptieren', rejectAll: 'Alle ablehnen' } });
 */
export interface BannerTexts {
  /** Heading of the first-layer banner, and the name of its landmark region. @default 'Your privacy choices' */
  bannerTitle: string;
  /** The banner's short explanation. @default 'We use cookies and similar technologies, such as HTML5 local storage…' */
  bannerBody: string;
  /** Text of the privacy policy link. @default 'Privacy policy' */
  policyLink: string;
  /** @default 'Accept all' */
  acceptAll: string;
  /** @default 'Reject all' */
  rejectAll: string;
  /** Opens the preferences dialog. @default 'Settings' */
  settings: string;
  /** Heading (and accessible name) of the preferences dialog. @default 'Privacy settings' */
  preferencesTitle: string;
  /** Paragraph under the dialog heading. @default 'Choose what you allow. Anything you leave off stays off.' */
  preferencesIntro: string;
  /** Saves the switches as they are. @default 'Save choices' */
  save: string;
  /** Closes the dialog without changing anything. @default 'Close' */
  close: string;
  /** Shown instead of a switch for `necessary`. @default 'Always on' */
  alwaysOn: string;
  /** Announced to screen readers (polite live region) after a choice. @default 'Preferences saved' */
  savedStatus: string;
  /** Announced when the preferences dialog could not be loaded (network down). @default 'Settings could not be loaded. Please try again.' */
  settingsUnavailable: string;
  /** Shows the short cookie declaration in the preferences dialog. @default 'More information' */
  moreInformation: string;
  /** Opens the opt-out panel, when the site offers one. @default 'Opt out of interest-based ads' */
  optOut: string;
  /**
   * Labels and descriptions by category id, or by `category:service` for a service. Given here they win over the
   * engine's config (so a config in one language can be translated); the engine's win over the built-in defaults.
   * @default English texts for the five built-in categories
   */
  categories: Readonly<Record<string, CategoryTexts>>;
}

/** The strings only the dialogs (and the cookie declaration) show: their English defaults live in dialog-texts.ts. */
export type DialogKey = 'preferencesTitle' | 'preferencesIntro' | 'save' | 'close' | 'alwaysOn' | 'moreInformation' | 'optOut';

/**
 * The English strings of the first layer. The dialogs' strings and the category texts travel with the pieces that
 * show them (dialog-texts.ts), so the first layer does not carry them. The public `defaultTexts` (default-texts.ts)
 * joins them.
 */
export const defaultStrings: Readonly<Omit<BannerTexts, 'categories' | DialogKey>> = {
  bannerTitle: 'Your privacy choices',
  bannerBody:
    'We use cookies and similar technologies, such as HTML5 local storage and social media widgets, to remember your ' +
    'settings, measure traffic and show ads based on your interests. Choose what you allow; you can change your mind ' +
    'at any time.',
  policyLink: 'Privacy policy',
  acceptAll: 'Accept all',
  rejectAll: 'Reject all',
  settings: 'Settings',
  savedStatus: 'Preferences saved',
  settingsUnavailable: 'Settings could not be loaded. Please try again.',
};

/**
 * A shipped translation: every banner string, and those of the pieces the banner imports on demand (the opt-out
 * notice), whose English defaults live with them.
 */
export type LanguagePack = BannerTexts & NoticeTexts;

/** Texts as the UI uses them: the strings, the site's category overrides, and the language's category defaults. */
export interface Texts extends Omit<BannerTexts, DialogKey> {
  /** Built-in category labels and descriptions from the language's pack (`describe` falls back to English). */
  _base: Record<string, CategoryTexts>;
  /** The pack and the site's layers, in order, for the pieces imported on demand (see `pieceTexts`). */
  _layers: readonly unknown[];
  /** The language they are in, once chosen (see `withTexts`). */
  _lang?: string;
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value == 'object' && value != null;

/** Copies the `keys` of `layer` that are strings: layers may come from a script tag's JSON, where anything can be. */
function assignStrings(into: object, layer: unknown, keys: readonly string[]): void {
  if (isObject(layer)) for (const key of keys) if (typeof layer[key] == 'string') (into as Record<string, unknown>)[key] = layer[key];
}

const TEXT_KEYS = Object.keys(defaultStrings);
const CATEGORY_KEYS = ['label', 'description'];

/**
 * The texts to show: English, then the language's pack, then the site's layers (its translation for that language,
 * then `texts`), each string replacing the one before; a category's label and description are merged one by one (a
 * translation may give a label only). Category texts from the site stay apart (`categories`): `describe` puts the
 * engine's labels between them and the language's defaults (`_base`).
 */
export function resolveTexts(site: readonly unknown[] = [], pack: unknown = {}): Texts {
  const texts = { ...defaultStrings, _base: {}, categories: {}, _layers: [pack, ...site] } as unknown as Texts;
  texts._layers.forEach((layer, index) => {
    assignStrings(texts, layer, TEXT_KEYS);
    const categories = isObject(layer) && layer.categories;
    const target = index ? texts.categories : texts._base;
    // Own keys, never `__proto__`: assigning it would swap the prototype of the texts (JSON.parse makes it own).
    if (isObject(categories)) for (const key of Object.keys(categories)) key != '__proto__' && assignStrings((target[key] = { ...target[key] }), categories[key], CATEGORY_KEYS);
  });
  return texts;
}

/**
 * The strings of a piece the banner imports on demand (the opt-out notice, the cookie declaration): its English
 * defaults, which travel with it, then the same layers as the banner's (pack, site translation, `texts`).
 */
export function pieceTexts<T extends object>(texts: Texts, defaults: T): T {
  const result = { ...defaults };
  texts._layers.forEach((layer) => assignStrings(result, layer, Object.keys(defaults)));
  return result;
}
