// GET /csp.html: the page under a strict Content Security Policy, with a fresh nonce in every response (a reused
// nonce is no protection: CSP Level 3, section 7.2 "Nonce reuse").
import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';

export const NONCE_TOKEN = '{{CSP_NONCE}}';
export const POLICY_TOKEN = '{{CSP_POLICY}}';

/**
 * The policy: only this origin, plus scripts carrying the nonce. `extra` adds sources per directive, for the fake
 * third-party providers a granted widget needs (`{ 'frame-src': ['http://127.0.0.2:4183'] }`).
 *
 * @param {string} nonce
 * @param {Record<string, string[]>} [extra]
 */
export function cspPolicy(nonce, extra = {}) {
  const directives = {
    'default-src': ["'self'"],
    'script-src': ["'self'", `'nonce-${nonce}'`],
    'style-src': ["'self'"],
    'img-src': ["'self'", 'data:'],
    'connect-src': ["'self'"],
  };
  for (const [name, sources] of Object.entries(extra)) directives[name] = [...(directives[name] ?? ["'self'"]), ...sources];
  return Object.entries(directives)
    .map(([name, sources]) => `${name} ${sources.join(' ')}`)
    .join('; ');
}

const escapeHtml = (text) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

/** A route handler serving `file` with the policy, `{{CSP_NONCE}}` and `{{CSP_POLICY}}` filled in. */
export function cspPage(file, extra) {
  return async (req, res) => {
    const nonce = randomBytes(18).toString('base64');
    const policy = cspPolicy(nonce, extra);
    const body = Buffer.from((await readFile(file, 'utf8')).replaceAll(NONCE_TOKEN, nonce).replaceAll(POLICY_TOKEN, escapeHtml(policy)));
    res.writeHead(200, {
      'Content-Type': 'text/html; charset=utf-8',
      'Content-Length': body.length,
      'Content-Security-Policy': policy,
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  };
}
