// Google Consent Mode v2 on the QA page (googleConsentMode: true, and google-tag.js standing in for the Google tag
// after the embed): the default comes before any other data layer entry, an update follows every choice and every
// page load with a stored choice, each with a consentkit_consent message for Tag Manager.
import { bannerButton, choose, embedReady, expect, preferences, test } from './fixtures';
import { dataLayer, DENIED, GRANTED } from './signals-helpers';

const DEFAULT = { gtag: ['consent', 'default', { ...DENIED, wait_for_update: 500 }] };
const googleTag = [{ gtag: ['js', expect.anything()] }, { gtag: ['config', 'G-EXAMPLE'] }];
// The site's categories, with the services site-config.js names (they follow their category here).
const IDS = ['necessary', 'preferences', 'analytics', 'advertising', 'advertising:adpartner', 'social', 'social:chirp'];
const message = (granted: string[]) => {
  const ids = IDS.filter((id) => granted.includes(id.split(':')[0]!));
  return {
    message: {
      event: 'consentkit_consent',
      consentkit_granted: ids.join(),
      consentkit_categories: Object.fromEntries(IDS.map((id) => [id, ids.includes(id)])),
    },
  };
};

test('a first visit: the consent default is the first entry, and nothing is granted until a choice', async ({ page }) => {
  await page.goto('/qa.html');
  await embedReady(page);
  expect(await dataLayer(page)).toEqual([DEFAULT, ...googleTag]);
});

test('Accept all pushes an update and the Tag Manager message; the next page load pushes them before the Google tag', async ({ page }) => {
  await page.goto('/qa.html');
  await choose(page, 'Accept all');
  const all = ['necessary', 'preferences', 'analytics', 'advertising', 'social'];
  expect(await dataLayer(page)).toEqual([DEFAULT, ...googleTag, { gtag: ['consent', 'update', GRANTED] }, message(all)]);

  await page.reload();
  await embedReady(page);
  expect(await dataLayer(page)).toEqual([DEFAULT, { gtag: ['consent', 'update', GRANTED] }, message(all), ...googleTag]);
});

test('a choice in the preferences dialog maps each category to its consent types', async ({ page }) => {
  await page.goto('/qa.html');
  await bannerButton(page, 'Settings').click();
  await preferences(page).getByRole('switch', { name: 'Analytics' }).click();
  await preferences(page).getByRole('button', { name: 'Save choices' }).click();
  await expect(preferences(page)).toBeHidden();
  const entries = await dataLayer(page);
  expect(entries.slice(-2)).toEqual([{ gtag: ['consent', 'update', { ...DENIED, analytics_storage: 'granted' }] }, message(['necessary', 'analytics'])]);

  await page.reload();
  await embedReady(page);
  expect((await dataLayer(page)).slice(0, 2)).toEqual([DEFAULT, { gtag: ['consent', 'update', { ...DENIED, analytics_storage: 'granted' }] }]);
});

test('withdrawing pushes a denied update at once', async ({ page }) => {
  await page.goto('/qa.html');
  await choose(page, 'Accept all');
  await page.getByRole('contentinfo').getByRole('button', { name: 'Cookie settings' }).click();
  await preferences(page).getByRole('button', { name: 'Reject all' }).click();
  await expect(preferences(page)).toBeHidden();
  expect((await dataLayer(page)).slice(-2)).toEqual([{ gtag: ['consent', 'update', DENIED] }, message(['necessary'])]);
});
