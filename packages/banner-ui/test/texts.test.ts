import { describe, expect, it } from 'vitest';
import { defaultTexts } from '../src/default-texts';
import { describe as describeItem, dialogStrings } from '../src/dialog-texts';
import { resolveTexts } from '../src/texts';
import { safeUrl } from '../src/url';

describe('resolveTexts', () => {
  it('is English with no layers', () => {
    const texts = resolveTexts();
    expect(texts.acceptAll).toBe('Accept all');
    expect(dialogStrings(texts).save).toBe('Save choices');
    expect(texts.categories).toEqual({});
    // English category texts are not copied in: describe() falls back to them (they live with the dialogs).
    expect(texts._base).toEqual({});
    expect(describeItem(texts, 'social', { id: 'social' })).toEqual(defaultTexts.categories.social);
  });

  it('merges string overrides over the defaults', () => {
    const texts = resolveTexts([{ save: 'Speichern', bannerTitle: 'Datenschutz' }]);
    expect(dialogStrings(texts).save).toBe('Speichern');
    expect(texts.bannerTitle).toBe('Datenschutz');
    expect(texts.acceptAll).toBe(defaultTexts.acceptAll);
  });

  it('drops overrides that are not strings, and layers that are not objects', () => {
    const texts = resolveTexts([{ save: 1, close: null, rejectAll: { html: '<b>x</b>' } }, 'nonsense', null, 7]);
    expect(dialogStrings(texts).save).toBe('Save choices');
    expect(dialogStrings(texts).close).toBe('Close');
    expect(texts.rejectAll).toBe('Reject all');
  });

  it('takes only known keys: a layer cannot replace the category tables or add fields', () => {
    const texts = resolveTexts([{ _base: 'x', categories: 'x', extra: 'x' }], { _base: 'y', categories: 'y' });
    expect(texts._base).toEqual({});
    expect(texts.categories).toEqual({});
    expect('extra' in texts).toBe(false);
  });

  it("puts the language pack over English, the site's translation over the pack, and texts over everything", () => {
    const pack = { acceptAll: 'Tout accepter', rejectAll: 'Tout refuser', settings: 'Paramètres' };
    const translation = { rejectAll: 'Je refuse', settings: 'Réglages' };
    const texts = resolveTexts([translation, { settings: 'Choisir' }], pack);
    expect([texts.acceptAll, texts.rejectAll, texts.settings, dialogStrings(texts).close]).toEqual(['Tout accepter', 'Je refuse', 'Choisir', 'Close']);
  });

  it("keeps the pack's category texts as the base, field by field over English", () => {
    const texts = resolveTexts([], { categories: { analytics: { label: 'Statistik' }, social: { label: 7 } } });
    expect(describeItem(texts, 'analytics', { id: 'analytics' })).toEqual({ label: 'Statistik', description: defaultTexts.categories.analytics!.description });
    expect(describeItem(texts, 'social', { id: 'social' })).toEqual(defaultTexts.categories.social);
    expect(texts.categories).toEqual({});
  });

  it("merges the site's category texts field by field, translation then texts", () => {
    const texts = resolveTexts([
      { categories: { analytics: { label: 'Mesure', description: 'Compte les visites.' } } },
      { categories: { analytics: { label: 'Audience' }, chat: { label: 'Chat', description: 42 } } },
    ]);
    expect(texts.categories).toEqual({ analytics: { label: 'Audience', description: 'Compte les visites.' }, chat: { label: 'Chat' } });
  });
});

