// The tools under test, each embedded in the same page the way its own docs show for a script-tag site, each
// configured with the same four optional categories (preferences, analytics, advertising, social) where it has
// categories at all. Every tool's configuration lives in a file under site/configs/ (not inline), so all of it
// counts as the tool's bytes and the page stays identical apart from the tags.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const BENCH = dirname(dirname(fileURLToPath(import.meta.url)));
const ROOT = dirname(BENCH);
const require = createRequire(join(BENCH, 'package.json'));

/** The installed package's folder and version (from the bench's own devDependencies). */
function installed(name) {
  const dir = dirname(require.resolve(`${name}/package.json`));
  return { dir, version: JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).version };
}

const { createConsent, memoryStore } = await import(pathToFileURL(join(ROOT, 'packages', 'sdk', 'dist', 'index.js')).href);

/**
 * What a server rendering the page would check, as the README shows: does the request carry a choice that the
 * page's engine (here with its default config, as the bench page uses it) will honour, so no banner is due?
 */
function hasStoredChoice(cookieHeader) {
  const value = /(?:^|;\s*)ck_consent=([^;]*)/.exec(cookieHeader)?.[1];
  return value !== undefined && !createConsent({ store: memoryStore(decodeURIComponent(value)) }).needsConsent();
}

const version = (dir) => JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).version;

/**
 * @typedef {object} Tool
 * @property {string} id            URL-safe id; the page is served at /<id>/
 * @property {string} name
 * @property {string} version
 * @property {string} note          what its configuration can and cannot express
 * @property {Record<string, string[]>} mounts  URL prefix -> folders served under it
 * @property {string | ((cookieHeader: string) => string)} head  tags pasted into <head> (a function: chosen per
 *                                  request by the server, from the request's cookies)
 * @property {string} body          tags pasted at the end of <body>
 * @property {string | null} banner a function body, run in the page, returning the first-layer banner element
 *                                  (or null); "visible" is decided by the probe (probe.mjs), the same for all
 * @property {(page: import('@playwright/test').Page) => Promise<void>} accept  "Accept all" through its own UI
 * @property {(page: import('@playwright/test').Page) => Promise<void>} reject  "Reject all" through its own UI
 * @property {RegExp} [uiCode]      requests that are UI code (a returning visitor should fetch none)
 * @property {{ first: string[], returning: string[] }} [only]  condition ids per scenario it runs under
 *                                  (default: all); a variant is measured where it makes a difference
 */

const CONSENTKIT_TAG = '<script src="/consentkit/consentkit.js" data-policy-url="/privacy" data-revision="1"></script>';

const clickIn = (selector) => async (page) => page.locator(selector).first().click();

