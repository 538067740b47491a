import { describe, expect, it } from 'vitest';
import { defaultTexts, describe as describeItem, resolveTexts } from '../src/texts';
import { safeUrl } from '../src/url';

describe('resolveTexts', () => {
  it('merges string overrides over the defaults', () => {
    const texts = resolveTexts({ save: 'Speichern' });
    expect(texts.save).toBe('Speichern');
    expect(texts.acceptAll).toBe(defaultTexts.acceptAll);
  });

  it('drops overrides that are not strings', () => {
    const texts = resolveTexts({ save: 1, close: null } as unknown as Record<string, string>);
    expect(texts.save).toBe('Save choices');
    expect(texts.close).toBe('Close');
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

  it("puts the engine's label and description over the default", () => {
    expect(describeItem(resolveTexts(), 'analytics', { id: 'analytics', label: 'Stats', description: 'D' })).toEqual({
      label: 'Stats',
      description: 'D',
    });
  });

  it('puts texts.categories over the engine', () => {
    const texts = resolveTexts({ categories: { analytics: { label: 'Statistik' } } });
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