describe('describe (category and service texts)', () => {
  const builtIn = { id: 'analytics' };

  it('uses the built-in default for an unlabelled built-in', () => {
    expect(describeItem(resolveTexts(), 'analytics', builtIn)).toEqual({
      label: 'Analytics',
      description: 'Counts visits and navigation paths so we can see trends and improve the site.',
    });
  });

  it("uses the language pack's default for an unlabelled built-in", () => {
    const texts = resolveTexts([], { categories: { analytics: { label: 'Statistik', description: 'Zählt Besuche.' } } });
    expect(describeItem(texts, 'analytics', builtIn)).toEqual({ label: 'Statistik', description: 'Zählt Besuche.' });
  });

  it("puts the engine's label and description over the default", () => {
    expect(describeItem(resolveTexts(), 'analytics', { id: 'analytics', label: 'Stats', description: 'D' })).toEqual({
      label: 'Stats',
      description: 'D',
    });
  });

  it('puts texts.categories over the engine', () => {
    const texts = resolveTexts([{ categories: { analytics: { label: 'Statistik' } } }]);
    expect(describeItem(texts, 'analytics', { id: 'analytics', label: 'Stats', description: 'D' })).toEqual({
      label: 'Statistik',
      description: 'D',
    });
  });

  it('falls back to the id, with no description, for an unlabelled service', () => {
    expect(describeItem(resolveTexts(), 'advertising:adpartner', { id: 'adpartner' })).toEqual({
      label: 'adpartner',
      description: '',
    });
  });
});

describe('safeUrl', () => {
  it.each(['/privacy', 'privacy.html', '../privacy', '?page=privacy', '#privacy', 'https://example.com/p', 'http://example.com/p', '//example.com/p'])(
    'accepts %j',
    (url) => expect(safeUrl(url)).toBe(url),
  );

  it.each([
    'javascript:alert(1)',
    'JAVASCRIPT:alert(1)',
    '\u0000javascript:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    'http://[',
    '',
  ])('refuses %j', (url) => expect(safeUrl(url)).toBeUndefined());

  it('refuses what is not a string', () => {
    expect(safeUrl(undefined)).toBeUndefined();
    expect(safeUrl({ toString: () => '/privacy' })).toBeUndefined();
  });
});

// WCAG 3.1.2: a text shown in a UI of another language says which language it is in.
describe('describe() marks texts not in the UI language', () => {
  const inUi = (lang: string, site: unknown[] = [], pack: unknown = {}) => Object.assign(resolveTexts(site, pack), { _lang: lang });
  const withPageLang = (lang: string, run: () => void) => {
    const before = document.documentElement.lang;
    document.documentElement.lang = lang;
    try {
      run();
    } finally {
      document.documentElement.lang = before;
    }
  };

  it("marks the config's texts with the page's language in a UI in another one", () =>
    withPageLang('en-GB', () => {
      const french = inUi('fr', [], { categories: { advertising: { label: 'Publicité ciblée' } } });
      expect(describeItem(french, 'advertising', { id: 'advertising', description: 'Shows ads from AdPartner.' })).toEqual({
        label: 'Publicité ciblée',
        description: 'Shows ads from AdPartner.',
        _descriptionLang: 'en-gb',
      });
      // The same config under an English UI: nothing to mark.
      expect(describeItem(inUi('en'), 'advertising', { id: 'advertising', description: 'Shows ads from AdPartner.' })._descriptionLang).toBeUndefined();
    }));

  it("marks English defaults in a language with no texts for them, and never the site's own texts", () =>
    withPageLang('it', () => {
      const italian = inUi('it', [{ categories: { analytics: { label: 'Statistiche' } } }]);
      expect(describeItem(italian, 'analytics', { id: 'analytics' })).toMatchObject({ label: 'Statistiche', _labelLang: undefined, _descriptionLang: 'en' });
      // A page in the UI's language: its config texts are in it.
      expect(describeItem(italian, 'chat', { id: 'chat', label: 'Chat dal vivo' })._labelLang).toBeUndefined();
    }));

  it('marks nothing where the page says no language', () =>
    withPageLang('', () => {
      expect(describeItem(inUi('fr'), 'chat', { id: 'chat', label: 'Live chat' })._labelLang).toBeUndefined();
    }));
});
