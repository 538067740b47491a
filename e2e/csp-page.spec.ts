// /csp.html, served by the example server with a strict Content-Security-Policy header and a fresh nonce:
// the banner, the dialog, the language packs, every theme and layout work there with zero violations.
import { axeViolations, firstLayer, styleOf } from './a11y-helpers';
import { watchViolations } from './csp-helpers';
import { allChoices, consentCookie, decodeConsent, expect, requested, test, ui } from './fixtures';

test('the server sends the strict policy with a fresh nonce, which the page scripts carry', async ({ page }) => {
  const first = await page.goto('/csp.html');
  const policy = (await first!.allHeaders())['content-security-policy']!;
  const nonce = /'nonce-([^']+)'/.exec(policy)![1];
  expect(policy).toBe(`default-src 'self'; script-src 'self' 'nonce-${nonce}'; style-src 'self'; img-src 'self' data:; connect-src 'self'`);
  // Browsers hide nonce attributes from the DOM; the property keeps it.
  const nonces = await page.locator('script').evaluateAll((scripts) => scripts.map((script) => (script as HTMLScriptElement).nonce));
  expect(nonces).toEqual(Array(6).fill(nonce));
  const second = await page.reload();
  expect((await second!.allHeaders())['content-security-policy']).not.toContain(nonce);
});

test('banner, dialog, choice and reopening work with zero violations', async ({ page, context }) => {
  const violations = await watchViolations(page);
  await page.goto('/csp.html');
  const layer = firstLayer(page);
  await expect(layer).toBeVisible();
  // Styled: the adopted stylesheet was not blocked.
  expect((await styleOf(layer, ['position']))['position']).toBe('fixed');
  await layer.getByRole('button', { name: 'Settings' }).click();
  const dialog = ui(page).getByRole('dialog');
  await dialog.getByRole('switch', { name: 'Analytics' }).click();
  await dialog.getByRole('button', { name: 'Save choices' }).click();
  await expect(layer).toBeHidden();
  const record = await decodeConsent((await consentCookie(context))!.value);
  expect(record!.choices).toEqual({ ...allChoices(false), analytics: true });
  // The blocked analytics script ran under the policy, with the nonce it was given in the markup.
  await expect(page.locator('html')).toHaveAttribute('data-analytics', 'recorded');
  expect(await page.locator('script[src="/analytics.js"]').evaluate((script) => (script as HTMLScriptElement).nonce)).not.toBe('');
  await page.getByRole('contentinfo').getByRole('button', { name: 'Cookie settings' }).click();
  await expect(dialog).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  expect(violations).toEqual([]);
  await expect(page.locator('#csp-status')).toHaveText('No Content Security Policy violation so far.');
});

for (const query of ['lang=ar', 'lang=de&layout=modal', 'theme=dark&layout=box&lang=es']) {
  test(`?${query}: the language pack and the layout load with zero violations`, async ({ page, requests }) => {
    const violations = await watchViolations(page);
    await page.goto(`/csp.html?${query}`);
    const lang = new URLSearchParams(query).get('lang')!;
    await expect(ui(page)).toHaveAttribute('lang', lang);
    const layer = firstLayer(page, query.includes('modal') ? 'modal' : 'bar');
    await expect(layer).toBeVisible();
    expect(requested(requests, /consentkit-lang-/).map((url) => new URL(url).pathname)).toEqual([`/consentkit/consentkit-lang-${lang}.js`]);
    await layer.getByRole('button').nth(1).click(); // Reject all, in any language
    await expect(layer).toBeHidden();
    expect(violations).toEqual([]);
  });
}

test('a browser without constructable stylesheets gets consentkit-ui.css through a <link>, still with zero violations', async ({ page }) => {
  const violations = await watchViolations(page);
  await page.addInitScript(() => {
    // As in Safari before 16.4.
    delete (ShadowRoot.prototype as { adoptedStyleSheets?: unknown }).adoptedStyleSheets;
    (window as unknown as { ConsentKitConfig: object }).ConsentKitConfig = { ui: { stylesheetUrl: '/consentkit/consentkit-ui.css' } };
  });
  await page.goto('/csp.html');
  const layer = firstLayer(page);
  await expect(layer).toBeVisible();
  await expect.poll(async () => (await styleOf(layer, ['position']))['position']).toBe('fixed');
  expect(await ui(page).evaluate((host) => host.shadowRoot!.querySelector('link')?.getAttribute('href'))).toBe('/consentkit/consentkit-ui.css');
  expect(violations).toEqual([]);
});

test.describe('the violation watcher', () => {
  // The browser also logs the violation, which would otherwise fail the test: here it is the point.
  test.use({ allowedConsoleErrors: [/^Applying inline style violates the following Content Security Policy directive/] });

  test('is live: an inline style is reported, to the test and on the page', async ({ page }) => {
    const violations = await watchViolations(page);
    await page.goto('/csp.html');
    await expect(page.locator('#csp-status')).toHaveText('No Content Security Policy violation so far.');
    await page.evaluate(() => document.body.setAttribute('style', 'color: red'));
    await expect.poll(() => violations).toEqual([expect.stringMatching(/^style-src-attr inline/)]);
    await expect(page.locator('#csp-status')).toContainText('1 violation so far');
  });
});
