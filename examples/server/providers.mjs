// The fake third parties, served on a second host (127.0.0.2, same port as the site): a different site, so their
// cookies are third-party, as in production. Chirp is a social network (Like and Share buttons, embedded posts);
// AdPartner serves interest-based ads. Both log every request they receive.
import { randomUUID } from 'node:crypto';
import { sendText } from './respond.mjs';

export const PROVIDER_HOST = '127.0.0.2';

function send(res, req, status, type, body, headers = {}) {
  const buffer = Buffer.from(body);
  res.writeHead(status, { 'Content-Type': type, 'Content-Length': buffer.length, 'Cache-Control': 'no-store', ...headers });
  res.end(req.method === 'HEAD' ? undefined : buffer);
}

const escape = (text) => String(text).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

// Chirp's own cookie. Partitioned (CHIPS): browsers that block third-party cookies (Chromium in Playwright does)
// still keep it, keyed to the embedding site; others ignore the attribute and keep a plain third-party cookie.
// Either way the embedding page's script can neither read nor delete it.
function chirpCookie(req) {
  return /(?:^|;\s*)chirp_id=/.test(req.headers.cookie ?? '')
    ? {}
    : { 'Set-Cookie': `chirp_id=${randomUUID()}; Path=/; Max-Age=31536000; SameSite=None; Secure; Partitioned` };
}

const frame = (title, body) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escape(title)}</title><style>` +
  'body{margin:0;font:600 14px system-ui,sans-serif;color:#0f3d2e}button,.card{box-sizing:border-box;border:1px solid #1f7a5a;border-radius:6px;background:#e8f6ef;color:#0f3d2e;font:inherit}' +
  'button{min-height:40px;padding:0 12px;cursor:pointer}.card{padding:12px;font-weight:400}.card b{display:block}</style></head>' +
  `<body data-chirp-widget="${escape(title)}">${body}</body></html>`;

const CHIRP = {
  '/chirp/like': () => frame('Chirp Like button', '<button type="button" aria-pressed="false">Like &middot; 1,204</button>'),
  '/chirp/share': () => frame('Chirp Share button', '<button type="button">Share on Chirp</button>'),
  '/chirp/post': (url) =>
    frame(
      'Chirp post',
      `<div class="card"><b>Caseloop @caseloop</b><p>Teams that answer within an hour keep twice as many customers. ` +
        `Post ${escape(url.searchParams.get('id') ?? '')}, rendered by Chirp.</p></div>`,
    ),
};

// Chirp's embed script: turns each post quote in its widget into Chirp's own iframe, as real embed scripts do.
const CHIRP_EMBED = `(function () {
  var script = document.currentScript;
  var origin = new URL(script.src).origin;
  var widget = script.parentElement;
  widget.querySelectorAll('blockquote.chirp-post').forEach(function (quote) {
    var frame = document.createElement('iframe');
    frame.src = origin + '/chirp/post?id=' + encodeURIComponent(quote.getAttribute('data-post-id'));
    frame.title = 'Chirp post';
    frame.width = '360';
    frame.height = '120';
    frame.className = 'chirp-frame';
    quote.replaceWith(frame);
  });
})();
`;

// AdPartner's ad tag: runs in the embedding page, so the cookie and storage it writes are first-party ones
// (which ConsentKit can and does delete on withdrawal), then shows a creative picked for the visitor's interests.
const AD_TAG = `(function () {
  var origin = new URL(document.currentScript.src).origin;
  var uid = (document.cookie.match(/(?:^|; )_adp_uid=([^;]*)/) || [])[1] || Math.random().toString(36).slice(2);
  document.cookie = '_adp_uid=' + uid + '; path=/; max-age=' + 90 * 86400 + '; samesite=lax';
  localStorage.setItem('adp_segments', JSON.stringify(['customer-support', 'saas']));
  document.querySelectorAll('[data-ad-slot]').forEach(function (slot) {
    var link = document.createElement('a');
    link.href = origin + '/adpartner/click?segment=customer-support';
    var image = document.createElement('img');
    image.src = origin + '/adpartner/creative.svg?segment=customer-support&uid=' + uid;
    image.alt = 'Ad: Triage every ticket in seconds with HelpDesk AI. Chosen for your interest in customer support.';
    image.width = 600;
    image.height = 150;
    link.append(image);
    var label = slot.querySelector('.ad-label');
    if (label) label.textContent = 'Advertisement, chosen for your interests by AdPartner';
    slot.replaceChildren(label || '', link);
    slot.setAttribute('data-ad-kind', 'interest-based');
  });
})();
`;

const CREATIVE = (segment) =>
  '<svg xmlns="http://www.w3.org/2000/svg" width="600" height="150" viewBox="0 0 600 150">' +
  '<rect width="600" height="150" fill="#7c2d12"/><text x="24" y="64" fill="#fff" font-family="system-ui,sans-serif" font-size="28" font-weight="700">' +
  'HelpDesk AI: triage every ticket in seconds</text><text x="24" y="108" fill="#fed7aa" font-family="system-ui,sans-serif" font-size="18">' +
  `Picked for you: ${escape(segment)}</text></svg>`;

/**
 * The fake providers' routes, for startServer on PROVIDER_HOST. Every request is logged first.
 * @param {{ record(req: import('node:http').IncomingMessage): void }} log
 * @returns {import('./index.mjs').Route[]}
 */
export function providerRoutes(log) {
  return [
    {
      prefix: '/',
      handle(req, res, { pathname, url }) {
        log.record(req);
        if (CHIRP[pathname]) return send(res, req, 200, 'text/html; charset=utf-8', CHIRP[pathname](url), chirpCookie(req));
        if (pathname === '/chirp/embed.js') return send(res, req, 200, 'text/javascript; charset=utf-8', CHIRP_EMBED);
        if (pathname === '/adpartner/ad.js') return send(res, req, 200, 'text/javascript; charset=utf-8', AD_TAG);
        if (pathname === '/adpartner/creative.svg') {
          return send(res, req, 200, 'image/svg+xml', CREATIVE(url.searchParams.get('segment') ?? 'everyone'));
        }
        sendText(res, 404, 'Not found\n', req);
      },
    },
  ];
}
