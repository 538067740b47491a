// Test pages served by the test itself (page.route), so the example site keeps only real pages, and a strict
// Content Security Policy to serve them under (record its violations with csp-helpers' watchViolations).
import type { Frame, Page } from '@playwright/test';
import { OPTIONAL_CATEGORIES } from './fixtures';

export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

/** A page body for `serve`: the text, and extra response headers (a CSP, say). */
export interface TestFile {
  body: string;
  headers?: Record<string, string>;
}

/** Serves `files` (path -> body) from the test itself; everything else still comes from the example server. */
export async function serve(page: Page, files: Record<string, string | TestFile>): Promise<void> {
  for (const [path, file] of Object.entries(files)) {
    const { body, headers = {} } = typeof file === 'string' ? { body: file } : file;
    const contentType = path.endsWith('.js') ? 'text/javascript' : 'text/html';
    await page.route(`**${path}`, (route) => route.fulfill({ contentType, body, headers }));
  }
}

/** A minimal valid page with `head` inside <head>. */
export const html = (head: string, body = '<main><h1>Test page</h1></main>') =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Test page</title>` +
  `<link rel="icon" href="/favicon.svg">${head}</head><body>${body}</body></html>`;

/** The script tag of the pages below. */
export const EMBED_TAG = '<script src="/consentkit/consentkit.js" data-policy-url="/privacy.html"></script>';

/**
 * A small site: its config (what analytics stores, so ConsentKit clears it when denied), the embed, optional
 * scripts for analytics and advertising that record in `window.__ran` that they ran, and a footer with Cookie
 * settings. Serve with `serve(page, sitePage())`; `embed` replaces the script tag (async, defer, ...).
 */
export function sitePage(embed = EMBED_TAG, path = '/e2e/site.html'): Record<string, string> {
  const optional = (category: string) => `<script type="text/plain" data-consent="${category}" src="/e2e/optional-${category}.js"></script>`;
  return {
    [path]: html(
      `<script src="/e2e/site-config.js"></script>${embed}${optional('analytics')}${optional('advertising')}`,
      '<main><h1>Test site</h1></main><footer><button type="button" data-consentkit-open>Cookie settings</button></footer>',
    ),
    '/e2e/site-config.js': "window.ConsentKitConfig = { categories: { analytics: { cookies: ['_t_id'], storage: ['t_views'] } } };",
    '/e2e/optional-analytics.js': "(window.__ran = window.__ran || []).push('analytics');",
    '/e2e/optional-advertising.js': "(window.__ran = window.__ran || []).push('advertising');",
  };
}

/** The optional scripts of `sitePage` that ran in this document, in order. */
export const ranScripts = (target: Page | Frame): Promise<string[]> =>
  target.evaluate(() => (window as unknown as { __ran?: string[] }).__ran ?? []);

/** The optional categories the page's (or frame's) ConsentKit grants, in their usual order. */
export const grantedIds = (target: Page | Frame): Promise<string[]> =>
  target.evaluate(
    (ids) => ids.filter((id) => (window as unknown as { ConsentKit: { hasConsent(id: string): boolean } }).ConsentKit.hasConsent(id)),
    [...OPTIONAL_CATEGORIES],
  );
