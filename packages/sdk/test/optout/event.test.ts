import { afterEach, expect, it, vi } from 'vitest';
import { createLogEvent } from '../../src/optout/event';
import { storedValue } from '../stored';
import { decodeConsent } from '../../src/record/codec';

afterEach(() => vi.unstubAllGlobals());

const record = decodeConsent(storedValue())!;

// The page's address, never what may carry personal data: query string, fragment, credentials.
it.each([
  ['https://visitor:secret@example.com/shop/cart?email=a%40b.c#pay', 'https://example.com/shop/cart'],
  // Off the web the origin is "null": the address still says which page it was.
  ['file:///home/visitor/shop/index.html?x=1', 'file:///home/visitor/shop/index.html'],
  ['capacitor://localhost/checkout#step-2', 'capacitor://localhost/checkout'],
])('logs the page %s as %s', (href, url) => {
  vi.stubGlobal('location', new URL(href));
  expect(createLogEvent('optout', 'link', record, 1).url).toBe(url);
});

it('logs the event, with no page, where there is no location or only a stand-in for one', () => {
  vi.stubGlobal('location', { pathname: '/' });
  expect(createLogEvent('optout', 'link', record, 1)).toMatchObject({ type: 'optout', url: '' });
  vi.stubGlobal('location', undefined);
  expect(createLogEvent('optout', 'link', record, 1)).toMatchObject({ type: 'optout', url: '' });
});
