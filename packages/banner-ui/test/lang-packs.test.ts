// Every shipped translation is complete: a visitor never sees a banner half in English.
import { describe, expect, it } from 'vitest';
import { PACKS } from '../src/language';
import { defaultNoticeTexts } from '../src/notice-texts';
import { defaultTexts } from '../src/default-texts';
import type { LanguagePack } from '../src/texts';
import { OPT_OUT_PACKS } from '../src/optout/panel';
import { defaultOptOutTexts } from '../src/optout/texts';
import { defaultPlaceholderTexts } from '../src/placeholder-texts';
import { PLACEHOLDER_PACKS } from '../src/placeholders';

const BUILT_IN = ['necessary', 'preferences', 'analytics', 'advertising', 'social'];
// The banner's strings, and the opt-out notice's (its English defaults travel with it, its translations here).
const english: Omit<LanguagePack, 'categories'> = { ...defaultTexts, ...defaultNoticeTexts };
const keys = Object.keys(english).filter((key) => key != 'categories') as (keyof typeof english)[];

describe.each(Object.keys(PACKS))('the %s pack', (lang) => {
  it('translates every string and every built-in category', async () => {
    const pack = (await PACKS[lang]!()).default;
    expect(Object.keys(pack).sort()).toEqual(Object.keys(english).sort());
    for (const key of keys) {
      const text = pack[key] as string;
      expect(typeof text, key).toBe('string');
      expect(text.trim(), key).toBe(text);
      expect(text.length, key).toBeGreaterThan(1);
      // Translated, not copied (no string in these five languages is the same as its English original).
      expect(text, key).not.toBe(english[key]);
    }
    expect(Object.keys(pack.categories).sort()).toEqual([...BUILT_IN].sort());
    for (const id of BUILT_IN) {
      const { label, description } = pack.categories[id]!;
      expect(label, id).not.toBe(defaultTexts.categories[id]!.label);
      expect(description, id).not.toBe(defaultTexts.categories[id]!.description);
      expect(label!.length * description!.length, id).toBeGreaterThan(0);
    }
  });

  it('keeps the words the law and the policy depend on: HTML5 storage and the IP address are named', async () => {
    const pack = (await PACKS[lang]!()).default;
    expect(pack.bannerBody).toContain('HTML5');
    expect(pack.noticeBody).toContain('HTML5');
    expect(pack.categories.preferences!.label).toContain('HTML5');
    expect(pack.categories.social!.description).toContain('IP');
  });
});

// The placeholders and the opt-out panel ship the same languages, each complete, with every `{name}` kept.
describe.each([
  ['placeholder', PLACEHOLDER_PACKS, defaultPlaceholderTexts],
  ['opt-out panel', OPT_OUT_PACKS, defaultOptOutTexts],
] as const)('the %s packs', (_, packs, defaults) => {
  const words = (texts: object) =>
    Object.entries(texts).flatMap(([key, value]) => (typeof value == 'string' ? [[key, value]] : Object.entries(value).map(([id, text]) => [`${key}.${id}`, text])));
  const tokens = (text: string) => (text.match(/\{\w+\}/g) ?? []).sort();

  it('are the languages the banner speaks', () => expect(Object.keys(packs).sort()).toEqual(Object.keys(PACKS).sort()));

  it.each(Object.keys(PACKS))('%s translates every string, keeping its placeholders', async (lang) => {
    const pack = (await packs[lang]!()).default;
    const english = Object.fromEntries(words(defaults));
    const translated = words(pack);
    expect(translated.map(([key]) => key).sort()).toEqual(Object.keys(english).sort());
    for (const [key, text] of translated) {
      expect(text.trim(), key).toBe(text);
      expect(tokens(text), key).toEqual(tokens(english[key]!));
      // Translated, not copied; "Details" is German too.
      if (!(lang == 'de' && key == 'details')) expect(text, key).not.toBe(english[key]);
    }
  });
});
