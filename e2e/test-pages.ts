// Test pages served by the test itself (page.route), so the example site keeps only real pages, and a strict
// Content Security Policy to serve them under (record its violations with csp-helpers' watchViolations).
import type { Page } from '@playwright/test';

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
