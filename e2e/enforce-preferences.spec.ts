// Preferences (HTML5 storage): the home page's volume and "recently viewed" list keep their values through the
// consent-gated storage API only with consent; without it they work for the page view and nothing is stored.
import { choose, expect, test } from './fixtures';
import { isSameDocument, markDocument, ONLY_THE_RECORD, saveSettings, stored } from './enforcement';
import type { Page } from '@playwright/test';

const volume = (page: Page) => page.getByRole('slider', { name: 'Volume of new-ticket alerts' });
const recent = (page: Page) => page.getByRole('list', { name: 'Recently viewed pages' }).getByRole('link');
const status = (page: Page) => page.locator('[data-preferences-status]');

test('without consent the controls work for the page view and nothing is kept', async ({ page }) => {
  await page.goto('/');
  await choose(page, 'Reject all');
  await volume(page).fill('80');
  await expect(page.locator('#volume-value')).toHaveText('80%');
  await expect(status(page)).toContainText('Not saved');
  await expect(recent(page)).toHaveText(['Caseloop: customer service software for small teams']);
  expect(await stored(page)).toEqual(ONLY_THE_RECORD);

  await page.goto('/privacy.html');
  await page.goto('/');
  await expect(volume(page)).toHaveValue('60');
  await expect(recent(page)).toHaveCount(1);
  expect(await stored(page)).toEqual(ONLY_THE_RECORD);
});

test('with consent they persist; withdrawing deletes the keys at once and the controls keep working', async ({ page }) => {
  await page.goto('/');
  await choose(page, 'Reject all');
  await volume(page).fill('30');
  // What the visitor did before allowing is kept once allowed.
  await saveSettings(page, { preferences: true });
  await expect(status(page)).toContainText('Saved in this browser');
  expect(await page.evaluate(() => localStorage.getItem('caseloop.volume'))).toBe('30');

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Privacy' }).click();
  // The click resolves once the navigation commits; the privacy page keeps its visit when its scripts have run.
  await expect.poll(() => page.evaluate(() => localStorage.getItem('caseloop.recent'))).toContain('/privacy.html');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Home' }).click();
  await expect(volume(page)).toHaveValue('30');
  await expect(recent(page)).toHaveText(['Caseloop: customer service software for small teams', 'Privacy policy']);
  expect((await stored(page)).local).toEqual(['caseloop.recent', 'caseloop.volume']);

  await markDocument(page);
  await saveSettings(page, { preferences: false });
  await expect.poll(() => stored(page)).toEqual(ONLY_THE_RECORD);
  expect(await isSameDocument(page)).toBe(true);
  await expect(status(page)).toContainText('Not saved');
  await volume(page).fill('90');
  await expect(page.locator('#volume-value')).toHaveText('90%');
  expect(await stored(page)).toEqual(ONLY_THE_RECORD);
});
