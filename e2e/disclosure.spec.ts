// The disclosures: the cookie declaration on /privacy.html, and its short version under "More information" in the
// preferences dialog. Both say that DNT is not honored and how GPC is.
import type { Locator, Page } from '@playwright/test';
import { banner, bannerButton, choose, embedReady, expect, preferences, requested, test, UI_BUNDLE } from './fixtures';

const DNT = 'This site does not respond to Do Not Track (DNT) signals.';
const declaration = (page: Page): Locator => page.locator('[data-consentkit-policy]');
const category = (page: Page, name: string): Locator =>
  declaration(page).locator('section').filter({ has: page.getByRole('heading', { name, exact: true }) });
const rows = (table: Locator) =>
  table.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.children].map((cell) => cell.textContent)));

test('/privacy.html shows the cookie declaration, category by category, with the consent cookie', async ({ page }) => {
  await page.goto('/privacy.html');
  await expect(declaration(page).getByRole('heading', { level: 3 })).toHaveText([
    'Strictly necessary',
    'Preferences (HTML5 storage)',
    'Analytics',
    'Interest-based advertising',
    'Social media',
    'Browser privacy signals',
  ]);
  // The fallback text is replaced.
  await expect(declaration(page)).not.toContainText('needs JavaScript');
  const necessary = category(page, 'Strictly necessary').getByRole('region', { name: 'What Strictly necessary stores in your browser' });
  await expect(necessary.getByRole('table')).toBeVisible();
  expect(await rows(necessary)).toEqual([['ck_consent', 'Cookie', 'This site', 'First party', '182 days', 'Remembers your consent choices.']]);
  await expect(category(page, 'Strictly necessary')).toContainText('Your choice: Always on');
  await expect(category(page, 'Analytics')).toContainText('Your choice: Not allowed');
});

test('/privacy.html states the DNT and GPC positions, in its text and in the declaration', async ({ page }) => {
  await page.goto('/privacy.html');
  const signals = category(page, 'Browser privacy signals');
  await expect(signals.getByText(DNT, { exact: true })).toBeVisible();
  await expect(signals).toContainText('This site honors Global Privacy Control (GPC) signals as an opt-out of interest-based advertising.');
  const text = page.locator('article > p');
  await expect(text.getByText(DNT)).toBeVisible();
  await expect(text.getByText(/This site honors Global Privacy Control \(GPC\) signals/)).toBeVisible();
});

test('the declaration explains the ad opt-out, links the industry pages, and follows the visitor’s choice', async ({ page }) => {
  await page.goto('/privacy.html');
  const advertising = category(page, 'Interest-based advertising');
  await expect(advertising).toContainText('you will still see generic ads');
  await expect(advertising.getByRole('link', { name: 'Network Advertising Initiative (NAI)' })).toHaveAttribute('href', 'https://optout.networkadvertising.org/');
  await expect(advertising.getByRole('link', { name: 'Digital Advertising Alliance (DAA)' })).toHaveAttribute('href', 'https://optout.aboutads.info/');
  await choose(page, 'Accept all');
  await expect(advertising).toContainText('Your choice: Allowed');
  // Its settings button opens the preferences dialog.
  await declaration(page).getByRole('button', { name: 'Change cookie settings' }).click();
  await expect(preferences(page)).toBeVisible();
});

test('a returning visitor sees the declaration but no banner', async ({ page, requests }) => {
  await page.goto('/');
  await choose(page, 'Reject all');
  const before = requests.length;
  await page.goto('/privacy.html');
  await embedReady(page);
  await expect(category(page, 'Social media')).toContainText('Your choice: Not allowed');
  await expect(banner(page)).toHaveCount(0);
  // What the declaration needs, once each: the UI module, the declaration's own chunk, and the category texts it
  // shares with the dialogs (fetched together with it).
  expect(requested(requests.slice(before), UI_BUNDLE).map((url) => new URL(url).pathname).sort()).toEqual([
    '/consentkit/consentkit-dialog-texts.js',
    '/consentkit/consentkit-policy.js',
    '/consentkit/consentkit-ui.js',
  ]);
});

test('pages without a declaration never fetch its chunk, and the banner does not wait for it', async ({ page, requests }) => {
  await page.goto('/');
  await expect(banner(page)).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(requested(requests, /consentkit-policy\.js$/)).toEqual([]);
});

test('"More information" in the dialog shows the short declaration, fetched on first use', async ({ page, requests }) => {
  await page.goto('/');
  await bannerButton(page, 'Settings').click();
  const more = preferences(page).getByRole('button', { name: 'More information' });
  await expect(more).toHaveAttribute('aria-expanded', 'false');
  expect(requested(requests, /consentkit-policy\.js$/)).toEqual([]);
  await more.click();
  await expect(more).toHaveAttribute('aria-expanded', 'true');
  await expect(preferences(page).getByText('Strictly necessary: ck_consent (182 days, This site)')).toBeVisible();
  await expect(preferences(page).getByText(DNT)).toBeVisible();
  expect(requested(requests, /consentkit-policy\.js$/)).toHaveLength(1);
});
