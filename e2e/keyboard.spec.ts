// A keyboard-only visitor makes every choice without a mouse, sees where focus is, and Escape never grants
// anything. Every key below is pressed on the real page: no click, no element.focus().
import { expectTabWrapsInside, firstLayer, focusedName, isFocused, styleOf, contrast, tabTo } from './a11y-helpers';
import {
  allChoices,
  banner,
  bannerButton,
  categorySwitch,
  consentCookie,
  decodeConsent,
  expect,
  pageRecord,
  preferences,
  test,
  ui,
  type ConsentRecord,
} from './fixtures';
import type { Page } from '@playwright/test';
import { footerOptOut, optOutPanel } from './optout-helpers';

/** The record in the consent cookie, once written. */
async function storedRecord(page: Page): Promise<ConsentRecord> {
  await expect.poll(async () => (await consentCookie(page.context()))?.value ?? null).not.toBeNull();
  return (await decodeConsent((await consentCookie(page.context()))!.value))!;
}

const cookieSettings = (page: Page) => page.getByRole('contentinfo').getByRole('button', { name: 'Cookie settings' });
const status = (page: Page) => ui(page).getByRole('status');

test('Reject all and Accept all in the banner, each by keyboard alone', async ({ page }) => {
  await page.goto('/');
  await expect(banner(page)).toBeVisible();
  // The banner takes no focus when it appears: the page's skip link is still the first stop.
  await page.keyboard.press('Tab');
  expect(await focusedName(page)).toBe('a "Skip to content"');
  await tabTo(page, bannerButton(page, 'Reject all'));
  await page.keyboard.press('Enter');
  await expect(banner(page)).toBeHidden();
  expect((await storedRecord(page)).choices).toEqual(allChoices(false));
  await expect(status(page)).toHaveText('Preferences saved');
  // The button that had focus is gone: focus is back on the page control it came from (the footer's last link), not <body>.
  expect(await isFocused(page.getByRole('contentinfo').getByRole('link', { name: 'Consent QA page' })), await focusedName(page)).toBe(true);

  await page.context().clearCookies();
  await page.reload();
  await expect(banner(page)).toBeVisible();
  await tabTo(page, bannerButton(page, 'Accept all'));
  await page.keyboard.press('Space');
  await expect(banner(page)).toBeHidden();
  expect((await storedRecord(page)).choices).toEqual(allChoices(true));
});

test('every choice in the settings dialog by keyboard: switches, Tab wrapping, Save, then withdrawing from the footer', async ({ page }) => {
  await page.goto('/');
  await expect(banner(page)).toBeVisible();
  await tabTo(page, bannerButton(page, 'Settings'));
  await page.keyboard.press('Enter');
  const dialog = preferences(page);
  await expect(dialog).toBeVisible();
  // Focus moved into the dialog: onto the dialog itself, which announces its name.
  expect(await isFocused(dialog)).toBe(true);

  // Switches are operable with Space and with Enter, and expose their state.
  await tabTo(page, categorySwitch(page, 'analytics'));
  await expect(categorySwitch(page, 'analytics')).toHaveAttribute('aria-checked', 'false');
  await page.keyboard.press('Space');
  await expect(categorySwitch(page, 'analytics')).toHaveAttribute('aria-checked', 'true');
  await tabTo(page, categorySwitch(page, 'social'));
  await page.keyboard.press('Enter');
  await expect(dialog.getByRole('switch', { name: 'Social media', checked: true })).toBeVisible();

  await expectTabWrapsInside(page, dialog);

  await tabTo(page, dialog.getByRole('button', { name: 'Save choices' }));
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(banner(page)).toBeHidden();
  // The banner's Settings button the dialog came from is gone with the banner: focus returns to the page.
  expect(await isFocused(page.getByRole('contentinfo').getByRole('link', { name: 'Consent QA page' })), await focusedName(page)).toBe(true);
  const saved = await storedRecord(page);
  expect(saved.choices).toEqual({ ...allChoices(false), analytics: true, social: true });
  expect(saved.method).toBe('custom');
  await expect(status(page)).toHaveText('Preferences saved');

  // Withdrawing is as easy: the footer's Cookie settings, then Reject all, all by keyboard.
  await tabTo(page, cookieSettings(page));
  await page.keyboard.press('Enter');
  await expect(dialog).toBeVisible();
  await expect(categorySwitch(page, 'analytics')).toHaveAttribute('aria-checked', 'true');
  await tabTo(page, dialog.getByRole('button', { name: 'Reject all' }));
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect.poll(async () => (await pageRecord(page))?.choices).toEqual(allChoices(false));
  // Focus went back to the control that opened the dialog.
  expect(await isFocused(cookieSettings(page))).toBe(true);
});

