// Proof of the wording: each choice made in the UI reaches the collector with the SHA-256 of the text the visitor
// had in front of them, so the site can show which wording a consent or an opt-out was given under.
import { createHash } from 'node:crypto';
import type { Page } from '@playwright/test';
import { bannerButton, categorySwitch, embedReady, expect, preferences, test } from './fixtures';
import { consentId, inPageOptOut, optOutPanel, waitForRows } from './optout-helpers';

/** What the hash is of: the text with every run of whitespace one space, the ends trimmed (noticeHash). */
const words = (text: string) => text.replace(/\s+/g, ' ').trim();
const sha256 = (text: string) => createHash('sha256').update(words(text)).digest('hex');

/**
 * Everything the banner's shadow root shows, read as the UI reads it when a button is clicked. The SDK is ready
 * before the UI has mounted (it loads after), so this waits for the banner rather than reading too early.
 */
const bannerText = async (page: Page) =>
  (await page.waitForFunction(() => {
    const status = document.querySelector('[data-consentkit-ui]')?.shadowRoot?.querySelector('[role="status"]');
    return (status?.parentElement as HTMLElement | undefined)?.innerText;
  })).jsonValue() as Promise<string>;

test('Reject all in the banner: the collector stores the hash of the banner text, and the QA page shows that text', async ({ page, request }) => {
  await page.goto('/');
  await embedReady(page);
  const text = await bannerText(page);
  // The rendered text, the buttons apart as the visitor sees them (in textContent their labels run together).
  expect(words(text)).toContain('Accept all Reject all Settings');
  expect(text).toContain('HTML5 local storage');
  await bannerButton(page, 'Reject all').click();
  const [row] = await waitForRows(request, await consentId(page), 1);
  expect(row).toMatchObject({ type: 'optout', source: 'banner', notice: sha256(text) });
});

test('Save in the preferences dialog: the hash is of the dialog as read, switches and all, not of the banner', async ({ page, request }) => {
  await page.goto('/');
  await embedReady(page);
  const banner = await bannerText(page);
  await bannerButton(page, 'Settings').click();
  await expect(preferences(page)).toBeVisible();
  await categorySwitch(page, 'analytics').click();
  const text = await bannerText(page);
  expect(words(text)).toContain(words(await preferences(page).innerText()));
  await preferences(page).getByRole('button', { name: 'Save choices' }).click();
  const [row] = await waitForRows(request, await consentId(page), 1);
  // Advertising stays off: saving is an opt-out of interest-based ads.
  expect(row).toMatchObject({ type: 'optout', method: 'custom', notice: sha256(text) });
  expect(row!.notice).not.toBe(sha256(banner));
});

test('the opt-out panel: the hash is of the panel as read; a choice made through the API carries none', async ({ page, request }) => {
  await page.goto('/ads.html');
  await embedReady(page);
  await inPageOptOut(page).click();
  const panel = optOutPanel(page);
  await expect(panel).toBeVisible();
  const text = await panel.innerText();
  expect(text).toContain('generic');
  await panel.getByRole('button', { name: 'Opt out of interest-based ads' }).click();
  const id = await consentId(page);
  expect((await waitForRows(request, id, 1))[0]).toMatchObject({ type: 'optout', source: 'link', notice: sha256(text) });

  await page.evaluate(() => (window as unknown as { ConsentKit: { optInToInterestBasedAds(o: object): void } }).ConsentKit.optInToInterestBasedAds({ source: 'api' }));
  const [optin] = await waitForRows(request, id, 2);
  expect(optin).toMatchObject({ type: 'optin', source: 'api' });
  expect(optin).not.toHaveProperty('notice');
});

test('the QA page shows the text and hash of a choice made in the banner', async ({ page }) => {
  await page.goto('/qa.html');
  await embedReady(page);
  const text = await bannerText(page);
  await bannerButton(page, 'Accept all').click();
  await expect(page.locator('#qa-wording')).toHaveText(`${sha256(text)}\n${words(text)}`);
});
