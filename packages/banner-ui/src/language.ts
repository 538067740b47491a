import { resolveTexts, type LanguagePack, type Texts } from './texts';

/**
 * The shipped translations. Each is a module of its own, so a visitor downloads only the one they read: in the
 * script-tag build each is an entry of rollup.config.mjs (consentkit-lang-<code>.js), in the npm build a chunk the
 * site's bundler splits off. English is built in.
 */
export const PACKS: Readonly<Record<string, () => Promise<{ default: LanguagePack }>>> = {
  ar: () => import('./lang/ar'),
  de: () => import('./lang/de'),
  es: () => import('./lang/es'),
  fr: () => import('./lang/fr'),
};

/**
 * The language to show: the first candidate that a language on offer covers, matched exactly (`pt-BR`) or by its
 * primary subtag (`fr-CA` finds `fr`); English when none does. Tags are case-insensitive (BCP 47).
 *
 * @param candidates in order of preference; anything but a non-empty string is skipped
 * @param available  shipped languages and the site's own translations
 */
export function chooseLanguage(candidates: readonly unknown[], available: readonly string[]): string {
  for (const candidate of candidates) {
    if (typeof candidate != 'string' || !candidate) continue;
    const wanted = candidate.toLowerCase();
    const match = available.find((tag) => tag.toLowerCase() == wanted) ?? available.find((tag) => tag.toLowerCase() == wanted.split('-')[0]);
    if (match) return match;
  }
  return 'en';
}

/**
 * Where to look, in order: the site's config, the page's own language (`<html lang>`: the banner speaks the language
 * of the page it sits on), then the visitor's browser languages.
 */
export const languageCandidates = (configured: unknown): unknown[] => [
  configured,
  document.documentElement.lang,
  ...(navigator.languages || []),
];

/** Languages written right to left, by primary subtag (Arabic, Hebrew, Persian, Urdu, and others in those scripts). */
export const direction = (lang: string): 'rtl' | 'ltr' => (/^(ar|arc|ckb|dv|fa|he|iw|ps|sd|ug|ur|yi)(-|$)/i.test(lang) ? 'rtl' : 'ltr');

/**
 * Calls `use` with the language chosen for `options` (config, page, browser) and its texts: the pack when one is
 * needed (imported first; English if it fails), then the site's translation for it and its `texts`. At once for
 * English and the site's own languages, so nothing waits when nothing has to load.
 */
export function withTexts(
  options: { lang?: unknown; texts?: unknown; translations?: unknown },
  use: (lang: string, texts: Texts) => void,
): void {
  const translations = ((typeof options.translations == 'object' && options.translations) || {}) as Record<string, unknown>;
  const start = (lang: string, pack?: LanguagePack) => use(lang, { ...resolveTexts([translations[lang], options.texts], pack), _lang: lang });
  const lang = chooseLanguage(languageCandidates(options.lang), [...Object.keys(PACKS), ...Object.keys(translations), 'en']);
  const load = PACKS[lang];
  if (load) {
    load().then(
      (pack) => start(lang, pack.default),
      (error: unknown) => {
        console.error(`[ConsentKit UI] could not load the "${lang}" texts:`, error);
        start('en');
      },
    );
  } else start(lang);
}
