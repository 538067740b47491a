import { afterEach, describe, expect, it, vi } from 'vitest';
import { chooseLanguage, direction, languageCandidates, PACKS } from '../src/language';

const SHIPPED = [...Object.keys(PACKS), 'en'];

afterEach(() => {
  document.documentElement.removeAttribute('lang');
});

describe('chooseLanguage', () => {
  it('ships English, French, German, Spanish and Arabic', () => {
    expect([...SHIPPED].sort()).toEqual(['ar', 'de', 'en', 'es', 'fr']);
  });

  it('takes the first candidate it has texts for, in the order given', () => {
    expect(chooseLanguage(['fr', 'de', 'es'], SHIPPED)).toBe('fr');
    expect(chooseLanguage(['it', 'de', 'es'], SHIPPED)).toBe('de');
    expect(chooseLanguage(['it', 'pt', 'es-MX'], SHIPPED)).toBe('es');
  });

  it('stops at English when English comes first (an English page is not translated from the browser)', () => {
    expect(chooseLanguage(['en-GB', 'fr'], SHIPPED)).toBe('en');
  });

  it('falls back to English when no candidate is covered', () => {
    expect(chooseLanguage(['it', 'pt-BR', 'zh-Hant-TW'], SHIPPED)).toBe('en');
    expect(chooseLanguage([], SHIPPED)).toBe('en');
  });

  it('matches regional and script subtags by their primary language, case-insensitively', () => {
    expect(chooseLanguage(['fr-CA'], SHIPPED)).toBe('fr');
    expect(chooseLanguage(['DE-at'], SHIPPED)).toBe('de');
    expect(chooseLanguage(['ar-EG'], SHIPPED)).toBe('ar');
    expect(chooseLanguage(['es-419'], SHIPPED)).toBe('es');
  });

  it("prefers an exact match among the site's own translations", () => {
    const available = [...SHIPPED, 'pt', 'pt-BR'];
    expect(chooseLanguage(['pt-br'], available)).toBe('pt-BR');
    expect(chooseLanguage(['pt-PT'], available)).toBe('pt');
  });

  it('skips candidates that are empty or not strings (a page without lang, bad config)', () => {
    expect(chooseLanguage([undefined, '', null, 42, { lang: 'fr' }, 'de'], SHIPPED)).toBe('de');
  });
});

describe('languageCandidates', () => {
  it('is the config, then <html lang>, then navigator.languages', () => {
    document.documentElement.lang = 'de-CH';
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['es-ES', 'fr']);
    expect(languageCandidates('ar')).toEqual(['ar', 'de-CH', 'es-ES', 'fr']);
  });

  it('works where navigator.languages is missing', () => {
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue(undefined as unknown as string[]);
    expect(languageCandidates(undefined)).toEqual([undefined, '']);
  });

  it('chooses in that order end to end', () => {
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['es-ES', 'fr']);
    expect(chooseLanguage(languageCandidates('fr'), SHIPPED)).toBe('fr'); // config first
    document.documentElement.lang = 'de';
    expect(chooseLanguage(languageCandidates(undefined), SHIPPED)).toBe('de'); // then the page
    document.documentElement.lang = 'it';
    expect(chooseLanguage(languageCandidates('pl'), SHIPPED)).toBe('es'); // then the browser
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['ja']);
    expect(chooseLanguage(languageCandidates(undefined), SHIPPED)).toBe('en'); // then English
  });
});

describe('direction', () => {
  it.each(['ar', 'ar-EG', 'he', 'fa-IR', 'ur', 'yi', 'ckb'])('%s is right to left', (lang) => expect(direction(lang)).toBe('rtl'));
  it.each(['en', 'fr', 'de', 'es', 'arn', 'hea', 'ja'])('%s is left to right', (lang) => expect(direction(lang)).toBe('ltr'));
});
