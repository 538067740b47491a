// A returning visitor with a valid choice sees no banner and never downloads the UI.
import {
  banner,
  choose,
  embedReady,
  expect,
  pageRecord,
  preferences,
  requested,
  test,
  UI_BUNDLE,
} from './fixtures';

for (const button of ['Reject all', 'Accept all'] as const) {
  test(`after ${button}, a reload shows no banner and does not fetch the UI`, async ({ page, requests }) => {
    await page.goto('/');
    const record = await choose(page, button);

    const before = requests.length;
    await page.reload();
    await embedReady(page);
    await page.waitForLoadState('networkidle');
    expect(await pageRecord(page)).toEqual(record);
    expect(await page.evaluate(() => (window as unknown as { ConsentKit: { needsConsent(): boolean } }).ConsentKit.needsConsent())).toBe(false);
    await expect(banner(page)).toHaveCount(0);
    expect(requested(requests.slice(before), UI_BUNDLE)).toEqual([]);
    // The page itself did load the engine, so the log is not empty by accident.
    expect(requested(requests.slice(before), /\/consentkit\/consentkit\.js$/)).toHaveLength(1);
  });
}

// The QA page, not the privacy policy: that one has a cookie declaration, which is UI the page asks for.
test('other pages honour the choice too, and Cookie settings loads the UI only when asked', async ({ page, requests }) => {
  await page.goto('/');
  await choose(page, 'Reject all');

  const before = requests.length;
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'QA' }).click();
  await expect(page).toHaveURL(/\/qa\.html$/);
  await embedReady(page);
  await page.waitForLoadState('networkidle');
  await expect(banner(page)).toHaveCount(0);
  expect(requested(requests.slice(before), UI_BUNDLE)).toEqual([]);

  await page.getByRole('contentinfo').getByRole('button', { name: 'Cookie settings' }).click();
  await expect(preferences(page)).toBeVisible();
  // The UI and, fetched together with it, the dialogs: once each.
  expect(requested(requests.slice(before), UI_BUNDLE).map((url) => new URL(url).pathname).sort()).toEqual([
    '/consentkit/consentkit-dialog-texts.js',
    '/consentkit/consentkit-dialogs.js',
    '/consentkit/consentkit-ui.js',
  ]);
  await page.keyboard.press('Escape');
  await expect(preferences(page)).toBeHidden();
  expect((await pageRecord(page))?.method).toBe('reject-all');
});
