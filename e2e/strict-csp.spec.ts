// Every page works under a strict Content Security Policy: no inline script or style, nothing but 'self'.
// The header is added here rather than by the server, so the pages are also checked as plain files.
import type { Page } from '@playwright/test';
import { watchViolations } from './csp-helpers';
import { banner, choose, embedReady, expect, preferences, test } from './fixtures';
import { STRICT_CSP } from './test-pages';

async function serveWithCsp(page: Page): Promise<string[]> {
  await page.route('**/*', async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': STRICT_CSP } });
  });
  return watchViolations(page);
}

// A request the route is still answering when a test ends (the favicon, after the last assertion) must not fail
// the run with "route.fetch: Test ended": Playwright's advice is to drop the routes, ignoring those in flight.
test.afterEach(({ page }) => page.unrouteAll({ behavior: 'ignoreErrors' }));

for (const path of ['/', '/privacy.html', '/qa.html', '/app/']) {
  test(`${path} shows the banner, records a choice and opens settings under a strict CSP`, async ({ page }) => {
    const violations = await serveWithCsp(page);
    await page.goto(path);
    await expect(banner(page)).toBeVisible();
    // The banner is styled (its stylesheet was not blocked): a fixed layer, not unstyled inline text.
    expect(await banner(page).evaluate((element) => getComputedStyle(element).position)).toBe('fixed');
    await choose(page, 'Reject all');
    await page.getByRole('contentinfo').getByRole('button', { name: 'Cookie settings' }).click();
    await expect(preferences(page)).toBeVisible();
    expect(violations).toEqual([]);
  });
}

test('a returning visitor under a strict CSP gets no violation either', async ({ page }) => {
  const violations = await serveWithCsp(page);
  await page.goto('/');
  await choose(page, 'Accept all');
  await page.reload();
  await embedReady(page);
  await expect(banner(page)).toHaveCount(0);
  expect(violations).toEqual([]);
});

test('the opt-out panel loads, is styled and records an opt-out under a strict CSP', async ({ page }) => {
  const violations = await serveWithCsp(page);
  await page.goto('/privacy.html');
  await page.getByRole('main').getByRole('button', { name: /^opt out of interest-based ads$/i }).click();
  const panel = page.locator('[data-consentkit-panel]').getByRole('dialog', { name: 'Interest-based ads' });
  await expect(panel).toBeVisible();
  expect(await panel.evaluate((element) => getComputedStyle(element).position)).toBe('fixed');
  await panel.getByRole('button', { name: 'Opt out of interest-based ads' }).click();
  await expect(panel.getByRole('status')).toHaveText('Opt-out recorded');
  expect(violations).toEqual([]);
});
