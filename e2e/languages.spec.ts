// The banner's language: config first, then the page's <html lang>, then the browser's languages, then English.
// Translations load lazily, one small file for the language shown; Arabic runs right to left.
import type { Page } from '@playwright/test';
import { axeViolations } from './a11y-helpers';
import { expect, requested, test, ui, UI_BUNDLE } from './fixtures';

const LANGUAGE_PACK = /\/consentkit\/consentkit-lang-[a-z]+\.js$/;
const ACCEPT: Record<string, string> = { en: 'Accept all', fr: 'Tout accepter', de: 'Alle akzeptieren', es: 'Aceptar todo', ar: 'قبول الكل' };

const region = (page: Page) => ui(page).getByRole('region');

/** Serves `path` with its `<html lang="en">` replaced (or removed, for `null`), as another site's page would be. */
async function withPageLanguage(page: Page, path: string, lang: string | null): Promise<void> {
  await page.route((url) => url.pathname === path, async (route) => {
    const response = await route.fetch();
    const body = (await response.text()).replace('<html lang="en">', lang === null ? '<html>' : `<html lang="${lang}">`);
    await route.fulfill({ response, body });
  });
}

/** The language the UI chose: its root's lang and dir, and the Accept all button in that language. */
async function expectLanguage(page: Page, lang: string, dir = 'ltr'): Promise<void> {
  await expect(region(page).getByRole('button', { name: ACCEPT[lang], exact: true })).toBeVisible();
  expect(await ui(page).evaluate((host) => [host.getAttribute('lang'), host.getAttribute('dir')])).toEqual([lang, dir]);
}

test.describe('language selection order', () => {
  test.use({ locale: 'es-ES' });

  test('the config (?lang= on the QA page) wins over the page and the browser', async ({ page }) => {
    await page.goto('/qa.html?lang=de');
    await expectLanguage(page, 'de');
  });

  test('then the page: an English page shows English to a Spanish browser', async ({ page }) => {
    await page.goto('/');
    await expectLanguage(page, 'en');
  });

  test("then the page's language when it is one the banner speaks", async ({ page }) => {
    await withPageLanguage(page, '/', 'fr-CA');
    await page.goto('/');
    await expectLanguage(page, 'fr');
  });

  test('then the browser, when the page has no language or one without texts', async ({ page }) => {
    await withPageLanguage(page, '/', 'it');
    await page.goto('/');
    await expectLanguage(page, 'es');
    await page.unrouteAll();
    await withPageLanguage(page, '/privacy.html', null);
    await page.goto('/privacy.html');
    await expectLanguage(page, 'es');
  });

  test('a configured language without texts falls through to the next candidate', async ({ page }) => {
    await withPageLanguage(page, '/qa.html', 'de');
    await page.goto('/qa.html?lang=pl');
    await expectLanguage(page, 'de');
  });
});

test.describe('then English', () => {
  test.use({ locale: 'ja-JP' });

  test('when nothing else is covered', async ({ page }) => {
    await withPageLanguage(page, '/', 'it');
    await page.goto('/');
    await expectLanguage(page, 'en');
  });
});

test('English loads no language file; another language loads its own file only', async ({ page, requests }) => {
  await page.goto('/');
  await expectLanguage(page, 'en');
  expect(requested(requests, LANGUAGE_PACK)).toEqual([]);
  expect(requested(requests, UI_BUNDLE)).toHaveLength(1);

  await page.goto('/qa.html?lang=fr');
  await expectLanguage(page, 'fr');
  expect(requested(requests, LANGUAGE_PACK).map((url) => new URL(url).pathname)).toEqual(['/consentkit/consentkit-lang-fr.js']);
});

test('the npm build splits the languages off too: the app loads its French chunks only for French', async ({ page, requests }) => {
  await page.goto('/app/');
  await expectLanguage(page, 'en');
  await expect(page.locator('[data-consentkit-placeholder]').first()).toBeVisible();
  expect(requested(requests, /\/app\/dist\/(?!app\.js)/)).toEqual([]);
  await withPageLanguage(page, '/app/', 'fr');
  await page.reload();
  await expectLanguage(page, 'fr');
  // The banner's French, and the French of the placeholder its social widget shows; the opt-out panel's only
  // once it is opened.
  await expect(page.locator('[data-consentkit-placeholder]').first()).toContainText('Charger une fois');
  expect(requested(requests, /\/app\/dist\/(?!app\.js)/).map((url) => new URL(url).pathname).sort()).toEqual(['/app/dist/fr.js', '/app/dist/placeholder-fr.js']);
});

