/**
 * Every string a click-to-load placeholder shows. `{provider}`, `{category}` and `{cookies}` are filled in.
 *
 * @example
 * mountPlaceholders(consent, { lang: 'de', texts: { loadOnce: 'Einmal laden', allow: '{category} erlauben' } });
 */
export interface PlaceholderTexts {
  /** Heading when the element has no `title` or `aria-label`. @default 'Content from {provider}' */
  title: string;
  /**
   * What loading sends, and to whom (CJEU C-40/17 Fashion ID: the embedding site answers for that transfer).
   * @default 'Loading it sends your IP address and the address of this page to {provider}, which may set cookies.'
   */
  body: string;
  /** Shown when the config declares the provider's cookies. @default 'Cookies it may set: {cookies}.' */
  cookies: string;
  /** Loads this one widget for this page view, recording nothing. @default 'Load once' */
  loadOnce: string;
  /** Grants the widget's category, so every widget of it loads. @default 'Allow {category}' */
  allow: string;
  /**
   * `{category}` by category id, as it reads inside a sentence; else the category's label from the engine.
   * @default { social: 'social media', ... } for the built-ins
   */
  categories: Readonly<Record<string, string>>;
}

/** The English defaults. */
export const defaultPlaceholderTexts: Readonly<PlaceholderTexts> = {
  title: 'Content from {provider}',
  body: 'Loading it sends your IP address and the address of this page to {provider}, which may set cookies.',
  cookies: 'Cookies it may set: {cookies}.',
  loadOnce: 'Load once',
  allow: 'Allow {category}',
  categories: { social: 'social media', analytics: 'analytics', advertising: 'interest-based advertising', preferences: 'preferences' },
};

/** `{name}` placeholders replaced by `values[name]`, as text (it is rendered as text, never as HTML). */
export const fill = (text: string, values: Record<string, string>): string =>
  text.replace(/\{(\w+)\}/g, (match, name: string) => values[name] ?? match);
