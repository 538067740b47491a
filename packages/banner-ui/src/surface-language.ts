import { chooseLanguage, languageCandidates } from './language';

type Packs<P> = Readonly<Record<string, () => Promise<{ default: P }>>>;

/** Where the placeholders and the opt-out panel take their language from: the options the banner takes. */
export interface SurfaceLanguageOptions {
  lang?: unknown;
  translations?: unknown;
}

/**
 * The language of the click-to-load placeholders and the opt-out panel, chosen as the banner chooses its own (the
 * config's `lang`, the page's `<html lang>`, the browser's languages) among the languages they ship and the site's
 * own (the keys of the banner's `translations`: a page in one of those gets the site's texts over English, as the
 * banner would, not a shipped language further down the list).
 */
export const surfaceLanguage = <P>({ lang, translations }: SurfaceLanguageOptions, packs: Packs<P>): string =>
  chooseLanguage(languageCandidates(lang), [...Object.keys(packs), ...Object.keys((typeof translations == 'object' && translations) || {}), 'en']);

/** What imports the pack of `lang`, if one ships. Own keys only: a site's language named like an Object method is none. */
export const packFor = <P>(lang: string, packs: Packs<P>): Packs<P>[string] | undefined => (Object.keys(packs).includes(lang) ? packs[lang] : undefined);

/**
 * Calls `use` with the language of the texts it ships for `lang` (chosen by `surfaceLanguage`; English where that is
 * the site's own) and those texts: at once for English, after importing the pack otherwise (English if that
 * fails, reported). Each pack is a module of its own, so a visitor downloads only the one they read.
 */
export function withPack<P>(lang: string, packs: Packs<P>, use: (lang: string, pack?: P) => void): void {
  const load = packFor(lang, packs);
  if (!load) return use('en');
  load().then(
    (module) => use(lang, module.default),
    (error: unknown) => {
      console.error(`[ConsentKit UI] could not load the "${lang}" texts:`, error);
      use('en');
    },
  );
}
