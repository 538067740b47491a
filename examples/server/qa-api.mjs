// GET /api/qa/consent-cookie: the request's consent cookie, decoded on the server with the engine's own
// `decodeConsent`. The QA page shows it next to what the browser thinks, which also proves the decoder is
// isomorphic: a site's backend can read the visitor's choice from the Cookie header.
import { statSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { sendJson } from './respond.mjs';

const COOKIE_NAME = 'ck_consent';

/** The raw (still encoded) value of cookie `name` in a Cookie header, or null. */
export function readCookie(header, name) {
  for (const pair of (header ?? '').split(';')) {
    const at = pair.indexOf('=');
    if (at !== -1 && pair.slice(0, at).trim() === name) return pair.slice(at + 1).trim();
  }
  return null;
}

/** @param {string} engineFile the engine's built ESM entry (packages/sdk/dist/index.js) */
export function consentCookieRoute(engineFile) {
  return async (req, res, { url }) => {
    // Keyed by mtime, so a rebuild while the server runs is picked up; a missing build is a 503.
    const builtAt = statSync(engineFile, { throwIfNoEntry: false })?.mtimeMs;
    if (builtAt === undefined) return sendJson(res, 503, { error: 'The engine is not built: run pnpm run build' }, req);
    const { decodeConsent } = await import(`${pathToFileURL(engineFile).href}?v=${builtAt}`);
    const name = url.searchParams.get('name') || COOKIE_NAME;
    const value = readCookie(req.headers.cookie, name);
    sendJson(res, 200, { name, value, record: value === null ? null : decodeConsent(value) }, req);
  };
}