for (const lang of ['fr', 'de', 'es', 'ar']) {
  test(`${lang}: banner, dialog and the saved announcement are translated, with no axe violation`, async ({ page }) => {
    await page.goto(`/qa.html?lang=${lang}`);
    await expectLanguage(page, lang, lang === 'ar' ? 'rtl' : 'ltr');
    const bannerText = await region(page).innerText();
    expect(bannerText).not.toContain('Accept all');
    expect(await axeViolations(page), 'with the banner').toEqual([]);

    await region(page).getByRole('button').last().click();
    const dialog = ui(page).getByRole('dialog');
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('switch')).toHaveCount(6); // 4 categories, 2 services (site-config.js)
    expect(await dialog.innerText()).not.toMatch(/Analytics|Social media|Save choices/);
    // The services' descriptions come from the site's config, written in its page's language: marked as English
    // (WCAG 3.1.2), as the translated texts around them are not.
    const english = dialog.getByText('Shows ads based on your browsing interests.');
    await expect(english).toHaveAttribute('lang', 'en');
    // And it runs left to right in an Arabic dialog: its full stop stays at its end, right of its first letter.
    const [first, stop] = await english.evaluate((element) =>
      [0, element.textContent!.length - 1].map((at) => {
        const range = document.createRange();
        range.setStart(element.firstChild!, at);
        range.setEnd(element.firstChild!, at + 1);
        return range.getBoundingClientRect().left;
      }),
    );
    expect(stop! > first!, 'the full stop after the first letter').toBe(true);
    await expect(dialog.getByRole('switch').first()).not.toHaveAttribute('lang');
    expect(await axeViolations(page), 'with the dialog').toEqual([]);
    await dialog.getByRole('button').nth(1).click(); // Save: the first of the dialog's actions (after Close)
    await expect(dialog).toBeHidden();
    await expect(ui(page).getByRole('status')).not.toHaveText('');
    await expect(ui(page).getByRole('status')).not.toHaveText('Preferences saved');
  });
}

test('Arabic is laid out right to left: text starts at the right, buttons run from the right', async ({ page }) => {
  // No thumb animation: its position is read right after the click (on a busy machine, mid-transition otherwise).
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('/qa.html?lang=ar');
  await expectLanguage(page, 'ar', 'rtl');
  const buttons = region(page).getByRole('button');
  const [accept, reject] = [await buttons.nth(0).boundingBox(), await buttons.nth(1).boundingBox()];
  expect(accept!.x, 'Accept all (first) sits to the right of Reject all').toBeGreaterThan(reject!.x);
  expect(await region(page).locator('h2').evaluate((h2) => getComputedStyle(h2).direction)).toBe('rtl');
  // The switch's thumb starts on the right when off, and moves left when on.
  await buttons.nth(2).click();
  const switchTrack = ui(page).getByRole('switch').first().locator('span');
  const thumbSide = () =>
    switchTrack.evaluate((track) => {
      const box = track.getBoundingClientRect();
      const thumb = getComputedStyle(track, '::after');
      return parseFloat(thumb.right) < box.width / 2 ? 'right' : 'left';
    });
  expect(await thumbSide()).toBe('right');
  await ui(page).getByRole('switch').first().click();
  // Polled: the thumb slides (a 0.15 s transition), and its computed position moves with it.
  await expect.poll(thumbSide).toBe('left');
});

test('a site overrides any string per language through window.ConsentKitConfig.ui.translations', async ({ page }) => {
  await page.addInitScript(() => {
    (window as unknown as { ConsentKitConfig: object }).ConsentKitConfig = {
      ui: { lang: 'fr', translations: { fr: { rejectAll: 'Je refuse' } }, texts: { settings: 'Choisir' } },
    };
  });
  await page.goto('/');
  await expect(region(page).getByRole('button')).toHaveText(['Tout accepter', 'Je refuse', 'Choisir']);
});

