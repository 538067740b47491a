// Light and dark themes, the three layouts, and reflow at 320 CSS px: Accept all and Reject all stay equal
// everywhere, contrast holds, and nothing is cut off or needs sideways scrolling.
import type { Locator, Page } from '@playwright/test';
import { axeViolations, contrast, firstLayer, styleOf } from './a11y-helpers';
import { expect, test, ui } from './fixtures';

const LAYOUTS = ['bar', 'box', 'modal'] as const;
const THEMES = ['light', 'dark'] as const;
type Layout = (typeof LAYOUTS)[number];

/** Relative luminance of a computed colour, 0 (black) to 1 (white). */
const luminance = (colour: string) => (contrast(colour, 'rgb(0, 0, 0)') - 1) / 20;

async function openQa(page: Page, query: string, layout: Layout = 'bar'): Promise<Locator> {
  await page.goto(`/qa.html?${query}`);
  const layer = firstLayer(page, layout);
  await expect(layer).toBeVisible();
  return layer;
}

test.describe('the dark theme', () => {
  test.use({ colorScheme: 'dark' });

  test('follows prefers-color-scheme, passes axe (contrast included) on the banner and the dialog', async ({ page }) => {
    await page.goto('/');
    const layer = firstLayer(page);
    await expect(layer).toBeVisible();
    const { 'background-color': background, color } = await styleOf(layer, ['background-color', 'color']);
    expect(luminance(background!), 'a dark background').toBeLessThan(0.05);
    expect(contrast(color!, background!)).toBeGreaterThanOrEqual(4.5);
    expect(await axeViolations(page)).toEqual([]);
    await layer.getByRole('button', { name: 'Settings' }).click();
    await expect(ui(page).getByRole('dialog')).toBeVisible();
    expect(luminance((await styleOf(ui(page).getByRole('dialog'), ['background-color']))['background-color']!)).toBeLessThan(0.05);
    expect(await axeViolations(page)).toEqual([]);
  });

  test('gives way to a site that forces the light theme', async ({ page }) => {
    const layer = await openQa(page, 'theme=light');
    expect(luminance((await styleOf(layer, ['background-color']))['background-color']!)).toBeGreaterThan(0.9);
  });

  test("keeps the site's own --ck-* colours", async ({ page }) => {
    await page.addInitScript(() => {
      const style = new CSSStyleSheet();
      style.replaceSync('[data-consentkit-ui] { --ck-bg: rgb(40, 0, 60); --ck-accent: rgb(255, 220, 120); --ck-accent-fg: rgb(0, 0, 0); }');
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, style];
    });
    await page.goto('/');
    const layer = firstLayer(page);
    await expect(layer).toBeVisible();
    expect((await styleOf(layer, ['background-color']))['background-color']).toBe('rgb(40, 0, 60)');
    expect((await styleOf(layer.getByRole('button').first(), ['background-color']))['background-color']).toBe('rgb(255, 220, 120)');
  });
});

// Windows high contrast drops backgrounds: a button is then only its border, which forced colours draw in the
// system's button text colour. Without one (border: 0), Accept all, Reject all and Settings were bare text.
test('in forced colours every button of the banner and the dialog keeps a visible border', async ({ page }) => {
  await page.emulateMedia({ forcedColors: 'active' });
  const layer = await openQa(page, '');
  const borders = (scope: Locator) =>
    scope.getByRole('button').evaluateAll((buttons) =>
      buttons.map((button) => {
        const style = getComputedStyle(button);
        return `${button.textContent}: ${style.borderTopStyle} ${style.borderTopWidth} ${style.borderTopColor}`;
      }),
    );
  const drawn = (lines: string[]) => lines.filter((line) => !/ solid [1-9][\d.]*px rgb\(/.test(line));
  const banner = await borders(layer);
  expect(banner.length).toBe(3);
  expect(drawn(banner), 'buttons without a drawn border').toEqual([]);
  await layer.getByRole('button', { name: 'Settings', exact: true }).click();
  const settings = page.getByRole('dialog', { name: 'Privacy settings' });
  // Read once it is all there (its chunk may still be loading when the click lands).
  await expect(settings.getByRole('switch')).toHaveCount(6);
  const dialog = await borders(settings);
  expect(dialog.length).toBeGreaterThan(5);
  expect(drawn(dialog), 'buttons without a drawn border').toEqual([]);
});

test('a site can force the dark theme for a visitor who prefers light', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  const layer = await openQa(page, 'theme=dark');
  expect(luminance((await styleOf(layer, ['background-color']))['background-color']!)).toBeLessThan(0.05);
  expect(await axeViolations(page)).toEqual([]);
});

