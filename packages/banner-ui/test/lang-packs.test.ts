// Every shipped translation is complete: a visitor never sees a banner half in English.
import { describe, expect, it } from 'vitest';
import { PACKS } from '../src/language';
import { defaultNoticeTexts } from '../src/notice-texts';
import { defaultTexts } from '../src/default-texts';
import type { LanguagePack } from '../src/texts';

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