test('the opt-out panel by keyboard: it opens on Enter, keeps Tab inside, and Escape returns focus', async ({ page }) => {
  await page.goto('/');
  const control = footerOptOut(page);
  await tabTo(page, control);
  await page.keyboard.press('Enter');
  const panel = optOutPanel(page);
  await expect(panel).toBeVisible();
  await expectTabWrapsInside(page, panel);
  await page.keyboard.press('Escape');
  await expect(panel).toBeHidden();
  expect(await isFocused(control)).toBe(true);
});

test('focus is visible on every control of the banner and the dialog, in both themes', async ({ page }) => {
  for (const theme of ['light', 'dark']) {
    await page.goto(`/qa.html?theme=${theme}`);
    const layer = firstLayer(page);
    await expect(layer).toBeVisible();
    const background = (await styleOf(layer, ['background-color']))['background-color']!;
    const check = async (scope: typeof layer) => {
      const controls = scope.locator('a[href], button');
      for (let index = 0; index < (await controls.count()); index++) {
        const control = controls.nth(index);
        await tabTo(page, control);
        const style = await styleOf(control, ['outline-style', 'outline-width', 'outline-color']);
        const name = `${theme}: ${await focusedName(page)}`;
        expect(style['outline-style'], name).toBe('solid');
        expect(parseFloat(style['outline-width']!), name).toBeGreaterThanOrEqual(2);
        expect(contrast(style['outline-color']!, background), name).toBeGreaterThanOrEqual(3);
      }
    };
    await check(layer);
    await tabTo(page, layer.getByRole('button').last());
    await page.keyboard.press('Enter');
    await expect(ui(page).getByRole('dialog')).toBeVisible();
    await check(ui(page).getByRole('dialog'));
    await page.keyboard.press('Escape');
  }
});

test.describe('Escape never grants', () => {
  test('on the banner: nothing is recorded and the banner stays', async ({ page, context }) => {
    await page.goto('/');
    await tabTo(page, bannerButton(page, 'Accept all'));
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await expect(banner(page)).toBeVisible();
    expect(await consentCookie(context)).toBeUndefined();
    expect(await pageRecord(page)).toBeNull();
  });

  test('in the settings dialog, with every switch turned on: it closes, nothing is recorded, focus returns', async ({ page, context }) => {
    await page.goto('/');
    await tabTo(page, bannerButton(page, 'Settings'));
    await page.keyboard.press('Enter');
    for (const category of ['preferences', 'analytics', 'advertising', 'social'] as const) {
      await tabTo(page, categorySwitch(page, category));
      await page.keyboard.press('Space');
    }
    // The four categories, and the AdPartner and Chirp services (site-config.js), which follow theirs.
    await expect(preferences(page).getByRole('switch', { checked: true })).toHaveCount(6);
    await page.keyboard.press('Escape');
    await expect(preferences(page)).toBeHidden();
    await expect(banner(page)).toBeVisible();
    expect(await isFocused(bannerButton(page, 'Settings'))).toBe(true);
    expect(await consentCookie(context)).toBeUndefined();
    // Reopened, it starts from the engine again: nothing on.
    await page.keyboard.press('Enter');
    await expect(preferences(page).getByRole('switch', { checked: true })).toHaveCount(0);
    // A second Escape in a row (Chrome then closes a dialog even when the page objects) grants nothing either.
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await expect(preferences(page)).toBeHidden();
    expect(await consentCookie(context)).toBeUndefined();
  });

  test('on the modal first layer: it stays until answered, and Tab stays inside it', async ({ page, context }) => {
    await page.goto('/qa.html?layout=modal');
    const layer = firstLayer(page, 'modal');
    await expect(layer).toBeVisible();
    expect(await isFocused(layer), 'focus moves into the modal banner').toBe(true);
    for (let press = 0; press < 3; press++) await page.keyboard.press('Escape');
    await expect(layer).toBeVisible();
    expect(await consentCookie(context)).toBeUndefined();
    // Still modal (Chrome closes the dialog on the second Escape; it opens again as it was): the page behind stays
    // inert, out of reach of the mouse, and focus is in the question.
    expect(await layer.evaluate((dialog) => dialog.matches(':modal'))).toBe(true);
    expect(await page.evaluate(() => (document.elementFromPoint(innerWidth / 2, 5) as Element | null)?.closest('[data-consentkit-ui]') != null)).toBe(true);
    expect(await isFocused(layer)).toBe(true);
    for (let step = 0; step < 8; step++) {
      await page.keyboard.press('Tab');
      expect(await layer.evaluate((element) => element.contains((element.getRootNode() as ShadowRoot).activeElement)), await focusedName(page)).toBe(true);
    }
    await tabTo(page, layer.getByRole('button', { name: 'Reject all' }));
    await page.keyboard.press('Enter');
    await expect(layer).toBeHidden();
    expect((await storedRecord(page)).choices).toEqual(allChoices(false));
  });
});