for (const layout of LAYOUTS) {
  for (const theme of THEMES) {
    test(`${layout} layout, ${theme} theme: Accept all and Reject all have the same size, weight and colours; axe passes`, async ({ page }) => {
      const layer = await openQa(page, `layout=${layout}&theme=${theme}`, layout);
      const [accept, reject, settings] = ['Accept all', 'Reject all', 'Settings'].map((name) => layer.getByRole('button', { name, exact: true }));
      const [a, r, s] = await Promise.all([accept!.boundingBox(), reject!.boundingBox(), settings!.boundingBox()]);
      expect(Math.abs(a!.width - r!.width)).toBeLessThan(1);
      expect(Math.abs(a!.height - r!.height)).toBeLessThan(1);
      expect(Math.abs(s!.height - a!.height)).toBeLessThan(1);
      expect(a!.height, 'target size').toBeGreaterThanOrEqual(24);
      const look = ['font-size', 'font-weight', 'color', 'background-color', 'border-style', 'border-radius', 'padding-top'];
      expect(await styleOf(reject!, look)).toEqual(await styleOf(accept!, look));
      const { color, 'background-color': background } = await styleOf(accept!, ['color', 'background-color']);
      expect(contrast(color!, background!)).toBeGreaterThanOrEqual(4.5);
      expect(await axeViolations(page)).toEqual([]);
    });
  }
}

test('the box sits in the bottom corner on the inline-start side, mirrored for Arabic', async ({ page }) => {
  const viewport = page.viewportSize()!;
  for (const [lang, side] of [['en', 'left'], ['ar', 'right']] as const) {
    const box = await (await openQa(page, `layout=box&lang=${lang}`, 'box')).boundingBox();
    expect(box!.width).toBeLessThan(viewport.width / 2);
    expect(viewport.height - (box!.y + box!.height)).toBeCloseTo(16, 0);
    const gap = side === 'left' ? box!.x : viewport.width - (box!.x + box!.width);
    expect(gap, `${lang}: 16px from the ${side} edge`).toBeCloseTo(16, 0);
  }
});

test('the modal layout makes the page inert behind it and centres it', async ({ page }) => {
  const layer = await openQa(page, 'layout=modal', 'modal');
  expect(await layer.evaluate((dialog) => dialog.matches(':modal'))).toBe(true);
  const box = (await layer.boundingBox())!;
  const viewport = page.viewportSize()!;
  expect(Math.abs(box.x + box.width / 2 - viewport.width / 2)).toBeLessThan(2);
  // The page behind cannot be clicked: the top layer catches it.
  const clickable = await page.evaluate(() => {
    const button = document.querySelector('[data-qa-action="acceptAll"]')!;
    const rect = button.getBoundingClientRect();
    return document.elementFromPoint(rect.x + 2, rect.y + 2) === button;
  });
  expect(clickable).toBe(false);
  await expect(page.locator('[data-qa-action="acceptAll"]')).not.toBeFocused();
});

test.describe('reflow at 320 CSS px', () => {
  test.use({ viewport: { width: 320, height: 640 } });

  for (const [layout, lang] of [['bar', 'en'], ['box', 'de'], ['modal', 'fr'], ['bar', 'ar']] as const) {
    test(`${layout} layout in ${lang}: banner and dialog fit the width, nothing cut off`, async ({ page }) => {
      const layer = await openQa(page, `layout=${layout}&lang=${lang}`, layout);
      const check = async (scope: Locator, what: string) => {
        const fit = await scope.evaluate((element) => {
          const overflowing = [element, ...element.querySelectorAll('*')].filter((node) => node.scrollWidth > node.clientWidth + 1 && getComputedStyle(node).overflowX !== 'visible');
          const outside = [...element.querySelectorAll('h2, p, button, a')]
            .map((node) => node.getBoundingClientRect())
            .filter((box) => box.left < -0.5 || box.right > innerWidth + 0.5);
          return { overflowing: overflowing.length, outside: outside.length, pageScrolls: document.documentElement.scrollWidth > innerWidth };
        });
        expect(fit, what).toEqual({ overflowing: 0, outside: 0, pageScrolls: false });
        // Every control can be reached and is big enough.
        for (const button of await scope.locator('button').all()) {
          await button.scrollIntoViewIfNeeded();
          await expect(button, what).toBeInViewport();
          const box = (await button.boundingBox())!;
          expect(Math.min(box.width, box.height), what).toBeGreaterThanOrEqual(24);
        }
      };
      await check(layer, 'banner');
      await layer.getByRole('button').last().click();
      const dialog = ui(page).getByRole('dialog').last();
      await expect(dialog).toBeVisible();
      await check(dialog, 'dialog');
    });
  }
});
