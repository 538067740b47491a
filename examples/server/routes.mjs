// What the example site serves, and from where. Add a route here; the order decides (first prefix wins).
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cspPage } from './csp.mjs';
import { PROVIDER_HOST } from './providers.mjs';
import { collectorSettings, createCollector } from '../collector/collector.mjs';
import { consentCookieRoute } from './qa-api.mjs';
import { sendJson, sendText } from './respond.mjs';
import { serveStatic } from './static.mjs';

const EXAMPLES = dirname(dirname(fileURLToPath(import.meta.url)));
const ROOT = dirname(EXAMPLES);

/** Folders the site is served from; tests may point them elsewhere. */
export const sitePaths = {
  site: join(EXAMPLES, 'site'),
  npmApp: join(EXAMPLES, 'npm-app'),
  sdkDist: join(ROOT, 'packages', 'sdk', 'dist'),
  uiDist: join(ROOT, 'packages', 'banner-ui', 'dist'),
};

/**
 * Pages name the fake providers as `%PROVIDER_ORIGIN%`: their host is 127.0.0.2 on the port this request came in on.
 * @type {(text: string, req: import('node:http').IncomingMessage) => string}
 */
const fillProviderOrigin = (text, req) => text.replaceAll('%PROVIDER_ORIGIN%', `http://${PROVIDER_HOST}:${req.socket.localPort}`);

/**
 * @param {typeof sitePaths} paths
 * @param {{ providerLog?: { entries(): unknown[] }, collector?: ReturnType<typeof createCollector> }} [options] what the
 *   fake providers received, for the QA page; the consent log's collector (examples/collector)
 * @returns {import('./index.mjs').Route[]}
 */
export function siteRoutes(paths = sitePaths, { providerLog, collector = createCollector(collectorSettings()) } = {}) {
  return [
    // The reference collector of the consent event log, on the site's own origin (examples/collector).
    { prefix: '/api/consent-log', methods: ['GET', 'HEAD', 'POST'], handle: collector.handle },
    // The embed lazy-loads consentkit-ui.js from its own folder, so both bundles share one URL folder.
    { prefix: '/consentkit/', handle: serveStatic([paths.sdkDist, paths.uiDist]) },
    // The npm example: its page and its rollup bundle, not its sources.
    { prefix: '/app/dist/', handle: serveStatic([join(paths.npmApp, 'dist')]) },
    { prefix: '/app/', handle: appPage(paths.npmApp) },
    { prefix: '/api/qa/consent-cookie', handle: consentCookieRoute(join(paths.sdkDist, 'index.js')) },
    // The same site under a strict Content-Security-Policy header with a fresh nonce per response.
    { prefix: '/csp.html', handle: cspPage(join(paths.site, 'csp.html')) },
    { prefix: '/api/qa/third-party-requests', handle: (req, res) => sendJson(res, 200, providerLog?.entries() ?? [], req) },
    { prefix: '/', handle: serveStatic([paths.site], { rewriteHtml: fillProviderOrigin }) },
  ];
}

/** Only the folder's index.html: the sources next to it are not part of the site. */
function appPage(dir) {
  const serve = serveStatic([dir], { rewriteHtml: fillProviderOrigin });
  return (req, res, context) =>
    context.rest === '' || context.rest === 'index.html' ? serve(req, res, context) : sendText(res, 404, 'Not found\n', req);
}
