// The preferences dialog (and the modal layout) are a chunk of their own: a visitor who answers on the bar never
// downloads it, one who reaches for Settings gets it on the way, and where a dialog is about to show anyway it is
// fetched together with the banner, never after it.
import type { Page, Request } from '@playwright/test';
import { banner, bannerButton, choose, expect, preferences, requested, test } from './fixtures';

const DIALOGS = /\/consentkit\/consentkit-dialogs\.js$/;

/**
 * Holds consentkit-ui.js back until the dialogs chunk has been requested. Had the dialogs been fetched only after
 * the UI ran (one request after the other), neither would ever arrive and the test would time out.
 */
async function holdUiUntilDialogsRequested(page: Page): Promise<void> {
  const dialogsRequested = page.waitForRequest(DIALOGS);
  await page.route(/\/consentkit\/consentkit-ui\.js$/, async (route) => {
    await dialogsRequested;
    await route.continue();
  });
}

test('the bar does not fetch the dialogs; pointing at Settings does, before the click', async ({ page, requests }) => {
  await page.goto('/');
  await expect(banner(page)).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(requested(requests, DIALOGS)).toEqual([]);

  const fetched = page.waitForRequest(DIALOGS);
  await bannerButton(page, 'Settings').hover();
  await fetched;
  await expect(preferences(page)).toHaveCount(0);
  await bannerButton(page, 'Settings').click();
  await expect(preferences(page)).toBeVisible();
  expect(requested(requests, DIALOGS)).toHaveLength(1);
});

test('a keyboard visitor tabbing to Settings starts the download too', async ({ page }) => {
  await page.goto('/');
  await expect(banner(page)).toBeVisible();
  const fetched = page.waitForRequest(DIALOGS);
  await bannerButton(page, 'Settings').focus();
  await fetched;
  await page.keyboard.press('Enter');
  await expect(preferences(page)).toBeVisible();
  await expect(preferences(page)).toBeFocused();
});

test("a returning visitor's Cookie settings fetches the UI and the dialogs together", async ({ page }) => {
  await page.goto('/');
  await choose(page, 'Reject all');
  await page.reload();
  await holdUiUntilDialogsRequested(page);
  await page.getByRole('contentinfo').getByRole('button', { name: 'Cookie settings' }).click();
  await expect(preferences(page)).toBeVisible();
});

test('the modal layout fetches its dialog together with the banner', async ({ page }) => {
  await holdUiUntilDialogsRequested(page);
  await page.goto('/qa.html?layout=modal');
  await expect(page.getByRole('dialog', { name: 'Your privacy choices' })).toBeVisible();
});

test.describe('when the dialogs cannot load', () => {
  // One pattern: Playwright reads a two-element array as [value, options].
  test.use({ allowedConsoleErrors: [/\[ConsentKit UI\] could not load the preferences dialog|Failed to load resource/] });

  test('the banner stays, says so, and still takes an answer', async ({ page }) => {
    const failed: Request[] = [];
    await page.route(DIALOGS, (route) => route.abort());
    page.on('requestfailed', (request) => failed.push(request));
    await page.goto('/');
    await bannerButton(page, 'Settings').click();
    await expect(page.getByRole('status').filter({ hasText: 'Settings could not be loaded. Please try again.' })).toHaveCount(1);
    // Shown in the banner too, for sighted visitors: the live region is only heard.
    await expect(banner(page).getByText('Settings could not be loaded. Please try again.')).toBeVisible();
    expect(failed.map((request) => new URL(request.url()).pathname)).toContain('/consentkit/consentkit-dialogs.js');
    await expect(preferences(page)).toHaveCount(0);
    const record = await choose(page, 'Reject all');
    expect(Object.values(record.choices).every((granted) => granted === false)).toBe(true);
  });
});
