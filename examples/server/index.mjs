// The examples' HTTP server: a list of routes, each a path prefix and a handler. node:http only.
import { createServer } from 'node:http';
import { sendText } from './respond.mjs';
import { siteRoutes } from './routes.mjs';

/**
 * @typedef {object} RouteContext
 * @property {string} pathname the request path, still percent-encoded
 * @property {string} prefix   the matched route's prefix
 * @property {string} rest     the path below the prefix, still percent-encoded
 * @property {URL} url         the full request URL
 *
 * @typedef {object} Route
 * @property {string} prefix   ending in `/`: that folder and everything below it; otherwise exactly this path
 * @property {string[]} [methods] @default ['GET', 'HEAD']
 * @property {(req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse, ctx: RouteContext) => unknown} handle
 */

/** A request listener dispatching to the first route whose prefix matches. */
export function createHandler(routes) {
  return async (req, res) => {
    try {
      const url = new URL(req.url ?? '/', 'http://localhost');
      const { pathname } = url;
      // `/app` -> `/app/`, so relative links inside the folder resolve.
      const folder = routes.find(({ prefix }) => prefix === `${pathname}/`);
      if (folder) {
        res.writeHead(301, { Location: folder.prefix, 'Cache-Control': 'no-store' });
        return void res.end();
      }
      const route = routes.find(({ prefix }) => (prefix.endsWith('/') ? pathname.startsWith(prefix) : pathname === prefix));
      if (!route) return sendText(res, 404, 'Not found\n', req);
      const methods = route.methods ?? ['GET', 'HEAD'];
      if (!methods.includes(req.method ?? 'GET')) {
        return sendText(res, 405, 'Method not allowed\n', req, { Allow: methods.join(', ') });
      }
      await route.handle(req, res, { pathname, prefix: route.prefix, rest: pathname.slice(route.prefix.length), url });
    } catch (error) {
      console.error(error);
      if (!res.headersSent) sendText(res, 500, 'Internal server error\n', req);
      else res.destroy();
    }
  };
}

/**
 * Starts a server for `routes` (the example site by default) and resolves once it listens.
 * Port 0 picks a free port; the returned `url` has the real one.
 *
 * @example
 * const server = await startServer({ port: 0 });
 * await fetch(`${server.url}/privacy.html`);
 * await server.close();
 */
export function startServer({ port = 4173, host = '127.0.0.1', routes = siteRoutes() } = {}) {
  const server = createServer(createHandler(routes));
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      const address = server.address();
      const shownHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
      resolvePromise({
        url: `http://${shownHost}:${address.port}`,
        port: address.port,
        server,
        close: () =>
          new Promise((done, fail) => {
            server.close((error) => (error ? fail(error) : done()));
            server.closeAllConnections();
          }),
      });
    });
  });
}
