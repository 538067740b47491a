import { describe, expect, it } from 'vitest';
import { textOr } from '../../src/embed/shadow';

describe("textOr: the embed's own controls speak the site's words, or English marked as English", () => {
  it("takes the site's string as text, in the page's language", () => {
    const button = textOr(document.createElement('button'), '<b>Datenschutz</b>', 'Privacy settings');
    expect([button.textContent, button.lang, button.children.length]).toEqual(['<b>Datenschutz</b>', '', 0]);
  });

  it('falls back to English, with lang="en", for anything but a string', () => {
    for (const own of [undefined, 42, null, { label: 'x' }]) {
      const button = textOr(document.createElement('button'), own, 'Privacy settings');
      expect([button.textContent, button.lang]).toEqual(['Privacy settings', 'en']);
    }
  });
});
