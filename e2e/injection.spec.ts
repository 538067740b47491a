// Text from config and from the stored record is rendered as text, never as markup, and URLs from config are
// links only when http, https or relative. Each payload below, put through every field that reaches the UI,
// would run code or load something if it were interpreted: it must show literally, run nothing, load nothing,
// open no dialog and cause no CSP violation.
import type { Page } from '@playwright/test';
import { banner, COOKIE_NAME, embedReady, expect, preferences, requested, test, ui } from './fixtures';
import { watchViolations } from './csp-helpers';
import { html, serve, STRICT_CSP } from './test-pages';

/** Payload kinds, each a function of the field it goes into, so a hit names the field. */
const PAYLOADS: Record<string, (field: string) => string> = {
  'an img with onerror': (field) => `<img src="/injected/${field}.png" onerror="window.__pwned.push('${field}')">`,
  'a </style> breakout': (field) => `</style><script src="/injected/${field}.js"></script><style>`,
  'an attribute breakout': (field) => `"><svg onload="window.__pwned.push('${field}')"></svg><script src="/injected/${field}.js"></script>`,
  'a javascript: URL': (field) => `javascript:window.__pwned.push('${field}')`,
  'an iframe srcdoc': (field) => `<iframe srcdoc="<script src=/injected/${field}.js></script>"></iframe>`,
  'HTML entities': (field) => `&lt;b&gt;${field}&amp;&#x3C;i&#x3E;`,
  'a template expression': (field) => `{{constructor.constructor('window.__pwned.push(1)')()}}\${alert(1)}${field}`,
};

/**
 * Every text field that reaches the UI, set to `payload(field)`: through `ui.texts`, or through the site's own
 * translation (`ui.translations`, chosen by `ui.lang`).
 */
function hostileConfig(payload: (field: string) => string, channel: 'texts' | 'translations') {
  const keys = ['bannerTitle', 'bannerBody', 'policyLink', 'acceptAll', 'rejectAll', 'settings', 'preferencesTitle', 'preferencesIntro', 'save', 'close', 'alwaysOn', 'savedStatus'];
  const texts = {
    ...Object.fromEntries(keys.map((key) => [key, payload(`texts.${key}`)])),
    categories: {
      necessary: { label: payload('texts.necessary.label'), description: payload('texts.necessary.description') },
      'chat:zendesk': { description: payload('texts.zendesk.description') },
    },
  };
  return {
    revision: 1,
    // A relative URL whose query holds markup: a valid link, rendered as an attribute value.
    policyUrl: `/privacy.html?q=${payload('policyUrl')}`,
    categories: {
      analytics: { label: payload('analytics.label'), description: payload('analytics.description') },
      chat: {
        label: payload('chat.label'),
        description: payload('chat.description'),
        services: [{ id: 'zendesk', label: payload('zendesk.label'), description: payload('zendesk.description') }],
      },
    },
    ui: {
      ...(channel === 'texts' ? { texts, lang: `en" onclick="window.__pwned.push('lang')` } : { translations: { nl: texts }, lang: 'nl' }),
      reopenLabel: payload('reopenLabel'),
    },
  };
}

/** Serves a page configured with `config`, optionally under a strict CSP; injected resources set the flag too. */
async function hostilePage(page: Page, config: object, csp: boolean) {
  await page.route('**/injected/**', (route) =>
    route.fulfill({ contentType: 'text/javascript', body: `window.__pwned.push(${JSON.stringify(route.request().url())});` }),
  );
  await serve(page, {
    '/e2e/hostile.html': {
      body: html('<script src="/e2e/hostile.js"></script><script src="/consentkit/consentkit.js"></script>'),
      headers: csp ? { 'content-security-policy': STRICT_CSP } : {},
    },
    '/e2e/hostile.js': `window.__pwned = []; window.ConsentKitConfig = ${JSON.stringify(config)};`,
  });
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  return dialogs;
}

/** Text and elements inside every ConsentKit shadow root (the UI and the reopen button). */
async function shadowContent(page: Page) {
  return page.evaluate(() => {
    const roots = [...document.querySelectorAll('[data-consentkit-ui], [data-consentkit-reopen]')].map((host) => host.shadowRoot!);
    return {
      text: roots.map((root) => root.textContent).join('\n'),
      // Anything that could run or load something; the UI itself renders none of these.
      active: roots.flatMap((root) => [...root.querySelectorAll('img, script, svg, iframe, object, embed, style, [onerror], [onload], [onclick]')].map((element) => element.outerHTML)),
      links: roots.flatMap((root) => [...root.querySelectorAll('a')].map((link) => link.getAttribute('href'))),
    };
  });
}