/** @returns {Tool[]} */
export function loadTools() {
  const vcc = installed('vanilla-cookieconsent');
  const osano = installed('cookieconsent');
  const tac = installed('tarteaucitronjs');
  const klaro = installed('klaro');
  const sdkDir = join(ROOT, 'packages', 'sdk');
  const uiDir = join(ROOT, 'packages', 'banner-ui');
  // What the ConsentKit rows share: where its files are, how its banner is found and answered.
  const consentKit = {
    version: version(sdkDir),
    mounts: { '/consentkit/': [join(sdkDir, 'dist'), join(uiDir, 'dist')] },
    body: '',
    banner: "return document.querySelector('[data-consentkit-ui]')?.shadowRoot?.querySelector('.ck-banner') ?? null;",
    // Playwright's role locators pierce open shadow roots.
    accept: (page) => page.getByRole('button', { name: 'Accept all' }).click(),
    reject: (page) => page.getByRole('button', { name: 'Reject all' }).click(),
    uiCode: /\/consentkit\/consentkit-[\w-]+\.js(\?|$)/,
  };
  return [
    {
      id: 'consentkit',
      name: 'ConsentKit',
      note: 'script tag as its README shows; the four optional built-in categories are its defaults',
      head: CONSENTKIT_TAG,
      ...consentKit,
    },
    {
      // A site whose server renders its pages can do better than the bare tag on slow networks: when the
      // request carries no choice the engine will honour (the engine itself, run on the server), it adds a
      // modulepreload hint, so the UI downloads in parallel with the engine instead of after it; a returning
      // visitor's page has no hint and still downloads no UI code.
      id: 'consentkit-hinted',
      name: 'ConsentKit + server preload hint',
      note: 'as ConsentKit, plus <link rel="modulepreload"> for consentkit-ui.js when the request carries no choice the engine honours',
      head: (cookieHeader) =>
        `${hasStoredChoice(cookieHeader) ? '' : '<link rel="modulepreload" href="/consentkit/consentkit-ui.js">\n'}${CONSENTKIT_TAG}`,
      only: { first: ['desktop', 'mobile'], returning: ['desktop'] },
      ...consentKit,
    },
    {
      // `async` on the tag: the parser does not wait for the engine, so the page paints without it; the engine runs
      // as soon as it has arrived. For sites without Google Consent Mode or the GPP stub, whose defaults must be in
      // place before the tags below them run (the README says when to leave it off).
      id: 'consentkit-async',
      name: 'ConsentKit, async tag',
      note: 'as ConsentKit, with `async` on the tag, as the README shows for sites without Google Consent Mode or GPP',
      head: CONSENTKIT_TAG.replace('<script ', '<script async '),
      ...consentKit,
    },
    {
      id: 'vanilla-cookieconsent',
      name: 'vanilla-cookieconsent',
      version: vcc.version,
      note: 'UMD build + its CSS; CookieConsent.run() with the four categories; default box layout',
      mounts: { '/vcc/': [join(vcc.dir, 'dist')] },
      head: '<link rel="stylesheet" href="/vcc/cookieconsent.css">',
      body: '<script src="/vcc/cookieconsent.umd.js"></script>\n<script src="/configs/vanilla-cookieconsent.js"></script>',
      banner: "return document.querySelector('#cc-main .cm');",
      accept: clickIn('#cc-main .cm [data-role="all"]'),
      reject: clickIn('#cc-main .cm [data-role="necessary"]'),
    },
    {
      id: 'cookieconsent',
      name: 'Osano cookieconsent',
      version: osano.version,
      note: 'no categories: one opt-in question (allow / deny); initialised on load, as its docs show',
      mounts: { '/osano/': [join(osano.dir, 'build')] },
      head: '<link rel="stylesheet" href="/osano/cookieconsent.min.css">',
      body: '<script src="/osano/cookieconsent.min.js"></script>\n<script src="/configs/cookieconsent.js"></script>',
      banner: "return document.querySelector('.cc-window');",
      accept: clickIn('.cc-window .cc-allow'),
      reject: clickIn('.cc-window .cc-deny'),
    },
    {
      id: 'tarteaucitron',
      name: 'tarteaucitron',
      version: tac.version,
      note: 'one site-defined service per category (it has no categories without services); fetches its services, language and CSS',
      mounts: { '/tarteaucitron/': [tac.dir] },
      head: '<script src="/tarteaucitron/tarteaucitron.min.js"></script>\n<script src="/configs/tarteaucitron.js"></script>',
      body: '',
      banner: "return document.getElementById('tarteaucitronAlertBig');",
      accept: clickIn('#tarteaucitronPersonalize2'),
      reject: clickIn('#tarteaucitronAllDenied2'),
    },
    {
      id: 'klaro',
      name: 'klaro',
      version: klaro.version,
      note: 'klaro.js (its CSS and translations built in) with one service per purpose, grouped by purpose',
      mounts: { '/klaro/': [join(klaro.dir, 'dist')] },
      head: '<script defer src="/configs/klaro.js"></script>\n<script defer data-config="klaroConfig" src="/klaro/klaro.js"></script>',
      body: '',
      banner: "return document.querySelector('.klaro .cookie-notice');",
      accept: clickIn('.klaro .cookie-notice .cm-btn-success'),
      reject: clickIn('.klaro .cookie-notice .cn-decline'),
    },
  ];
}

/** The page with no consent tool: what the page and the probe cost by themselves. */
export const NO_TOOL = {
  id: 'none',
  name: '(no tool: the page and the probe alone)',
  version: '',
  note: 'the same page without any consent tool',
  mounts: {},
  head: '',
  body: '',
  banner: null,
};

export const BENCH_DIR = BENCH;
export const ROOT_DIR = ROOT;
