/**
 * The language of the click-to-load placeholders and the opt-out panel: as the banner's, the first of the config's
 * `lang`, the page's `<html lang>` and the browser's languages that they speak (a tag matched by its primary subtag:
 * `fr-CA` finds `fr`), else English. Not the banner's chooser (language.ts): in the script-tag build these are
 * bundles apart from the banner, and a module shared with it would become one more file the banner has to fetch.
 */
export function surfaceLanguage(configured: unknown, shipped: readonly string[]): string {
  for (const tag of [configured, document.documentElement.lang, ...(navigator.languages || [])]) {
    const lang = typeof tag == 'string' && tag.split('-')[0]!.toLowerCase();
    if (lang == 'en' || (lang && shipped.includes(lang))) return lang;
  }
  return 'en';
}

/**
 * Calls `use` with the language chosen (`surfaceLanguage`) and its shipped texts: at once for English, after
 * importing the pack otherwise (English if that fails, reported). Each pack is a module of its own, so a visitor
 * downloads only the one they read.
 */
export function withPack<P>(configured: unknown, packs: Readonly<Record<string, () => Promise<{ default: P }>>>, use: (lang: string, pack?: P) => void): void {
  const lang = surfaceLanguage(configured, Object.keys(packs));
  const load = packs[lang];
  if (!load) return use('en');
  load().then(
    (module) => use(lang, module.default),
    (error: unknown) => {
      console.error(`[ConsentKit UI] could not load the "${lang}" texts:`, error);
      use('en');
    },
  );
}
