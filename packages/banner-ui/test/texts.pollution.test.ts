import { describe, expect, it } from 'vitest';
import { describe as describeItem } from '../src/dialog-texts';
import { resolveTexts } from '../src/texts';

const snapshot = () => Object.getOwnPropertyNames(Object.prototype).sort().join();

// Bug: resolveTexts assigned `target[key]` for every key of `categories`, so a `__proto__` key (own, as JSON.parse
// makes it) replaced the prototype of the UI's category texts, and its label/description were inherited by every
// lookup, e.g. by a site category whose id is `label`.
describe('texts from JSON with prototype keys', () => {
  it('change nothing: no prototype swapped, nothing inherited, Object.prototype untouched', () => {
    const before = snapshot();
    const hostile = JSON.parse('{"__proto__": {"acceptAll": "inherited"}, "categories": {"__proto__": {"label": "<img src=x>"}, "constructor": {"label": "c"}, "prototype": {"label": "p"}}}');
    const texts = resolveTexts([hostile, { categories: JSON.parse('{"__proto__": {"description": "d"}}') }]);
    expect(snapshot()).toBe(before);
    expect(({} as Record<string, unknown>).label).toBeUndefined();
    expect(texts.acceptAll).toBe('Accept all');
    expect(Object.getPrototypeOf(texts.categories)).toBe(Object.prototype);
    expect(Object.getPrototypeOf(texts._base)).toBe(Object.prototype);
    // A site category whose id happens to be `label` gets the engine's label, not one inherited from __proto__.
    expect(describeItem(texts, 'label', { id: 'label', label: 'Label category' }).label).toBe('Label category');
  });
});