for (const [kind, payload] of Object.entries(PAYLOADS)) {
  for (const [channel, csp] of [['texts', false], ['texts', true], ['translations', true]] as const) {
    test(`${kind} in every config text (ui.${channel}) shows as text and runs nothing${csp ? ' (strict CSP)' : ''}`, async ({ page, requests }) => {
      const config = hostileConfig(payload, channel);
      const dialogs = await hostilePage(page, config, csp);
      const violations = await watchViolations(page);
      await page.goto('/e2e/hostile.html');
      await expect(ui(page).getByRole('region')).toBeVisible();

      // First layer: title, body, policy link, the three buttons.
      await expect(ui(page).getByRole('region', { name: payload('texts.bannerTitle') })).toBeVisible();
      for (const field of ['acceptAll', 'rejectAll', 'settings']) {
        await expect(ui(page).getByRole('button', { name: payload(`texts.${field}`), exact: true })).toBeVisible();
      }
      const link = ui(page).getByRole('link', { name: payload('texts.policyLink'), exact: true });
      await expect(link).toHaveAttribute('href', config.policyUrl);

      // Second layer: every category and service text, from the engine's config and from the UI's overrides.
      await ui(page).getByRole('button', { name: payload('texts.settings'), exact: true }).click();
      const dialog = page.getByRole('dialog', { name: payload('texts.preferencesTitle') });
      await expect(dialog).toBeVisible();
      await expect(dialog.getByRole('switch', { name: payload('analytics.label'), exact: true })).toBeVisible();
      await expect(dialog.getByRole('switch', { name: payload('chat.label'), exact: true })).toBeVisible();
      await expect(dialog.getByRole('switch', { name: payload('zendesk.label'), exact: true })).toBeVisible();
      let { text, active, links } = await shadowContent(page);
      for (const field of ['texts.bannerBody', 'texts.preferencesIntro', 'texts.necessary.label', 'texts.necessary.description', 'texts.alwaysOn', 'texts.close', 'texts.save', 'analytics.description', 'chat.description', 'texts.zendesk.description']) {
        expect(text, `${field} shown literally`).toContain(payload(field));
      }
      // Both layers are open, so every payload is in the DOM: none became markup, and the one link is the policy's.
      expect(active, 'elements that could run code (dialog open)').toEqual([]);
      expect(new Set(links)).toEqual(new Set([config.policyUrl]));

      // The choice: saved status and the reopen button's label.
      await dialog.getByRole('button', { name: payload('texts.save'), exact: true }).click();
      await expect(preferences(page)).toHaveCount(0);
      await expect(page.locator('[data-consentkit-reopen]').getByRole('button', { name: payload('reopenLabel'), exact: true })).toBeVisible();
      ({ text, active, links } = await shadowContent(page));
      expect(text).toContain(payload('texts.savedStatus'));
      // A language the UI has no texts for is not copied: the root says which language its texts are in.
      expect(await ui(page).evaluate((host) => host.getAttribute('lang'))).toBe(channel === 'texts' ? 'en' : 'nl');

      expect(active, 'elements that could run code (after the choice)').toEqual([]);
      expect(links, 'the banner and its link are gone').toEqual([]);
      expect(await page.evaluate(() => (window as unknown as { __pwned: unknown[] }).__pwned), 'code that ran').toEqual([]);
      expect(requested(requests, /\/injected\//), 'resources loaded').toEqual([]);
      expect(dialogs).toEqual([]);
      expect(violations).toEqual([]);
    });
  }
}

test.describe('URLs in config', () => {
  const BAD_URLS = ['javascript:window.__pwned.push(1)', ' JavaScript:window.__pwned.push(1)', 'java\tscript:window.__pwned.push(1)', 'data:text/html,<script>parent.__pwned.push(1)</script>', 'vbscript:msgbox(1)'];
  test.use({ allowedConsoleErrors: [/\[ConsentKit\] Invalid config.*policyUrl: expected an http, https or relative URL/s] });

  for (const url of BAD_URLS) {
    test(`policyUrl ${JSON.stringify(url)} is a config error and never a link`, async ({ page }) => {
      const errors: string[] = [];
      page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
      await hostilePage(page, { policyUrl: url }, false);
      await page.goto('/e2e/hostile.html');
      await expect(banner(page)).toBeVisible();
      expect(errors.join('\n')).toContain('policyUrl: expected an http, https or relative URL');
      expect(await page.evaluate(() => (window as unknown as { ConsentKit: { policyUrl?: string } }).ConsentKit.policyUrl)).toBeUndefined();
      expect((await shadowContent(page)).links).toEqual([]);
    });

    test(`ui.policyUrl and ui.stylesheetUrl ${JSON.stringify(url)} are never used`, async ({ page, requests }) => {
      await hostilePage(page, { ui: { policyUrl: url, stylesheetUrl: url } }, false);
      await page.goto('/e2e/hostile.html');
      await expect(banner(page)).toBeVisible();
      const { links, active } = await shadowContent(page);
      expect(links).toEqual([]);
      expect(active).toEqual([]);
      expect(requests.filter((request) => !request.url().startsWith('http'))).toEqual([]);
      expect(await page.evaluate(() => (window as unknown as { __pwned: unknown[] }).__pwned)).toEqual([]);
    });
  }

  test('a data-policy-url attribute with javascript: is refused the same way', async ({ page }) => {
    await serve(page, { '/e2e/attribute.html': html('<script src="/consentkit/consentkit.js" data-policy-url="javascript:alert(1)"></script>') });
    await page.goto('/e2e/attribute.html');
    await expect(banner(page)).toBeVisible();
    expect((await shadowContent(page)).links).toEqual([]);
  });
});

test('a stored cookie holding markup is no record, and the QA page shows it as text', async ({ page, context, baseURL, requests }) => {
  const value = `<img src="/injected/cookie.png" onerror="window.__pwned.push('cookie')">`;
  // Browsers keep such a value as it is (only `;` ends a cookie value): written here as a page's script could.
  await context.addCookies([{ name: COOKIE_NAME, value, url: baseURL! }]);
  await page.route('**/injected/**', (route) => route.fulfill({ contentType: 'text/javascript', body: 'window.__pwned = 1;' }));
  await page.goto('/qa.html');
  await embedReady(page);
  await expect(banner(page)).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { ConsentKit: { getConsent(): unknown } }).ConsentKit.getConsent())).toBeNull();
  await expect(page.locator('#qa-cookie-raw')).toHaveText(value);
  expect(await page.locator('main img').count()).toBe(0);
  expect(requested(requests, /\/injected\//)).toEqual([]);
});
