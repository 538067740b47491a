// A damaged or foreign consent cookie counts as no consent: the banner shows and the page keeps working.
import { banner, choose, COOKIE_NAME, consentCookie, decodeConsent, embedReady, expect, pageRecord, test } from './fixtures';

// A real cookie value, written by the engine itself on a first visit.
let valid = '';

test.beforeAll(async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  await page.goto('/');
  await choose(page, 'Reject all');
  valid = (await consentCookie(context))!.value;
  await context.close();
});

/** `value` with the character at `index` changed to another one of the same kind (case, digit, punctuation). */
function flipAt(value: string, index: number): string {
  const char = value[index]!;
  const flipped = /[a-z]/.test(char)
    ? char.toUpperCase()
    : /[A-Z]/.test(char)
      ? char.toLowerCase()
      : /[0-9]/.test(char)
        ? String((Number(char) + 1) % 10)
        : char === '_'
          ? '-'
          : '_';
  return value.slice(0, index) + flipped + value.slice(index + 1);
}

const shapes: Record<string, () => string> = {
  'random text': () => 'hello-this-is-not-a-consent-record',
  'truncated valid value': () => valid.slice(0, Math.floor(valid.length / 2)),
  'valid value minus its last character': () => valid.slice(0, -1),
  'valid value with a flipped character in the id': () => flipAt(valid, 5),
  'valid value with a flipped character in the middle': () => flipAt(valid, Math.floor(valid.length / 2)),
  'valid value with a flipped last character': () => flipAt(valid, valid.length - 1),
  // The flip that matters most: a refusal that would read as a grant.
  'valid refusal with one category flipped to granted': () => valid.replace('.pads.', '.Pads.'),
  'valid value with its format version flipped': () => `9${valid.slice(1)}`,
  'valid value with a separator flipped': () => flipAt(valid, valid.indexOf('.', valid.indexOf('.') + 1)),
  'a broken percent escape': () => '%E0%A4%A',
  'valid value with a broken percent escape': () => `${valid}%E0%A4%A`,
  'URL-encoded JSON': () => encodeURIComponent(JSON.stringify({ choices: { analytics: true }, method: 'accept-all' })),
  'very long value': () => `${valid}.${'x'.repeat(3500)}`,
};

for (const [shape, make] of Object.entries(shapes)) {
  test(`a cookie that is ${shape} shows the banner without errors`, async ({ page, context, baseURL }) => {
    const value = make();
    expect(value).not.toBe(valid);
    expect(await decodeConsent(value), 'decodeConsent in Node').toBeNull();
    await context.addCookies([{ name: COOKIE_NAME, value, url: baseURL! }]);
    // The browser really holds the damaged value (a too-long cookie would be dropped silently).
    expect((await consentCookie(context))?.value).toBe(value);

    await page.goto('/');
    await embedReady(page);
    await expect(banner(page)).toBeVisible();
    expect(await pageRecord(page)).toBeNull();
    expect(await page.evaluate(() => (window as unknown as { ConsentKit: { needsConsent(): boolean } }).ConsentKit.needsConsent())).toBe(true);
    expect(await page.evaluate(() => (window as unknown as { ConsentKit: { hasConsent(id: string): boolean } }).ConsentKit.hasConsent('analytics'))).toBe(false);

    // Choosing again replaces the damaged value with a valid one.
    const record = await choose(page, 'Reject all');
    expect(record.method).toBe('reject-all');
  });
}

test('the unmodified value is accepted, so the cases above fail for the damage alone', async ({ page, context, baseURL }) => {
  expect(await decodeConsent(valid)).not.toBeNull();
  await context.addCookies([{ name: COOKIE_NAME, value: valid, url: baseURL! }]);
  await page.goto('/');
  await embedReady(page);
  expect((await pageRecord(page))?.method).toBe('reject-all');
  await expect(banner(page)).toHaveCount(0);
});
