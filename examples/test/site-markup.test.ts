// @vitest-environment node
// The example pages must keep working under a strict Content Security Policy and stay accessible, so their
// markup carries no inline script, style or handler, and every page has the same skeleton.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const EXAMPLES = dirname(dirname(fileURLToPath(import.meta.url)));
const pages = [
  ...readdirSync(join(EXAMPLES, 'site'))
    .filter((name) => name.endsWith('.html'))
    .map((name) => join('site', name)),
  join('npm-app', 'index.html'),
];

describe.each(pages)('%s', (page) => {
  const html = readFileSync(join(EXAMPLES, page), 'utf8');

  it('has no inline scripts, styles or event handlers', () => {
    for (const [script] of html.matchAll(/<script\b[^>]*>/gi)) expect(script).toMatch(/\ssrc=/);
    expect(html).not.toMatch(/<script\b[^>]*>[^<\s]/i);
    expect(html).not.toMatch(/<style\b/i);
    expect(html).not.toMatch(/\sstyle=/i);
    expect(html).not.toMatch(/\son[a-z]+=/i);
    expect(html).not.toMatch(/javascript:/i);
  });

  it('is English, with landmarks, one h1, the shared stylesheet and the footer links', () => {
    expect(html).toMatch(/<html lang="en">/);
    for (const landmark of ['<header', '<main id="main"', '<footer', '<nav aria-label="Main"']) expect(html).toContain(landmark);
    expect(html.match(/<h1\b/g)).toHaveLength(1);
    expect(html).toContain('<link rel="stylesheet" href="/site.css">');
    expect(html).toContain('<a href="/privacy.html">Privacy policy</a>');
    expect(html).toMatch(/>Cookie settings</);
    expect(html).toMatch(/<button type="button" class="link-button" (data-consentkit-optout|id="ads-optout")>Opt out of interest-based ads<\/button>/);
    expect(html).toContain('<a href="/ads.html"');
  });

  if (page.startsWith('site')) {
    it('loads the site config before the embed, and the analytics script blocked until consent', () => {
      const config = html.indexOf('<script src="/site-config.js"');
      expect(config).toBeGreaterThan(-1);
      expect(config).toBeLessThan(html.search(/<script (async )?src="\/consentkit\/consentkit\.js"/));
      expect(html).toMatch(/<script type="text\/plain" data-consent="analytics" src="\/analytics\.js"( nonce="\{\{CSP_NONCE\}\}")?><\/script>/);
    });

    it('names third parties only as %PROVIDER_ORIGIN%, and loads them only through data-consent', () => {
      expect(html).not.toMatch(/="[^"]*127\.0\.0\.2/);
      for (const [tag] of html.matchAll(/<[^>]*%PROVIDER_ORIGIN%[^>]*>/g)) {
        expect(tag).toMatch(/\sdata-consent="[a-z:]+"/);
        // A blocked script keeps its src (the browser fetches no text/plain script); anything else has data-src.
        if (tag.startsWith('<script')) expect(tag).toMatch(/^<script type="text\/plain"/);
        else expect(tag).not.toMatch(/\s(src|href|srcset)="%PROVIDER_ORIGIN%/);
      }
    });

    it('loads the embed with the policy link and revision, async where the page has neither Consent Mode nor GPP', () => {
      // csp.html is a template: the server puts a fresh nonce on each of its scripts.
      const nonce = page.endsWith('csp.html') ? ' nonce="{{CSP_NONCE}}"' : '';
      // The QA page turns both on (qa-signals.js), and the CSP page shows the tag as first documented.
      const async = /(qa|csp)\.html$/.test(page) ? '' : 'async ';
      expect(html).toContain(`<script ${async}src="/consentkit/consentkit.js" data-policy-url="/privacy.html" data-revision="1" data-optout-endpoint="/api/consent-log"${nonce}></script>`);
      if (nonce) for (const [script] of html.matchAll(/<script\b[^>]*>/gi)) expect(script).toContain(nonce);
      expect(html).toMatch(/<button type="button" class="link-button" data-consentkit-open>Cookie settings<\/button>/);
    });
  }
});
