// axe-core (WCAG 2.2 A and AA rules, target size included) on every example page: with the banner up, with the
// preferences dialog open, and after a choice. axe checks inside the UI's open shadow root as well. Other
// languages, themes and layouts are checked in languages.spec.ts and themes-layouts.spec.ts.
import { axeViolations, focusCoverage } from './a11y-helpers';
import { banner, bannerButton, choose, expect, preferences, test, ui } from './fixtures';
import { injectGpc } from './signals-helpers';

for (const path of ['/', '/privacy.html', '/social.html', '/ads.html', '/qa.html', '/app/', '/csp.html']) {
  test(`${path} passes axe with the banner, the dialog, and after a choice`, async ({ page }) => {
    await page.goto(path);
    await expect(banner(page)).toBeVisible();
    expect(await axeViolations(page), 'with the banner').toEqual([]);

    await bannerButton(page, 'Settings').click();
    await expect(preferences(page)).toBeVisible();
    expect(await axeViolations(page), 'with the preferences dialog').toEqual([]);
    await page.keyboard.press('Escape');
    await expect(preferences(page)).toBeHidden();

    await choose(page, 'Reject all');
    // The status message is announced from a live region that existed before it (WCAG 4.1.3).
    await expect(ui(page).getByRole('status')).toHaveText('Preferences saved');
    expect(await axeViolations(page), 'after a choice').toEqual([]);
  });
}

test('the banner is a region named by its heading, and the dialog a modal dialog named by its heading', async ({ page }) => {
  await page.goto('/');
  await expect(ui(page).getByRole('region', { name: 'Your privacy choices' })).toBeVisible();
  await expect(ui(page).getByRole('region').getByRole('heading', { name: 'Your privacy choices' })).toBeVisible();
  await bannerButton(page, 'Settings').click();
  const dialog = preferences(page);
  await expect(dialog).toBeVisible();
  expect(await dialog.evaluate((element) => element.matches(':modal'))).toBe(true);
  await expect(dialog.getByRole('heading', { name: 'Privacy settings' })).toBeVisible();
  // Switches expose their state to assistive technology.
  // The four optional categories, and the AdPartner and Chirp services the site's config names.
  await expect(dialog.getByRole('switch', { checked: false })).toHaveCount(6);
  await expect(ui(page)).toHaveAttribute('lang', 'en');
  await expect(ui(page)).toHaveAttribute('dir', 'ltr');
});

test('the GPC notice never hides the control that has focus (WCAG 2.4.11): it closes when one under it takes focus', async ({ page, context }) => {
  await injectGpc(context);
  await page.setViewportSize({ width: 390, height: 700 });
  await page.goto('/ads.html');
  const notice = page.locator('[data-consentkit-panel]').getByRole('region', { name: 'Opt-out request honored' });
  await expect(notice.getByRole('status')).toHaveText('Opt-out request honored');
  const { seen, hidden } = await focusCoverage(page, '[data-consentkit-panel]');
  expect(seen.length).toBeGreaterThan(3);
  expect(hidden).toEqual([]);
  await expect(notice).toBeHidden();
});

test.describe('in the dark theme', () => {
  test.use({ colorScheme: 'dark' });

  test('the opt-out panel follows the banner into it, and passes axe', async ({ page }) => {
    await page.goto('/ads.html');
    await choose(page, 'Reject all');
    await page.getByRole('main').getByRole('button', { name: 'Opt out of interest-based ads' }).click();
    const dialog = page.getByRole('dialog', { name: 'Interest-based ads' });
    await expect(dialog).toBeVisible();
    const background = await dialog.evaluate((element) => getComputedStyle(element).backgroundColor);
    expect(background).toBe('rgb(28, 28, 30)');
    expect(await axeViolations(page)).toEqual([]);
  });
});

test('the opt-out panel and the GPC notice pass axe', async ({ page, context }) => {
  await injectGpc(context);
  await page.goto('/ads.html');
  const notice = page.locator('[data-consentkit-panel]').getByRole('region', { name: 'Opt-out request honored' });
  await expect(notice.getByRole('status')).toHaveText('Opt-out request honored');
  await choose(page, 'Reject all');
  expect(await axeViolations(page), 'with the GPC notice').toEqual([]);
  await notice.getByRole('button', { name: 'Details' }).click();
  await expect(page.getByRole('dialog', { name: 'Interest-based ads' })).toBeVisible();
  expect(await axeViolations(page), 'with the opt-out panel').toEqual([]);
});
