// A returning visitor with a valid choice sees no banner and never downloads the UI.
import {
  banner,
  bannerButton,
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

test("a returning visitor's choice forgotten later (reset, here or in another tab) brings the banner back at once", async ({ page }) => {
  await page.goto('/');
  await choose(page, 'Accept all');
  await page.reload();
  await embedReady(page);
  const other = await page.context().newPage();
  await other.goto('/qa.html');
  await embedReady(other);
  // This tab's downloads only.
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  const downloadedUi = () => requests.filter((url) => /\/consentkit\/consentkit-ui\.js$/.test(url));
  await expect(banner(page)).toHaveCount(0);

  // Reset in the other tab: this one, which never needed the UI, now downloads it and asks again.
  await other.getByRole('button', { name: 'Reset', exact: true }).click();
  await expect(banner(page)).toBeVisible();
  await expect(banner(other)).toBeVisible();
  expect(downloadedUi()).toHaveLength(1);

  // Answered, then reset here: the mounted banner shows again, with nothing downloaded twice.
  await bannerButton(page, 'Reject all').click();
  await expect(banner(page)).toHaveCount(0);
  await page.evaluate(() => (window as unknown as { ConsentKit: { reset(): void } }).ConsentKit.reset());
  await expect(banner(page)).toBeVisible();
  expect(downloadedUi()).toHaveLength(1);
  await other.close();
});