test("the cookie declaration speaks the page's language, its category texts and signal statements included", async ({ page }) => {
  // The declaration's headings and the category texts come from chunks other than the banner's: a name the build
  // shortened differently in each would silently fall back to English.
  await withPageLanguage(page, '/privacy.html', 'fr');
  await page.goto('/privacy.html');
  const declaration = page.locator('[data-consentkit-policy]');
  await expect(declaration.getByRole('columnheader', { name: 'Nom', exact: true }).first()).toBeVisible();
  await expect(declaration.getByRole('heading', { name: 'Mesure d’audience' })).toBeVisible();
  // The engine's statements on browser signals too: English sentences in a French declaration would be read
  // with French pronunciation (WCAG 3.1.2).
  await expect(declaration.locator('[data-signal="dnt"]')).toHaveText('Ce site ne répond pas aux signaux Do Not Track (DNT).');
});

test("the opt-out panel speaks the page's language, from a small file of its own, and passes axe", async ({ page, requests }) => {
  await withPageLanguage(page, '/', 'fr');
  await page.goto('/');
  await region(page).getByRole('button', { name: 'Tout refuser' }).click();
  // The footer's button is the site's own, in its words.
  await page.locator('footer').getByRole('button', { name: 'Opt out of interest-based ads' }).click();
  const panel = page.locator('[data-consentkit-panel]');
  const dialog = panel.getByRole('dialog', { name: 'Publicité ciblée' });
  await expect(dialog).toBeVisible();
  await expect(panel).toHaveAttribute('lang', 'fr');
  await expect(dialog).toContainText('vous verrez toujours des publicités génériques');
  // Reject all opted out of interest-based ads: the panel says so, and offers to allow them again.
  await expect(dialog).toContainText('Vous avez refusé la publicité ciblée sur ce site.');
  await dialog.getByRole('button', { name: 'Autoriser la publicité ciblée' }).click();
  await expect(dialog.getByRole('status')).toHaveText('Publicité ciblée autorisée');
  expect(requested(requests, /\/consentkit-optout-/).map((url) => new URL(url).pathname)).toEqual(['/consentkit/consentkit-optout-fr.js']);
  expect(await axeViolations(page)).toEqual([]);
});

// French from the page's <html lang>; Arabic from the config (?lang= on the example pages), on an English page.
for (const [lang, body, loadOnce, dir] of [
  ['fr', 'Le charger envoie votre adresse IP et l’adresse de cette page à Chirp, qui peut déposer des cookies.', 'Charger une fois', 'ltr'],
  ['ar', 'يؤدي تحميله إلى إرسال عنوان IP الخاص بك وعنوان هذه الصفحة إلى Chirp، الذي قد يضع ملفات تعريف الارتباط.', 'تحميل مرة واحدة', 'rtl'],
] as const) {
  test(`${lang}: the click-to-load placeholders speak the language chosen, and Load once still loads`, async ({ page, requests }) => {
    if (lang == 'fr') await withPageLanguage(page, '/social.html', lang);
    await page.goto(lang == 'fr' ? '/social.html' : `/social.html?lang=${lang}`);
    const placeholders = page.locator('[data-consentkit-placeholder]');
    await expect(placeholders).toHaveCount(3);
    const first = placeholders.first();
    await expect(first.getByRole('group')).toContainText(body);
    expect(await first.evaluate((host) => getComputedStyle(host.shadowRoot!.querySelector('.ck-ph')!).direction)).toBe(dir);
    expect(requested(requests, /\/consentkit-placeholder-/).map((url) => new URL(url).pathname)).toEqual([`/consentkit/consentkit-placeholder-${lang}.js`]);
    expect(await axeViolations(page)).toEqual([]);
    await first.getByRole('button', { name: loadOnce }).click();
    await expect(placeholders).toHaveCount(2);
  });
}

test.describe('at 360 CSS px', () => {
  test.use({ viewport: { width: 360, height: 740 } });

  test("German's long title puts the opt-out panel's Close below it, in full view, and nothing scrolls sideways", async ({ page }) => {
    await page.goto('/ads.html?lang=de');
    await page.locator('main [data-consentkit-optout]').first().click();
    const dialog = page.locator('[data-consentkit-panel]').getByRole('dialog', { name: 'Interessenbasierte Werbung' });
    await expect(dialog).toBeVisible();
    const close = dialog.getByRole('button', { name: 'Schließen' });
    const [outer, inner] = [(await dialog.boundingBox())!, (await close.boundingBox())!];
    expect(inner.x).toBeGreaterThanOrEqual(outer.x);
    expect(inner.x + inner.width).toBeLessThanOrEqual(outer.x + outer.width);
    expect(await dialog.evaluate((element) => element.scrollWidth - element.clientWidth)).toBe(0);
  });
});
